using System.Globalization;
using TeleRad.Dicom;

namespace TeleRad.Cli.Dump;

/// <summary>
/// Bulk Data URIs (PS3.18 section F.2.6) for values of a file on disk:
/// <c>file://&lt;absolute path&gt;?offset=&lt;N&gt;&amp;length=&lt;M&gt;</c>, the byte range the value occupies in the
/// file as stored (<see cref="DicomAttribute.StreamOffset"/> and <see cref="DicomAttribute.StreamLength"/>). Each path
/// segment is percent-encoded (RFC 3986 section 2.1), so a space or '#' in a file name cannot change the URI's meaning.
/// </summary>
internal static class BulkDataUri
{
    /// <summary>
    /// A factory for <c>DicomJsonOptions.BulkDataUri</c>, or null when offsets do not address the file: the data set of
    /// a deflated transfer syntax is read from the inflated stream (PS3.5 section A.5).
    /// </summary>
    public static Func<DicomAttribute, string?>? For(DicomFile file)
    {
        if (file.Path is not { } path || file.TransferSyntax.IsDeflated)
            return null;
        var fileUri = FileUri(path);
        return attribute => Of(fileUri, attribute);
    }

    /// <summary>The <c>file://</c> URI of an absolute path, each segment percent-encoded.</summary>
    public static string FileUri(string absolutePath)
    {
        var segments = absolutePath.Split('/');
        return "file://" + string.Join('/', segments.Select(Uri.EscapeDataString));
    }

    private static string? Of(string fileUri, DicomAttribute attribute) =>
        attribute.StreamOffset < 0 || attribute.StreamLength < 0
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{fileUri}?offset={attribute.StreamOffset}&length={attribute.StreamLength}");
}
