using System.Text;

namespace TeleRad.Dicom.CharacterSets;

/// <summary>
/// The character repertoire of a data set, from Specific Character Set (0008,0005) (PS3.5 section 6.1, PS3.3 C.12.1.1.2).
/// Decodes the character-set dependent VRs (SH, LO, UC, ST, LT, UT, PN); every other string VR is the default repertoire.
/// </summary>
public sealed class DicomCharacterSet
{
    private DicomCharacterSet(IReadOnlyList<string> definedTerms, Encoding encoding)
    {
        DefinedTerms = definedTerms;
        _encoding = encoding;
    }

    private readonly Encoding _encoding;

    /// <summary>The default repertoire, ISO_IR 6 (ASCII), used when (0008,0005) is absent or empty.</summary>
    public static DicomCharacterSet Default { get; } = new([], Encoding.ASCII);

    /// <summary>ISO_IR 192, UTF-8.</summary>
    public static DicomCharacterSet Utf8 { get; } = new(["ISO_IR 192"], new UTF8Encoding(false, false));

    /// <summary>The defined terms of (0008,0005) this set was built from (empty for the default repertoire).</summary>
    public IReadOnlyList<string> DefinedTerms { get; }

    /// <summary>True for ISO_IR 192.</summary>
    public bool IsUtf8 => ReferenceEquals(this, Utf8);

    /// <summary>
    /// Builds the set for the values of (0008,0005). Reading is lenient: an unknown term falls back to the default
    /// repertoire and is reported through <paramref name="warnings"/> (the term itself is not patient data).
    /// </summary>
    public static DicomCharacterSet FromDefinedTerms(IReadOnlyList<string> terms, ICollection<string>? warnings = null)
    {
        if (terms.Count == 0 || (terms.Count == 1 && string.IsNullOrWhiteSpace(terms[0])))
            return Default;
        if (terms.Count == 1 && terms[0].Trim() == "ISO_IR 192")
            return Utf8;
        warnings?.Add($"Specific Character Set '{string.Join('\\', terms)}' is not supported yet; decoded as ISO_IR 6.");
        return new DicomCharacterSet(terms, Encoding.Latin1);
    }

    /// <summary>Decodes a whole value (all its multiple values, backslash-delimited) of a string VR.</summary>
    public string Decode(ReadOnlySpan<byte> bytes, DicomVR vr) =>
        vr.IsCharacterSetDependent() ? _encoding.GetString(bytes) : Encoding.Latin1.GetString(bytes);

    /// <summary>Encodes a whole value of a string VR in this set (without padding).</summary>
    public byte[] Encode(string text, DicomVR vr) =>
        vr.IsCharacterSetDependent() ? _encoding.GetBytes(text) : Encoding.ASCII.GetBytes(text);
}
