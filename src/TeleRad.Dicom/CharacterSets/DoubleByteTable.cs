namespace TeleRad.Dicom.CharacterSets;

/// <summary>
/// A 94x94 double-byte graphic set (JIS X 0208, JIS X 0212, KS X 1001, GB 2312), indexed by the two 7-bit bytes
/// 0x21-0x7E as they appear in ISO 2022 with the set designated to G0 (PS3.5 section 6.1.2.5, ISO/IEC 2022 section 6.3).
/// Mapping each pair on its own means one bad pair never shifts the ones after it.
/// </summary>
internal sealed class DoubleByteTable
{
    private const int Size = 94;
    private readonly char[] _chars;
    private readonly Dictionary<char, ushort> _codes;

    private DoubleByteTable(char[] chars)
    {
        _chars = chars;
        _codes = [];
        for (int i = 0; i < chars.Length; i++)
        {
            // The first pair wins where a code page maps two pairs to one character (vendor rows duplicating
            // standard symbols come after them).
            if (chars[i] != CodePages.Replacement)
                _codes.TryAdd(chars[i], (ushort)((((i / Size) + 0x21) << 8) | ((i % Size) + 0x21)));
        }
    }

    /// <summary>
    /// Builds the table from a code page in its EUC form: both bytes with the high bit set (0xA1-0xFE), as
    /// EUC-JP, EUC-KR and EUC-CN carry the set in G1.
    /// </summary>
    internal static DoubleByteTable FromEucCodePage(int codePage)
    {
        var encoding = CodePages.Get(codePage);
        var chars = new char[Size * Size];
        Span<byte> pair = stackalloc byte[2];
        Span<char> decoded = stackalloc char[4];
        for (int i = 0; i < chars.Length; i++)
        {
            pair[0] = (byte)(0xA1 + (i / Size));
            pair[1] = (byte)(0xA1 + (i % Size));
            int count = encoding.GetChars(pair, decoded);
            chars[i] = count == 1 ? decoded[0] : CodePages.Replacement;
        }

        return new DoubleByteTable(chars);
    }

    /// <summary>Builds the table from row strings (see <see cref="JisX0212Table.Row"/>).</summary>
    internal static DoubleByteTable FromRows(Func<int, string?> row)
    {
        var chars = new char[Size * Size];
        Array.Fill(chars, CodePages.Replacement);
        for (int r = 0; r < Size; r++)
        {
            string? text = row(r + 0x21);
            text?.AsSpan().CopyTo(chars.AsSpan(r * Size, Size));
        }

        return new DoubleByteTable(chars);
    }

    /// <summary>The character of a pair of 7-bit bytes (high bits are ignored); U+FFFD outside the set.</summary>
    internal char Decode(byte first, byte second)
    {
        int row = (first & 0x7F) - 0x21;
        int cell = (second & 0x7F) - 0x21;
        return (uint)row < Size && (uint)cell < Size ? _chars[(row * Size) + cell] : CodePages.Replacement;
    }

    /// <summary>The 7-bit pair (first byte in the high 8 bits) of a character, if the set has it.</summary>
    internal bool TryEncode(char c, out ushort code) => _codes.TryGetValue(c, out code);
}
