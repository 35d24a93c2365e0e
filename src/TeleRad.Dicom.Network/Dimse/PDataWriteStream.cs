using System.Buffers;
using TeleRad.Dicom.Network.UpperLayer;

namespace TeleRad.Dicom.Network.Dimse;

/// <summary>
/// A write-only stream that cuts what is written into P-DATA-TF PDUs of at most the peer's Maximum Length (one PDV
/// each, PS3.8 annex D.1) on one presentation context. A full fragment is held back until more data comes, so the
/// last one can carry the "last fragment" bit when <see cref="CompleteAsync"/> is called. Each send waits on the
/// connection's back-pressure. Only the asynchronous write methods are supported.
/// </summary>
internal sealed class PDataWriteStream : Stream
{
    private readonly Association _association;
    private readonly byte _contextId;
    private readonly bool _isCommand;
    private readonly int _fragmentLength;
    private byte[] _buffer;
    private int _count;
    private long _written;

    public PDataWriteStream(Association association, byte contextId, bool isCommand)
    {
        _association = association;
        _contextId = contextId;
        _isCommand = isCommand;
        _fragmentLength = association.MaxFragmentLength;
        _buffer = ArrayPool<byte>.Shared.Rent(_fragmentLength);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (!buffer.IsEmpty)
        {
            if (_count == _fragmentLength)
                await SendAsync(last: false, cancellationToken).ConfigureAwait(false);
            var take = Math.Min(_fragmentLength - _count, buffer.Length);
            buffer.Span[..take].CopyTo(_buffer.AsSpan(_count));
            _count += take;
            _written += take;
            buffer = buffer[take..];
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Fragments are sent as they fill; a flush does not cut a short one.</summary>
    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Sends what remains as the last fragment.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken) => await SendAsync(last: true, cancellationToken).ConfigureAwait(false);

    public override void Flush()
    {
        // Nothing is buffered beyond the current fragment, which waits for more data or CompleteAsync.
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("PDataWriteStream is written asynchronously only (TeleRad has no synchronous network API).");

    protected override void Dispose(bool disposing)
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
            ArrayPool<byte>.Shared.Return(buffer);
        base.Dispose(disposing);
    }

    private async ValueTask SendAsync(bool last, CancellationToken cancellationToken)
    {
        await _association.SendPDataAsync(_contextId, _isCommand, last, _buffer.AsMemory(0, _count), cancellationToken).ConfigureAwait(false);
        _count = 0;
    }
}
