using System.Buffers;
using TeleRad.Dicom.IO;
using TeleRad.Dicom.Network.Dimse;

namespace TeleRad.Dicom.Network.Storage;

/// <summary>
/// Stores each instance as a Part 10 file <c>{SOP Instance UID}.dcm</c> in a directory: File Meta Information, then the
/// received data set bytes unchanged. The file is written under a temporary name and, on commit, flushed to disk
/// (fsync), renamed into place and the directory flushed, so success is reported only for a durable file. An instance
/// received again replaces the earlier file.
/// </summary>
public sealed class FileStoreSink : IStoreSink
{
    private readonly string _directory;
    private readonly bool _durable;

    /// <param name="directory">Where files go; created if missing.</param>
    /// <param name="durable">False skips the fsyncs (for tests and throw-away receivers).</param>
    public FileStoreSink(string directory, bool durable = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        _directory = Path.GetFullPath(directory);
        _durable = durable;
        Directory.CreateDirectory(_directory);
    }

    /// <inheritdoc />
    public async Task<IStoreTarget> BeginAsync(StoreRequestInfo request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The UID names the file: only a well-formed UID may do that (no separators, no "..").
        if (!IsUid(request.SopInstanceUid) || !IsUid(request.SopClassUid))
            return StoreTargets.Refuse(DimseStatus.CannotUnderstand);

        var final = Path.Combine(_directory, request.SopInstanceUid + ".dcm");
        var temp = Path.Combine(_directory, $".{request.SopInstanceUid}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
        try
        {
            var header = FileMetaWriter.Build(request.SopClassUid, request.SopInstanceUid, request.TransferSyntax.Uid, request.CallingAETitle);
            await stream.WriteAsync(header, cancellationToken).ConfigureAwait(false);
            return new Target(stream, temp, final, _directory, _durable);
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            File.Delete(temp);
            throw;
        }
    }

    private static bool IsUid(string uid) =>
        uid.Length is > 0 and <= 64 && uid.All(c => c is (>= '0' and <= '9') or '.') && uid[0] != '.';

    private sealed class Target(FileStream stream, string temp, string final, string directory, bool durable) : IStoreTarget
    {
        public async ValueTask WriteAsync(ReadOnlySequence<byte> fragment, CancellationToken cancellationToken)
        {
            foreach (var segment in fragment)
                await stream.WriteAsync(segment, cancellationToken).ConfigureAwait(false);
        }

        public async Task<DimseStatus> CommitAsync(CancellationToken cancellationToken)
        {
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (durable)
                stream.Flush(flushToDisk: true);
            await stream.DisposeAsync().ConfigureAwait(false);
            File.Move(temp, final, overwrite: true);
            if (durable)
                DurableFile.FsyncDirectory(directory);
            return DimseStatus.Success;
        }

        public async Task AbortAsync(CancellationToken cancellationToken)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            File.Delete(temp);
        }
    }
}
