namespace TeleRad.Dicom.IO;

/// <summary>Reads any stream; values can never be left on disk, so they are read into memory (within the configured limits).</summary>
internal sealed class StreamByteSource : ByteSource
{
    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly long _limit;
    private long _position;

    /// <param name="stream">The stream.</param>
    /// <param name="ownsStream">Dispose the stream with this source.</param>
    /// <param name="limit">Reading past this many bytes fails with <see cref="DicomFormatFault.LimitExceeded"/> (deflate bomb guard).</param>
    /// <param name="startPosition">The absolute offset reported for the stream's first byte.</param>
    public StreamByteSource(Stream stream, bool ownsStream, long limit = long.MaxValue, long startPosition = 0)
    {
        _stream = stream;
        _ownsStream = ownsStream;
        _limit = limit;
        _position = startPosition;
        CanSeek = stream.CanSeek;
        Length = stream.CanSeek ? stream.Length - stream.Position + startPosition : null;
    }

    public override long? Length { get; }

    public override string? FilePath => null;

    public override long Position => _position;

    public override bool CanSeek { get; }

    public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken)
    {
        var n = await _stream.ReadAsync(destination, cancellationToken).ConfigureAwait(false);
        _position += n;
        if (_position > _limit)
            throw new DicomFormatException(DicomFormatFault.LimitExceeded, $"the inflated data set exceeds the limit of {_limit} bytes", _limit);
        return n;
    }

    public override void Skip(long count)
    {
        _stream.Seek(count, SeekOrigin.Current);
        _position += count;
    }

    public override void Dispose()
    {
        if (_ownsStream)
            _stream.Dispose();
    }
}
