namespace TeleRad.Dicom.Json;

/// <summary>How the DICOM JSON model (PS3.18 annex F) is written.</summary>
public sealed record DicomJsonOptions
{
    /// <summary>The defaults: bulk values over 1 KiB (and Pixel Data always) omitted, compact output.</summary>
    public static DicomJsonOptions Default { get; } = new();

    /// <summary>OB, OD, OF, OL, OV, OW and UN values longer than this are bulk data (PS3.18 section F.2.6).</summary>
    public long BulkDataThreshold { get; init; } = 1024;

    /// <summary>
    /// Makes the Bulk Data URI for a bulk value; when null, or when it returns null, the value is omitted (only "vr" is
    /// written, as PS3.18 section F.2.5 allows for values not sent).
    /// </summary>
    public Func<DicomAttribute, string?>? BulkDataUri { get; init; }

    /// <summary>Indented output for people; compact for machines.</summary>
    public bool Indented { get; init; }
}
