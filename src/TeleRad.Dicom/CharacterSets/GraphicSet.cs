namespace TeleRad.Dicom.CharacterSets;

/// <summary>
/// One graphic character set of ISO/IEC 2022 as DICOM uses it (PS3.3 C.12.1.1.2): the element it is designated to
/// (G0 or G1), the escape sequence designating it, and its byte-to-character mapping. Immutable; the code page
/// tables are built on first use.
/// </summary>
internal sealed class GraphicSet
{
    private readonly byte[] _escape;
    private readonly Lazy<SingleByteTable>? _singleByte;
    private readonly Lazy<DoubleByteTable>? _doubleByte;

    private GraphicSet(string name, GraphicSetKind kind, bool isG1, byte[] escape,
        Lazy<SingleByteTable>? singleByte = null, Lazy<DoubleByteTable>? doubleByte = null)
    {
        Name = name;
        Kind = kind;
        IsG1 = isG1;
        _escape = escape;
        _singleByte = singleByte;
        _doubleByte = doubleByte;
    }

    /// <summary>The ISO-IR registration, e.g. "ISO-IR 100".</summary>
    internal string Name { get; }

    /// <summary>How bytes map to characters.</summary>
    internal GraphicSetKind Kind { get; }

    /// <summary>True when designated to G1 (used with the high bit set), false for G0.</summary>
    internal bool IsG1 { get; }

    /// <summary>True for the 94x94 sets, whose characters take two bytes.</summary>
    internal bool IsDoubleByte => Kind == GraphicSetKind.DoubleByte;

    /// <summary>The escape sequence designating this set, ESC included.</summary>
    internal ReadOnlySpan<byte> Escape => _escape;

    internal static GraphicSet Ascii(byte[] escape) => new("ISO-IR 6", GraphicSetKind.Ascii, isG1: false, escape);

    internal static GraphicSet JisRoman(byte[] escape) => new("ISO-IR 14", GraphicSetKind.JisRoman, isG1: false, escape);

    internal static GraphicSet JisKatakana(byte[] escape) => new("ISO-IR 13", GraphicSetKind.JisKatakana, isG1: true, escape);

    internal static GraphicSet SingleByte(string name, int codePage, byte[] escape) =>
        new(name, GraphicSetKind.SingleByte, isG1: true, escape, singleByte: new Lazy<SingleByteTable>(() => SingleByteTable.FromCodePage(codePage)));

    internal static GraphicSet DoubleByte(string name, bool isG1, byte[] escape, Func<DoubleByteTable> build) =>
        new(name, GraphicSetKind.DoubleByte, isG1, escape, doubleByte: new Lazy<DoubleByteTable>(build));

    /// <summary>
    /// The character of one byte of a single-byte set: 0x21-0x7E for the G0 sets, 0x80-0xFF for the G1 sets.
    /// U+FFFD for a byte the set does not assign.
    /// </summary>
    internal char DecodeByte(byte value) => Kind switch
    {
        GraphicSetKind.Ascii or GraphicSetKind.JisRoman => value < 0x80 ? (char)value : CodePages.Replacement,
        GraphicSetKind.JisKatakana => value is >= 0xA1 and <= 0xDF ? (char)(0xFF61 + (value - 0xA1)) : CodePages.Replacement,
        GraphicSetKind.SingleByte => _singleByte!.Value[value],
        _ => CodePages.Replacement,
    };

    /// <summary>The character of a double-byte set's pair (bytes with or without the high bit).</summary>
    internal char DecodePair(byte first, byte second) => _doubleByte!.Value.Decode(first, second);

    /// <summary>
    /// The code of a character in this set as written in the stream: one byte (high bit set for G1) or, for a
    /// double-byte set, two bytes with the first in the high 8 bits.
    /// </summary>
    internal bool TryEncode(char c, out int code)
    {
        code = 0;
        switch (Kind)
        {
            case GraphicSetKind.Ascii or GraphicSetKind.JisRoman:
                code = c;
                return c < 0x80;
            case GraphicSetKind.JisKatakana:
                code = c - 0xFF61 + 0xA1;
                return c is >= '\uFF61' and <= '\uFF9F';
            case GraphicSetKind.SingleByte:
                bool found = _singleByte!.Value.TryGetUpperHalfByte(c, out byte b);
                code = b;
                return found;
            default:
                if (!_doubleByte!.Value.TryEncode(c, out ushort pair))
                    return false;
                code = IsG1 ? pair | 0x8080 : pair;
                return true;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
