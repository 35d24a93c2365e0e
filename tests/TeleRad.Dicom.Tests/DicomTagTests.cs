namespace TeleRad.Dicom.Tests;

[TestFixture]
public sealed class DicomTagTests
{
    [TestCase((ushort)0x0010, (ushort)0x0010, "(0010,0010)")]
    [TestCase((ushort)0x7FE0, (ushort)0x0010, "(7FE0,0010)")]
    [TestCase((ushort)0xFFFE, (ushort)0xE0DD, "(FFFE,E0DD)")]
    [TestCase((ushort)0x0000, (ushort)0x0000, "(0000,0000)")]
    [TestCase((ushort)0x0029, (ushort)0x10ab, "(0029,10AB)")]
    public void ToString_AnyTag_IsUpperCaseParenthesised(ushort group, ushort element, string expected) =>
        new DicomTag(group, element).ToString().Should().Be(expected);

    [TestCase((ushort)0x0010, (ushort)0x0010, "00100010")]
    [TestCase((ushort)0x7FE0, (ushort)0x0010, "7FE00010")]
    [TestCase((ushort)0x0008, (ushort)0x0005, "00080005")]
    [TestCase((ushort)0x0029, (ushort)0x10ab, "002910AB")]
    public void ToJsonKey_AnyTag_IsEightUpperHexDigits(ushort group, ushort element, string expected) =>
        new DicomTag(group, element).ToJsonKey().Should().Be(expected);

    [Test]
    public void Constructor_GroupAndElement_MatchesValueConstructor()
    {
        var tag = new DicomTag(0x0028, 0x0103);

        tag.Should().Be(new DicomTag(0x00280103u));
        tag.Value.Should().Be(0x00280103u);
        tag.Group.Should().Be(0x0028);
        tag.Element.Should().Be(0x0103);
    }

    [TestCase("(0010,0010)", 0x00100010u)]
    [TestCase("0010,0010", 0x00100010u)]
    [TestCase("00100010", 0x00100010u)]
    [TestCase("  (7fe0,0010) ", 0x7FE00010u)]
    [TestCase("(FFFE,E000)", 0xFFFEE000u)]
    [TestCase("0029,10ab", 0x002910ABu)]
    public void TryParse_ValidForms_Succeeds(string text, uint expected)
    {
        DicomTag.TryParse(text, out var tag).Should().BeTrue();
        tag.Value.Should().Be(expected);
    }

    [TestCase("")]
    [TestCase("()")]
    [TestCase("0010")]
    [TestCase("001000100")]
    [TestCase("0010001")]
    [TestCase("(0010,0010")]
    [TestCase("(GGGG,0010)")]
    [TestCase("0010,")]
    [TestCase(",0010")]
    [TestCase("10000,0010")]
    [TestCase("PatientName")]
    [TestCase("0x00100010")]
    public void TryParse_InvalidText_Fails(string text)
    {
        DicomTag.TryParse(text, out var tag).Should().BeFalse();
        tag.Should().Be(default(DicomTag));
    }

    [Test]
    public void ToString_ThenTryParse_RoundTrips()
    {
        foreach (var value in new uint[] { 0, 0x00080005, 0x0009ABCD, 0x7FE00010, 0xFFFEE00D, 0xFFFFFFFF })
        {
            var tag = new DicomTag(value);
            DicomTag.TryParse(tag.ToString(), out var parsed).Should().BeTrue();
            parsed.Should().Be(tag);
            DicomTag.TryParse(tag.ToJsonKey(), out parsed).Should().BeTrue();
            parsed.Should().Be(tag);
        }
    }

    // PS3.5 section 7.8: private data elements are in odd groups other than 0001, 0003, 0005, 0007 and FFFF.
    [TestCase((ushort)0x0009, true)]
    [TestCase((ushort)0x0011, true)]
    [TestCase((ushort)0x7FE1, true)]
    [TestCase((ushort)0xFFFD, true)]
    [TestCase((ushort)0x0001, false)]
    [TestCase((ushort)0x0003, false)]
    [TestCase((ushort)0x0005, false)]
    [TestCase((ushort)0x0007, false)]
    [TestCase((ushort)0xFFFF, false)]
    [TestCase((ushort)0x0008, false)]
    [TestCase((ushort)0x0010, false)]
    [TestCase((ushort)0xFFFE, false)]
    public void IsPrivate_ByGroup_FollowsPs35Section78(ushort group, bool expected) =>
        new DicomTag(group, 0x1001).IsPrivate.Should().Be(expected);

    [TestCase((ushort)0x0009, (ushort)0x0010, true)]
    [TestCase((ushort)0x0009, (ushort)0x00FF, true)]
    [TestCase((ushort)0x0009, (ushort)0x000F, false)]
    [TestCase((ushort)0x0009, (ushort)0x0100, false)]
    [TestCase((ushort)0x0009, (ushort)0x1010, false)]
    [TestCase((ushort)0x0010, (ushort)0x0010, false)]
    [TestCase((ushort)0x0007, (ushort)0x0010, false)]
    public void IsPrivateCreator_ByElement_OnlyOddGroupRange0010To00FF(ushort group, ushort element, bool expected) =>
        new DicomTag(group, element).IsPrivateCreator.Should().Be(expected);

    [TestCase((ushort)0x0029, (ushort)0x1010, (ushort)0x0010)]
    [TestCase((ushort)0x0029, (ushort)0x10FF, (ushort)0x0010)]
    [TestCase((ushort)0x0029, (ushort)0x1100, (ushort)0x0011)]
    [TestCase((ushort)0x0029, (ushort)0xFF01, (ushort)0x00FF)]
    public void PrivateCreatorTag_PrivateDataElement_IsBlockCreator(ushort group, ushort element, ushort creatorElement) =>
        new DicomTag(group, element).PrivateCreatorTag.Should().Be(new DicomTag(group, creatorElement));

    [TestCase((ushort)0x0029, (ushort)0x0010)]
    [TestCase((ushort)0x0029, (ushort)0x0000)]
    [TestCase((ushort)0x0029, (ushort)0x0FFF)]
    [TestCase((ushort)0x0010, (ushort)0x1010)]
    public void PrivateCreatorTag_NotAPrivateDataElement_IsNull(ushort group, ushort element) =>
        new DicomTag(group, element).PrivateCreatorTag.Should().BeNull();

    [TestCase(0x00080000u, true)]
    [TestCase(0x00290000u, true)]
    [TestCase(0x00080001u, false)]
    public void IsGroupLength_ElementZero_IsTrue(uint value, bool expected) =>
        new DicomTag(value).IsGroupLength.Should().Be(expected);

    [Test]
    public void CompareTo_GroupThenElement_Orders()
    {
        var tags = new[] { new DicomTag(0x0010, 0x0010), new DicomTag(0x0008, 0xFFFF), new DicomTag(0x0010, 0x0001), new DicomTag(0x0008, 0x0005) };

        tags.Order().Should().Equal(new DicomTag(0x0008, 0x0005), new DicomTag(0x0008, 0xFFFF), new DicomTag(0x0010, 0x0001), new DicomTag(0x0010, 0x0010));
        (new DicomTag(0x0008, 0xFFFF) < new DicomTag(0x0009, 0x0000)).Should().BeTrue();
        (new DicomTag(0x0009, 0x0000) > new DicomTag(0x0008, 0xFFFF)).Should().BeTrue();
        (new DicomTag(0x0009, 0x0000) <= new DicomTag(0x0009, 0x0000)).Should().BeTrue();
        (new DicomTag(0x0009, 0x0000) >= new DicomTag(0x0009, 0x0001)).Should().BeFalse();
    }

    [Test]
    public void WellKnownTags_HavePs36Numbers()
    {
        DicomTag.SpecificCharacterSet.Value.Should().Be(0x00080005u);
        DicomTag.PixelData.Value.Should().Be(0x7FE00010u);
        DicomTag.Item.Value.Should().Be(0xFFFEE000u);
        DicomTag.ItemDelimitationItem.Value.Should().Be(0xFFFEE00Du);
        DicomTag.SequenceDelimitationItem.Value.Should().Be(0xFFFEE0DDu);
        DicomTags.PatientName.Should().Be(new DicomTag(0x0010, 0x0010));
    }
}
