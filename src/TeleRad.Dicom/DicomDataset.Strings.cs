using System.Text;
using TeleRad.Dicom.CharacterSets;

namespace TeleRad.Dicom;

public sealed partial class DicomDataset
{
    /// <summary>
    /// The whole value of a string element, decoded with the character set in force, trailing padding removed; for a
    /// multi-valued element the values stay joined by backslashes. Null when the element is absent.
    /// </summary>
    public string? GetString(DicomTag tag)
    {
        if (this[tag] is not DicomElement e)
            return null;
        var text = Decode(e, CharacterSet);
        return TrimInsignificant(text, e.VR, trimLeading: false);
    }

    /// <summary>
    /// The values of a string element, split at backslashes (for multi-valued VRs) and with the spaces PS3.5 section 6.2
    /// calls insignificant removed. Empty when the element is absent or empty.
    /// </summary>
    public string[] GetStrings(DicomTag tag) =>
        this[tag] is DicomElement e ? DecodeStrings(e, CharacterSet, trimLeading: true) : [];

    /// <summary>The value at <paramref name="index"/> of a string element, or null.</summary>
    public string? GetString(DicomTag tag, int index)
    {
        var values = GetStrings(tag);
        return index < values.Length ? values[index] : null;
    }

    /// <summary>The raw bytes of a primitive element's value (little endian); it must be in memory.</summary>
    public ReadOnlyMemory<byte> GetBytes(DicomTag tag) =>
        this[tag] is DicomElement e ? e.Buffer.Memory : ReadOnlyMemory<byte>.Empty;

    /// <summary>The person names of a PN element (PS3.5 section 6.2.1).</summary>
    public DicomPersonName[] GetPersonNames(DicomTag tag) =>
        [.. GetStrings(tag).Select(DicomPersonName.Parse)];

    /// <summary>The first person name of a PN element, or null.</summary>
    public DicomPersonName? GetPersonName(DicomTag tag)
    {
        var names = GetPersonNames(tag);
        return names.Length > 0 ? names[0] : null;
    }

    internal static string Decode(DicomElement e, DicomCharacterSet charset)
    {
        if (e.IsEmpty)
            return string.Empty;
        // The VR is checked before the value is touched: a bulk value (say, a corrupt Specific Character Set with VR OW)
        // may be left on disk, and reaching for it threw InvalidOperationException instead (found by the robustness suite).
        if (!e.VR.IsString())
            throw new DicomFormatException(DicomFormatFault.InvalidValue, $"VR {e.VR.Code()} is not a string VR", e.StreamOffset, e.Tag);
        var bytes = e.Buffer.Memory.Span;
        return e.VR.IsCharacterSetDependent() ? charset.Decode(bytes, e.VR) : Encoding.Latin1.GetString(bytes);
    }

    internal static string[] DecodeStrings(DicomElement e, DicomCharacterSet charset, bool trimLeading)
    {
        if (e.IsEmpty)
            return [];
        var text = Decode(e, charset);
        if (!e.VR.IsMultiValuedString())
            return [TrimInsignificant(text, e.VR, trimLeading)];
        var parts = text.Split('\\');
        for (var i = 0; i < parts.Length; i++)
            parts[i] = TrimInsignificant(parts[i], e.VR, trimLeading);
        return parts;
    }

    /// <summary>
    /// Removes padding and the spaces PS3.5 table 6.2-1 calls insignificant: trailing spaces (and NULs, which some writers
    /// pad with) for every string VR; leading spaces too for the VRs where they are insignificant.
    /// </summary>
    internal static string TrimInsignificant(string value, DicomVR vr, bool trimLeading)
    {
        var span = value.AsSpan().TrimEnd(" \0");
        if (trimLeading && vr is DicomVR.AE or DicomVR.CS or DicomVR.DS or DicomVR.IS or DicomVR.SH or DicomVR.LO or
                DicomVR.DA or DicomVR.TM or DicomVR.DT or DicomVR.AS or DicomVR.UC or DicomVR.UI)
            span = span.TrimStart(' ');
        return span.Length == value.Length ? value : span.ToString();
    }
}
