namespace TeleRad.Dicom;

/// <summary>Properties of each Value Representation (PS3.5 section 6.2, table 6.2-1 and section 7.1.2).</summary>
public static class DicomVRExtensions
{
    /// <summary>Parses the two-character VR code read from an explicit-VR stream; false for anything not in PS3.5 table 6.2-1.</summary>
    public static bool TryParse(byte first, byte second, out DicomVR vr)
    {
        vr = (DicomVR)((first << 8) | second);
        if (IsKnown(vr))
            return true;
        vr = DicomVR.None;
        return false;
    }

    /// <summary>True for a VR defined by PS3.5 (not <see cref="DicomVR.None"/>).</summary>
    public static bool IsKnown(this DicomVR vr) => vr switch
    {
        DicomVR.AE or DicomVR.AS or DicomVR.AT or DicomVR.CS or DicomVR.DA or DicomVR.DS or DicomVR.DT or
        DicomVR.FL or DicomVR.FD or DicomVR.IS or DicomVR.LO or DicomVR.LT or DicomVR.OB or DicomVR.OD or
        DicomVR.OF or DicomVR.OL or DicomVR.OV or DicomVR.OW or DicomVR.PN or DicomVR.SH or DicomVR.SL or
        DicomVR.SQ or DicomVR.SS or DicomVR.ST or DicomVR.SV or DicomVR.TM or DicomVR.UC or DicomVR.UI or
        DicomVR.UL or DicomVR.UN or DicomVR.UR or DicomVR.US or DicomVR.UT or DicomVR.UV => true,
        _ => false,
    };

    /// <summary>
    /// True where explicit VR encoding uses two reserved bytes and a 32-bit length (PS3.5 section 7.1.2, table 7.1-1);
    /// false where it uses a 16-bit length.
    /// </summary>
    public static bool Has32BitLength(this DicomVR vr) => vr switch
    {
        DicomVR.OB or DicomVR.OD or DicomVR.OF or DicomVR.OL or DicomVR.OV or DicomVR.OW or DicomVR.SQ or
        DicomVR.SV or DicomVR.UC or DicomVR.UN or DicomVR.UR or DicomVR.UT or DicomVR.UV => true,
        _ => false,
    };

    /// <summary>True for the character-string VRs.</summary>
    public static bool IsString(this DicomVR vr) => vr switch
    {
        DicomVR.AE or DicomVR.AS or DicomVR.CS or DicomVR.DA or DicomVR.DS or DicomVR.DT or DicomVR.IS or
        DicomVR.LO or DicomVR.LT or DicomVR.PN or DicomVR.SH or DicomVR.ST or DicomVR.TM or DicomVR.UC or
        DicomVR.UI or DicomVR.UR or DicomVR.UT => true,
        _ => false,
    };

    /// <summary>
    /// True for VRs whose text is encoded with the Specific Character Set (0008,0005): SH, LO, UC, ST, LT, UT, PN
    /// (PS3.5 section 6.1.2.3). The other string VRs use the default repertoire only.
    /// </summary>
    public static bool IsCharacterSetDependent(this DicomVR vr) => vr switch
    {
        DicomVR.SH or DicomVR.LO or DicomVR.UC or DicomVR.ST or DicomVR.LT or DicomVR.UT or DicomVR.PN => true,
        _ => false,
    };

    /// <summary>
    /// True for string VRs that may hold several values separated by a backslash. ST, LT, UT and UR are single-valued
    /// and may contain a backslash as text (PS3.5 section 6.2).
    /// </summary>
    public static bool IsMultiValuedString(this DicomVR vr) =>
        vr.IsString() && vr is not (DicomVR.ST or DicomVR.LT or DicomVR.UT or DicomVR.UR);

    /// <summary>Size in bytes of one binary value, used for byte swapping and multiplicity; 0 for strings, OB, UN, SQ.</summary>
    public static int ValueSize(this DicomVR vr) => vr switch
    {
        DicomVR.US or DicomVR.SS or DicomVR.OW => 2,
        DicomVR.UL or DicomVR.SL or DicomVR.FL or DicomVR.OF or DicomVR.OL or DicomVR.AT => 4,
        DicomVR.FD or DicomVR.OD or DicomVR.SV or DicomVR.UV or DicomVR.OV => 8,
        _ => 0,
    };

    /// <summary>
    /// Size of the unit whose byte order changes between little and big endian. AT is a pair of 16-bit numbers
    /// (PS3.5 section 7.3), so it swaps in 2-byte units.
    /// </summary>
    public static int SwapUnit(this DicomVR vr) => vr == DicomVR.AT ? 2 : vr.ValueSize();

    /// <summary>True for the binary VRs whose values are numbers (US, SS, UL, SL, FL, FD, SV, UV, AT).</summary>
    public static bool IsBinaryNumber(this DicomVR vr) => vr switch
    {
        DicomVR.US or DicomVR.SS or DicomVR.UL or DicomVR.SL or DicomVR.FL or DicomVR.FD or DicomVR.SV or DicomVR.UV or DicomVR.AT => true,
        _ => false,
    };

    /// <summary>True for the "other" bulk VRs (OB, OD, OF, OL, OV, OW) and UN.</summary>
    public static bool IsBulk(this DicomVR vr) => vr switch
    {
        DicomVR.OB or DicomVR.OD or DicomVR.OF or DicomVR.OL or DicomVR.OV or DicomVR.OW or DicomVR.UN => true,
        _ => false,
    };

    /// <summary>The byte used to pad a value to even length: NUL for UI and binary VRs, space for other strings (PS3.5 section 6.2).</summary>
    public static byte PaddingByte(this DicomVR vr) => vr.IsString() && vr != DicomVR.UI ? (byte)' ' : (byte)0;

    /// <summary>The two-character code, e.g. "PN".</summary>
    public static string Code(this DicomVR vr) =>
        vr == DicomVR.None ? "??" : string.Create(2, (ushort)vr, static (s, v) =>
        {
            s[0] = (char)(v >> 8);
            s[1] = (char)(v & 0xFF);
        });
}
