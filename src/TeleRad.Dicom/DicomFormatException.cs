using System.Globalization;

namespace TeleRad.Dicom;

/// <summary>
/// A DICOM stream is malformed or cannot be encoded. The message names the fault, the byte offset and the tag; it never
/// holds an element value, which may be patient data.
/// </summary>
public sealed class DicomFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DicomFormatException(DicomFormatFault fault, string detail, long offset = -1, DicomTag? tag = null, Exception? inner = null)
        : base(Compose(fault, detail, offset, tag), inner)
    {
        Fault = fault;
        Offset = offset;
        Tag = tag;
    }

    /// <summary>What went wrong.</summary>
    public DicomFormatFault Fault { get; }

    /// <summary>The byte offset in the stream (after inflation for deflated data sets) where it went wrong, or -1.</summary>
    public long Offset { get; }

    /// <summary>The tag of the element being read, where known.</summary>
    public DicomTag? Tag { get; }

    private static string Compose(DicomFormatFault fault, string detail, long offset, DicomTag? tag)
    {
        var where = offset >= 0 ? string.Create(CultureInfo.InvariantCulture, $" at byte offset {offset}") : string.Empty;
        var element = tag is { } t ? $" in element {t}" : string.Empty;
        return $"{fault}: {detail}{where}{element}.";
    }
}
