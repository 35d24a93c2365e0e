namespace TeleRad.Cli.Dump;

/// <summary>The options of one <c>telerad dump</c> run.</summary>
/// <param name="Json">Write the PS3.18 JSON model (NDJSON, one document per file) instead of text.</param>
/// <param name="StopBeforePixels">Read only up to Pixel Data (7FE0,0010).</param>
/// <param name="BulkData">What the JSON output holds for bulk values.</param>
internal sealed record DumpSettings(bool Json, bool StopBeforePixels, BulkDataMode BulkData)
{
    /// <summary>
    /// Values longer than this stay on disk while reading (<c>DicomReadOptions.LargeValueThreshold</c>). It equals the
    /// JSON bulk data threshold, so every bulk value keeps the file offset its Bulk Data URI needs, and the text dump
    /// never loads a large binary value only to print its first bytes.
    /// </summary>
    public const long LargeValueThreshold = 1024;
}
