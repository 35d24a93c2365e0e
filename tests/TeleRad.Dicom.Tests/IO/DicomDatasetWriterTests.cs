using System.IO.Compression;
using System.Text;
using TeleRad.Dicom.IO;
using TeleRad.Dicom.Tests.Support;
using TeleRad.Dicom.Values;

namespace TeleRad.Dicom.Tests.IO;

/// <summary>Encoding data sets (PS3.5 section 7) in the native syntaxes, checked by re-reading and against hand-computed bytes.</summary>
[TestFixture]
public sealed class DicomDatasetWriterTests
{
    private static IEnumerable<TestCaseData> NativeSyntaxes() =>
        DicomTransferSyntax.Uncompressed.Select(ts => new TestCaseData(ts.Uid).SetArgDisplayNames(ts.Name.Replace(' ', '_')));

    private static async Task<byte[]> WriteFileAsync(DicomFile file, DicomWriteOptions? options = null)
    {
        using var ms = new MemoryStream();
        await file.WriteAsync(ms, options);
        return ms.ToArray();
    }

    private static async Task<byte[]> WriteDatasetAsync(DicomDataset ds, DicomTransferSyntax syntax, DicomSequenceLengthMode mode = DicomSequenceLengthMode.AsRead)
    {
        using var ms = new MemoryStream();
        await DicomFile.WriteDatasetAsync(ms, ds, syntax, new DicomWriteOptions { SequenceLengths = mode });
        return ms.ToArray();
    }

    [TestCaseSource(nameof(NativeSyntaxes))]
    public async Task WriteAsync_RichDataset_ReReadsToSameValues(string uid)
    {
        var syntax = DicomTransferSyntax.Parse(uid);
        var original = RichDataset.Create();

        var bytes = await WriteFileAsync(new DicomFile(original), new DicomWriteOptions { TransferSyntax = syntax });
        var read = await DicomFile.ReadAsync(new MemoryStream(bytes));

        read.TransferSyntax.Should().BeSameAs(syntax);
        read.Warnings.Should().BeEmpty();
        RichDataset.ShouldMatch(read.Dataset, original, implicitVR: !syntax.IsExplicitVR);
        read.Dataset.GetString(DicomTags.PatientName).Should().Be("Müller^Jürgen=^=Mueller^Juergen");
        read.Dataset.GetSequence(DicomTags.ContentSequence)[1].GetString(DicomTags.PatientName).Should().Be("Ärzte^Ödön");
        read.Dataset.GetValues<ushort>(DicomTag.PixelData).Should().Equal(0x0102, 0x0304, 0x0506, 0xFFFF);
    }

    [TestCaseSource(nameof(NativeSyntaxes))]
    public async Task WriteAsync_ReadThenWriteAgain_IsByteIdentical(string uid)
    {
        var syntax = DicomTransferSyntax.Parse(uid);
        var first = await WriteFileAsync(new DicomFile(RichDataset.Create()), new DicomWriteOptions { TransferSyntax = syntax });

        var again = await WriteFileAsync(await DicomFile.ReadAsync(new MemoryStream(first)));

        again.Should().Equal(first);
    }

    [TestCaseSource(nameof(NativeSyntaxes))]
    public async Task WriteAsync_TranscodeBetweenNativeSyntaxes_KeepsValues(string uid)
    {
        var original = RichDataset.Create();
        foreach (var from in DicomTransferSyntax.Uncompressed)
        {
            var fromBytes = await WriteFileAsync(new DicomFile(original), new DicomWriteOptions { TransferSyntax = from });
            var fromFile = await DicomFile.ReadAsync(new MemoryStream(fromBytes));

            var toBytes = await WriteFileAsync(fromFile, new DicomWriteOptions { TransferSyntax = DicomTransferSyntax.Parse(uid) });
            var read = await DicomFile.ReadAsync(new MemoryStream(toBytes));

            // Implicit VR loses the VRs of private elements (they come back as UN) but never their bytes.
            var implicitSomewhere = !from.IsExplicitVR || !read.TransferSyntax.IsExplicitVR;
            RichDataset.ShouldMatch(read.Dataset, original, implicitSomewhere);
        }
    }

    [TestCaseSource(nameof(NativeSyntaxes))]
    public async Task WriteAsync_DefinedAndUndefinedModes_ReReadWithThatForm(string uid)
    {
        var syntax = DicomTransferSyntax.Parse(uid);
        foreach (var mode in new[] { DicomSequenceLengthMode.Defined, DicomSequenceLengthMode.Undefined })
        {
            var bytes = await WriteFileAsync(new DicomFile(RichDataset.Create()), new DicomWriteOptions { TransferSyntax = syntax, SequenceLengths = mode });
            var read = await DicomFile.ReadAsync(new MemoryStream(bytes));

            var undefined = mode == DicomSequenceLengthMode.Undefined;
            var seq = (DicomSequence)read.Dataset[DicomTags.ContentSequence]!;
            seq.UndefinedLength.Should().Be(undefined);
            seq.Items.Should().OnlyContain(i => i.UndefinedLength == undefined);
            ((DicomSequence)seq.Items[0][DicomTags.ConceptNameCodeSequence]!).UndefinedLength.Should().Be(undefined);
            RichDataset.ShouldMatch(read.Dataset, RichDataset.Create(), !syntax.IsExplicitVR);
        }
    }

    private static DicomDataset SmallSequence(bool sequenceUndefined, bool itemUndefined)
    {
        var item = new DicomDataset { UndefinedLength = itemUndefined };
        item.SetString(DicomTags.CodeValue, DicomVR.SH, "AB");
        var ds = new DicomDataset();
        ds.SetSequence(DicomTags.ProcedureCodeSequence, item).UndefinedLength = sequenceUndefined;
        return ds;
    }

    private static readonly byte[] SqHeader = [0x08, 0x00, 0x32, 0x10, (byte)'S', (byte)'Q', 0, 0];
    private static readonly byte[] Content = [0x08, 0x00, 0x00, 0x01, (byte)'S', (byte)'H', 0x02, 0x00, (byte)'A', (byte)'B'];
    private static readonly byte[] ItemTag = [0xFE, 0xFF, 0x00, 0xE0];
    private static readonly byte[] ItemDelimiter = [0xFE, 0xFF, 0x0D, 0xE0, 0, 0, 0, 0];
    private static readonly byte[] SequenceDelimiter = [0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0];
    private static readonly byte[] Undefined = [0xFF, 0xFF, 0xFF, 0xFF];

    [Test]
    public async Task WriteDatasetAsync_Defined_ExactBytes()
    {
        // Item: 8-byte header + 10-byte element = 18; sequence value = 18 bytes (0x12); item value = 10 (0x0A).
        byte[] expected = [.. SqHeader, 0x12, 0, 0, 0, .. ItemTag, 0x0A, 0, 0, 0, .. Content];

        var bytes = await WriteDatasetAsync(SmallSequence(true, true), DicomTransferSyntax.ExplicitVRLittleEndian, DicomSequenceLengthMode.Defined);

        bytes.Should().Equal(expected);
    }

    [Test]
    public async Task WriteDatasetAsync_Undefined_ExactBytes()
    {
        byte[] expected = [.. SqHeader, .. Undefined, .. ItemTag, .. Undefined, .. Content, .. ItemDelimiter, .. SequenceDelimiter];

        var bytes = await WriteDatasetAsync(SmallSequence(false, false), DicomTransferSyntax.ExplicitVRLittleEndian, DicomSequenceLengthMode.Undefined);

        bytes.Should().Equal(expected);
    }

    [Test]
    public async Task WriteDatasetAsync_AsReadMixed_ExactBytes()
    {
        // Defined sequence holding an undefined item: 8 + 10 + 8 (delimiter) = 26 (0x1A).
        byte[] expected = [.. SqHeader, 0x1A, 0, 0, 0, .. ItemTag, .. Undefined, .. Content, .. ItemDelimiter];

        var bytes = await WriteDatasetAsync(SmallSequence(sequenceUndefined: false, itemUndefined: true), DicomTransferSyntax.ExplicitVRLittleEndian);

        bytes.Should().Equal(expected);
    }

    [Test]
    public async Task WriteDatasetAsync_ImplicitDefined_ExactBytes()
    {
        // Implicit VR: 4-byte tag, 4-byte length, no VR (PS3.5 7.1.3). Element 10, item 18 (0x12).
        byte[] expected =
        [
            0x08, 0x00, 0x32, 0x10, 0x12, 0, 0, 0,
            .. ItemTag, 0x0A, 0, 0, 0,
            0x08, 0x00, 0x00, 0x01, 0x02, 0, 0, 0, (byte)'A', (byte)'B',
        ];

        var bytes = await WriteDatasetAsync(SmallSequence(true, true), DicomTransferSyntax.ImplicitVRLittleEndian, DicomSequenceLengthMode.Defined);

        bytes.Should().Equal(expected);
    }

    [Test]
    public async Task WriteDatasetAsync_BigEndian_ExactBytes()
    {
        var ds = new DicomDataset().SetValues<ushort>(DicomTags.Rows, DicomVR.US, [0x0102]);
        ds.SetAttributeTags(DicomTags.FrameIncrementPointer, new DicomTag(0x0018, 0x1063));
        ds.SetString(DicomTags.CodeValue, DicomVR.SH, "AB");
        byte[] expected =
        [
            0x00, 0x08, 0x01, 0x00, (byte)'S', (byte)'H', 0x00, 0x02, (byte)'A', (byte)'B',
            0x00, 0x28, 0x00, 0x09, (byte)'A', (byte)'T', 0x00, 0x04, 0x00, 0x18, 0x10, 0x63,
            0x00, 0x28, 0x00, 0x10, (byte)'U', (byte)'S', 0x00, 0x02, 0x01, 0x02,
        ];

        var bytes = await WriteDatasetAsync(ds, DicomTransferSyntax.ExplicitVRBigEndian);

        bytes.Should().Equal(expected);
    }

    [Test]
    public async Task WriteDatasetAsync_OddLengthValues_PaddedPerVR()
    {
        var ds = new DicomDataset();
        ds.Add(new DicomElement(DicomTags.StudyInstanceUID, DicomVR.UI, DicomBuffer.FromBytes("1.2.3"u8.ToArray())));
        ds.Add(new DicomElement(DicomTags.PatientID, DicomVR.LO, DicomBuffer.FromBytes("ABC"u8.ToArray())));
        ds.Add(new DicomElement(DicomTags.EncapsulatedDocument, DicomVR.OB, DicomBuffer.FromBytes(new byte[] { 9 })));
        byte[] expected =
        [
            0x10, 0x00, 0x20, 0x00, (byte)'L', (byte)'O', 4, 0, (byte)'A', (byte)'B', (byte)'C', (byte)' ',
            0x20, 0x00, 0x0D, 0x00, (byte)'U', (byte)'I', 6, 0, (byte)'1', (byte)'.', (byte)'2', (byte)'.', (byte)'3', 0,
            0x42, 0x00, 0x11, 0x00, (byte)'O', (byte)'B', 0, 0, 2, 0, 0, 0, 9, 0,
        ];

        var bytes = await WriteDatasetAsync(ds, DicomTransferSyntax.ExplicitVRLittleEndian);

        bytes.Should().Equal(expected);
    }

    [Test]
    public async Task WriteDatasetAsync_GroupLengthsAndMetaElements_Dropped()
    {
        var ds = new DicomDataset();
        ds.SetValues<uint>(new DicomTag(0x0008, 0x0000), DicomVR.UL, [999]);
        ds.SetValues<uint>(new DicomTag(0x0002, 0x0000), DicomVR.UL, [999]);
        ds.SetString(DicomTags.TransferSyntaxUID, DicomVR.UI, "1.2.840.10008.1.2");
        ds.SetString(DicomTags.Modality, DicomVR.CS, "CT");

        var bytes = await WriteDatasetAsync(ds, DicomTransferSyntax.ExplicitVRLittleEndian);

        bytes.Should().Equal(0x08, 0x00, 0x60, 0x00, (byte)'C', (byte)'S', 2, 0, (byte)'C', (byte)'T');
    }

    [Test]
    public async Task WriteDatasetAsync_LongValueOfShortLengthVR_WrittenAsUN()
    {
        // PS3.5 6.2.2: a value too long for a 16-bit length is sent as UN in explicit VR.
        var text = new string('x', 70_000);
        var ds = new DicomDataset().SetString(DicomTags.AdditionalPatientHistory, DicomVR.LT, text);

        var bytes = await WriteDatasetAsync(ds, DicomTransferSyntax.ExplicitVRLittleEndian);

        bytes[..12].Should().Equal(0x10, 0x00, 0xB0, 0x21, (byte)'U', (byte)'N', 0, 0, 0x70, 0x11, 0x01, 0x00);
        var read = await DicomFile.ReadAsync(new MemoryStream(bytes));
        read.Dataset[DicomTags.AdditionalPatientHistory]!.VR.Should().Be(DicomVR.LT, "an explicit UN with a known tag reads with the dictionary VR");
        read.Dataset.GetString(DicomTags.AdditionalPatientHistory).Should().Be(text);
    }

    [Test]
    public async Task WriteDatasetAsync_ValueOf65534Bytes_KeepsItsVR()
    {
        var ds = new DicomDataset().SetString(DicomTags.AdditionalPatientHistory, DicomVR.LT, new string('y', 65_534));

        var bytes = await WriteDatasetAsync(ds, DicomTransferSyntax.ExplicitVRLittleEndian);

        bytes[..8].Should().Equal(0x10, 0x00, 0xB0, 0x21, (byte)'L', (byte)'T', 0xFE, 0xFF);
    }

    [Test]
    public async Task WriteDatasetAsync_LongValueImplicit_KeepsLength()
    {
        var ds = new DicomDataset().SetString(DicomTags.AdditionalPatientHistory, DicomVR.LT, new string('x', 70_000));

        var bytes = await WriteDatasetAsync(ds, DicomTransferSyntax.ImplicitVRLittleEndian);

        bytes[..8].Should().Equal(0x10, 0x00, 0xB0, 0x21, 0x70, 0x11, 0x01, 0x00);
    }

    [Test]
    public async Task WriteDatasetAsync_Deflated_IsDeflatedExplicitLittle()
    {
        var ds = RichDataset.Create();
        var plain = await WriteDatasetAsync(ds, DicomTransferSyntax.ExplicitVRLittleEndian);

        var deflated = await WriteDatasetAsync(ds, DicomTransferSyntax.DeflatedExplicitVRLittleEndian);

        using var inflate = new DeflateStream(new MemoryStream(deflated), CompressionMode.Decompress);
        using var inflated = new MemoryStream();
        await inflate.CopyToAsync(inflated);
        inflated.ToArray().Should().Equal(plain);
    }

    [Test]
    public async Task WriteDatasetAsync_FragmentsInNativeSyntax_UnsupportedEncoding()
    {
        var ds = new DicomDataset();
        ds.Add(new DicomFragmentSequence(DicomTag.PixelData, DicomVR.OB, DicomBuffer.Empty, [DicomBuffer.FromBytes(new byte[] { 1, 2 })]));

        var ex = await FluentActions.Awaiting(() => WriteDatasetAsync(ds, DicomTransferSyntax.ExplicitVRLittleEndian)).Should().ThrowAsync<DicomFormatException>();

        ex.Which.Fault.Should().Be(DicomFormatFault.UnsupportedEncoding);
    }

    [Test]
    public async Task WriteDatasetAsync_EncapsulatedOddFragment_PaddedWithZero()
    {
        var ds = new DicomDataset();
        ds.Add(new DicomFragmentSequence(DicomTag.PixelData, DicomVR.OB, DicomBuffer.Empty, [DicomBuffer.FromBytes(new byte[] { 1, 2, 3 })]));
        byte[] expected =
        [
            0xE0, 0x7F, 0x10, 0x00, (byte)'O', (byte)'B', 0, 0, .. Undefined,
            .. ItemTag, 0, 0, 0, 0,
            .. ItemTag, 4, 0, 0, 0, 1, 2, 3, 0,
            .. SequenceDelimiter,
        ];

        var bytes = await WriteDatasetAsync(ds, DicomTransferSyntax.JpegBaseline);

        bytes.Should().Equal(expected);
    }

    [Test]
    public async Task WriteDatasetAsync_DefinedItemWithFragmentsAndLargeValues_LengthsAddUp()
    {
        // Defined lengths are computed before writing; re-reading proves every length field matched its content.
        var inner = new DicomDataset().SetString(DicomTags.AdditionalPatientHistory, DicomVR.LT, new string('z', 70_001));
        inner.SetBytes(DicomTags.EncapsulatedDocument, DicomVR.OB, new byte[100_001]);
        var ds = new DicomDataset();
        ds.SetSequence(DicomTags.ReferencedSeriesSequence, inner);
        ds.SetString(DicomTags.PatientID, DicomVR.LO, "after");

        var bytes = await WriteDatasetAsync(ds, DicomTransferSyntax.ExplicitVRLittleEndian, DicomSequenceLengthMode.Defined);

        var read = await DicomFile.ReadAsync(new MemoryStream(bytes));
        read.Warnings.Should().BeEmpty();
        read.Dataset.GetString(DicomTags.PatientID).Should().Be("after");
        read.Dataset.GetSequence(DicomTags.ReferencedSeriesSequence)[0].GetString(DicomTags.AdditionalPatientHistory).Should().HaveLength(70_001);
    }
}
