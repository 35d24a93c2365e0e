using System.Text.Json;

namespace TeleRad.Interop.Tests.Corpus;

[TestFixture]
[Category("Interop")]
public sealed class PydicomValuesComparerTests
{
    private static readonly HashSet<string> NoUnknown = [];

    [Test]
    public void Compare_SameValues_NoDifferences()
    {
        const string values = """{"00080060": {"vr": "CS", "value": ["CT"]}, "00081140": {"vr": "SQ", "value": [{"00081150": {"vr": "UI", "value": ["1.2"]}}]}}""";

        Compare(values, values).Should().BeEmpty();
    }

    [Test]
    public void Compare_NestedValueDiffers_ReportedByPath()
    {
        Compare(
            """{"00081140": {"vr": "SQ", "value": [{"00081150": {"vr": "UI", "value": ["1.2"]}}]}}""",
            """{"00081140": {"vr": "SQ", "value": [{"00081150": {"vr": "UI", "value": ["1.3"]}}]}}""")
            .Should().ContainSingle().Which.Should().StartWith("(0008,1140)[0](0008,1150): value");
    }

    [Test]
    public void Compare_MissingElementOrOtherVR_Reported()
    {
        Compare("{}", """{"00080060": {"vr": "CS", "value": ["CT"]}}""").Should().ContainSingle().Which.Should().Contain("only in the original");
        Compare("""{"00080060": {"vr": "LO", "value": ["CT"]}}""", """{"00080060": {"vr": "CS", "value": ["CT"]}}""").Should().ContainSingle();
    }

    [Test]
    public void Compare_PrivateElementUnknownOnOneSide_PresenceOnly()
    {
        Compare(
            """{"00191010": {"vr": "UN", "value": "b:QUI="}}""",
            """{"00191010": {"vr": "LO", "value": ["AB"]}}""").Should().BeEmpty();
    }

    [Test]
    public void Compare_PrivateElementOtherKnownVR_ValuesStillCompared()
    {
        Compare("""{"00191010": {"vr": "SH", "value": ["AB"]}}""", """{"00191010": {"vr": "LO", "value": ["AB"]}}""").Should().BeEmpty();
        Compare("""{"00191010": {"vr": "SH", "value": ["AB"]}}""", """{"00191010": {"vr": "LO", "value": ["AC"]}}""").Should().ContainSingle();
    }

    [Test]
    public void Compare_PixelDataOBvsOW_SameBytesEqualOtherBytesReported()
    {
        Compare("""{"7FE00010": {"vr": "OB", "value": "sha256:ab:4"}}""", """{"7FE00010": {"vr": "OW", "value": "sha256:ab:4"}}""").Should().BeEmpty();
        Compare("""{"7FE00010": {"vr": "OB", "value": "sha256:ac:4"}}""", """{"7FE00010": {"vr": "OW", "value": "sha256:ab:4"}}""").Should().ContainSingle();
    }

    [Test]
    public void Compare_EncapsulatedPixelData_OursMustBeOB()
    {
        new PydicomValuesComparer(oursBigEndian: false, NoUnknown, encapsulated: true)
            .Compare(Parse("""{"7FE00010": {"vr": "OW", "value": "sha256:ab:4"}}"""), Parse("""{"7FE00010": {"vr": "OB", "value": "sha256:ab:4"}}"""))
            .Should().ContainSingle();
        new PydicomValuesComparer(oursBigEndian: false, NoUnknown, encapsulated: true)
            .Compare(Parse("""{"7FE00010": {"vr": "OB", "value": "sha256:ab:4"}}"""), Parse("""{"7FE00010": {"vr": "OW", "value": "sha256:ab:4"}}"""))
            .Should().BeEmpty("PS3.5 A.4 makes it OB, whatever the original said");
    }

    [Test]
    public void Compare_OddLengthOriginalPaddedWithNul_Equal()
    {
        // "Nested SQ" (9 bytes) and the same followed by a NUL pad.
        Compare("""{"00010002": {"vr": "UN", "value": "b64:TmVzdGVkIFNRAA=="}}""", """{"00010002": {"vr": "UN", "value": "b64:TmVzdGVkIFNR"}}""").Should().BeEmpty();
        Compare("""{"00010002": {"vr": "UN", "value": "b64:TmVzdGVkIFNRAQ=="}}""", """{"00010002": {"vr": "UN", "value": "b64:TmVzdGVkIFNR"}}""").Should().ContainSingle();
    }

    [TestCase("US", "256", "1")]
    [TestCase("SL", "-1255381197", "862399669")]
    [TestCase("FD", "-2.1610969296154612e+107", "862399761.111079")]
    public void Compare_UnknownElementInBigEndianOutput_ByteSwappedNumbersAccepted(string vr, string ours, string original)
    {
        var after = $$$"""{"00191060": {"vr": "{{{vr}}}", "value": ["{{{ours}}}"]}}""";
        var before = $$$"""{"00191060": {"vr": "{{{vr}}}", "value": ["{{{original}}}"]}}""";

        new PydicomValuesComparer(oursBigEndian: true, new HashSet<string> { "(0019,1060)" }).Compare(Parse(after), Parse(before)).Should().BeEmpty();
        new PydicomValuesComparer(oursBigEndian: true, NoUnknown).Compare(Parse(after), Parse(before)).Should().ContainSingle("only elements we wrote as UN keep their bytes");
        new PydicomValuesComparer(oursBigEndian: false, new HashSet<string> { "(0019,1060)" }).Compare(Parse(after), Parse(before)).Should().ContainSingle("only big endian output");
    }

    [Test]
    public void Compare_UnknownElementInBigEndianOutputNotASwap_Reported()
    {
        new PydicomValuesComparer(oursBigEndian: true, new HashSet<string> { "(0019,1060)" })
            .Compare(Parse("""{"00191060": {"vr": "US", "value": ["2"]}}"""), Parse("""{"00191060": {"vr": "US", "value": ["1"]}}"""))
            .Should().ContainSingle();
    }

    [Test]
    public void Compare_PydicomErrorOnOneSideOnly_Reported()
    {
        Compare("""{"00280008": {"vr": "IS", "error": true}}""", """{"00280008": {"vr": "IS", "error": true}}""").Should().BeEmpty();
        Compare("""{"00280008": {"vr": "IS", "error": true}}""", """{"00280008": {"vr": "IS", "value": ["1"]}}""").Should().ContainSingle();
    }

    private static IReadOnlyList<string> Compare(string ours, string original) =>
        new PydicomValuesComparer(oursBigEndian: false, NoUnknown).Compare(Parse(ours), Parse(original));

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
