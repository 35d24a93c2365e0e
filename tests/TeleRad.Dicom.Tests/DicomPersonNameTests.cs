namespace TeleRad.Dicom.Tests;

/// <summary>PN values (PS3.5 section 6.2.1): three component groups, five components each.</summary>
[TestFixture]
public sealed class DicomPersonNameTests
{
    [TestCase("Doe^John", "Doe^John", "", "", 1)]
    [TestCase("Doe^John=", "Doe^John", "", "", 1)]
    [TestCase("=山田^太郎", "", "山田^太郎", "", 2)]
    [TestCase("A==P", "A", "", "P", 3)]
    [TestCase("A=I=P", "A", "I", "P", 3)]
    [TestCase("", "", "", "", 1)]
    public void Parse_Groups_SplitAtEquals(string text, string alphabetic, string ideographic, string phonetic, int groups)
    {
        var name = DicomPersonName.Parse(text);

        name.Alphabetic.Should().Be(alphabetic);
        name.Ideographic.Should().Be(ideographic);
        name.Phonetic.Should().Be(phonetic);
        name.GroupCount.Should().Be(groups);
    }

    [TestCase("Doe^John^Q^Dr^Jr", "Doe", "John", "Q", "Dr", "Jr")]
    [TestCase("Doe", "Doe", "", "", "", "")]
    [TestCase("^John", "", "John", "", "", "")]
    [TestCase("Doe^^^^Jr", "Doe", "", "", "", "Jr")]
    public void Components_AlphabeticGroup_SplitAtCaret(string text, string family, string given, string middle, string prefix, string suffix)
    {
        var name = DicomPersonName.Parse(text);

        name.FamilyName.Should().Be(family);
        name.GivenName.Should().Be(given);
        name.MiddleName.Should().Be(middle);
        name.NamePrefix.Should().Be(prefix);
        name.NameSuffix.Should().Be(suffix);
    }

    [TestCase("Doe^John")]
    [TestCase("A=I=P")]
    [TestCase("=I")]
    [TestCase("A==P")]
    public void ToString_Parsed_RoundTrips(string text) => DicomPersonName.Parse(text).ToString().Should().Be(text);

    [Test]
    public void ToString_TrailingEmptyGroups_AreOmitted() =>
        new DicomPersonName("Doe^John", "", "").ToString().Should().Be("Doe^John");
}
