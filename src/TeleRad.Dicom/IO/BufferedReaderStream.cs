namespace TeleRad.Dicom.IO;

/// <summary>
/// A read-only stream over what a <see cref="BufferedByteReader"/> has not consumed yet: first its buffered bytes, then
/// the rest of its source. Used to inflate a deflated data set that starts right after the meta group.
/// </summary>
internal sealed class BufferedReaderStream : Stream
{
    private readonly BufferedByteReader _reader;

    public BufferedReaderStream(BufferedByteReader reader) => _reader = reader;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_reader.Buffered.Length == 0 && !await _reader.EnsureAsync(1, cancellationToken).ConfigureAwait(false))
            return 0;
        var n = Math.Min(buffer.Length, _reader.Buffered.Length);
        _reader.Buffered[..n].CopyTo(buffer.Span);
        _reader.Advance(n);
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("TeleRad reads asynchronously only.");

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
