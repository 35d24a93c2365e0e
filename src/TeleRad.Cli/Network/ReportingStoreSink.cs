using System.Buffers;
using TeleRad.Dicom.Network.Dimse;
using TeleRad.Dicom.Network.Storage;

namespace TeleRad.Cli.Network;

/// <summary>
/// Wraps the <see cref="FileStoreSink"/> of <c>telerad receive</c> to print one line per instance once it is committed
/// (durable) or refused. Associations run concurrently, so lines are written under a lock and flushed each time: a
/// reader of a pipe sees each instance when it is stored.
/// </summary>
internal sealed class ReportingStoreSink(IStoreSink inner, string directory, TextWriter output, object outputLock) : IStoreSink
{
    private readonly string _directory = Path.GetFullPath(directory);

    /// <inheritdoc />
    public async Task<IStoreTarget> BeginAsync(StoreRequestInfo request, CancellationToken cancellationToken)
    {
        var target = await inner.BeginAsync(request, cancellationToken).ConfigureAwait(false);
        return new Target(this, target, request);
    }

    private void Report(string line)
    {
        lock (outputLock)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }

    private sealed class Target(ReportingStoreSink sink, IStoreTarget inner, StoreRequestInfo request) : IStoreTarget
    {
        public ValueTask WriteAsync(ReadOnlySequence<byte> fragment, CancellationToken cancellationToken) => inner.WriteAsync(fragment, cancellationToken);

        public async Task<DimseStatus> CommitAsync(CancellationToken cancellationToken)
        {
            var status = await inner.CommitAsync(cancellationToken).ConfigureAwait(false);
            // FileStoreSink names a stored file {SOP Instance UID}.dcm, and only after checking that the UID is one.
            sink.Report(status.IsSuccessOrWarning
                ? $"stored {Path.Combine(sink._directory, request.SopInstanceUid + ".dcm")} from {request.CallingAETitle.Trim()} ({request.TransferSyntax.Uid})"
                : $"refused an instance from {request.CallingAETitle.Trim()}: status {status}");
            return status;
        }

        public Task AbortAsync(CancellationToken cancellationToken) => inner.AbortAsync(cancellationToken);
    }
}
