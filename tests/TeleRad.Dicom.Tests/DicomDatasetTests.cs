using System.Text;
using TeleRad.Dicom.Values;

namespace TeleRad.Dicom.Tests;

/// <summary>The data set as a collection: ordering, replacement, removal, cloning, item parents and character sets.</summary>
[TestFixture]
public sealed class DicomDatasetTests
{
    private static DicomElement Text(uint tag, DicomVR vr, string text) =>
        new(new DicomTag(tag), vr, DicomBuffer.FromBytes(Encoding.Latin1.GetBytes(text)));

    [Test]
    public void Add_OutOfOrder_EnumeratesInAscendingTagOrder()
    {
        var ds = new DicomDataset();
        foreach (var tag in new uint[] { 0x00200013, 0x00080018, 0x7FE00010, 0x00100010, 0x00080005, 0x00100020, 0x00090010 })
            ds.Add(Text(tag, DicomVR.LO, "X "));

        ds.Select(a => a.Tag.Value).Should().Equal(0x00080005u, 0x00080018u, 0x00090010u, 0x00100010u, 0x00100020u, 0x00200013u, 0x7FE00010u);
        ds.Count.Should().Be(7);
        ds.IsEmpty.Should().BeFalse();
    }

    [Test]
    public void Add_ExistingTag_ReplacesInPlace()
    {
        var ds = new DicomDataset();
        ds.Add(Text(0x00100010, DicomVR.PN, "OLD "));
        ds.Add(Text(0x00100020, DicomVR.LO, "ID"));
        ds.Add(Text(0x00080020, DicomVR.DA, "20200101"));

        ds.Add(Text(0x00100010, DicomVR.PN, "NEW "));

        ds.Count.Should().Be(3);
        ds.GetString(DicomTags.PatientName).Should().Be("NEW");
        ds.Select(a => a.Tag.Value).Should().Equal(0x00080020u, 0x00100010u, 0x00100020u);
    }

    [Test]
    public void Add_LastTagAgain_ReplacesRatherThanAppends()
    {
        var ds = new DicomDataset();
        ds.Add(Text(0x00100010, DicomVR.PN, "A "));
        ds.Add(Text(0x00100010, DicomVR.PN, "B "));

        ds.Count.Should().Be(1);
        ds.GetString(DicomTags.PatientName).Should().Be("B");
    }

    [Test]
    public void Constructor_FromAttributes_LaterOnesWin()
    {
        var ds = new DicomDataset([Text(0x00100020, DicomVR.LO, "1 "), Text(0x00100010, DicomVR.PN, "A "), Text(0x00100020, DicomVR.LO, "2 ")]);

        ds.Count.Should().Be(2);
        ds.GetString(DicomTags.PatientID).Should().Be("2");
    }

    [Test]
    public void Indexer_AbsentTag_IsNull()
    {
        var ds = new DicomDataset();
        ds.Add(Text(0x00100010, DicomVR.PN, "A "));

        ds[DicomTags.PatientID].Should().BeNull();
        ds.Contains(DicomTags.PatientID).Should().BeFalse();
        ds.Contains(DicomTags.PatientName).Should().BeTrue();
        ds[DicomTags.PatientName].Should().BeOfType<DicomElement>().Which.VR.Should().Be(DicomVR.PN);
    }

    [Test]
    public void Remove_PresentAndAbsent_ReportsWhetherRemoved()
    {
        var ds = new DicomDataset();
        ds.Add(Text(0x00100010, DicomVR.PN, "A "));
        ds.Add(Text(0x00100020, DicomVR.LO, "B "));

        ds.Remove(DicomTags.PatientName).Should().BeTrue();
        ds.Remove(DicomTags.PatientName).Should().BeFalse();
        ds.Select(a => a.Tag).Should().Equal(DicomTags.PatientID);
    }

    [Test]
    public void RemoveAll_Predicate_RemovesMatchingAndCounts()
    {
        var ds = new DicomDataset();
        ds.Add(Text(0x00090010, DicomVR.LO, "CREATOR "));
        ds.Add(Text(0x00091001, DicomVR.LO, "PRIVATE "));
        ds.Add(Text(0x00100010, DicomVR.PN, "A "));

        ds.RemoveAll(a => a.Tag.IsPrivate).Should().Be(2);
        ds.Select(a => a.Tag).Should().Equal(DicomTags.PatientName);

        ds.Clear();
        ds.IsEmpty.Should().BeTrue();
    }

    [Test]
    public void TryGet_TypeMatches_ReturnsAttribute()
    {
        var ds = new DicomDataset();
        ds.SetString(DicomTags.PatientName, "A");
        ds.SetSequence(DicomTags.ReferencedSeriesSequence, new DicomDataset());

        ds.TryGet<DicomElement>(DicomTags.PatientName, out var e).Should().BeTrue();
        e.Tag.Should().Be(DicomTags.PatientName);
        ds.TryGet<DicomSequence>(DicomTags.PatientName, out _).Should().BeFalse();
        ds.TryGet<DicomSequence>(DicomTags.ReferencedSeriesSequence, out var s).Should().BeTrue();
        s.Items.Should().HaveCount(1);
        ds.TryGet<DicomElement>(DicomTags.PatientID, out _).Should().BeFalse();
    }

    [Test]
    public void Add_Sequence_SetsItemParents()
    {
        var ds = new DicomDataset();
        var item1 = new DicomDataset();
        var item2 = new DicomDataset();

        ds.Add(new DicomSequence(DicomTags.ReferencedSeriesSequence, [item1, item2]));

        item1.Parent.Should().BeSameAs(ds);
        item2.Parent.Should().BeSameAs(ds);
    }

    [Test]
    public void Clone_Elements_ShareValuesButNotTheList()
    {
        var ds = new DicomDataset();
        ds.SetString(DicomTags.PatientName, "A");

        var copy = ds.Clone();
        copy.SetString(DicomTags.PatientID, "X");
        copy.Remove(DicomTags.PatientName);

        ds.Contains(DicomTags.PatientID).Should().BeFalse();
        ds.GetString(DicomTags.PatientName).Should().Be("A");
    }

    [Test]
    public void Clone_NestedSequences_AreDeepCopiesWithCorrectParents()
    {
        var ds = new DicomDataset();
        var inner = new DicomDataset();
        inner.SetString(DicomTags.CodeValue, "INNER");
        var item = new DicomDataset();
        item.SetString(DicomTags.ReferencedSOPInstanceUID, "1.2.3");
        item.SetSequence(DicomTags.ConceptNameCodeSequence, inner);
        var seq = ds.SetSequence(DicomTags.ReferencedSeriesSequence, item);
        seq.UndefinedLength = false;
        item.UndefinedLength = false;

        var copy = ds.Clone();
        var copySeq = (DicomSequence)copy[DicomTags.ReferencedSeriesSequence]!;
        var copyItem = copySeq.Items[0];
        var copyInner = copyItem.GetSequence(DicomTags.ConceptNameCodeSequence)[0];

        copySeq.Should().NotBeSameAs(seq);
        copySeq.UndefinedLength.Should().BeFalse();
        copyItem.Should().NotBeSameAs(item);
        copyItem.UndefinedLength.Should().BeFalse();
        copyItem.Parent.Should().BeSameAs(copy);
        copyInner.Should().NotBeSameAs(inner);
        copyInner.Parent.Should().BeSameAs(copyItem);

        copyInner.SetString(DicomTags.CodeValue, "CHANGED");
        copyItem.Remove(DicomTags.ReferencedSOPInstanceUID);
        copySeq.Items.Add(new DicomDataset());

        inner.GetString(DicomTags.CodeValue).Should().Be("INNER");
        item.GetString(DicomTags.ReferencedSOPInstanceUID).Should().Be("1.2.3");
        seq.Items.Should().HaveCount(1);
        item.Parent.Should().BeSameAs(ds);
    }

    [Test]
    public void Clone_Item_KeepsParentForCharacterSetInheritance()
    {
        var ds = new DicomDataset();
        ds.SetString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100");
        var item = new DicomDataset();
        ds.SetSequence(DicomTags.ReferencedSeriesSequence, item);

        item.Clone().CharacterSet.DefinedTerms.Should().Equal("ISO_IR 100");
    }

    [Test]
    public void CharacterSet_NoSpecificCharacterSet_IsDefault()
    {
        new DicomDataset().CharacterSet.DefinedTerms.Should().BeEmpty();
    }

    [Test]
    public void CharacterSet_ItemWithoutOwn_InheritsFromParentAndDecodesWithIt()
    {
        var ds = new DicomDataset();
        ds.SetString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100");
        var item = new DicomDataset();
        item.Add(new DicomElement(DicomTags.PatientName, DicomVR.PN, DicomBuffer.FromBytes(new byte[] { (byte)'M', 0xFC, (byte)'l', (byte)'l', (byte)'e', (byte)'r' })));
        ds.SetSequence(DicomTags.ReferencedPatientSequence, item);

        item.CharacterSet.DefinedTerms.Should().Equal("ISO_IR 100");
        item.GetString(DicomTags.PatientName).Should().Be("Müller");
    }

    [Test]
    public void CharacterSet_ItemWithOwn_OverridesParent()
    {
        var ds = new DicomDataset();
        ds.SetString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100");
        var item = new DicomDataset();
        item.SetString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192");
        item.Add(new DicomElement(DicomTags.PatientName, DicomVR.PN, DicomBuffer.FromBytes("Müller"u8.ToArray())));
        ds.SetSequence(DicomTags.ReferencedPatientSequence, item);

        item.CharacterSet.IsUtf8.Should().BeTrue();
        item.GetString(DicomTags.PatientName).Should().Be("Müller");
        ds.CharacterSet.IsUtf8.Should().BeFalse();
    }

    [Test]
    public void CharacterSet_NestedTwoLevels_InheritsFromGrandparent()
    {
        var ds = new DicomDataset();
        ds.SetString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192");
        var inner = new DicomDataset();
        var item = new DicomDataset();
        item.SetSequence(DicomTags.ConceptNameCodeSequence, inner);
        ds.SetSequence(DicomTags.ReferencedSeriesSequence, item);

        inner.CharacterSet.IsUtf8.Should().BeTrue();
    }

    [Test]
    public void CharacterSet_ReplacedElement_IsReparsed()
    {
        var ds = new DicomDataset();
        ds.SetString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100");
        ds.CharacterSet.DefinedTerms.Should().Equal("ISO_IR 100");

        ds.SetString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192");

        ds.CharacterSet.IsUtf8.Should().BeTrue();
    }

    [Test]
    public void CharacterSet_MultipleTermsWithLeadingSpaces_AreTrimmed()
    {
        var ds = new DicomDataset();
        ds.Add(Text(0x00080005, DicomVR.CS, "\\ISO 2022 IR 87 "));

        ds.CharacterSet.DefinedTerms.Should().HaveCount(2);
        ds.CharacterSet.DefinedTerms[1].Should().Be("ISO 2022 IR 87");
    }

    [Test]
    public void SetString_InItem_EncodesWithInheritedCharacterSet()
    {
        var ds = new DicomDataset();
        ds.SetString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192");
        var item = new DicomDataset();
        ds.SetSequence(DicomTags.ReferencedPatientSequence, item);

        item.SetString(DicomTags.PatientName, "Ærø");

        item.GetBytes(DicomTags.PatientName).ToArray().Should().Equal([.. "Ærø"u8, (byte)' ']);
    }

    [Test]
    public void GetSequence_AbsentOrNotASequence_IsEmpty()
    {
        var ds = new DicomDataset();
        ds.SetString(DicomTags.PatientName, "A");

        ds.GetSequence(DicomTags.ReferencedSeriesSequence).Should().BeEmpty();
        ds.GetSequence(DicomTags.PatientName).Should().BeEmpty();
    }

    [Test]
    public void UndefinedLength_NewDataset_DefaultsToTrue() => new DicomDataset().UndefinedLength.Should().BeTrue();

    [Test]
    public void DicomAttribute_MadeInCode_HasNoStreamPosition()
    {
        var e = Text(0x00100010, DicomVR.PN, "A ");

        e.StreamOffset.Should().Be(-1);
        e.StreamLength.Should().Be(-1);
        e.ToString().Should().Be("(0010,0010) PN");
        e.Length.Should().Be(2);
        e.IsEmpty.Should().BeFalse();
    }
}
