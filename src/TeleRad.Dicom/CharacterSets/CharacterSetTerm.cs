namespace TeleRad.Dicom.CharacterSets;

/// <summary>
/// What one defined term of Specific Character Set (0008,0005) stands for (PS3.3 C.12.1.1.2, tables C.12-2 to C.12-5):
/// the sets it puts in G0 and G1, or, for the terms that allow no code extensions, a whole code page.
/// </summary>
internal sealed class CharacterSetTerm
{
    private CharacterSetTerm(string term, GraphicSet? g0, GraphicSet? g1, int standAloneCodePage)
    {
        Term = term;
        G0 = g0;
        G1 = g1;
        StandAloneCodePage = standAloneCodePage;
    }

    /// <summary>The defined term as the standard spells it.</summary>
    internal string Term { get; }

    /// <summary>The G0 set of the term, if it has one.</summary>
    internal GraphicSet? G0 { get; }

    /// <summary>The G1 set of the term, if it has one.</summary>
    internal GraphicSet? G1 { get; }

    /// <summary>The code page of ISO_IR 192, GB18030 or GBK, which exclude code extensions (PS3.5 6.1.2.5.4 d); 0 otherwise.</summary>
    internal int StandAloneCodePage { get; }

    /// <summary>True for ISO_IR 192, GB18030 and GBK.</summary>
    internal bool IsStandAlone => StandAloneCodePage != 0;

    private static readonly CharacterSetTerm[] Known = Build();

    /// <summary>The term with this exact spelling, or null.</summary>
    internal static CharacterSetTerm? Find(string term)
    {
        foreach (var known in Known)
        {
            if (known.Term == term)
                return known;
        }

        return null;
    }

    /// <summary>
    /// The term for a spelling seen in the wild that differs from the standard only in case or in the separators
    /// (for example "ISO IR 100", "ISO-IR 100" or "iso_ir 100"), or null.
    /// </summary>
    internal static CharacterSetTerm? FindLoose(string term)
    {
        string key = LooseKey(term);
        foreach (var known in Known)
        {
            if (LooseKey(known.Term) == key)
                return known;
        }

        return null;
    }

    private static string LooseKey(string term)
    {
        Span<char> key = stackalloc char[Math.Min(term.Length, 64)];
        int length = 0;
        foreach (char c in term.AsSpan(0, Math.Min(term.Length, 64)))
        {
            if (c is not (' ' or '_' or '-'))
                key[length++] = char.ToUpperInvariant(c);
        }

        return new string(key[..length]);
    }

    private static CharacterSetTerm[] Build()
    {
        (string Number, GraphicSet Set)[] singleByte =
        [
            ("100", GraphicSets.Latin1), ("101", GraphicSets.Latin2), ("109", GraphicSets.Latin3),
            ("110", GraphicSets.Latin4), ("126", GraphicSets.Greek), ("127", GraphicSets.Arabic),
            ("138", GraphicSets.Hebrew), ("144", GraphicSets.Cyrillic), ("148", GraphicSets.Latin5),
            ("166", GraphicSets.Thai), ("203", GraphicSets.Latin9),
        ];
        var terms = new List<CharacterSetTerm>
        {
            new("ISO_IR 6", GraphicSets.Ascii, null, 0),
            new("ISO 2022 IR 6", GraphicSets.Ascii, null, 0),
            new("ISO_IR 13", GraphicSets.JisRoman, GraphicSets.JisKatakana, 0),
            new("ISO 2022 IR 13", GraphicSets.JisRoman, GraphicSets.JisKatakana, 0),
            new("ISO 2022 IR 87", GraphicSets.JisX0208, null, 0),
            new("ISO 2022 IR 159", GraphicSets.JisX0212, null, 0),
            new("ISO 2022 IR 149", null, GraphicSets.KsX1001, 0),
            new("ISO 2022 IR 58", null, GraphicSets.Gb2312, 0),
            new("ISO_IR 192", null, null, 65001),
            new("GB18030", null, null, 54936),
            new("GBK", null, null, 936),
        };
        foreach (var (number, set) in singleByte)
        {
            terms.Add(new CharacterSetTerm("ISO_IR " + number, GraphicSets.Ascii, set, 0));
            terms.Add(new CharacterSetTerm("ISO 2022 IR " + number, GraphicSets.Ascii, set, 0));
        }

        return [.. terms];
    }
}
