using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace TeleRad.Dicom.Values;

/// <summary>
/// A value left on disk: a byte range of a file, read only when loaded or written. The file must not change while the
/// data set is in use (Part 10 files are written once; TeleRad's spool renames files into place).
/// </summary>
public sealed class FileRangeBuffer : DicomBuffer
{
    private const int ChunkSize = 256 * 1024;

    /// <summary>Creates a buffer over <paramref name="length"/> bytes of <paramref name="path"/> from <paramref name="offset"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="offset">Where the value starts.</param>
    /// <param name="length">Its length.</param>
    /// <param name="storedBigEndian">True when the bytes on disk are big endian (a file in Explicit VR Big Endian).</param>
    /// <param name="swapUnit">The VR's swap unit, used when <paramref name="storedBigEndian"/>.</param>
    public FileRangeBuffer(string path, long offset, long length, bool storedBigEndian = false, int swapUnit = 0)
    {
        Path = path;
        Offset = offset;
        _length = length;
        StoredBigEndian = storedBigEndian && swapUnit >= 2;
        SwapUnit = swapUnit;
    }

    private readonly long _length;

    /// <summary>The file holding the value.</summary>
    public string Path { get; }

    /// <summary>Where the value starts in the file.</summary>
    public long Offset { get; }

    /// <summary>True when the bytes on disk are big endian and must be swapped to little endian when loaded.</summary>
    public bool StoredBigEndian { get; }

    /// <summary>The swap unit of the value's VR.</summary>
    public int SwapUnit { get; }

    /// <inheritdoc />
    public override long Length => _length;

    /// <inheritdoc />
    public override bool IsInMemory => false;

    /// <inheritdoc />
    public override ReadOnlyMemory<byte> Memory =>
        throw new InvalidOperationException($"The value ({_length} bytes) was left on disk; call LoadAsync first.");

    /// <inheritdoc />
    public override async ValueTask<ReadOnlyMemory<byte>> LoadAsync(CancellationToken cancellationToken)
    {
        if (_length > Array.MaxLength)
            throw new DicomFormatException(DicomFormatFault.LimitExceeded, $"a value of {_length} bytes cannot be loaded into memory; stream it instead", Offset);
        var bytes = new byte[_length];
        using var handle = File.OpenHandle(Path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.Asynchronous);
        var read = 0;
        while (read < bytes.Length)
        {
            var n = await RandomAccess.ReadAsync(handle, bytes.AsMemory(read), Offset + read, cancellationToken).ConfigureAwait(false);
            if (n == 0)
                throw new DicomFormatException(DicomFormatFault.Truncated, "the file is shorter than when it was read", Offset + read);
            read += n;
        }
        if (StoredBigEndian)
            ByteSwap.InPlace(bytes, SwapUnit);
        return bytes;
    }

    /// <inheritdoc />
    public override async ValueTask WriteToAsync(Stream destination, bool bigEndian, int swapUnit, CancellationToken cancellationToken)
    {
        var swap = StoredBigEndian != (bigEndian && swapUnit >= 2);
        var unit = StoredBigEndian ? SwapUnit : swapUnit;
        var scratch = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            using var handle = File.OpenHandle(Path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
            long done = 0;
            while (done < _length)
            {
                var want = (int)Math.Min(ChunkSize, _length - done);
                // Synchronous positional reads: Linux has no asynchronous buffered file I/O, and .NET would only move
                // the same blocking call to the thread pool. The write side stays asynchronous.
                var n = 0;
                while (n < want)
                {
                    var got = RandomAccess.Read(handle, scratch.AsSpan(n, want - n), Offset + done + n);
                    if (got == 0)
                        throw new DicomFormatException(DicomFormatFault.Truncated, "the file is shorter than when it was read", Offset + done + n);
                    n += got;
                }
                // Whole chunks are multiples of 8, so a swap unit never straddles two chunks.
                if (swap)
                    ByteSwap.InPlace(scratch.AsSpan(0, n), unit);
                await destination.WriteAsync(scratch.AsMemory(0, n), cancellationToken).ConfigureAwait(false);
                done += n;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }
}
