using TeleRad.Dicom.CharacterSets;

namespace TeleRad.Dicom.Tests.CharacterSets;

/// <summary>Encoding with <see cref="DicomCharacterSet.Encode"/>: expected bytes from PS3.5 annexes H to K and the charts.</summary>
[TestFixture]
public sealed class DicomCharacterSetEncodeTests
{
    private const byte Esc = 0x1B;

    private static byte[] Bytes(params object[] parts)
    {
        var bytes = new List<byte>();
        foreach (object part in parts)
        {
            if (part is string ascii)
                bytes.AddRange(ascii.Select(c => (byte)c));
            else
                bytes.Add(Convert.ToByte(part, System.Globalization.CultureInfo.InvariantCulture));
        }

        return [.. bytes];
    }

    private static IEnumerable<TestCaseData> RoundTripCases()
    {
        yield return Case(["ISO_IR 192"], DicomVR.UT, "Wang^XiaoDong=\u738B^\u5C0F\u6771 \U0001F600 \u00E9\u0416");
        yield return Case(["GB18030"], DicomVR.PN, "Wang^XiaoDong=\u738B^\u5C0F\u4E1C \U00020000 \u20AC");
        yield return Case(["GBK"], DicomVR.LO, "\u738B\\\u5C0F\u4E1C\\\u4E57");
        yield return Case(["", "ISO 2022 IR 87"], DicomVR.PN, "Yamada^Tarou=\u5C71\u7530^\u592A\u90CE=\u3084\u307E\u3060^\u305F\u308D\u3046");
        yield return Case(["ISO 2022 IR 13", "ISO 2022 IR 87"], DicomVR.PN, "\uFF94\uFF8F\uFF80\uFF9E^\uFF80\uFF9B\uFF73=\u5C71\u7530^\u592A\u90CE");
        yield return Case(["", "ISO 2022 IR 87", "ISO 2022 IR 159"], DicomVR.LO, "\u5C71 \u4E02 x\\\u7DEF\u79FB");
        yield return Case(["", "ISO 2022 IR 149"], DicomVR.PN, "Hong^Gildong=\u6D2A^\u5409\u6D1E=\uD64D^\uAE38\uB3D9");
        yield return Case(["", "ISO 2022 IR 58"], DicomVR.PN, "Zhang^SanFeng=\u5F20^\u4E09\u4E30");
        yield return Case(["ISO 2022 IR 100", "ISO 2022 IR 144", "ISO 2022 IR 126"], DicomVR.LT, "J\u00E9r\u00F4me \u0416\u0443\u043A\r\n\u0394\u03B1 \u00E9");
        yield return Case(["ISO_IR 166"], DicomVR.ST, "\u0E01\u0E40 Thai");
        yield return Case(["ISO_IR 6"], DicomVR.SH, "plain \u00E9");
    }

    private static TestCaseData Case(string[] terms, DicomVR vr, string text) =>
        new TestCaseData(terms, vr, text).SetArgDisplayNames(string.Join('\\', terms), vr.ToString());

    [TestCaseSource(nameof(RoundTripCases))]
    public void Encode_EncodableSet_RoundTripsThroughDecode(string[] terms, DicomVR vr, string text)
    {
        var set = DicomCharacterSet.FromDefinedTerms(terms);

        byte[] bytes = set.Encode(text, vr);

        set.CanEncode(text, vr).Should().BeTrue();
        set.Decode(bytes, vr).Should().Be(text);
    }

    [Test]
    public void Encode_JapanesePersonName_MatchesPs35ExampleH31()
    {
        var set = DicomCharacterSet.FromDefinedTerms(["", "ISO 2022 IR 87"]);
        byte[] expected = Bytes("Yamada^Tarou=", Esc, "$B;3ED", Esc, "(B^", Esc, "$BB@O:", Esc, "(B=",
            Esc, "$B$d$^$@", Esc, "(B^", Esc, "$B$?$m$&", Esc, "(B");

        set.Encode("Yamada^Tarou=\u5C71\u7530^\u592A\u90CE=\u3084\u307E\u3060^\u305F\u308D\u3046", DicomVR.PN)
            .Should().Equal(expected);
    }

    [Test]
    public void Encode_JapanesePersonNameWithKatakana_MatchesPs35ExampleH32()
    {
        var set = DicomCharacterSet.FromDefinedTerms(["ISO 2022 IR 13", "ISO 2022 IR 87"]);
        byte[] expected = Bytes(0xD4, 0xCF, 0xC0, 0xDE, "^", 0xC0, 0xDB, 0xB3, "=", Esc, "$B;3ED", Esc, "(J^",
            Esc, "$BB@O:", Esc, "(J");

        set.Encode("\uFF94\uFF8F\uFF80\uFF9E^\uFF80\uFF9B\uFF73=\u5C71\u7530^\u592A\u90CE", DicomVR.PN).Should().Equal(expected);
    }

    [Test]
    public void Encode_KoreanPersonName_MatchesPs35ExampleI2()
    {
        var set = DicomCharacterSet.FromDefinedTerms(["", "ISO 2022 IR 149"]);
        byte[] expected = Bytes("Hong^Gildong=", Esc, "$)C", 0xFB, 0xF3, "^", Esc, "$)C", 0xD1, 0xCE, 0xD4, 0xD7, "=",
            Esc, "$)C", 0xC8, 0xAB, "^", Esc, "$)C", 0xB1, 0xE6, 0xB5, 0xBF);

        set.Encode("Hong^Gildong=\u6D2A^\u5409\u6D1E=\uD64D^\uAE38\uB3D9", DicomVR.PN).Should().Equal(expected);
    }

    [Test]
    public void Encode_Iso2022MultiValue_RestoresAsciiBeforeBackslashAndAtEnd()
    {
        var set = DicomCharacterSet.FromDefinedTerms(["", "ISO 2022 IR 87"]);

        set.Encode("\u5C71\\\u7530", DicomVR.LO).Should().Equal(Bytes(Esc, "$B;3", Esc, "(B\\", Esc, "$BED", Esc, "(B"));
    }

    [Test]
    public void Encode_Iso2022SingleByteExtension_RestoresInitialG1AtEnd()
    {
        var set = DicomCharacterSet.FromDefinedTerms(["ISO 2022 IR 100", "ISO 2022 IR 144"]);

        set.Encode("\u00E9\u0416", DicomVR.SH).Should().Equal(Bytes(0xE9, Esc, "-L", 0xB6, Esc, "-A"));
    }

    [Test]
    public void Encode_Latin1_MatchesChart()
    {
        DicomCharacterSet.FromDefinedTerms(["ISO_IR 100"]).Encode("Buc^J\u00E9r\u00F4me", DicomVR.PN)
            .Should().Equal(Bytes("Buc^J", 0xE9, "r", 0xF4, "me"));
    }

    [Test]
    public void Encode_DefaultRepertoire_WritesLatin1Bytes()
    {
        DicomCharacterSet.Default.Encode("\u00E9", DicomVR.LO).Should().Equal(0xE9);
    }

    [TestCase("ISO_IR 100", "a\u0416")]
    [TestCase("ISO_IR 6", "a\u0416")]
    [TestCase("GBK", "a\U0001F600")]
    [TestCase("ISO_IR 13", "a\u5C71")]
    public void Encode_UnrepresentableCharacter_ThrowsWithIndexNotText(string term, string text)
    {
        var set = DicomCharacterSet.FromDefinedTerms([term]);

        var act = () => set.Encode(text, DicomVR.LO);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("index 1").And.NotContain(text[1..]);
        set.CanEncode(text, DicomVR.LO).Should().BeFalse();
    }

    [Test]
    public void Encode_Utf8LoneSurrogate_IsRejected()
    {
        // Not a [TestCase]: attribute strings are stored as UTF-8, which cannot carry a lone surrogate.
        string text = "a" + (char)0xD800;

        var act = () => DicomCharacterSet.Utf8.Encode(text, DicomVR.LT);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("index 1");
    }

    [Test]
    public void Encode_EscapeCharacterInText_IsRejected()
    {
        var set = DicomCharacterSet.FromDefinedTerms(["", "ISO 2022 IR 87"]);

        set.CanEncode("a\u001B$B", DicomVR.LO).Should().BeFalse();
    }

    [Test]
    public void Encode_NonDependentVr_UsesDefaultRepertoireEvenInUtf8()
    {
        DicomCharacterSet.Utf8.Encode("1.2\u00E9", DicomVR.UI).Should().Equal(Bytes("1.2", 0xE9));
        DicomCharacterSet.Utf8.CanEncode("\u0416", DicomVR.CS).Should().BeFalse();
    }
}
