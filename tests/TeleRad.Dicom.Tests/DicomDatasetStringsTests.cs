using System.Text;
using TeleRad.Dicom.Values;

namespace TeleRad.Dicom.Tests;

/// <summary>String access per VR: multiplicity and the padding/space rules of PS3.5 section 6.2 and table 6.2-1.</summary>
[TestFixture]
public sealed class DicomDatasetStringsTests
{
    private static readonly DicomTag Tag = new(0x0011, 0x1001);

    private static DicomDataset With(DicomVR vr, string raw)
    {
        var ds = new DicomDataset();
        ds.Add(new DicomElement(Tag, vr, DicomBuffer.FromBytes(Encoding.Latin1.GetBytes(raw))));
        return ds;
    }

    private static DicomDataset WithBytes(DicomVR vr, byte[] raw)
    {
        var ds = new DicomDataset();
        ds.Add(new DicomElement(Tag, vr, DicomBuffer.FromBytes(raw)));
        return ds;
    }

    // VRs whose leading spaces are insignificant lose them in GetStrings; trailing spaces always go.
    [TestCase(DicomVR.AE, " STORESCP ", "STORESCP")]
    [TestCase(DicomVR.CS, " ORIGINAL ", "ORIGINAL")]
    [TestCase(DicomVR.SH, "  short ", "short")]
    [TestCase(DicomVR.LO, "  long string  ", "long string")]
    [TestCase(DicomVR.DS, " 1.5 ", "1.5")]
    [TestCase(DicomVR.IS, "  42", "42")]
    [TestCase(DicomVR.DA, "20240131", "20240131")]
    [TestCase(DicomVR.TM, "101010 ", "101010")]
    [TestCase(DicomVR.AS, "045Y", "045Y")]
    [TestCase(DicomVR.UI, "1.2.3\0", "1.2.3")]
    [TestCase(DicomVR.UR, "http://x/y ", "http://x/y")]
    [TestCase(DicomVR.PN, "Doe^John ", "Doe^John")]
    public void GetStrings_SingleValue_TrimmedPerVR(DicomVR vr, string raw, string expected) =>
        With(vr, raw).GetStrings(Tag).Should().Equal(expected);

    // PS3.5 table 6.2-1: leading spaces are significant in ST, LT and UT; trailing spaces may be ignored.
    [TestCase(DicomVR.ST, "  indented text  ", "  indented text")]
    [TestCase(DicomVR.LT, "   long text ", "   long text")]
    [TestCase(DicomVR.UT, " unlimited  ", " unlimited")]
    public void GetStrings_TextVRs_KeepLeadingSpaces(DicomVR vr, string raw, string expected)
    {
        var ds = With(vr, raw);

        ds.GetStrings(Tag).Should().Equal(expected);
        ds.GetString(Tag).Should().Be(expected);
    }

    // ST, LT, UT and UR are single-valued: a backslash is text, not a delimiter.
    [TestCase(DicomVR.ST)]
    [TestCase(DicomVR.LT)]
    [TestCase(DicomVR.UT)]
    [TestCase(DicomVR.UR)]
    public void GetStrings_SingleValuedVR_BackslashIsText(DicomVR vr) =>
        With(vr, "a\\b\\c ").GetStrings(Tag).Should().Equal("a\\b\\c");

    [TestCase(DicomVR.CS, "ORIGINAL\\PRIMARY\\AXIAL ", new[] { "ORIGINAL", "PRIMARY", "AXIAL" })]
    [TestCase(DicomVR.CS, " A \\ B ", new[] { "A", "B" })]
    [TestCase(DicomVR.LO, "one\\\\three ", new[] { "one", "", "three" })]
    [TestCase(DicomVR.DS, "1.0\\-2.5\\3e2 ", new[] { "1.0", "-2.5", "3e2" })]
    [TestCase(DicomVR.UI, "1.2\\1.3\0", new[] { "1.2", "1.3" })]
    [TestCase(DicomVR.PN, "A^B\\C^D", new[] { "A^B", "C^D" })]
    [TestCase(DicomVR.UC, "x\\y", new[] { "x", "y" })]
    [TestCase(DicomVR.SH, "\\", new[] { "", "" })]
    public void GetStrings_MultiValued_SplitsAtBackslash(DicomVR vr, string raw, string[] expected) =>
        With(vr, raw).GetStrings(Tag).Should().Equal(expected);

    [Test]
    public void GetString_MultiValued_KeepsBackslashesAndLeadingSpaces()
    {
        var ds = With(DicomVR.CS, " A\\B ");

        ds.GetString(Tag).Should().Be(" A\\B");
    }

    [Test]
    public void GetString_Index_ReturnsThatValueOrNull()
    {
        var ds = With(DicomVR.CS, "A\\B\\C ");

        ds.GetString(Tag, 0).Should().Be("A");
        ds.GetString(Tag, 2).Should().Be("C");
        ds.GetString(Tag, 3).Should().BeNull();
    }

    [Test]
    public void GetString_TrailingNulPadding_IsRemovedForEveryStringVR()
    {
        // Some writers pad with NUL where PS3.5 prescribes a space; the NUL is padding, not data.
        With(DicomVR.LO, "ABC\0").GetString(Tag).Should().Be("ABC");
        With(DicomVR.UI, "1.2.840.10008.1.2\0").GetString(Tag).Should().Be("1.2.840.10008.1.2");
    }

    [Test]
    public void GetString_Absent_IsNullAndGetStringsEmpty()
    {
        var ds = new DicomDataset();

        ds.GetString(Tag).Should().BeNull();
        ds.GetStrings(Tag).Should().BeEmpty();
        ds.GetString(Tag, 0).Should().BeNull();
    }

    [Test]
    public void GetString_EmptyValue_IsEmptyStringAndNoValues()
    {
        var ds = WithBytes(DicomVR.LO, []);

        ds.GetString(Tag).Should().BeEmpty();
        ds.GetStrings(Tag).Should().BeEmpty();
    }

    [Test]
    public void GetString_OnlySpaces_IsEmpty()
    {
        With(DicomVR.LO, "    ").GetString(Tag).Should().BeEmpty();
        With(DicomVR.LO, "    ").GetStrings(Tag).Should().Equal(string.Empty);
    }

    [Test]
    public void GetString_NonStringVR_ThrowsInvalidValue()
    {
        var ds = WithBytes(DicomVR.US, [1, 0]);

        var act = () => ds.GetString(Tag);

        act.Should().Throw<DicomFormatException>().Which.Fault.Should().Be(DicomFormatFault.InvalidValue);
    }

    [Test]
    public void GetString_Sequence_IsNull()
    {
        var ds = new DicomDataset();
        ds.SetSequence(Tag, new DicomDataset());

        ds.GetString(Tag).Should().BeNull();
        ds.GetStrings(Tag).Should().BeEmpty();
    }

    [Test]
    public void GetString_DefaultRepertoireHighBytes_ReadAsLatin1()
    {
        // PS3.5 6.1.2.2: without (0008,0005) only ISO_IR 6 is allowed; lenient reading maps the rest to ISO 8859-1.
        WithBytes(DicomVR.LO, [(byte)'A', 0xE9]).GetString(Tag).Should().Be("Aé");
    }

    [Test]
    public void GetString_NonCharsetVR_IgnoresSpecificCharacterSet()
    {
        // CS, UI, DA... use the default repertoire only (PS3.5 6.1.2.3), even with ISO_IR 192 in force.
        var ds = new DicomDataset();
        ds.SetString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192");
        ds.Add(new DicomElement(Tag, DicomVR.CS, DicomBuffer.FromBytes(new byte[] { 0xC3, 0xA9 })));

        ds.GetString(Tag).Should().Be("Ã©");
    }

    [Test]
    public void GetBytes_ReturnsRawValueIncludingPadding()
    {
        With(DicomVR.LO, "AB C ").GetBytes(Tag).ToArray().Should().Equal("AB C "u8.ToArray());
        new DicomDataset().GetBytes(Tag).IsEmpty.Should().BeTrue();
    }

    [Test]
    public void GetPersonName_ThreeGroups_SplitsGroupsAndComponents()
    {
        var ds = new DicomDataset();
        ds.SetString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192");
        ds.Add(new DicomElement(Tag, DicomVR.PN, DicomBuffer.FromBytes(Encoding.UTF8.GetBytes("Yamada^Tarou=山田^太郎=やまだ^たろう "))));

        var name = ds.GetPersonName(Tag)!;

        name.Alphabetic.Should().Be("Yamada^Tarou");
        name.Ideographic.Should().Be("山田^太郎");
        name.Phonetic.Should().Be("やまだ^たろう");
        name.FamilyName.Should().Be("Yamada");
        name.GivenName.Should().Be("Tarou");
        name.GroupCount.Should().Be(3);
    }

    [Test]
    public void GetPersonNames_MultipleValues_OneNameEach()
    {
        var names = With(DicomVR.PN, "Doe^John\\Roe^Jane^Q^Dr^III").GetPersonNames(Tag);

        names.Should().HaveCount(2);
        names[0].FamilyName.Should().Be("Doe");
        names[1].FamilyName.Should().Be("Roe");
        names[1].GivenName.Should().Be("Jane");
        names[1].MiddleName.Should().Be("Q");
        names[1].NamePrefix.Should().Be("Dr");
        names[1].NameSuffix.Should().Be("III");
    }

    [Test]
    public void GetPersonName_Absent_IsNull() => new DicomDataset().GetPersonName(Tag).Should().BeNull();
}
