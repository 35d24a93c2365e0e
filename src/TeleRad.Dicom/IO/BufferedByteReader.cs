using System.Buffers;

namespace TeleRad.Dicom.IO;

/// <summary>
/// A pooled read-ahead window over a <see cref="ByteSource"/>. Element headers are parsed from the window; large values
/// bypass it. Every allocation for a value is checked against what the source can still deliver first, so a lying
/// length field can never cause a huge allocation.
/// </summary>
internal sealed class BufferedByteReader : IDisposable
{
    private const int WindowSize = 16 * 1024;

    // The first read fills only half the window: the File Meta Information and a typical CT header up to Pixel Data
    // fit in it, and for a header-only read copying the other 8 KiB from the page cache costs about as much as
    // parsing half the header. Later reads fill the whole window.
    private const int FirstReadSize = 8 * 1024;
    private const int ChunkedReadSize = 1024 * 1024;

    private readonly ByteSource _source;
    private byte[] _window;
    private int _start;
    private int _end;
    private int _readSize = FirstReadSize;

    public BufferedByteReader(ByteSource source)
    {
        _source = source;
        _window = ArrayPool<byte>.Shared.Rent(WindowSize);
    }

    public ByteSource Source => _source;

    /// <summary>The absolute offset of the next unread byte.</summary>
    public long Position => _source.Position - (_end - _start);

    /// <summary>How many bytes are left in the source, when known.</summary>
    public long? Remaining => _source.Length - Position;

    /// <summary>The buffered, unread bytes.</summary>
    public ReadOnlySpan<byte> Buffered => _window.AsSpan(_start, _end - _start);

    /// <summary>Makes at least <paramref name="count"/> bytes (at most the window size) available; false at the end of the source.</summary>
    public ValueTask<bool> EnsureAsync(int count, CancellationToken cancellationToken) =>
        _end - _start >= count ? new ValueTask<bool>(true) : FillAsync(count, cancellationToken);

    public void Advance(int count) => _start += count;

    /// <summary>Reads exactly <paramref name="length"/> bytes into a new array, which is only ever as large as the bytes actually read.</summary>
    public async ValueTask<byte[]> ReadBytesAsync(long length, long offsetForErrors, DicomTag? tag, CancellationToken cancellationToken)
    {
        if (length > Array.MaxLength)
            throw new DicomFormatException(DicomFormatFault.LimitExceeded, $"value length {length} is too large to hold in memory", offsetForErrors, tag);
        var buffered = Math.Min(_end - _start, (int)length);
        if (Remaining is { } remaining && length > remaining)
            throw new DicomFormatException(DicomFormatFault.LengthExceedsContainer, $"value length {length} exceeds the {remaining} bytes left in the stream", offsetForErrors, tag);
        if (Remaining is null && length > ChunkedReadSize)
            return await ReadUnknownLengthAsync(length, offsetForErrors, tag, cancellationToken).ConfigureAwait(false);
        var result = GC.AllocateUninitializedArray<byte>((int)length);
        _window.AsSpan(_start, buffered).CopyTo(result);
        _start += buffered;
        var filled = buffered;
        while (filled < result.Length)
        {
            var n = await _source.ReadAsync(result.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (n == 0)
                throw new DicomFormatException(DicomFormatFault.Truncated, $"the stream ends {result.Length - filled} bytes before the end of a {length}-byte value", Position, tag);
            filled += n;
        }
        return result;
    }

    /// <summary>Skips <paramref name="length"/> bytes, seeking when the source can.</summary>
    public async ValueTask SkipAsync(long length, long offsetForErrors, DicomTag? tag, CancellationToken cancellationToken)
    {
        var buffered = (int)Math.Min(_end - _start, length);
        _start += buffered;
        length -= buffered;
        if (length == 0)
            return;
        if (Remaining is { } remaining && length > remaining)
            throw new DicomFormatException(DicomFormatFault.LengthExceedsContainer, $"value length exceeds the {remaining} bytes left in the stream", offsetForErrors, tag);
        if (_source.CanSeek)
        {
            _source.Skip(length);
            return;
        }
        while (length > 0)
        {
            var n = await _source.ReadAsync(_window.AsMemory(0, (int)Math.Min(_window.Length, length)), cancellationToken).ConfigureAwait(false);
            if (n == 0)
                throw new DicomFormatException(DicomFormatFault.Truncated, "the stream ends inside a value", Position, tag);
            length -= n;
        }
        _start = _end = 0;
    }

    public void Dispose()
    {
        var w = _window;
        _window = [];
        if (w.Length > 0)
            ArrayPool<byte>.Shared.Return(w);
        _source.Dispose();
    }

    private async ValueTask<bool> FillAsync(int count, CancellationToken cancellationToken)
    {
        if (count > _window.Length)
            throw new ArgumentOutOfRangeException(nameof(count));
        if (_start > 0)
        {
            _window.AsSpan(_start, _end - _start).CopyTo(_window);
            _end -= _start;
            _start = 0;
        }
        while (_end < count)
        {
            var limit = Math.Min(_window.Length, Math.Max(_readSize, count));
            var n = await _source.ReadAsync(_window.AsMemory(_end, limit - _end), cancellationToken).ConfigureAwait(false);
            _readSize = _window.Length;
            if (n == 0)
                return false;
            _end += n;
        }
        return true;
    }

    /// <summary>
    /// For sources of unknown length (a deflated or network stream), grows the value in chunks so that a lying length
    /// costs at most what the stream really delivers.
    /// </summary>
    private async ValueTask<byte[]> ReadUnknownLengthAsync(long length, long offsetForErrors, DicomTag? tag, CancellationToken cancellationToken)
    {
        var chunks = new List<byte[]>();
        long total = 0;
        while (total < length)
        {
            var want = (int)Math.Min(ChunkedReadSize, length - total);
            var chunk = await ReadBytesAsync(want, offsetForErrors, tag, cancellationToken).ConfigureAwait(false);
            chunks.Add(chunk);
            total += chunk.Length;
        }
        var result = GC.AllocateUninitializedArray<byte>((int)length);
        var at = 0;
        foreach (var c in chunks)
        {
            c.CopyTo(result, at);
            at += c.Length;
        }
        return result;
    }
}
