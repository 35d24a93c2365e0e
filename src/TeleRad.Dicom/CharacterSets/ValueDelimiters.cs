namespace TeleRad.Dicom.CharacterSets;

/// <summary>
/// The delimiters before which ISO 2022 text returns to the initial designations (PS3.5 section 6.1.2.5.3), besides
/// the control characters, which always do.
/// </summary>
[Flags]
internal enum ValueDelimiters
{
    /// <summary>Only control characters (CR, LF, FF, TAB...): the text VRs ST, LT, UT.</summary>
    None = 0,

    /// <summary>The value delimiter '\' of multi-valued strings (SH, LO, UC, PN).</summary>
    Backslash = 1,

    /// <summary>The Person Name component '^' and group '=' delimiters.</summary>
    PersonName = 2,
}
