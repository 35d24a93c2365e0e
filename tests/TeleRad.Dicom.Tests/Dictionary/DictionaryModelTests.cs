using TeleRad.Dicom.Generator.Emitters;
using TeleRad.Dicom.Generator.Model;
using TeleRad.Dicom.Generator.Sources;

namespace TeleRad.Dicom.Tests.Dictionary;

/// <summary>How the generator turns dicom.dic entries into dictionary entries and C# text.</summary>
[TestFixture]
public sealed class DictionaryModelTests
{
    private static DictionaryModel Build(params string[] lines) =>
        DictionaryModel.Build(DicomDicParser.Parse(string.Join('\n', lines)));

    [Test]
    public void Build_RetiredEntry_DropsPrefixAndFlagsRetired()
    {
        var model = Build("(0008,0001)\tUL\tRETIRED_LengthToEnd\t1\tDICOM/retired");

        model.Entries.Should().ContainSingle().Which.Should().Be(
            new DictionaryEntryModel(0x0008, 0x0001, "LengthToEnd", "UL", "None", "1", true));
    }

    [Test]
    public void Build_PrivateIllegalAndGenericEntries_AreSkipped()
    {
        var model = Build(
            "(0009-o-FFFF,0000)\tUL\tPrivateGroupLength\t1\tPRIVATE",
            "(0001-o-0007,0000)\tUL\tIllegalGroupLength\t1\tILLEGAL",
            "(0000-u-FFFF,0000)\tUL\tGenericGroupLength\t1\tGENERIC",
            "(0014,3050)\tox\tDarkCurrentCounts\t1\tDICOM/DICONDE",
            "(4010,0001)\tCS\tLowEnergyDetectors\t1\tDICOM/DICOS");

        model.SkippedEntries.Should().Be(3);
        model.Ranges.Should().BeEmpty();
        model.Entries.Select(e => e.Keyword).Should().Equal("DarkCurrentCounts", "LowEnergyDetectors");
    }

    [Test]
    public void Build_UnknownVersion_Throws()
    {
        var act = () => Build("(0010,0010)\tPN\tPatientName\t1\tACR-NEMA");

        act.Should().Throw<FormatException>().WithMessage("*ACR-NEMA*");
    }

    [TestCase("ox", "OW", "OB")]
    [TestCase("px", "OW", "OB")]
    [TestCase("xs", "US", "SS")]
    [TestCase("lt", "US", "OW")]
    [TestCase("up", "UL", "None")]
    [TestCase("na", "None", "None")]
    [TestCase("SQ", "SQ", "None")]
    [TestCase("UN", "UN", "None")]
    public void Map_DcmtkVRCode_GivesImplicitVRAndAlternate(string code, string vr, string alternate)
    {
        VRMapping.Map(code).Should().Be((vr, alternate));
    }

    [TestCase("ob")]
    [TestCase("XX")]
    [TestCase("")]
    public void Map_UnknownVRCode_Throws(string code)
    {
        var act = () => VRMapping.Map(code);

        act.Should().Throw<FormatException>();
    }

    [Test]
    public void Build_LaterEntryForSameTag_OverridesEarlier()
    {
        // dicom.dic's header: "Entries may override existing entries."
        var model = Build(
            "(0010,0010)\tLO\tOldName\t1\tDICOM",
            "(0010,0010)\tPN\tPatientName\t1\tDICOM");

        model.Entries.Should().ContainSingle().Which.Keyword.Should().Be("PatientName");
    }

    [Test]
    public void Build_EntriesOutOfOrder_AreSortedByTag()
    {
        var model = Build(
            "(7FE0,0010)\tpx\tPixelData\t1\tDICOM",
            "(0010,0020)\tLO\tPatientID\t1\tDICOM",
            "(0010,0010)\tPN\tPatientName\t1\tDICOM");

        model.Entries.Select(e => e.Keyword).Should().Equal("PatientName", "PatientID", "PixelData");
    }

    [Test]
    public void EmitTags_DuplicateKeyword_FirstByTagWins()
    {
        var model = Build(
            "(0010,0020)\tLO\tPatientID\t1\tDICOM",
            "(0010,0010)\tLO\tPatientID\t1\tDICOM");

        var text = TagsEmitter.Emit(model, new SourceDescription("dicom.dic", "test"));

        text.Should().Contain("public static DicomTag PatientID => new(0x0010, 0x0010);");
        text.Should().NotContain("new(0x0010, 0x0020)");
    }

    [Test]
    public void EmitTags_Entry_HasSummaryWithTagKeywordVRAndVM()
    {
        var model = Build(
            "(0028,0104)\txs\tRETIRED_SmallestValidPixelValue\t1\tDICOM/retired",
            "(0010,0010)\tPN\tPatientName\t1\tDICOM");

        var text = TagsEmitter.Emit(model, new SourceDescription("dicom.dic", "test"));

        text.Should().Contain("/// <summary>(0010,0010) PatientName, PN, VM 1</summary>\n");
        text.Should().Contain("/// <summary>(0028,0104) SmallestValidPixelValue, US or SS, VM 1, retired</summary>\n");
    }

    [Test]
    public void EmitDictionary_Range_WritesBoundsParityAndVRs()
    {
        var model = Build("(6000-60FF,3000)\tox\tOverlayData\t1\tDICOM");

        var text = DictionaryEmitter.Emit(model, new SourceDescription("dicom.dic", "test"));

        text.Should().Contain(
            "new(0x6000, 0x60FF, DicomRangeParity.Even, 0x3000, 0x3000, DicomRangeParity.Any, \"OverlayData\", " +
            "DicomVR.OW, DicomVR.OB, \"1\", false),");
    }
}
