namespace TeleRad.Tests.Shared;

/// <summary>
/// A read-only, forward-only view of another stream, like a network or pipe stream: its length is unknown and it
/// cannot seek, so a reader must take every byte in order and cannot check lengths against what is left.
/// Linked into each test project that needs it (tests/Shared).
/// </summary>
internal sealed class NonSeekableStream(Stream inner) : Stream
{
    /// <summary>A forward-only view of <paramref name="bytes"/>.</summary>
    public NonSeekableStream(byte[] bytes)
        : this(new MemoryStream(bytes, writable: false))
    {
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(buffer, cancellationToken);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        inner.ReadAsync(buffer, offset, count, cancellationToken);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }
}
