using System.Buffers;
using TeleRad.Dicom.Network.Dimse;

namespace TeleRad.Dicom.Network.Storage;

/// <summary>Ready-made store targets.</summary>
public static class StoreTargets
{
    /// <summary>A target that discards the data set and answers <paramref name="status"/> (a sink's refusal).</summary>
    public static IStoreTarget Refuse(DimseStatus status) => new RefusingTarget(status);

    private sealed class RefusingTarget(DimseStatus status) : IStoreTarget
    {
        public ValueTask WriteAsync(ReadOnlySequence<byte> fragment, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public Task<DimseStatus> CommitAsync(CancellationToken cancellationToken) => Task.FromResult(status);

        public Task AbortAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
