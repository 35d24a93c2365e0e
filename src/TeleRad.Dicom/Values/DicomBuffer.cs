namespace TeleRad.Dicom.Values;

/// <summary>
/// The bytes of one value (or one pixel-data fragment), in little-endian order. Small values live in memory; large ones
/// read from a file are left on disk (<see cref="FileRangeBuffer"/>) so that multi-GiB instances pass with bounded memory.
/// </summary>
public abstract class DicomBuffer
{
    /// <summary>The length in bytes.</summary>
    public abstract long Length { get; }

    /// <summary>True when <see cref="Memory"/> can be used without I/O.</summary>
    public abstract bool IsInMemory { get; }

    /// <summary>The bytes, little endian. Throws for a value left on disk: call <see cref="LoadAsync"/> first.</summary>
    public abstract ReadOnlyMemory<byte> Memory { get; }

    /// <summary>An empty value.</summary>
    public static DicomBuffer Empty { get; } = new MemoryBuffer(ReadOnlyMemory<byte>.Empty);

    /// <summary>Returns the bytes, reading them from disk when they were left there.</summary>
    public abstract ValueTask<ReadOnlyMemory<byte>> LoadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes the bytes to <paramref name="destination"/>. With <paramref name="bigEndian"/> true, each
    /// <paramref name="swapUnit"/>-byte unit is byte-swapped on the way (PS3.5 section 7.3).
    /// </summary>
    public abstract ValueTask WriteToAsync(Stream destination, bool bigEndian, int swapUnit, CancellationToken cancellationToken);

    /// <summary>Wraps bytes already in memory (little endian).</summary>
    public static DicomBuffer FromBytes(ReadOnlyMemory<byte> bytes) => bytes.IsEmpty ? Empty : new MemoryBuffer(bytes);
}
