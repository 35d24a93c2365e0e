using System.Buffers;
using System.Collections.Concurrent;
using TeleRad.Dicom.Network.Dimse;
using TeleRad.Dicom.Network.Storage;

namespace TeleRad.Dicom.Network.Tests.Support;

/// <summary>A store sink for tests: keeps committed instances in memory and records what the SCP asked of it.</summary>
internal sealed class MemoryStoreSink : IStoreSink
{
    private readonly TaskCompletionSource _aborted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstFragment = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<(StoreRequestInfo Info, byte[] Data, List<int> FragmentSizes)> Committed { get; } = new();

    public ConcurrentQueue<StoreRequestInfo> Begun { get; } = new();

    public int AbortCount;

    public Task Aborted => _aborted.Task;

    public Task FirstFragment => _firstFragment.Task;

    /// <summary>Status returned by commit.</summary>
    public DimseStatus CommitStatus { get; init; } = DimseStatus.Success;

    public bool ThrowOnBegin { get; init; }

    public bool ThrowOnWrite { get; init; }

    public bool ThrowOnCommit { get; init; }

    public DimseStatus? Refusal { get; init; }

    /// <summary>When set, commit waits for it (a slow disk); <see cref="CommitEntered"/> tells when commit started.</summary>
    public Task? CommitGate { get; init; }

    public Task CommitEntered => _commitEntered.Task;

    private readonly TaskCompletionSource _commitEntered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<IStoreTarget> BeginAsync(StoreRequestInfo request, CancellationToken cancellationToken)
    {
        Begun.Enqueue(request);
        if (ThrowOnBegin)
            throw new IOException("test: begin failed");
        if (Refusal is { } status)
            return Task.FromResult(StoreTargets.Refuse(status));
        return Task.FromResult<IStoreTarget>(new Target(this, request));
    }

    /// <summary>The committed instance as a data set read back with the toolkit.</summary>
    public static async Task<DicomFile> ReadAsync((StoreRequestInfo Info, byte[] Data, List<int> FragmentSizes) instance)
    {
        var header = FileMetaWriter.Build(instance.Info.SopClassUid, instance.Info.SopInstanceUid, instance.Info.TransferSyntax.Uid, "TEST");
        using var stream = new MemoryStream([.. header, .. instance.Data]);
        return await DicomFile.ReadAsync(stream);
    }

    private sealed class Target(MemoryStoreSink sink, StoreRequestInfo request) : IStoreTarget
    {
        private readonly MemoryStream _data = new();
        private readonly List<int> _sizes = [];

        public ValueTask WriteAsync(ReadOnlySequence<byte> fragment, CancellationToken cancellationToken)
        {
            sink._firstFragment.TrySetResult();
            if (sink.ThrowOnWrite)
                throw new IOException("test: disk full");
            _sizes.Add((int)fragment.Length);
            foreach (var segment in fragment)
                _data.Write(segment.Span);
            return ValueTask.CompletedTask;
        }

        public async Task<DimseStatus> CommitAsync(CancellationToken cancellationToken)
        {
            sink._commitEntered.TrySetResult();
            if (sink.CommitGate is { } gate)
                await gate;
            if (sink.ThrowOnCommit)
                throw new IOException("test: fsync failed");
            sink.Committed.Enqueue((request, _data.ToArray(), _sizes));
            return sink.CommitStatus;
        }

        public Task AbortAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref sink.AbortCount);
            sink._aborted.TrySetResult();
            return Task.CompletedTask;
        }
    }
}
