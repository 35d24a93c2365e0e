namespace TeleRad.Dicom.CharacterSets;

/// <summary>
/// Encodes text with ISO 2022 code extensions (PS3.5 sections 6.1.2.5.1 to 6.1.2.5.3). ASCII characters go through a
/// single-byte G0 set; any other character through the G0 or G1 set in force if it has it, otherwise through the
/// first declared set that has it, after that set's escape sequence. Before every control character, before the VR's
/// delimiters and at the end of the value the initial designations are restored, as the standard requires and as
/// <see cref="Iso2022Decoder"/> assumes; a G1 set designated after a delimiter is designated again.
/// </summary>
internal static class Iso2022Encoder
{
    private const char Esc = '\u001B';

    /// <summary>
    /// Appends the encoded text to <paramref name="output"/>. Returns -1, or the index of the first character none
    /// of the sets can represent (the output is then incomplete).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="profile">Initial designations and the declared sets.</param>
    /// <param name="delimiters">The delimiters of the VR.</param>
    /// <param name="output">Receives the bytes.</param>
    internal static int Encode(string text, Iso2022Profile profile, ValueDelimiters delimiters, List<byte> output)
    {
        var g0 = profile.InitialG0;
        var g1 = profile.InitialG1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == Esc)
                return i;

            if (c < 0x20 || c == 0x7F || delimiters.Contains(c))
            {
                Restore(profile, ref g0, ref g1, output);
                output.Add((byte)c);
                continue;
            }

            if (c < 0x80)
            {
                if (g0.IsDoubleByte)
                {
                    output.AddRange(profile.InitialG0.Escape);
                    g0 = profile.InitialG0;
                }

                output.Add((byte)c);
                continue;
            }

            if (!TryEncodeNonAscii(c, profile, ref g0, ref g1, output))
                return i;
        }

        Restore(profile, ref g0, ref g1, output);
        return -1;
    }

    private static bool TryEncodeNonAscii(char c, Iso2022Profile profile, ref GraphicSet g0, ref GraphicSet? g1, List<byte> output)
    {
        int code;
        if ((g0.IsDoubleByte && g0.TryEncode(c, out code)) || (g1 is not null && g1.TryEncode(c, out code)))
        {
            Write(code, output);
            return true;
        }

        foreach (var set in profile.DeclaredSets)
        {
            if (set.Kind is GraphicSetKind.Ascii or GraphicSetKind.JisRoman || !set.TryEncode(c, out code))
                continue;
            output.AddRange(set.Escape);
            if (set.IsG1)
                g1 = set;
            else
                g0 = set;
            Write(code, output);
            return true;
        }

        // The default repertoire alone (no G1 set at all) writes ISO 8859-1 bytes, as it reads them.
        if (profile.Latin1Fallback && g1 is null && c <= 0xFF)
        {
            output.Add((byte)c);
            return true;
        }

        return false;
    }

    private static void Write(int code, List<byte> output)
    {
        if (code > 0xFF)
            output.Add((byte)(code >> 8));
        output.Add((byte)code);
    }

    private static void Restore(Iso2022Profile profile, ref GraphicSet g0, ref GraphicSet? g1, List<byte> output)
    {
        if (g0 != profile.InitialG0)
        {
            output.AddRange(profile.InitialG0.Escape);
            g0 = profile.InitialG0;
        }

        // Without an initial G1 set there is nothing to designate back: readers drop G1 at the delimiter anyway.
        if (g1 != profile.InitialG1)
        {
            if (profile.InitialG1 is not null)
                output.AddRange(profile.InitialG1.Escape);
            g1 = profile.InitialG1;
        }
    }
}
