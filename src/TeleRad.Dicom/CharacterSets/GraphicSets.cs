namespace TeleRad.Dicom.CharacterSets;

/// <summary>
/// The graphic sets DICOM names, with their ISO 2022 escape sequences (PS3.3 C.12.1.1.2, tables C.12-3 and C.12-4).
/// The single-byte G1 sets use the matching ISO 8859 code page; TIS 620 uses Windows-874, a superset. The double-byte
/// sets use the EUC form of a code page: EUC-JP (20932) for JIS X 0208, UHC (949) for KS X 1001 and GBK (936) for
/// GB 2312, each identical to the standard set over 0xA1-0xFE pairs (GBK maps GB 2312 0xA1A4 and 0xA1AA to U+00B7
/// and U+2014, as GB18030 does). .NET has no JIS X 0212 code page, so that set comes from a generated table.
/// </summary>
internal static class GraphicSets
{
    private const byte Esc = 0x1B;

    internal static readonly GraphicSet Ascii = GraphicSet.Ascii([Esc, (byte)'(', (byte)'B']);
    internal static readonly GraphicSet JisRoman = GraphicSet.JisRoman([Esc, (byte)'(', (byte)'J']);
    internal static readonly GraphicSet JisKatakana = GraphicSet.JisKatakana([Esc, (byte)')', (byte)'I']);
    internal static readonly GraphicSet Latin1 = GraphicSet.SingleByte("ISO-IR 100", 28591, [Esc, (byte)'-', (byte)'A']);
    internal static readonly GraphicSet Latin2 = GraphicSet.SingleByte("ISO-IR 101", 28592, [Esc, (byte)'-', (byte)'B']);
    internal static readonly GraphicSet Latin3 = GraphicSet.SingleByte("ISO-IR 109", 28593, [Esc, (byte)'-', (byte)'C']);
    internal static readonly GraphicSet Latin4 = GraphicSet.SingleByte("ISO-IR 110", 28594, [Esc, (byte)'-', (byte)'D']);
    internal static readonly GraphicSet Greek = GraphicSet.SingleByte("ISO-IR 126", 28597, [Esc, (byte)'-', (byte)'F']);
    internal static readonly GraphicSet Arabic = GraphicSet.SingleByte("ISO-IR 127", 28596, [Esc, (byte)'-', (byte)'G']);
    internal static readonly GraphicSet Hebrew = GraphicSet.SingleByte("ISO-IR 138", 28598, [Esc, (byte)'-', (byte)'H']);
    internal static readonly GraphicSet Cyrillic = GraphicSet.SingleByte("ISO-IR 144", 28595, [Esc, (byte)'-', (byte)'L']);
    internal static readonly GraphicSet Latin5 = GraphicSet.SingleByte("ISO-IR 148", 28599, [Esc, (byte)'-', (byte)'M']);
    internal static readonly GraphicSet Thai = GraphicSet.SingleByte("ISO-IR 166", 874, [Esc, (byte)'-', (byte)'T']);
    internal static readonly GraphicSet Latin9 = GraphicSet.SingleByte("ISO-IR 203", 28605, [Esc, (byte)'-', (byte)'b']);

    internal static readonly GraphicSet JisX0208 = GraphicSet.DoubleByte(
        "ISO-IR 87", isG1: false, [Esc, (byte)'$', (byte)'B'], () => DoubleByteTable.FromEucCodePage(20932));

    internal static readonly GraphicSet JisX0212 = GraphicSet.DoubleByte(
        "ISO-IR 159", isG1: false, [Esc, (byte)'$', (byte)'(', (byte)'D'], () => DoubleByteTable.FromRows(JisX0212Table.Row));

    internal static readonly GraphicSet KsX1001 = GraphicSet.DoubleByte(
        "ISO-IR 149", isG1: true, [Esc, (byte)'$', (byte)')', (byte)'C'], () => DoubleByteTable.FromEucCodePage(949));

    internal static readonly GraphicSet Gb2312 = GraphicSet.DoubleByte(
        "ISO-IR 58", isG1: true, [Esc, (byte)'$', (byte)')', (byte)'A'], () => DoubleByteTable.FromEucCodePage(936));

    private static readonly GraphicSet[] All =
    [
        Ascii, JisRoman, JisKatakana, Latin1, Latin2, Latin3, Latin4, Greek, Arabic, Hebrew, Cyrillic, Latin5, Thai,
        Latin9, JisX0208, JisX0212, KsX1001, Gb2312,
    ];

    /// <summary>The set a complete escape sequence (ESC included) designates, or null for an unknown sequence.</summary>
    internal static GraphicSet? FromEscape(ReadOnlySpan<byte> sequence)
    {
        foreach (var set in All)
        {
            if (set.Escape.SequenceEqual(sequence))
                return set;
        }

        return null;
    }
}
