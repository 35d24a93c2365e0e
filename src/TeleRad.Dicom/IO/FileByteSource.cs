using Microsoft.Win32.SafeHandles;

namespace TeleRad.Dicom.IO;

/// <summary>
/// Reads a file with positional reads. The reads are synchronous on purpose: Linux has no asynchronous buffered file
/// I/O, and FileStream's async path only moves the same blocking call to the thread pool, which would cost more than
/// parsing a whole CT header. The methods keep the async signature so callers stay async all the way.
/// </summary>
internal sealed class FileByteSource : ByteSource
{
    private readonly SafeFileHandle _handle;
    private long _position;

    public FileByteSource(string path)
    {
        FilePath = Path.GetFullPath(path);
        // No FileOptions.SequentialScan: its posix_fadvise is one more system call per file, and the kernel's default
        // read-ahead already covers the window-sized reads made here (large values are streamed by FileRangeBuffer).
        _handle = File.OpenHandle(FilePath, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.None);
        Length = RandomAccess.GetLength(_handle);
    }

    public override long? Length { get; }

    public override string? FilePath { get; }

    public override long Position => _position;

    public override bool CanSeek => true;

    public override ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var n = RandomAccess.Read(_handle, destination.Span, _position);
        _position += n;
        return new ValueTask<int>(n);
    }

    public override void Skip(long count) => _position += count;

    public override void Dispose() => _handle.Dispose();
}
