using TeleRad.Dicom.CharacterSets;

namespace TeleRad.Dicom.Tests.CharacterSets;

/// <summary>
/// Hand-written cases for (0008,0005) handling. Expected characters come from the ISO 8859 / JIS / KS / GB charts
/// (PS3.3 C.12.1.1.2) and the examples of PS3.5 annexes H to K, never from the code under test.
/// </summary>
[TestFixture]
public sealed class DicomCharacterSetTests
{
    private const byte Esc = 0x1B;

    private static DicomCharacterSet Set(params string[] terms)
    {
        var warnings = new List<string>();
        var set = DicomCharacterSet.FromDefinedTerms(terms, warnings);
        warnings.Should().BeEmpty();
        return set;
    }

    private static byte[] Bytes(params object[] parts)
    {
        var bytes = new List<byte>();
        foreach (object part in parts)
        {
            switch (part)
            {
                case string ascii:
                    bytes.AddRange(ascii.Select(c => (byte)c));
                    break;
                case int single:
                    bytes.Add((byte)single);
                    break;
                case byte single:
                    bytes.Add(single);
                    break;
                case byte[] many:
                    bytes.AddRange(many);
                    break;
                default:
                    throw new ArgumentException("unsupported part", nameof(parts));
            }
        }

        return [.. bytes];
    }

    // Term number, two bytes of the upper half, and their characters in the matching chart.
    private static readonly (string Number, byte[] Bytes, string Expected)[] SingleByteCharts =
    [
        ("100", [0xE9, 0xC4], "\u00E9\u00C4"),
        ("101", [0xB1, 0xE8], "\u0105\u010D"),
        ("109", [0xB1, 0xF8], "\u0127\u011D"),
        ("110", [0xA2, 0xE0], "\u0138\u0101"),
        ("144", [0xB0, 0xEF], "\u0410\u044F"),
        ("127", [0xC7, 0xE4], "\u0627\u0644"),
        ("126", [0xC4, 0xE1], "\u0394\u03B1"),
        ("138", [0xE0, 0xFA], "\u05D0\u05EA"),
        ("148", [0xF0, 0xDD], "\u011F\u0130"),
        ("166", [0xA1, 0xE0], "\u0E01\u0E40"),
        ("203", [0xA4, 0xBD], "\u20AC\u0153"),
        ("13", [0xB1, 0xDF], "\uFF71\uFF9F"),
    ];

    // Final bytes of the G1 escape sequences ESC 02/13 F of PS3.3 table C.12-3 (ISO-IR 13 uses ESC 02/09 04/09).
    private static readonly Dictionary<string, byte[]> SingleByteEscapes = new()
    {
        ["100"] = [Esc, (byte)'-', (byte)'A'], ["101"] = [Esc, (byte)'-', (byte)'B'], ["109"] = [Esc, (byte)'-', (byte)'C'],
        ["110"] = [Esc, (byte)'-', (byte)'D'], ["144"] = [Esc, (byte)'-', (byte)'L'], ["127"] = [Esc, (byte)'-', (byte)'G'],
        ["126"] = [Esc, (byte)'-', (byte)'F'], ["138"] = [Esc, (byte)'-', (byte)'H'], ["148"] = [Esc, (byte)'-', (byte)'M'],
        ["166"] = [Esc, (byte)'-', (byte)'T'], ["203"] = [Esc, (byte)'-', (byte)'b'], ["13"] = [Esc, (byte)')', (byte)'I'],
    };

    private static IEnumerable<TestCaseData> SingleByteTermCases()
    {
        foreach (var (number, bytes, expected) in SingleByteCharts)
        {
            yield return new TestCaseData("ISO_IR " + number, bytes, expected).SetArgDisplayNames("ISO_IR " + number);
            yield return new TestCaseData("ISO 2022 IR " + number, bytes, expected).SetArgDisplayNames("ISO 2022 IR " + number);
        }
    }

    private static IEnumerable<TestCaseData> SingleByteEscapeCases()
    {
        foreach (var (number, bytes, expected) in SingleByteCharts)
            yield return new TestCaseData(number, bytes, expected).SetArgDisplayNames("ISO 2022 IR " + number);
    }

    [TestCaseSource(nameof(SingleByteTermCases))]
    public void Decode_SingleByteTerm_MapsChartCharacters(string term, byte[] bytes, string expected)
    {
        Set(term).Decode(Bytes("Ab", bytes), DicomVR.LO).Should().Be("Ab" + expected);
    }

    [TestCaseSource(nameof(SingleByteEscapeCases))]
    public void Decode_SingleByteCodeExtension_SwitchesG1AtEscapeSequence(string number, byte[] bytes, string expected)
    {
        var set = Set("", "ISO 2022 IR " + number);

        set.Decode(Bytes("x", SingleByteEscapes[number], bytes), DicomVR.LO).Should().Be("x" + expected);
    }

    [TestCaseSource(nameof(SingleByteTermCases))]
    public void Encode_SingleByteTerm_RoundTripsChartCharacters(string term, byte[] bytes, string expected)
    {
        var set = Set(term);

        set.Encode("Ab" + expected, DicomVR.LO).Should().Equal(Bytes("Ab", bytes));
    }

    [Test]
    public void Decode_Default_ReadsHighBytesAsLatin1()
    {
        DicomCharacterSet.Default.Decode(Bytes("Buc^J", 0xE9, "r", 0xF4, "me"), DicomVR.PN).Should().Be("Buc^J\u00E9r\u00F4me");
    }

    [Test]
    public void Decode_NonDependentVrInUtf8DataSet_UsesDefaultRepertoire()
    {
        DicomCharacterSet.Utf8.Decode([0xC3, 0xA9], DicomVR.CS).Should().Be("\u00C3\u00A9");
        DicomCharacterSet.Utf8.Decode([0xC3, 0xA9], DicomVR.LO).Should().Be("\u00E9");
    }

    [Test]
    public void Decode_Utf8MultiValue_KeepsBackslashDelimiter()
    {
        byte[] bytes = Bytes(new byte[] { 0xE7, 0x8E, 0x8B }, "\\", new byte[] { 0xE5, 0xB0, 0x8F, 0xE6, 0x9D, 0xB1 });

        DicomCharacterSet.Utf8.Decode(bytes, DicomVR.LO).Split('\\').Should().Equal("\u738B", "\u5C0F\u6771");
    }

    [Test]
    public void Decode_Gb18030FourByteSequence_DecodesSupplementaryCharacter()
    {
        Set("GB18030").Decode([0x95, 0x32, 0x82, 0x36], DicomVR.LO).Should().Be("\U00020000");
    }

    [Test]
    public void Decode_GbkTrailByte5C_IsNotADelimiter()
    {
        // 0x81 0x5C is one GBK character whose second byte is the backslash byte (PS3.5 6.1.2.5.4 d).
        string text = Set("GBK").Decode(Bytes(0x81, "\\\\A"), DicomVR.LO);

        text.Split('\\').Should().Equal("\u4E57", "A");
    }

    [Test]
    public void Decode_Iso2022G1_ResetsAtBackslashOfMultiValuedVr()
    {
        var set = Set("ISO 2022 IR 100", "ISO 2022 IR 144");
        byte[] bytes = Bytes(Esc, "-L", 0xB0, "\\", 0xB0);

        set.Decode(bytes, DicomVR.LO).Should().Be("\u0410\\\u00B0");
    }

    [Test]
    public void Decode_Iso2022TextVr_ResetsAtCrLfButNotAtBackslash()
    {
        var set = Set("ISO 2022 IR 100", "ISO 2022 IR 144");
        byte[] bytes = Bytes(Esc, "-L", 0xB0, "\\", 0xB0, "\r\n", 0xB0);

        set.Decode(bytes, DicomVR.LT).Should().Be("\u0410\\\u0410\r\n\u00B0");
    }

    [Test]
    public void Decode_Iso2022PersonName_ResetsAtCaretAndEquals()
    {
        var set = Set("ISO 2022 IR 100", "ISO 2022 IR 144");
        byte[] bytes = Bytes(Esc, "-L", 0xB0, "^", 0xB0, "=", Esc, "-L", 0xB0, "=", 0xB0);

        set.Decode(bytes, DicomVR.PN).Should().Be("\u0410^\u00B0=\u0410=\u00B0");
        set.Decode(bytes, DicomVR.LO).Should().Be("\u0410^\u0410=\u0410=\u0410");
    }

    [Test]
    public void Decode_KoreanG1_DroppedAtPersonNameDelimiter()
    {
        var set = Set("", "ISO 2022 IR 149");
        byte[] bytes = Bytes(Esc, "$)C", 0xB1, 0xE8, "^", 0xB1, 0xE8);

        // After '^' no G1 set is designated any more, so the bytes fall back to ISO 8859-1.
        set.Decode(bytes, DicomVR.PN).Should().Be("\uAE40^\u00B1\u00E8");
    }

    [Test]
    public void Decode_JisX0208_DelimiterBytesInsidePairsAreCharacters()
    {
        // JIS X 0208 0x305E and 0x305C hold '^' and '\' bytes; in G0 double-byte mode they are halves of kanji.
        var set = Set("", "ISO 2022 IR 87");
        byte[] bytes = Bytes(Esc, "$B0^0\\", Esc, "(B");

        set.Decode(bytes, DicomVR.PN).Should().Be("\u7DEF\u79FB");
    }

    [Test]
    public void Decode_JisX0212_UsesGeneratedTable()
    {
        var set = Set("", "ISO 2022 IR 159");

        set.Decode(Bytes(Esc, "$(D0!", Esc, "(B"), DicomVR.LO).Should().Be("\u4E02");
    }

    [Test]
    public void Decode_Gb2312InG1_DecodesPair()
    {
        var set = Set("", "ISO 2022 IR 58");

        set.Decode(Bytes("Zhong=", Esc, "$)A", 0xD6, 0xD0), DicomVR.PN).Should().Be("Zhong=\u4E2D");
    }

    [Test]
    public void Decode_IsoIr13WithShiftJisKanji_DecodesLeniently()
    {
        Set("ISO_IR 13").Decode(Bytes(0x8E, "R", 0xB1), DicomVR.LO).Should().Be("\u5C71\uFF71");
    }

    [TestCase(new byte[] { Esc, (byte)'(', (byte)'Z', (byte)'a', (byte)'b' }, "\uFFFDab")]
    [TestCase(new byte[] { (byte)'a', Esc, (byte)'$' }, "a\uFFFD")]
    [TestCase(new byte[] { (byte)'a', Esc }, "a\uFFFD")]
    [TestCase(new byte[] { Esc, (byte)'$', (byte)'B', (byte)'0' }, "\uFFFD")]
    [TestCase(new byte[] { Esc, (byte)'$', (byte)')', (byte)'C', 0xB1, (byte)'a' }, "\uFFFDa")]
    public void Decode_MalformedIso2022_ReplacesWithoutThrowing(byte[] bytes, string expected)
    {
        Set("", "ISO 2022 IR 87", "ISO 2022 IR 149").Decode(bytes, DicomVR.LO).Should().Be(expected);
    }

    [Test]
    public void FromDefinedTerms_UnknownTerm_WarnsAndFallsBackToLatin1()
    {
        var warnings = new List<string>();

        var set = DicomCharacterSet.FromDefinedTerms(["ISO_IR 999"], warnings);

        warnings.Should().ContainSingle().Which.Should().Contain("ISO_IR 999");
        set.Decode([0xE9], DicomVR.LO).Should().Be("\u00E9");
        set.IsUtf8.Should().BeFalse();
    }

    [Test]
    public void FromDefinedTerms_MisspeltTerm_WarnsAndUsesDefinedTerm()
    {
        var warnings = new List<string>();

        var set = DicomCharacterSet.FromDefinedTerms(["ISO IR 144"], warnings);

        warnings.Should().ContainSingle().Which.Should().Contain("ISO_IR 144");
        set.Decode([0xB0], DicomVR.PN).Should().Be("\u0410");
    }

    [Test]
    public void FromDefinedTerms_StandAloneTermWithExtensions_IgnoresExtensions()
    {
        var warnings = new List<string>();

        var set = DicomCharacterSet.FromDefinedTerms(["ISO_IR 192", "ISO 2022 IR 100"], warnings);

        warnings.Should().ContainSingle().Which.Should().Contain("ISO_IR 192");
        set.IsUtf8.Should().BeTrue();
    }

    [Test]
    public void FromDefinedTerms_StandAloneTermAsExtension_IsIgnored()
    {
        var warnings = new List<string>();

        var set = DicomCharacterSet.FromDefinedTerms(["ISO 2022 IR 100", "GB18030"], warnings);

        warnings.Should().ContainSingle().Which.Should().Contain("GB18030");
        set.Decode([0xE9], DicomVR.LO).Should().Be("\u00E9");
    }

    [Test]
    public void FromDefinedTerms_EmptyOrUtf8_ReturnsSharedInstances()
    {
        DicomCharacterSet.FromDefinedTerms([]).Should().BeSameAs(DicomCharacterSet.Default);
        DicomCharacterSet.FromDefinedTerms([""]).Should().BeSameAs(DicomCharacterSet.Default);
        DicomCharacterSet.FromDefinedTerms(["ISO_IR 192 "]).Should().BeSameAs(DicomCharacterSet.Utf8);
        DicomCharacterSet.Default.DefinedTerms.Should().BeEmpty();
        DicomCharacterSet.Default.IsUtf8.Should().BeFalse();
        DicomCharacterSet.Utf8.IsUtf8.Should().BeTrue();
        DicomCharacterSet.Utf8.DefinedTerms.Should().Equal("ISO_IR 192");
    }

    [Test]
    public void FromDefinedTerms_PaddedTerms_AreTrimmed()
    {
        Set("ISO 2022 IR 13", "ISO 2022 IR 87 ").DefinedTerms.Should().Equal("ISO 2022 IR 13", "ISO 2022 IR 87");
    }
}
