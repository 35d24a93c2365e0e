namespace TeleRad.Dicom.CharacterSets;

/// <summary>How the bytes of a graphic set map to characters (PS3.3 C.12.1.1.2, tables C.12-2 to C.12-4).</summary>
internal enum GraphicSetKind
{
    /// <summary>ISO-IR 6 (ASCII) in G0.</summary>
    Ascii,

    /// <summary>
    /// ISO-IR 14, JIS X 0201 Romaji, in G0. It differs from ASCII only at 0x5C (Yen sign) and 0x7E (overline); those
    /// bytes are read as backslash and tilde, since 0x5C stays the DICOM value delimiter whatever G0 holds (PS3.5
    /// section 6.1.3) and every widespread implementation treats them so.
    /// </summary>
    JisRoman,

    /// <summary>ISO-IR 13, JIS X 0201 half-width Katakana, in G1 (bytes 0xA1-0xDF).</summary>
    JisKatakana,

    /// <summary>A 96-character set in G1 taken from an 8-bit code page (the ISO 8859 parts, TIS 620).</summary>
    SingleByte,

    /// <summary>A 94x94 double-byte set, in G0 (JIS X 0208, JIS X 0212) or G1 (KS X 1001, GB 2312).</summary>
    DoubleByte,
}
