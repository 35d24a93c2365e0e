using System.Text;
using TeleRad.Dicom;
using TeleRad.Dicom.Json;

namespace TeleRad.Cli.Dump;

/// <summary>
/// The JSON dump: the DICOM JSON model (PS3.18 annex F) of the meta group and data set as one compact object on one
/// line (NDJSON when several files are dumped). Bulk values become Bulk Data URIs into the file, or are omitted.
/// </summary>
internal static class JsonDumpFormatter
{
    /// <summary>Appends the JSON object of <paramref name="file"/> and a newline.</summary>
    public static async Task AppendAsync(StringBuilder text, DicomFile file, BulkDataMode bulkData, CancellationToken cancellationToken)
    {
        await OnDiskValueLoader.LoadAsync(file.FileMetaInformation, cancellationToken).ConfigureAwait(false);
        await OnDiskValueLoader.LoadAsync(file.Dataset, cancellationToken).ConfigureAwait(false);

        var options = new DicomJsonOptions
        {
            BulkDataThreshold = DumpSettings.LargeValueThreshold,
            BulkDataUri = bulkData == BulkDataMode.Uri ? BulkDataUri.For(file) : null,
            Indented = false,
        };
        using var json = new MemoryStream();
        await DicomJsonWriter.WriteAsync(json, file.Dataset, options, file.FileMetaInformation, cancellationToken).ConfigureAwait(false);
        text.Append(Encoding.UTF8.GetString(json.GetBuffer(), 0, (int)json.Length)).Append('\n');
    }
}
