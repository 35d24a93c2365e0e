namespace TeleRad.Dicom.CharacterSets;

/// <summary>
/// The 256 characters of an 8-bit code page, and the way back for its upper half. Built once per code page from the
/// code page encoding; immutable afterwards.
/// </summary>
internal sealed class SingleByteTable
{
    private readonly char[] _chars;
    private readonly Dictionary<char, byte> _upperHalf;

    private SingleByteTable(char[] chars)
    {
        _chars = chars;
        _upperHalf = [];
        for (int b = 0x80; b <= 0xFF; b++)
        {
            if (chars[b] != CodePages.Replacement)
                _upperHalf.TryAdd(chars[b], (byte)b);
        }
    }

    /// <summary>Builds the table by decoding each byte of the code page on its own.</summary>
    internal static SingleByteTable FromCodePage(int codePage)
    {
        var encoding = CodePages.Get(codePage);
        var chars = new char[256];
        Span<byte> one = stackalloc byte[1];
        Span<char> decoded = stackalloc char[4];
        for (int b = 0; b < 256; b++)
        {
            one[0] = (byte)b;
            int count = encoding.GetChars(one, decoded);
            chars[b] = count == 1 ? decoded[0] : CodePages.Replacement;
        }

        return new SingleByteTable(chars);
    }

    /// <summary>The character of a byte (U+FFFD where the code page assigns none).</summary>
    internal char this[byte value] => _chars[value];

    /// <summary>The upper-half byte (0x80-0xFF) for a character, if the code page has it there.</summary>
    internal bool TryGetUpperHalfByte(char c, out byte value) => _upperHalf.TryGetValue(c, out value);
}
