using System.Buffers;
using System.Text;

namespace TeleRad.Dicom.CharacterSets;

/// <summary>
/// Decodes text that may use ISO 2022 code extensions (PS3.5 section 6.1.2.5, PS3.3 C.12.1.1.2). Escape sequences
/// designate sets to G0 or G1; bytes 0x21-0x7E are read through G0 and bytes 0x80-0xFF through G1. The initial
/// designations come back at every control character other than ESC and at the VR's delimiters (PS3.5 6.1.2.5.3),
/// so text after a delimiter decodes correctly even when the writer did not switch back itself.
/// Reading is lenient: it never throws, unknown escape sequences and bytes a set does not assign become U+FFFD, a
/// byte above 0x7F with no G1 set is read as ISO 8859-1, and ISO-IR 13 text also accepts Shift_JIS double-byte
/// characters, which Japanese equipment writes under ISO_IR 13.
/// </summary>
internal static class Iso2022Decoder
{
    private const byte Esc = 0x1B;
    private const int StackLimit = 256;
    private static readonly Lazy<Encoding> ShiftJis = new(() => CodePages.Get(932));

    /// <summary>Decodes a whole value.</summary>
    internal static string Decode(ReadOnlySpan<byte> bytes, GraphicSet initialG0, GraphicSet? initialG1, ValueDelimiters delimiters)
    {
        if (bytes.IsEmpty)
            return string.Empty;

        // Plain ASCII without escape sequences reads the same through every initial G0 set (ASCII or JIS X 0201
        // Romaji as read here), so the common case skips the state machine.
        if (!bytes.ContainsAnyExceptInRange((byte)0, (byte)0x7F) && !bytes.Contains(Esc))
            return Encoding.ASCII.GetString(bytes);

        // Every byte yields at most one character, so the output never outgrows the input.
        char[]? rented = null;
        Span<char> output = bytes.Length <= StackLimit
            ? stackalloc char[bytes.Length]
            : (rented = ArrayPool<char>.Shared.Rent(bytes.Length));
        try
        {
            int length = DecodeInto(bytes, output, initialG0, initialG1, delimiters);
            return new string(output[..length]);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static int DecodeInto(ReadOnlySpan<byte> bytes, Span<char> output, GraphicSet initialG0, GraphicSet? initialG1,
        ValueDelimiters delimiters)
    {
        var g0 = initialG0;
        var g1 = initialG1;
        int n = 0;
        int i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b == Esc)
            {
                int length = EscapeLength(bytes[i..], out bool complete);
                var set = complete ? GraphicSets.FromEscape(bytes.Slice(i, length)) : null;
                if (set is null)
                {
                    output[n++] = CodePages.Replacement;
                    i += length;
                    continue;
                }

                if (set.IsG1)
                    g1 = set;
                else
                    g0 = set;
                i += length;
            }
            else if (b < 0x20 || b == 0x7F)
            {
                // Control characters (CR, LF, FF, TAB...) end a line or field: initial designations again.
                output[n++] = (char)b;
                g0 = initialG0;
                g1 = initialG1;
                i++;
            }
            else if (b == 0x20)
            {
                // SPACE is not part of any 94-character set; it stays a space whatever G0 holds (ISO/IEC 2022 6.3.2).
                output[n++] = ' ';
                i++;
            }
            else if (b < 0x80)
            {
                if (g0.IsDoubleByte)
                {
                    i += DecodePair(bytes, i, g0, 0x21, 0x7E, out output[n++]);
                    continue;
                }

                output[n++] = g0.DecodeByte(b);
                i++;
                if (delimiters.Contains(b))
                {
                    g0 = initialG0;
                    g1 = initialG1;
                }
            }
            else
            {
                i += DecodeHigh(bytes, i, g1, out output[n++]);
            }
        }

        return n;
    }

    /// <summary>Decodes the character at a byte 0x80-0xFF through G1 and returns the number of bytes it took.</summary>
    private static int DecodeHigh(ReadOnlySpan<byte> bytes, int i, GraphicSet? g1, out char c)
    {
        byte b = bytes[i];
        switch (g1?.Kind)
        {
            case null:
                c = (char)b;
                return 1;
            case GraphicSetKind.DoubleByte:
                return DecodePair(bytes, i, g1, 0xA1, 0xFE, out c);
            case GraphicSetKind.JisKatakana when b is < 0xA1 or > 0xDF:
                return DecodeShiftJis(bytes, i, out c);
            default:
                c = g1.DecodeByte(b);
                return 1;
        }
    }

    /// <summary>Decodes a two-byte character whose bytes must both lie in [low, high]; a lone byte becomes U+FFFD.</summary>
    private static int DecodePair(ReadOnlySpan<byte> bytes, int i, GraphicSet set, byte low, byte high, out char c)
    {
        byte first = bytes[i];
        if (first < low || first > high || i + 1 >= bytes.Length || bytes[i + 1] < low || bytes[i + 1] > high)
        {
            c = CodePages.Replacement;
            return 1;
        }

        c = set.DecodePair(first, bytes[i + 1]);
        return 2;
    }

    private static int DecodeShiftJis(ReadOnlySpan<byte> bytes, int i, out char c)
    {
        c = CodePages.Replacement;
        byte lead = bytes[i];
        if (lead is not ((>= 0x81 and <= 0x9F) or (>= 0xE0 and <= 0xFC)) || i + 1 >= bytes.Length)
            return 1;
        byte trail = bytes[i + 1];
        if (trail is not ((>= 0x40 and <= 0x7E) or (>= 0x80 and <= 0xFC)))
            return 1;

        Span<char> decoded = stackalloc char[4];
        int count = ShiftJis.Value.GetChars(bytes.Slice(i, 2), decoded);
        if (count != 1 || decoded[0] == CodePages.Replacement)
            return 1;
        c = decoded[0];
        return 2;
    }

    /// <summary>
    /// Length of the escape sequence at the start of the span: ESC, intermediate bytes 0x20-0x2F, one final byte
    /// 0x30-0x7E (ISO/IEC 2022 section 5.5). When no final byte follows, the sequence is incomplete and its length
    /// covers ESC and the intermediate bytes only.
    /// </summary>
    private static int EscapeLength(ReadOnlySpan<byte> bytes, out bool complete)
    {
        int i = 1;
        while (i < bytes.Length && bytes[i] is >= 0x20 and <= 0x2F)
            i++;
        complete = i < bytes.Length && bytes[i] is >= 0x30 and <= 0x7E;
        return complete ? i + 1 : i;
    }
}
