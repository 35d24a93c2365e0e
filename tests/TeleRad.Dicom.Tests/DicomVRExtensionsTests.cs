namespace TeleRad.Dicom.Tests;

/// <summary>Every VR against PS3.5 table 6.2-1 and table 7.1-1, written out here independently of the code.</summary>
[TestFixture]
public sealed class DicomVRExtensionsTests
{
    // code, 32-bit length, string, charset-dependent, multi-valued string, value size, swap unit, padding
    private static readonly object[] s_table =
    [
        new object[] { "AE", false, true, false, true, 0, 0, (byte)' ' },
        new object[] { "AS", false, true, false, true, 0, 0, (byte)' ' },
        new object[] { "AT", false, false, false, false, 4, 2, (byte)0 },
        new object[] { "CS", false, true, false, true, 0, 0, (byte)' ' },
        new object[] { "DA", false, true, false, true, 0, 0, (byte)' ' },
        new object[] { "DS", false, true, false, true, 0, 0, (byte)' ' },
        new object[] { "DT", false, true, false, true, 0, 0, (byte)' ' },
        new object[] { "FD", false, false, false, false, 8, 8, (byte)0 },
        new object[] { "FL", false, false, false, false, 4, 4, (byte)0 },
        new object[] { "IS", false, true, false, true, 0, 0, (byte)' ' },
        new object[] { "LO", false, true, true, true, 0, 0, (byte)' ' },
        new object[] { "LT", false, true, true, false, 0, 0, (byte)' ' },
        new object[] { "OB", true, false, false, false, 0, 0, (byte)0 },
        new object[] { "OD", true, false, false, false, 8, 8, (byte)0 },
        new object[] { "OF", true, false, false, false, 4, 4, (byte)0 },
        new object[] { "OL", true, false, false, false, 4, 4, (byte)0 },
        new object[] { "OV", true, false, false, false, 8, 8, (byte)0 },
        new object[] { "OW", true, false, false, false, 2, 2, (byte)0 },
        new object[] { "PN", false, true, true, true, 0, 0, (byte)' ' },
        new object[] { "SH", false, true, true, true, 0, 0, (byte)' ' },
        new object[] { "SL", false, false, false, false, 4, 4, (byte)0 },
        new object[] { "SQ", true, false, false, false, 0, 0, (byte)0 },
        new object[] { "SS", false, false, false, false, 2, 2, (byte)0 },
        new object[] { "ST", false, true, true, false, 0, 0, (byte)' ' },
        new object[] { "SV", true, false, false, false, 8, 8, (byte)0 },
        new object[] { "TM", false, true, false, true, 0, 0, (byte)' ' },
        new object[] { "UC", true, true, true, true, 0, 0, (byte)' ' },
        new object[] { "UI", false, true, false, true, 0, 0, (byte)0 },
        new object[] { "UL", false, false, false, false, 4, 4, (byte)0 },
        new object[] { "UN", true, false, false, false, 0, 0, (byte)0 },
        new object[] { "UR", true, true, false, false, 0, 0, (byte)' ' },
        new object[] { "US", false, false, false, false, 2, 2, (byte)0 },
        new object[] { "UT", true, true, true, false, 0, 0, (byte)' ' },
        new object[] { "UV", true, false, false, false, 8, 8, (byte)0 },
    ];

    [TestCaseSource(nameof(s_table))]
    public void Properties_EachVR_MatchPs35(string code, bool long32, bool isString, bool charsetDependent, bool multiValued, int valueSize, int swapUnit, byte padding)
    {
        DicomVRExtensions.TryParse((byte)code[0], (byte)code[1], out var vr).Should().BeTrue();

        vr.Code().Should().Be(code);
        vr.ToString().Should().Be(code);
        vr.IsKnown().Should().BeTrue();
        vr.Has32BitLength().Should().Be(long32);
        vr.IsString().Should().Be(isString);
        vr.IsCharacterSetDependent().Should().Be(charsetDependent);
        vr.IsMultiValuedString().Should().Be(multiValued);
        vr.ValueSize().Should().Be(valueSize);
        vr.SwapUnit().Should().Be(swapUnit);
        vr.PaddingByte().Should().Be(padding);
    }

    [Test]
    public void Table_CoversEveryEnumMember()
    {
        var codes = s_table.Cast<object[]>().Select(row => (string)row[0]).ToHashSet();

        Enum.GetValues<DicomVR>().Where(v => v != DicomVR.None).Select(v => v.Code()).Should().BeEquivalentTo(codes);
    }

    [TestCase("US", true)]
    [TestCase("SS", true)]
    [TestCase("UL", true)]
    [TestCase("SL", true)]
    [TestCase("FL", true)]
    [TestCase("FD", true)]
    [TestCase("SV", true)]
    [TestCase("UV", true)]
    [TestCase("AT", true)]
    [TestCase("OW", false)]
    [TestCase("OB", false)]
    [TestCase("IS", false)]
    [TestCase("DS", false)]
    public void IsBinaryNumber_NumericVRs_AreTrue(string code, bool expected) =>
        Parse(code).IsBinaryNumber().Should().Be(expected);

    [TestCase("OB", true)]
    [TestCase("OD", true)]
    [TestCase("OF", true)]
    [TestCase("OL", true)]
    [TestCase("OV", true)]
    [TestCase("OW", true)]
    [TestCase("UN", true)]
    [TestCase("SQ", false)]
    [TestCase("UT", false)]
    [TestCase("US", false)]
    public void IsBulk_OtherVRsAndUN_AreTrue(string code, bool expected) =>
        Parse(code).IsBulk().Should().Be(expected);

    [TestCase("XX")]
    [TestCase("ob")]
    [TestCase("  ")]
    [TestCase("\0\0")]
    [TestCase("QQ")]
    public void TryParse_NotAVR_FailsWithNone(string code)
    {
        DicomVRExtensions.TryParse((byte)code[0], (byte)code[1], out var vr).Should().BeFalse();
        vr.Should().Be(DicomVR.None);
    }

    [Test]
    public void None_IsNotKnownAndPrintsQuestionMarks()
    {
        DicomVR.None.IsKnown().Should().BeFalse();
        DicomVR.None.Code().Should().Be("??");
        DicomVR.None.IsString().Should().BeFalse();
        DicomVR.None.PaddingByte().Should().Be(0);
    }

    private static DicomVR Parse(string code)
    {
        DicomVRExtensions.TryParse((byte)code[0], (byte)code[1], out var vr).Should().BeTrue();
        return vr;
    }
}
