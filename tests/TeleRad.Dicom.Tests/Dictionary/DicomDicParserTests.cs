using TeleRad.Dicom.Generator.Sources;

namespace TeleRad.Dicom.Tests.Dictionary;

/// <summary>The generator's reader for DCMTK's dicom.dic, on small hand-written inputs.</summary>
[TestFixture]
public sealed class DicomDicParserTests
{
    [Test]
    public void Parse_SingleTag_ReadsAllFields()
    {
        var file = DicomDicParser.Parse("(0010,0010)\tPN\tPatientName\t1\tDICOM\n");

        var entry = file.Entries.Should().ContainSingle().Subject;
        entry.Group.Should().Be(new TagRange(0x0010, 0x0010, TagRangeParity.Any));
        entry.Element.Should().Be(new TagRange(0x0010, 0x0010, TagRangeParity.Any));
        entry.VRCode.Should().Be("PN");
        entry.Name.Should().Be("PatientName");
        entry.VM.Should().Be("1");
        entry.Version.Should().Be("DICOM");
        entry.LineNumber.Should().Be(1);
        entry.IsRange.Should().BeFalse();
    }

    [TestCase("6000-60FF", 0x6000, 0x60FF, TagRangeParity.Even)]
    [TestCase("0009-o-FFFF", 0x0009, 0xFFFF, TagRangeParity.Odd)]
    [TestCase("0000-u-FFFF", 0x0000, 0xFFFF, TagRangeParity.Any)]
    public void Parse_GroupRange_ReadsBoundsAndParity(string group, int first, int last, TagRangeParity parity)
    {
        var file = DicomDicParser.Parse($"({group},3000)\tox\tOverlayData\t1\tDICOM\n");

        var entry = file.Entries.Should().ContainSingle().Subject;
        entry.Group.Should().Be(new TagRange((ushort)first, (ushort)last, parity));
        entry.IsRange.Should().BeTrue();
    }

    [Test]
    public void Parse_ElementRange_ReadsBoundsAndParity()
    {
        var file = DicomDicParser.Parse("(0009-o-FFFF,0010-u-00FF)\tLO\tPrivateCreator\t1\tPRIVATE\n");

        file.Entries.Single().Element.Should().Be(new TagRange(0x0010, 0x00FF, TagRangeParity.Any));
    }

    [Test]
    public void Parse_CommentsAndBlankLines_AreSkippedAndProvenanceIsRead()
    {
        const string text =
            "#\n# Generated automatically from DICOM PS 3.6-2099z and PS 3.7-2099z.\n#\n\n" +
            "(0008,0016)\tUI\tSOPClassUID\t1\tDICOM\r\n";

        var file = DicomDicParser.Parse(text);

        file.Provenance.Should().Be("DICOM PS 3.6-2099z and PS 3.7-2099z");
        file.Entries.Should().ContainSingle().Which.LineNumber.Should().Be(5);
    }

    [TestCase("(0010,0010)\tPN\tPatientName\t1\n", TestName = "Parse_FourFields_Throws")]
    [TestCase("(0010,001)\tPN\tPatientName\t1\tDICOM\n", TestName = "Parse_ShortElement_Throws")]
    [TestCase("(0010,0010\tPN\tPatientName\t1\tDICOM\n", TestName = "Parse_MissingParenthesis_Throws")]
    [TestCase("(6001-60FF,3000)\tox\tOverlayData\t1\tDICOM\n", TestName = "Parse_EvenRangeStartingOdd_Throws")]
    [TestCase("(6000-x-60FF,3000)\tox\tOverlayData\t1\tDICOM\n", TestName = "Parse_UnknownRangeQualifier_Throws")]
    [TestCase("(60FF-6000,3000)\tox\tOverlayData\t1\tDICOM\n", TestName = "Parse_ReversedRange_Throws")]
    public void Parse_MalformedLine_ThrowsWithLineNumber(string text)
    {
        var act = () => DicomDicParser.Parse("# header\n" + text);

        act.Should().Throw<FormatException>().WithMessage("*line 2*");
    }
}
