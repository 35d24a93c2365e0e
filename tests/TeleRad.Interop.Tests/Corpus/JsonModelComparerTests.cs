using System.Text.Json;

namespace TeleRad.Interop.Tests.Corpus;

[TestFixture]
[Category("Interop")]
public sealed class JsonModelComparerTests
{
    [Test]
    public void Compare_SameModel_NoDifferences()
    {
        const string model = """{"00100010": {"vr": "PN", "Value": [{"Alphabetic": "Doe^John"}]}, "00280010": {"vr": "US", "Value": [64]}}""";

        Differences(model, model).Should().BeEmpty();
    }

    [Test]
    public void Compare_DifferentString_ReportsTagAndBothValues()
    {
        var differences = Differences(
            """{"00080060": {"vr": "CS", "Value": ["CT"]}}""",
            """{"00080060": {"vr": "CS", "Value": ["MR"]}}""");

        differences.Should().ContainSingle().Which.Should().Contain("(0008,0060)").And.Contain("\"CT\"").And.Contain("\"MR\"");
    }

    [Test]
    public void Compare_ElementOnlyInOne_ReportsWhich()
    {
        var differences = Differences(
            """{"00080060": {"vr": "CS", "Value": ["CT"]}}""",
            """{"00080060": {"vr": "CS", "Value": ["CT"]}, "00080070": {"vr": "LO", "Value": ["X"]}}""");

        differences.Should().ContainSingle().Which.Should().Be("(0008,0070): only in pydicom's");
    }

    [Test]
    public void Compare_NestedDifference_ReportsItemPath()
    {
        var differences = Differences(
            """{"00081140": {"vr": "SQ", "Value": [{}, {"00081150": {"vr": "UI", "Value": ["1.2.3"]}}]}}""",
            """{"00081140": {"vr": "SQ", "Value": [{}, {"00081150": {"vr": "UI", "Value": ["1.2.4"]}}]}}""");

        differences.Should().ContainSingle().Which.Should().StartWith("(0008,1140)[1](0008,1150):");
    }

    [Test]
    public void Compare_DifferentItemCount_Reported()
    {
        Differences(
            """{"00081140": {"vr": "SQ", "Value": [{}]}}""",
            """{"00081140": {"vr": "SQ", "Value": [{}, {}]}}""").Should().ContainSingle();
    }

    [Test]
    public void Compare_GroupLengthOnlyInPydicom_Ignored()
    {
        Differences("{}", """{"00080000": {"vr": "UL", "Value": [100]}}""").Should().BeEmpty();
    }

    [TestCase("LO", " Name ", "Name")]
    [TestCase("CS", "CT  ", "CT")]
    [TestCase("LT", "text  ", "text")]
    [TestCase("UI", "1.2.3\u0000", "1.2.3")]
    public void Compare_InsignificantSpaces_Equal(string vr, string ours, string theirs)
    {
        Differences(Element(vr, JsonSerializer.Serialize(ours)), Element(vr, JsonSerializer.Serialize(theirs))).Should().BeEmpty();
    }

    [TestCase("LT")]
    [TestCase("PN")]
    [TestCase("DA")]
    public void Compare_LeadingSpaceWhereSignificantOrNotAllowed_Reported(string vr)
    {
        var value = vr == "PN" ? """{"Alphabetic": " Doe"}""" : "\" 20200101\"";
        var other = vr == "PN" ? """{"Alphabetic": "Doe"}""" : "\"20200101\"";

        Differences(Element(vr, value), Element(vr, other)).Should().ContainSingle();
    }

    [TestCase("""{"vr": "LO"}""", """{"vr": "LO", "Value": []}""")]
    [TestCase("""{"vr": "LO"}""", """{"vr": "LO", "Value": [""]}""")]
    [TestCase("""{"vr": "LO"}""", """{"vr": "LO", "Value": [null]}""")]
    [TestCase("""{"vr": "LO", "Value": [null, "B"]}""", """{"vr": "LO", "Value": ["", "B"]}""")]
    [TestCase("""{"vr": "PN", "Value": [null]}""", """{"vr": "PN"}""")]
    public void Compare_EmptyValueForms_Equal(string ours, string theirs)
    {
        Differences($$$"""{"00100020": {{{ours}}}}""", $$$"""{"00100020": {{{theirs}}}}""").Should().BeEmpty();
    }

    [TestCase("DS", "1.50", "1.5")]
    [TestCase("DS", "75.0000000000000", "75.0")]
    [TestCase("IS", "12", "12.0")]
    [TestCase("FL", "0.1", "0.10000000149011612")]
    [TestCase("FD", "0.30000000000000004", "0.3000000000000001")]
    public void Compare_EqualNumbersInOtherText_Equal(string vr, string ours, string theirs)
    {
        Differences(Element(vr, ours), Element(vr, theirs)).Should().BeEmpty();
    }

    [TestCase("DS", "1.5", "1.51")]
    [TestCase("FL", "0.1", "0.1000001")]
    [TestCase("FD", "0.1", "0.10000000001")]
    [TestCase("US", "1", "256")]
    public void Compare_DifferentNumbers_Reported(string vr, string ours, string theirs)
    {
        Differences(Element(vr, ours), Element(vr, theirs)).Should().ContainSingle();
    }

    [Test]
    public void Compare_PersonNameWithEmptyAlphabeticGroup_EqualToOmittedGroup()
    {
        Differences(
            Element("PN", """{"Ideographic": "山田^太郎"}"""),
            Element("PN", """{"Alphabetic": "", "Ideographic": "山田^太郎"}""")).Should().BeEmpty();
    }

    [Test]
    public void Compare_PersonNameDifferentIdeographic_Reported()
    {
        Differences(
            Element("PN", """{"Alphabetic": "Yamada", "Ideographic": "山田"}"""),
            Element("PN", """{"Alphabetic": "Yamada"}""")).Should().ContainSingle();
    }

    [Test]
    public void Compare_AmbiguousVRBothAllowed_ComparesValues()
    {
        // (0028,0106) Smallest Image Pixel Value is "US or SS" in PS3.6.
        Differences("""{"00280106": {"vr": "US", "Value": [5]}}""", """{"00280106": {"vr": "SS", "Value": [5]}}""").Should().BeEmpty();
        Differences("""{"00280106": {"vr": "US", "Value": [5]}}""", """{"00280106": {"vr": "SS", "Value": [6]}}""").Should().ContainSingle();
    }

    [Test]
    public void Compare_VRNotAllowedForTag_Reported()
    {
        // (0028,0010) Rows is US only.
        Differences("""{"00280010": {"vr": "US", "Value": [5]}}""", """{"00280010": {"vr": "SS", "Value": [5]}}""")
            .Should().ContainSingle().Which.Should().Contain("VR US (ours) vs SS (pydicom)");
    }

    [Test]
    public void Compare_PydicomError_SkippedWithReason()
    {
        var comparer = new JsonModelComparer(bigEndian: false);

        var differences = comparer.Compare(Parse("""{"00280008": {"vr": "IS", "Value": ["1A"]}}"""), Parse("""{"00280008": {"vr": "IS", "error": true}}"""));

        differences.Should().BeEmpty();
        comparer.Skipped.Should().ContainSingle().Which.Should().StartWith("(0028,0008)");
    }

    [Test]
    public void Compare_PydicomErrorButElementMissingInOurs_Reported()
    {
        Differences("{}", """{"00280008": {"vr": "IS", "error": true}}""").Should().ContainSingle();
    }

    [Test]
    public void Compare_PrivateUnknownBytesAgainstPydicomText_ComparesDecodedText()
    {
        var ours = """{"00191010": {"vr": "UN", "InlineBinary": "RUM9MVxMUj0yIA=="}}"""; // "EC=1\LR=2 "

        Differences(ours, """{"00191010": {"vr": "SH", "Value": ["EC=1", "LR=2"]}}""").Should().BeEmpty();
        Differences(ours, """{"00191010": {"vr": "SH", "Value": ["EC=1", "LR=3"]}}""").Should().ContainSingle();
    }

    [Test]
    public void Compare_PrivateUnknownBytesAgainstPydicomNumbers_ComparesLittleEndianNumbers()
    {
        var ours = """{"00191060": {"vr": "UN", "InlineBinary": "AQA="}}"""; // 01 00

        Differences(ours, """{"00191060": {"vr": "US", "Value": [1]}}""").Should().BeEmpty();
        Differences(ours, """{"00191060": {"vr": "US", "Value": [256]}}""").Should().ContainSingle();
    }

    [Test]
    public void Compare_BigEndianFileOtherWords_PydicomBytesSwappedBeforeComparing()
    {
        var ours = """{"00281201": {"vr": "OW", "InlineBinary": "AQI="}}"""; // 01 02
        var fileOrder = """{"00281201": {"vr": "OW", "InlineBinary": "AgE="}}"""; // 02 01

        new JsonModelComparer(bigEndian: true).Compare(Parse(ours), Parse(fileOrder)).Should().BeEmpty();
        new JsonModelComparer(bigEndian: false).Compare(Parse(ours), Parse(fileOrder)).Should().ContainSingle();
    }

    [Test]
    public void Compare_BulkOnEitherSide_ValueNotCompared()
    {
        Differences(
            """{"7FE00010": {"vr": "OW", "BulkDataURI": "bulk"}}""",
            """{"7FE00010": {"vr": "OW", "InlineBinary": "AQI="}}""").Should().BeEmpty();
    }

    private static IReadOnlyList<string> Differences(string ours, string theirs) =>
        new JsonModelComparer(bigEndian: false).Compare(Parse(ours), Parse(theirs));

    private static string Element(string vr, string value) => $$$"""{"{{{Tag(vr)}}}": {"vr": "{{{vr}}}", "Value": [{{{value}}}]}}""";

    // A public tag with the given VR, so the test is not about private elements.
    private static string Tag(string vr) => vr switch
    {
        "LO" => "00080070",
        "CS" => "00080060",
        "LT" => "00204000",
        "UI" => "00080018",
        "PN" => "00100010",
        "DA" => "00080020",
        "DS" => "00180050",
        "IS" => "00200013",
        "FL" => "00089459",
        "FD" => "00082134",
        "US" => "00280010",
        _ => throw new ArgumentOutOfRangeException(nameof(vr), vr, null),
    };

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
