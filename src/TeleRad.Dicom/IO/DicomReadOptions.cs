namespace TeleRad.Dicom.IO;

/// <summary>How a data set is read. Reading is lenient where the data can still be trusted, strict where it cannot.</summary>
public sealed record DicomReadOptions
{
    /// <summary>The defaults: read everything, leave values over 64 KiB on disk when reading a file.</summary>
    public static DicomReadOptions Default { get; } = new();

    /// <summary>Reading stops before the first top-level element whose tag is at or after this one (e.g. Pixel Data), without touching the rest.</summary>
    public DicomTag? StopBeforeTag { get; init; }

    /// <summary>The deepest sequence nesting accepted; deeper input fails with <see cref="DicomFormatFault.NestingTooDeep"/> instead of exhausting the stack or memory.</summary>
    public int MaxSequenceDepth { get; init; } = 128;

    /// <summary>
    /// Bulk values (VR OB, OD, OF, OL, OV, OW or UN, pixel data fragments) longer than this, read from a file, are left
    /// on disk (<see cref="Values.FileRangeBuffer"/>) rather than loaded. Text and numeric values are always loaded.
    /// </summary>
    public long LargeValueThreshold { get; init; } = 64 * 1024;

    /// <summary>The longest value read into memory from a stream that is not a file (a deflated data set, a network stream).</summary>
    public long MaxInMemoryValueLength { get; init; } = 1L << 30;

    /// <summary>The largest inflated size accepted for a deflated data set (a guard against deflate bombs, PS3.5 section A.5).</summary>
    public long MaxInflatedLength { get; init; } = 1L << 30;

    /// <summary>The most items (and fragments) accepted in one sequence.</summary>
    public int MaxItemsPerSequence { get; init; } = 1_000_000;

    /// <summary>
    /// The most sequence items accepted in the whole data set. An empty item is 8 bytes on disk but a data set object in
    /// memory, so without this bound a small deflated file could inflate into hundreds of millions of items.
    /// </summary>
    public int MaxTotalItems { get; init; } = 2_000_000;
}
