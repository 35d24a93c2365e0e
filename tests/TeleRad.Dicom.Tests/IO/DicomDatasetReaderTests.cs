using System.Buffers.Binary;
using System.IO.Compression;
using TeleRad.Dicom.Tests.Support;

namespace TeleRad.Dicom.Tests.IO;

/// <summary>Data set parsing from hand-built bytes: sequences (PS3.5 section 7.5), UN (6.2.2), fragments (A.4), byte order.</summary>
[TestFixture]
public sealed class DicomDatasetReaderTests
{
    /// <summary>Reads the builder's bytes as the data set of a Part 10 file in the builder's encoding.</summary>
    private static async Task<DicomFile> ReadRaw(DicomStreamBuilder b) =>
        await ReadPart10(!b.ExplicitVR ? Part10Bytes.ImplicitLE : b.BigEndian ? Part10Bytes.ExplicitBE : Part10Bytes.ExplicitLE, b);

    private static async Task<DicomFile> ReadPart10(string syntax, DicomStreamBuilder b) =>
        await DicomFile.ReadAsync(new MemoryStream(Part10Bytes.File(syntax, b.ToArray())));

    private static DicomStreamBuilder Code(DicomStreamBuilder enc, string value) =>
        new DicomStreamBuilder(enc.ExplicitVR, enc.BigEndian).Text(0x0008, 0x0100, "SH", Part10Bytes.Pad(value)).Text(0x0008, 0x0102, "SH", "DCM ");

    private static IEnumerable<TestCaseData> Encodings()
    {
        yield return new TestCaseData(true, false).SetArgDisplayNames("ExplicitLE");
        yield return new TestCaseData(false, false).SetArgDisplayNames("ImplicitLE");
        yield return new TestCaseData(true, true).SetArgDisplayNames("ExplicitBE");
    }

    [TestCaseSource(nameof(Encodings))]
    public async Task Read_SequenceDefinedAndUndefined_SameItems(bool explicitVR, bool bigEndian)
    {
        foreach (var defined in new[] { true, false })
        {
            var b = new DicomStreamBuilder(explicitVR, bigEndian);
            b.Text(0x0008, 0x0060, "CS", "CT")
                .Sequence(0x0008, 0x1032, defined, Code(b, "A1"), Code(b, "B22"))
                .Text(0x0010, 0x0010, "PN", "Doe ");

            var file = await ReadRaw(b);

            var seq = (DicomSequence)file.Dataset[DicomTags.ProcedureCodeSequence]!;
            seq.UndefinedLength.Should().Be(!defined);
            seq.Items.Should().HaveCount(2);
            seq.Items.Select(i => i.GetString(DicomTags.CodeValue)).Should().Equal("A1", "B22");
            seq.Items.Should().OnlyContain(i => i.UndefinedLength == !defined && i.Parent == file.Dataset);
            file.Dataset.GetString(DicomTags.PatientName).Should().Be("Doe");
            file.Warnings.Should().BeEmpty();
        }
    }

    [TestCaseSource(nameof(Encodings))]
    public async Task Read_NestedSequencesThreeDeep_AllLevelsRead(bool explicitVR, bool bigEndian)
    {
        var enc = new DicomStreamBuilder(explicitVR, bigEndian);
        var level3 = Code(enc, "DEEP");
        var level2 = new DicomStreamBuilder(explicitVR, bigEndian).Sequence(0x0040, 0xA043, true, level3);
        var level1 = new DicomStreamBuilder(explicitVR, bigEndian).Sequence(0x0040, 0xA730, false, level2);
        var b = new DicomStreamBuilder(explicitVR, bigEndian).Sequence(0x0040, 0xA730, true, level1).Text(0x0040, 0xA040, "CS", "YES ");

        var file = await ReadRaw(b);

        var deep = file.Dataset.GetSequence(DicomTags.ContentSequence)[0]
            .GetSequence(DicomTags.ContentSequence)[0]
            .GetSequence(DicomTags.ConceptNameCodeSequence)[0];
        deep.GetString(DicomTags.CodeValue).Should().Be("DEEP");
        deep.Parent!.Parent!.Parent.Should().BeSameAs(file.Dataset);
        file.Dataset.GetString(new DicomTag(0x0040, 0xA040)).Should().Be("YES");
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Read_EmptySequence_NoItems(bool defined)
    {
        var b = DicomStreamBuilder.ExplicitLittle.Sequence(0x0008, 0x1032, defined).Text(0x0010, 0x0010, "PN", "X ");

        var file = await ReadRaw(b);

        var seq = (DicomSequence)file.Dataset[DicomTags.ProcedureCodeSequence]!;
        seq.Items.Should().BeEmpty();
        seq.UndefinedLength.Should().Be(!defined);
        file.Dataset.GetString(DicomTags.PatientName).Should().Be("X");
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Read_EmptyItems_Kept(bool defined)
    {
        var b = DicomStreamBuilder.ExplicitLittle.Sequence(0x0008, 0x1032, defined, new DicomStreamBuilder(), new DicomStreamBuilder());

        var file = await ReadRaw(b);

        file.Dataset.GetSequence(DicomTags.ProcedureCodeSequence).Should().HaveCount(2).And.OnlyContain(i => i.IsEmpty);
    }

    [Test]
    public async Task Read_DefinedItemHoldingUndefinedSequence_BothRead()
    {
        var inner = DicomStreamBuilder.ExplicitLittle.Sequence(0x0040, 0xA043, false, Code(DicomStreamBuilder.ExplicitLittle, "IN"));
        inner.Text(0x0040, 0xA160, "UT", "text");
        var b = DicomStreamBuilder.ExplicitLittle.Header(0x0040, 0xA730, "SQ", 0xFFFFFFFF).Item(inner).SequenceDelimiter()
            .Text(0x0040, 0xA040, "CS", "NO");

        var file = await ReadRaw(b);

        var item = file.Dataset.GetSequence(DicomTags.ContentSequence).Should().ContainSingle().Subject;
        item.UndefinedLength.Should().BeFalse();
        item.GetSequence(DicomTags.ConceptNameCodeSequence)[0].GetString(DicomTags.CodeValue).Should().Be("IN");
        item.GetString(DicomTags.TextValue).Should().Be("text");
        file.Dataset.GetString(new DicomTag(0x0040, 0xA040)).Should().Be("NO");
    }

    [Test]
    public async Task Read_UndefinedItemHoldingDefinedSequence_BothRead()
    {
        var inner = DicomStreamBuilder.ExplicitLittle.Sequence(0x0040, 0xA043, true, Code(DicomStreamBuilder.ExplicitLittle, "IN"));
        var b = DicomStreamBuilder.ExplicitLittle.Header(0x0040, 0xA730, "SQ", 0xFFFFFFFF).UndefinedItem(inner).UndefinedItem(new DicomStreamBuilder())
            .SequenceDelimiter();

        var file = await ReadRaw(b);

        var items = file.Dataset.GetSequence(DicomTags.ContentSequence);
        items.Should().HaveCount(2);
        items[0].UndefinedLength.Should().BeTrue();
        ((DicomSequence)items[0][DicomTags.ConceptNameCodeSequence]!).UndefinedLength.Should().BeFalse();
        items[0].GetSequence(DicomTags.ConceptNameCodeSequence)[0].GetString(DicomTags.CodeValue).Should().Be("IN");
    }

    [Test]
    public async Task Read_UNUndefinedLength_HoldsImplicitLittleSequence()
    {
        // PS3.5 6.2.2: a UN element of undefined length is a sequence whose items are implicit VR little endian,
        // even inside an explicit VR data set. Private tag, so the dictionary cannot help.
        var item = DicomStreamBuilder.ImplicitLittle.Text(0x0009, 0x0010, "LO", "ACME").Text(0x0009, 0x1001, "LO", "secret");
        var b = DicomStreamBuilder.ExplicitLittle.Text(0x0009, 0x0010, "LO", "ACME")
            .Header(0x0009, 0x1010, "UN", 0xFFFFFFFF).Raw(DicomStreamBuilder.ImplicitLittle.UndefinedItem(item).SequenceDelimiter())
            .Text(0x0010, 0x0010, "PN", "Doe ");

        var file = await ReadRaw(b);

        var seq = (DicomSequence)file.Dataset[new DicomTag(0x0009, 0x1010)]!;
        var read = seq.Items.Should().ContainSingle().Subject;
        read.GetBytes(new DicomTag(0x0009, 0x1001)).ToArray().Should().Equal("secret"u8.ToArray());
        read[new DicomTag(0x0009, 0x1001)]!.VR.Should().Be(DicomVR.UN);
        read[new DicomTag(0x0009, 0x0010)]!.VR.Should().Be(DicomVR.LO);
        file.Dataset.GetString(DicomTags.PatientName).Should().Be("Doe");
    }

    [Test]
    public async Task Read_ExplicitUNWithKnownTag_ConvertedToDictionaryVR()
    {
        var b = DicomStreamBuilder.ExplicitLittle
            .Element(0x0010, 0x0010, "UN", "Doe^Jane"u8.ToArray())
            .Element(0x0028, 0x0010, "UN", [0x00, 0x02])
            .Element(0x0028, 0x0030, "UN", "0.5\\0.5 "u8.ToArray());

        var file = await ReadRaw(b);

        file.Dataset[DicomTags.PatientName]!.VR.Should().Be(DicomVR.PN);
        file.Dataset.GetString(DicomTags.PatientName).Should().Be("Doe^Jane");
        file.Dataset[DicomTags.Rows]!.VR.Should().Be(DicomVR.US);
        file.Dataset.GetValues<ushort>(DicomTags.Rows).Should().Equal(512);
        file.Dataset.GetDoubles(DicomTags.PixelSpacing).Should().Equal(0.5, 0.5);
    }

    [Test]
    public async Task Read_ExplicitUNDefinedLengthKnownSequence_ParsedAsImplicitSequence()
    {
        var items = DicomStreamBuilder.ImplicitLittle.Item(Code(DicomStreamBuilder.ImplicitLittle, "UNSQ"));
        var b = DicomStreamBuilder.ExplicitLittle.Element(0x0008, 0x1032, "UN", items.ToArray()).Text(0x0010, 0x0010, "PN", "X ");

        var file = await ReadRaw(b);

        file.Dataset[DicomTags.ProcedureCodeSequence].Should().BeOfType<DicomSequence>();
        file.Dataset.GetSequence(DicomTags.ProcedureCodeSequence)[0].GetString(DicomTags.CodeValue).Should().Be("UNSQ");
        file.Dataset.GetString(DicomTags.PatientName).Should().Be("X");
    }

    [Test]
    public async Task Read_ExplicitUNPrivateTag_StaysUN()
    {
        var file = await ReadRaw(DicomStreamBuilder.ExplicitLittle.Element(0x0009, 0x1001, "UN", [1, 2, 3, 4]));

        var e = (DicomElement)file.Dataset[new DicomTag(0x0009, 0x1001)]!;
        e.VR.Should().Be(DicomVR.UN);
        e.Buffer.Memory.ToArray().Should().Equal(1, 2, 3, 4);
    }

    [TestCase(1, (short)-5)]
    [TestCase(0, (short)0)]
    public async Task Read_ImplicitUSorSS_ResolvedByPixelRepresentation(int pixelRepresentation, short expectedSigned)
    {
        // (0028,0106) Smallest Image Pixel Value is "US or SS": with Pixel Representation 1 it is SS (PS3.5 annex A.1).
        var b = DicomStreamBuilder.ImplicitLittle
            .US(0x0028, 0x0103, (ushort)pixelRepresentation)
            .Element(0x0028, 0x0106, "US", [0xFB, 0xFF]);

        var file = await ReadRaw(b);

        var e = file.Dataset[DicomTags.SmallestImagePixelValue]!;
        if (pixelRepresentation == 1)
        {
            e.VR.Should().Be(DicomVR.SS);
            file.Dataset.GetInt64s(DicomTags.SmallestImagePixelValue).Should().Equal(expectedSigned);
        }
        else
        {
            e.VR.Should().Be(DicomVR.US);
            file.Dataset.GetInt64s(DicomTags.SmallestImagePixelValue).Should().Equal(0xFFFB);
        }
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Read_ImplicitUSorSSInItem_UsesEnclosingPixelRepresentation(bool definedLength)
    {
        var item = DicomStreamBuilder.ImplicitLittle.Element(0x0028, 0x0106, "US", [0xFF, 0xFF]);
        var b = DicomStreamBuilder.ImplicitLittle.US(0x0028, 0x0103, 1).Sequence(0x5200, 0x9229, definedLength, item);

        var file = await ReadRaw(b);

        var read = file.Dataset.GetSequence(DicomTags.SharedFunctionalGroupsSequence)[0];
        read[DicomTags.SmallestImagePixelValue]!.VR.Should().Be(DicomVR.SS);
        read.GetInt64s(DicomTags.SmallestImagePixelValue).Should().Equal(-1);
    }

    [Test]
    public async Task Read_ImplicitPrivateUndefinedLength_ReadAsSequence()
    {
        var b = DicomStreamBuilder.ImplicitLittle.Text(0x0009, 0x0010, "LO", "ACME")
            .Header(0x0009, 0x1001, "", 0xFFFFFFFF)
            .UndefinedItem(DicomStreamBuilder.ImplicitLittle.Text(0x0010, 0x0010, "PN", "IN  "))
            .SequenceDelimiter();

        var file = await ReadRaw(b);

        file.Dataset.GetSequence(new DicomTag(0x0009, 0x1001)).Should().ContainSingle()
            .Which.GetString(DicomTags.PatientName).Should().Be("IN");
    }

    private static DicomStreamBuilder Encapsulated(byte[] offsetTable, params byte[][] fragments)
    {
        var b = DicomStreamBuilder.ExplicitLittle.Text(0x0008, 0x0060, "CS", "OT").Header(0x7FE0, 0x0010, "OB", 0xFFFFFFFF).Fragment(offsetTable);
        foreach (var f in fragments)
            b.Fragment(f);
        return b.SequenceDelimiter();
    }

    [Test]
    public async Task Read_EncapsulatedEmptyOffsetTable_FragmentsInOrder()
    {
        var file = await ReadPart10(Part10Bytes.JpegBaseline, Encapsulated([], [0xFF, 0xD8, 1, 2], [3, 4, 0xFF, 0xD9]));

        var px = file.Dataset[DicomTag.PixelData].Should().BeOfType<DicomFragmentSequence>().Subject;
        px.VR.Should().Be(DicomVR.OB);
        px.OffsetTable.Length.Should().Be(0);
        px.GetBasicOffsets().Should().BeEmpty();
        px.Fragments.Select(f => f.Memory.ToArray()).Should().BeEquivalentTo(
            new[] { new byte[] { 0xFF, 0xD8, 1, 2 }, new byte[] { 3, 4, 0xFF, 0xD9 } }, o => o.WithStrictOrdering());
        file.TransferSyntax.Should().BeSameAs(DicomTransferSyntax.JpegBaseline);
    }

    [Test]
    public async Task Read_EncapsulatedWithOffsets_GetBasicOffsets()
    {
        var table = new byte[12];
        BinaryPrimitives.WriteUInt32LittleEndian(table, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(table.AsSpan(4), 12);
        BinaryPrimitives.WriteUInt32LittleEndian(table.AsSpan(8), 0x01020304);

        var file = await ReadPart10(Part10Bytes.JpegBaseline, Encapsulated(table, new byte[4], new byte[4], new byte[4]));

        var px = (DicomFragmentSequence)file.Dataset[DicomTag.PixelData]!;
        px.GetBasicOffsets().Should().Equal(0u, 12u, 0x01020304u);
        px.Fragments.Should().HaveCount(3);
    }

    [Test]
    public async Task Read_EncapsulatedOddFragment_KeptAsRead()
    {
        var file = await ReadPart10(Part10Bytes.JpegBaseline, Encapsulated([], [1, 2, 3]));

        ((DicomFragmentSequence)file.Dataset[DicomTag.PixelData]!).Fragments[0].Memory.ToArray().Should().Equal(1, 2, 3);
    }

    [Test]
    public async Task Read_EncapsulatedStreamOffsets_CoverFirstItemToDelimiter()
    {
        var b = Encapsulated([], [1, 2]);
        var meta = Part10Bytes.Meta(Part10Bytes.JpegBaseline).ToArray();

        var file = await ReadPart10(Part10Bytes.JpegBaseline, b);

        var px = file.Dataset[DicomTag.PixelData]!;
        px.StreamOffset.Should().Be(132 + meta.Length + 10 + 12);
        px.StreamLength.Should().Be(8 + 8 + 2 + 8);
    }

    [Test]
    public async Task Read_ExtendedOffsetTable_ReadAsVeryLongValues()
    {
        var offsets = new byte[16];
        BinaryPrimitives.WriteUInt64LittleEndian(offsets, 0);
        BinaryPrimitives.WriteUInt64LittleEndian(offsets.AsSpan(8), 0x1_0000_0000);
        var lengths = new byte[16];
        BinaryPrimitives.WriteUInt64LittleEndian(lengths, 4);
        BinaryPrimitives.WriteUInt64LittleEndian(lengths.AsSpan(8), 4);
        var b = DicomStreamBuilder.ExplicitLittle.Element(0x7FE0, 0x0001, "OV", offsets).Element(0x7FE0, 0x0002, "OV", lengths)
            .Header(0x7FE0, 0x0010, "OB", 0xFFFFFFFF).Fragment([]).Fragment([1, 2, 3, 4]).Fragment([5, 6, 7, 8]).SequenceDelimiter();

        var file = await ReadPart10(Part10Bytes.JpegBaseline, b);

        file.Dataset[DicomTags.ExtendedOffsetTable]!.VR.Should().Be(DicomVR.OV);
        file.Dataset.GetValues<ulong>(DicomTags.ExtendedOffsetTable).Should().Equal(0ul, 0x1_0000_0000ul);
        file.Dataset.GetValues<ulong>(DicomTags.ExtendedOffsetTableLengths).Should().Equal(4ul, 4ul);
        ((DicomFragmentSequence)file.Dataset[DicomTag.PixelData]!).Fragments.Should().HaveCount(2);
    }

    [Test]
    public async Task Read_ExplicitBigEndian_ValuesSwappedToLittleEndian()
    {
        var b = DicomStreamBuilder.ExplicitBig
            .Element(0x0020, 0x9165, "AT", [0x00, 0x28, 0x00, 0x10, 0x7F, 0xE0, 0x00, 0x10])
            .US(0x0028, 0x0010, 0x1234, 0xFFFE)
            .Element(0x0028, 0x1052, "DS", "-1024 "u8.ToArray())
            .Element(0x0040, 0x9224, "FD", [0x40, 0x09, 0x21, 0xFB, 0x54, 0x44, 0x2D, 0x18])
            .Element(0x0018, 0x9306, "FL", [0x3F, 0xC0, 0x00, 0x00])
            .Element(0x7FE0, 0x0010, "OW", [0x01, 0x02, 0x03, 0x04]);

        var file = await ReadPart10(Part10Bytes.ExplicitBE, b);

        file.TransferSyntax.Should().BeSameAs(DicomTransferSyntax.ExplicitVRBigEndian);
        file.Dataset.GetAttributeTags(DicomTags.DimensionIndexPointer).Should().Equal(new DicomTag(0x0028, 0x0010), new DicomTag(0x7FE0, 0x0010));
        file.Dataset.GetValues<ushort>(DicomTags.Rows).Should().Equal(0x1234, 0xFFFE);
        file.Dataset.GetDoubles(DicomTags.RescaleIntercept).Should().Equal(-1024);
        file.Dataset.GetValues<double>(new DicomTag(0x0040, 0x9224)).Should().Equal(Math.PI);
        file.Dataset.GetValues<float>(new DicomTag(0x0018, 0x9306)).Should().Equal(1.5f);
        file.Dataset.GetBytes(DicomTag.PixelData).ToArray().Should().Equal(0x02, 0x01, 0x04, 0x03);
    }

    [Test]
    public async Task Read_BigEndianSequence_ItemsAndDelimitersBigEndian()
    {
        var enc = DicomStreamBuilder.ExplicitBig;
        var b = DicomStreamBuilder.ExplicitBig.Sequence(0x0008, 0x1032, false, Code(enc, "BE")).Sequence(0x0008, 0x1140, true, Code(enc, "BE2"));

        var file = await ReadPart10(Part10Bytes.ExplicitBE, b);

        file.Dataset.GetSequence(DicomTags.ProcedureCodeSequence)[0].GetString(DicomTags.CodeValue).Should().Be("BE");
        file.Dataset.GetSequence(DicomTags.ReferencedImageSequence)[0].GetString(DicomTags.CodeValue).Should().Be("BE2");
    }

    [Test]
    public async Task Read_Deflated_InflatesDataset()
    {
        var plain = DicomFileReaderTests.Sample(DicomStreamBuilder.ExplicitLittle)
            .Sequence(0x0008, 0x1032, false, Code(DicomStreamBuilder.ExplicitLittle, "DEF")).ToArray();
        using var deflated = new MemoryStream();
        using (var z = new DeflateStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
            z.Write(plain);

        var file = await DicomFile.ReadAsync(new MemoryStream(Part10Bytes.File(Part10Bytes.Deflated, deflated.ToArray())));

        file.TransferSyntax.Should().BeSameAs(DicomTransferSyntax.DeflatedExplicitVRLittleEndian);
        file.Dataset.GetString(DicomTags.PatientName).Should().Be("Doe^John");
        file.Dataset.GetSequence(DicomTags.ProcedureCodeSequence)[0].GetString(DicomTags.CodeValue).Should().Be("DEF");
    }

    [Test]
    public async Task Read_DeflatedCorrupt_ThrowsInvalidDeflate()
    {
        var bytes = Part10Bytes.File(Part10Bytes.Deflated, [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);

        var ex = await FluentActions.Awaiting(() => DicomFile.ReadAsync(new MemoryStream(bytes))).Should().ThrowAsync<DicomFormatException>();

        ex.Which.Fault.Should().Be(DicomFormatFault.InvalidDeflate);
    }

    [Test]
    public async Task Read_DeflatedOverInflateLimit_ThrowsLimitExceeded()
    {
        var plain = DicomStreamBuilder.ExplicitLittle.Element(0x0009, 0x1001, "OB", new byte[100_000]).ToArray();
        using var deflated = new MemoryStream();
        using (var z = new DeflateStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
            z.Write(plain);
        var options = new TeleRad.Dicom.IO.DicomReadOptions { MaxInflatedLength = 10_000 };

        var ex = await FluentActions.Awaiting(() => DicomFile.ReadAsync(new MemoryStream(Part10Bytes.File(Part10Bytes.Deflated, deflated.ToArray())), options))
            .Should().ThrowAsync<DicomFormatException>();

        ex.Which.Fault.Should().Be(DicomFormatFault.LimitExceeded);
    }

    [Test]
    public async Task Read_UnknownVRCode_ReadAsUNWithWarning()
    {
        // PS3.5 7.1.2: VRs defined later use the 32-bit length form.
        var b = DicomStreamBuilder.ExplicitLittle.Tag(0x0009, 0x1001).Raw("ZZ"u8).U16(0).U32(2).Raw([7, 8]).Text(0x0010, 0x0010, "PN", "X ");

        var file = await ReadRaw(b);

        file.Dataset[new DicomTag(0x0009, 0x1001)]!.VR.Should().Be(DicomVR.UN);
        file.Dataset.GetBytes(new DicomTag(0x0009, 0x1001)).ToArray().Should().Equal(7, 8);
        file.Dataset.GetString(DicomTags.PatientName).Should().Be("X");
        file.Warnings.Should().ContainSingle(w => w.Contains("unknown VR"));
    }

    [Test]
    public async Task Read_ImplicitElementInExplicitDataset_ReadAsImplicitWithWarning()
    {
        var b = DicomStreamBuilder.ExplicitLittle.Text(0x0008, 0x0060, "CS", "CT")
            .Raw(DicomStreamBuilder.ImplicitLittle.Text(0x0010, 0x0010, "PN", "Doe "))
            .Text(0x0010, 0x0020, "LO", "ID");

        var file = await ReadRaw(b);

        file.Dataset.GetString(DicomTags.PatientName).Should().Be("Doe");
        file.Dataset[DicomTags.PatientName]!.VR.Should().Be(DicomVR.PN);
        file.Dataset.GetString(DicomTags.PatientID).Should().Be("ID");
        file.Warnings.Should().ContainSingle(w => w.Contains("no explicit VR"));
    }

    [Test]
    public async Task Read_OutOfOrderTags_SortedIntoPlace()
    {
        var b = DicomStreamBuilder.ExplicitLittle.Text(0x0010, 0x0010, "PN", "X ").Text(0x0008, 0x0060, "CS", "CT");

        var file = await ReadRaw(b);

        file.Dataset.Select(a => a.Tag).Should().Equal(DicomTags.Modality, DicomTags.PatientName);
    }

    [Test]
    public async Task Read_StrayItemDelimiterInSequence_ToleratedWithWarning()
    {
        var b = DicomStreamBuilder.ExplicitLittle.Header(0x0008, 0x1032, "SQ", 0xFFFFFFFF)
            .UndefinedItem(Code(DicomStreamBuilder.ExplicitLittle, "A")).ItemDelimiter().SequenceDelimiter();

        var file = await ReadRaw(b);

        file.Dataset.GetSequence(DicomTags.ProcedureCodeSequence).Should().ContainSingle();
        file.Warnings.Should().ContainSingle(w => w.Contains("stray item delimiter"));
    }

    [Test]
    public async Task Read_ItemClosedBySequenceDelimiter_ToleratedWithWarning()
    {
        var b = DicomStreamBuilder.ExplicitLittle.Header(0x0008, 0x1032, "SQ", 0xFFFFFFFF)
            .ItemHeader(0xFFFFFFFF).Raw(Code(DicomStreamBuilder.ExplicitLittle, "A")).SequenceDelimiter()
            .Text(0x0010, 0x0010, "PN", "X ");

        var file = await ReadRaw(b);

        file.Dataset.GetSequence(DicomTags.ProcedureCodeSequence).Should().ContainSingle();
        file.Dataset.GetString(DicomTags.PatientName).Should().Be("X");
        file.Warnings.Should().ContainSingle(w => w.Contains("closed by a sequence delimiter"));
    }

    [Test]
    public async Task Read_NonItemInSequence_ThrowsInvalidItem()
    {
        var b = DicomStreamBuilder.ExplicitLittle.Header(0x0008, 0x1032, "SQ", 0xFFFFFFFF).Text(0x0008, 0x0100, "SH", "AB").SequenceDelimiter();

        var ex = await FluentActions.Awaiting(() => ReadRaw(b)).Should().ThrowAsync<DicomFormatException>();

        ex.Which.Fault.Should().Be(DicomFormatFault.InvalidItem);
        ex.Which.Message.Should().Contain("byte offset");
    }

    [Test]
    public async Task Read_UndefinedLengthOnStringVR_ThrowsInvalidLength()
    {
        var b = DicomStreamBuilder.ExplicitLittle.Tag(0x0010, 0x0010).Raw("UT"u8).U16(0).U32(0xFFFFFFFF);

        var ex = await FluentActions.Awaiting(() => ReadRaw(b)).Should().ThrowAsync<DicomFormatException>();

        ex.Which.Fault.Should().Be(DicomFormatFault.InvalidLength);
    }

    [Test]
    public async Task Read_NestingBeyondLimit_ThrowsNestingTooDeep()
    {
        var inner = DicomStreamBuilder.ExplicitLittle.Text(0x0008, 0x0100, "SH", "X ");
        for (var i = 0; i < 10; i++)
            inner = DicomStreamBuilder.ExplicitLittle.Sequence(0x0040, 0xA730, false, inner);
        var options = new TeleRad.Dicom.IO.DicomReadOptions { MaxSequenceDepth = 5 };

        var bytes = Part10Bytes.File(Part10Bytes.ExplicitLE, inner.ToArray());

        var ex = await FluentActions.Awaiting(() => DicomFile.ReadAsync(new MemoryStream(bytes), options)).Should().ThrowAsync<DicomFormatException>();

        ex.Which.Fault.Should().Be(DicomFormatFault.NestingTooDeep);
        (await DicomFile.ReadAsync(new MemoryStream(bytes))).Dataset.Count.Should().Be(1);
    }

    [Test]
    public async Task Read_SequenceItemCountOverLimit_ThrowsLimitExceeded()
    {
        var b = DicomStreamBuilder.ExplicitLittle.Sequence(0x0008, 0x1032, false, new DicomStreamBuilder(), new DicomStreamBuilder(), new DicomStreamBuilder());
        var options = new TeleRad.Dicom.IO.DicomReadOptions { MaxItemsPerSequence = 2 };

        var ex = await FluentActions.Awaiting(() => DicomFile.ReadAsync(new MemoryStream(b.ToArray()), options)).Should().ThrowAsync<DicomFormatException>();

        ex.Which.Fault.Should().Be(DicomFormatFault.LimitExceeded);
    }

    [Test]
    public async Task Read_FragmentCountOverLimit_ThrowsLimitExceeded()
    {
        var options = new TeleRad.Dicom.IO.DicomReadOptions { MaxItemsPerSequence = 2 };
        var bytes = Part10Bytes.File(Part10Bytes.JpegBaseline, Encapsulated([], [1, 2], [3, 4], [5, 6]).ToArray());

        var ex = await FluentActions.Awaiting(() => DicomFile.ReadAsync(new MemoryStream(bytes), options)).Should().ThrowAsync<DicomFormatException>();

        ex.Which.Fault.Should().Be(DicomFormatFault.LimitExceeded);
    }
}
