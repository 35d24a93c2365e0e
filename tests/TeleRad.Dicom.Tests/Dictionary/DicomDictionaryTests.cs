using System.Reflection;
using TeleRad.Dicom.Dictionary;

namespace TeleRad.Dicom.Tests.Dictionary;

/// <summary>Spot checks of the generated dictionary against PS3.6 (data elements) and PS3.5 (VR rules).</summary>
[TestFixture]
public sealed class DicomDictionaryTests
{
    [Test]
    public void TryGet_PatientName_IsPersonNameSingleValuedCurrent()
    {
        DicomDictionary.TryGet(new DicomTag(0x0010, 0x0010), out var entry).Should().BeTrue();

        entry.Keyword.Should().Be("PatientName");
        entry.VR.Should().Be(DicomVR.PN);
        entry.AlternateVR.Should().Be(DicomVR.None);
        entry.VM.Should().Be("1");
        entry.IsRetired.Should().BeFalse();
    }

    [Test]
    public void TryGet_PixelData_IsOWWithOBAlternate()
    {
        // PS3.6 lists Pixel Data as "OB or OW"; PS3.5 section A.1 makes it OW in Implicit VR Little Endian.
        DicomDictionary.TryGet(new DicomTag(0x7FE0, 0x0010), out var entry).Should().BeTrue();

        entry.Keyword.Should().Be("PixelData");
        entry.VR.Should().Be(DicomVR.OW);
        entry.AlternateVR.Should().Be(DicomVR.OB);
        entry.IsAmbiguousVR.Should().BeTrue();
    }

    [TestCase((ushort)0x6000)]
    [TestCase((ushort)0x6002)]
    [TestCase((ushort)0x601E)]
    [TestCase((ushort)0x60FE)]
    public void TryGet_OverlayDataInEvenRepeatingGroup_ResolvesThroughRange(ushort group)
    {
        var tag = new DicomTag(group, 0x3000);

        DicomDictionary.TryGet(tag, out var entry).Should().BeTrue();

        entry.Tag.Should().Be(tag);
        entry.Keyword.Should().Be("OverlayData");
        entry.VR.Should().Be(DicomVR.OW);
        entry.AlternateVR.Should().Be(DicomVR.OB);
    }

    [TestCase((ushort)0x6001)]
    [TestCase((ushort)0x60FF)]
    public void TryGet_OverlayDataInOddGroup_IsNotFound(ushort group)
    {
        // Odd groups are private (PS3.5 section 7.8); (60xx) covers even groups only (PS3.5 section 7.6).
        DicomDictionary.TryGet(new DicomTag(group, 0x3000), out _).Should().BeFalse();
    }

    [Test]
    public void OverlayDataRange_OddGroup_DoesNotMatch()
    {
        var range = DicomDictionary.RangeEntries.Single(r => r.Keyword == "OverlayData");

        range.GroupParity.Should().Be(DicomRangeParity.Even);
        range.Matches(new DicomTag(0x6001, 0x3000)).Should().BeFalse();
        range.Matches(new DicomTag(0x6002, 0x3000)).Should().BeTrue();
        range.Matches(new DicomTag(0x6100, 0x3000)).Should().BeFalse();
    }

    [Test]
    public void TryGet_SourceImageIDsElementRange_ResolvesEvenElementsOnly()
    {
        // (0020,31xx) Source Image IDs is a retired element range, even elements only.
        DicomDictionary.TryGet(new DicomTag(0x0020, 0x3102), out var entry).Should().BeTrue();
        entry.Keyword.Should().Be("SourceImageIDs");
        entry.IsRetired.Should().BeTrue();

        DicomDictionary.TryGet(new DicomTag(0x0020, 0x3101), out _).Should().BeFalse();
    }

    [Test]
    public void TryGet_LengthToEnd_IsRetiredWithPS36Keyword()
    {
        DicomDictionary.TryGet(new DicomTag(0x0008, 0x0001), out var entry).Should().BeTrue();

        entry.Keyword.Should().Be("LengthToEnd", "DCMTK's RETIRED_ prefix is not part of the PS3.6 keyword");
        entry.VR.Should().Be(DicomVR.UL);
        entry.IsRetired.Should().BeTrue();
    }

    [TestCase((ushort)0x0106, "SmallestImagePixelValue", false)]
    [TestCase((ushort)0x0107, "LargestImagePixelValue", false)]
    [TestCase((ushort)0x0120, "PixelPaddingValue", false)]
    [TestCase((ushort)0x0104, "SmallestValidPixelValue", true)]
    public void TryGet_UsOrSsElement_IsUSWithSSAlternate(ushort element, string keyword, bool retired)
    {
        DicomDictionary.TryGet(new DicomTag(0x0028, element), out var entry).Should().BeTrue();

        entry.Keyword.Should().Be(keyword);
        entry.VR.Should().Be(DicomVR.US);
        entry.AlternateVR.Should().Be(DicomVR.SS);
        entry.IsRetired.Should().Be(retired);
    }

    [Test]
    public void TryGet_LutData_IsUSWithOWAlternate()
    {
        DicomDictionary.TryGet(new DicomTag(0x0028, 0x3006), out var entry).Should().BeTrue();

        entry.Keyword.Should().Be("LUTData");
        entry.VR.Should().Be(DicomVR.US);
        entry.AlternateVR.Should().Be(DicomVR.OW);
        entry.VM.Should().Be("1-n");
    }

    [Test]
    public void TryGet_DirectoryRecordOffset_IsUL()
    {
        // DCMTK writes the DICOMDIR offsets with its pseudo VR "up"; PS3.3 annex F and PS3.6 give UL.
        DicomDictionary.TryGet(new DicomTag(0x0004, 0x1400), out var entry).Should().BeTrue();

        entry.Keyword.Should().Be("OffsetOfTheNextDirectoryRecord");
        entry.VR.Should().Be(DicomVR.UL);
        entry.AlternateVR.Should().Be(DicomVR.None);
    }

    [TestCase((ushort)0xE000, "Item")]
    [TestCase((ushort)0xE00D, "ItemDelimitationItem")]
    [TestCase((ushort)0xE0DD, "SequenceDelimitationItem")]
    public void TryGet_ItemAndDelimiters_HaveNoVR(ushort element, string keyword)
    {
        DicomDictionary.TryGet(new DicomTag(0xFFFE, element), out var entry).Should().BeTrue();

        entry.Keyword.Should().Be(keyword);
        entry.VR.Should().Be(DicomVR.None);
        entry.AlternateVR.Should().Be(DicomVR.None);
    }

    [Test]
    public void TryGet_PublicGroupLengthNotListed_IsRetiredGenericGroupLength()
    {
        // DCMTK's GENERIC (gggg,0000) entry is left out so the dictionary's own PS3.5 section 7.2 rule answers.
        DicomDictionary.TryGet(new DicomTag(0x0010, 0x0000), out var entry).Should().BeTrue();

        entry.Keyword.Should().Be("GroupLength");
        entry.VR.Should().Be(DicomVR.UL);
        entry.IsRetired.Should().BeTrue();
    }

    [Test]
    public void TryGet_FileMetaInformationGroupLength_IsListedEntry()
    {
        DicomDictionary.TryGet(new DicomTag(0x0002, 0x0000), out var entry).Should().BeTrue();

        entry.Keyword.Should().Be("FileMetaInformationGroupLength");
        entry.VR.Should().Be(DicomVR.UL);
        entry.IsRetired.Should().BeFalse();
    }

    [Test]
    public void TryGet_PrivateGroupLength_IsUL()
    {
        // PS3.5 section 7.2: a group length is UL in every group, private groups included.
        DicomDictionary.TryGet(new DicomTag(0x0009, 0x0000), out var entry).Should().BeTrue();
        entry.VR.Should().Be(DicomVR.UL);
        DicomDictionary.ImplicitVR(new DicomTag(0x0009, 0x0000)).Should().Be(DicomVR.UL);
    }

    [Test]
    public void TryGet_PrivateCreator_IsLO()
    {
        DicomDictionary.TryGet(new DicomTag(0x0009, 0x0010), out var entry).Should().BeTrue();

        entry.Keyword.Should().Be("PrivateCreator");
        entry.VR.Should().Be(DicomVR.LO);
    }

    [Test]
    public void TryGet_PrivateDataElement_IsNotFound()
    {
        DicomDictionary.TryGet(new DicomTag(0x0009, 0x1001), out _).Should().BeFalse();
        DicomDictionary.ImplicitVR(new DicomTag(0x0009, 0x1001)).Should().Be(DicomVR.UN);
        DicomDictionary.KeywordOf(new DicomTag(0x0009, 0x1001)).Should().BeNull();
    }

    [Test]
    public void TryGetByKeyword_PatientID_FindsTag()
    {
        DicomDictionary.TryGetByKeyword("PatientID", out var entry).Should().BeTrue();

        entry.Tag.Should().Be(new DicomTag(0x0010, 0x0020));
        entry.VR.Should().Be(DicomVR.LO);
    }

    [Test]
    public void TryGetByKeyword_RetiredKeyword_FindsItWithoutPrefix()
    {
        DicomDictionary.TryGetByKeyword("LengthToEnd", out var entry).Should().BeTrue();
        entry.Tag.Should().Be(new DicomTag(0x0008, 0x0001));

        DicomDictionary.TryGetByKeyword("RETIRED_LengthToEnd", out _).Should().BeFalse();
    }

    [Test]
    public void Entries_Count_IsInPlausibleRange()
    {
        // PS3.6 2022b lists about 5000 data elements, including DICONDE and DICOS ones.
        DicomDictionary.Entries.Count().Should().BeInRange(4000, 6000);
        DicomDictionary.RangeEntries.Count.Should().BeInRange(50, 100);
    }

    [Test]
    public void Entries_Keywords_HaveNoDcmtkPrefixAndAreUnique()
    {
        var keywords = DicomDictionary.Entries.Select(e => e.Keyword).ToList();

        keywords.Should().NotContain(k => k.StartsWith("RETIRED_", StringComparison.Ordinal));
        keywords.Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void Entries_IncludeDiconde_AndDicos()
    {
        // (0014,3050) Dark Current Counts is DICONDE ("OB or OW"); (4010,0001) Low Energy Detectors is DICOS.
        DicomDictionary.KeywordOf(new DicomTag(0x0014, 0x3050)).Should().Be("DarkCurrentCounts");
        DicomDictionary.KeywordOf(new DicomTag(0x4010, 0x0001)).Should().Be("LowEnergyDetectors");
    }

    [Test]
    public void DicomTags_PatientName_IsTag00100010()
    {
        DicomTags.PatientName.Should().Be(new DicomTag(0x0010, 0x0010));
        DicomTags.TransferSyntaxUID.Should().Be(new DicomTag(0x0002, 0x0010));
        DicomTags.PixelData.Should().Be(new DicomTag(0x7FE0, 0x0010));
    }

    [Test]
    public void DicomTags_EveryProperty_IsTheDictionaryEntryOfThatKeyword()
    {
        var properties = typeof(DicomTags).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(DicomTag))
            .ToList();

        properties.Should().HaveCount(DicomDictionary.Entries.Count);
        foreach (var property in properties)
        {
            var tag = (DicomTag)property.GetValue(null)!;
            DicomDictionary.KeywordOf(tag).Should().Be(property.Name, $"property {property.Name} holds {tag}");
        }
    }
}
