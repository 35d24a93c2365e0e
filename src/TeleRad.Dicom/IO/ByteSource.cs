namespace TeleRad.Dicom.IO;

/// <summary>Where the reader's bytes come from: a file (positional reads, values can be left on disk) or any stream.</summary>
internal abstract class ByteSource : IDisposable
{
    /// <summary>The total length when known (files and seekable streams).</summary>
    public abstract long? Length { get; }

    /// <summary>The file path when values may be left on disk and read again later.</summary>
    public abstract string? FilePath { get; }

    /// <summary>The absolute offset of the next byte <see cref="ReadAsync"/> returns.</summary>
    public abstract long Position { get; }

    /// <summary>True when <see cref="Skip"/> can jump without reading.</summary>
    public abstract bool CanSeek { get; }

    /// <summary>Reads up to <paramref name="destination"/>.Length bytes; 0 at the end.</summary>
    public abstract ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken);

    /// <summary>Moves forward by <paramref name="count"/> bytes without reading them (only when <see cref="CanSeek"/>).</summary>
    public abstract void Skip(long count);

    /// <inheritdoc />
    public abstract void Dispose();
}
