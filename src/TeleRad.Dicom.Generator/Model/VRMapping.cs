namespace TeleRad.Dicom.Generator.Model;

/// <summary>
/// Maps a dicom.dic VR column to the names of two <c>TeleRad.Dicom.DicomVR</c> members: the VR a reader uses for
/// the element in Implicit VR (first) and the other VR PS3.6 allows (alternate, <c>None</c> when there is none).
/// </summary>
/// <remarks>
/// DCMTK writes the elements whose VR depends on context with lower-case pseudo VRs. The choices here:
/// <list type="bullet">
/// <item><c>ox</c> ("OB or OW": Overlay Data, Waveform Data, curve/audio data, Variable Pixel Data...) → OW, alternate OB:
/// PS3.5 section A.1 and section 8.3 require OW for these in Implicit VR Little Endian.</item>
/// <item><c>px</c> (Pixel Data, "OB or OW") → OW, alternate OB, for the same reason (PS3.5 section A.1 c).</item>
/// <item><c>xs</c> ("US or SS", decided by Pixel Representation) → US, alternate SS.</item>
/// <item><c>lt</c> ("US or OW": LUT Data) → US, alternate OW, the first VR PS3.6 lists.</item>
/// <item><c>up</c> (DCMTK's "unsigned pointer", the DICOMDIR offsets) → UL, which is what PS3.6 lists.</item>
/// <item><c>na</c> (Item and the delimitation items, which have no VR) → None.</item>
/// </list>
/// Any other code must be one of the VRs of PS3.5 table 6.2-1; an unknown code stops the generator so that a new
/// dicom.dic is reviewed rather than silently mis-mapped.
/// </remarks>
public static class VRMapping
{
    /// <summary>The VRs of PS3.5 table 6.2-1, all of which are members of <c>DicomVR</c>.</summary>
    public static readonly IReadOnlySet<string> StandardVRs = new HashSet<string>(StringComparer.Ordinal)
    {
        "AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL", "IS", "LO", "LT", "OB", "OD", "OF", "OL", "OV",
        "OW", "PN", "SH", "SL", "SQ", "SS", "ST", "SV", "TM", "UC", "UI", "UL", "UN", "UR", "US", "UT", "UV",
    };

    /// <summary>The <c>DicomVR</c> member names for a dicom.dic VR code.</summary>
    public static (string VR, string AlternateVR) Map(string code) => code switch
    {
        "ox" or "px" => ("OW", "OB"),
        "xs" => ("US", "SS"),
        "lt" => ("US", "OW"),
        "up" => ("UL", "None"),
        "na" => ("None", "None"),
        _ when StandardVRs.Contains(code) => (code, "None"),
        _ => throw new FormatException($"Unknown VR code '{code}' in dicom.dic; extend VRMapping after checking PS3.6."),
    };

    /// <summary>How the VR reads in a doc comment, e.g. "PN", "OW or OB", "no VR".</summary>
    public static string Describe(string vr, string alternateVR) =>
        vr == "None" ? "no VR" : alternateVR == "None" ? vr : $"{vr} or {alternateVR}";
}
