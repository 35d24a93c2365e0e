using TeleRad.Dicom.IO;
using TeleRad.Dicom.Tests.Support;

namespace TeleRad.Dicom.Tests.IO;

/// <summary>File framing (PS3.10 section 7.1): preamble, "DICM", meta group, and data sets whose encoding is sniffed.</summary>
[TestFixture]
public sealed class DicomFileReaderTests
{
    private static Task<DicomFile> Read(byte[] bytes, DicomReadOptions? options = null) =>
        DicomFile.ReadAsync(new MemoryStream(bytes), options);

    /// <summary>A small data set in the builder's encoding: SOP class and instance, modality, name, rows.</summary>
    internal static DicomStreamBuilder Sample(DicomStreamBuilder b) => b
        .Text(0x0008, 0x0016, "UI", Part10Bytes.Uid(Part10Bytes.SecondaryCaptureStorage))
        .Text(0x0008, 0x0018, "UI", Part10Bytes.Uid(Part10Bytes.InstanceUid))
        .Text(0x0008, 0x0060, "CS", "OT")
        .Text(0x0010, 0x0010, "PN", "Doe^John")
        .US(0x0028, 0x0010, 512);

    private static void ShouldBeSample(DicomDataset ds)
    {
        ds.GetString(DicomTags.SOPClassUID).Should().Be(Part10Bytes.SecondaryCaptureStorage);
        ds.GetString(DicomTags.SOPInstanceUID).Should().Be(Part10Bytes.InstanceUid);
        ds.GetString(DicomTags.Modality).Should().Be("OT");
        ds.GetString(DicomTags.PatientName).Should().Be("Doe^John");
        ds.GetValues<ushort>(DicomTags.Rows).Should().Equal(512);
        ds.Count.Should().Be(5);
    }

    [Test]
    public async Task ReadAsync_Part10WithPreamble_ReadsMetaAndDataset()
    {
        var bytes = Part10Bytes.File(Part10Bytes.ExplicitLE, Sample(DicomStreamBuilder.ExplicitLittle).ToArray(), preambleByte: 0xAB);

        var file = await Read(bytes);

        file.Format.Should().Be(DicomFileFormat.Part10);
        file.Preamble.Should().HaveCount(128).And.OnlyContain(b => b == 0xAB);
        file.TransferSyntax.Should().BeSameAs(DicomTransferSyntax.ExplicitVRLittleEndian);
        file.FileMetaInformation.GetString(DicomTags.TransferSyntaxUID).Should().Be(Part10Bytes.ExplicitLE);
        file.FileMetaInformation.GetString(DicomTags.MediaStorageSOPClassUID).Should().Be(Part10Bytes.SecondaryCaptureStorage);
        file.FileMetaInformation.GetString(DicomTags.ImplementationVersionName).Should().Be("HANDMADE");
        file.FileMetaInformation.Should().OnlyContain(a => a.Tag.Group == 0x0002);
        file.IsComplete.Should().BeTrue();
        file.Warnings.Should().BeEmpty();
        file.Path.Should().BeNull();
        ShouldBeSample(file.Dataset);
    }

    [Test]
    public async Task ReadAsync_DicmWithoutPreamble_IsPart10WithoutPreamble()
    {
        byte[] bytes = [.. "DICM"u8, .. Part10Bytes.Meta(Part10Bytes.ExplicitLE).ToArray(), .. Sample(DicomStreamBuilder.ExplicitLittle).ToArray()];

        var file = await Read(bytes);

        file.Format.Should().Be(DicomFileFormat.Part10WithoutPreamble);
        file.Preamble.Should().BeNull();
        file.FileMetaInformation.GetString(DicomTags.TransferSyntaxUID).Should().Be(Part10Bytes.ExplicitLE);
        ShouldBeSample(file.Dataset);
    }

    [Test]
    public async Task ReadAsync_MetaGroupWithoutDicm_IsPart10WithoutPreamble()
    {
        byte[] bytes = [.. Part10Bytes.Meta(Part10Bytes.ImplicitLE).ToArray(), .. Sample(DicomStreamBuilder.ImplicitLittle).ToArray()];

        var file = await Read(bytes);

        file.Format.Should().Be(DicomFileFormat.Part10WithoutPreamble);
        file.TransferSyntax.Should().BeSameAs(DicomTransferSyntax.ImplicitVRLittleEndian);
        ShouldBeSample(file.Dataset);
    }

    [Test]
    public async Task ReadAsync_RawExplicitLittle_Sniffed()
    {
        var file = await Read(Sample(DicomStreamBuilder.ExplicitLittle).ToArray());

        file.Format.Should().Be(DicomFileFormat.RawDataset);
        file.FileMetaInformation.IsEmpty.Should().BeTrue();
        file.TransferSyntax.Should().BeSameAs(DicomTransferSyntax.ExplicitVRLittleEndian);
        file.Warnings.Should().BeEmpty();
        ShouldBeSample(file.Dataset);
    }

    [Test]
    public async Task ReadAsync_RawImplicitLittle_SniffedWithDictionaryVRs()
    {
        var file = await Read(Sample(DicomStreamBuilder.ImplicitLittle).ToArray());

        file.Format.Should().Be(DicomFileFormat.RawDataset);
        file.TransferSyntax.Should().BeSameAs(DicomTransferSyntax.ImplicitVRLittleEndian);
        ShouldBeSample(file.Dataset);
        file.Dataset[DicomTags.PatientName]!.VR.Should().Be(DicomVR.PN);
        file.Dataset[DicomTags.Rows]!.VR.Should().Be(DicomVR.US);
    }

    [Test]
    public async Task ReadAsync_RawExplicitBig_SniffedAndSwapped()
    {
        var file = await Read(Sample(DicomStreamBuilder.ExplicitBig).ToArray());

        file.TransferSyntax.Should().BeSameAs(DicomTransferSyntax.ExplicitVRBigEndian);
        ShouldBeSample(file.Dataset);
    }

    [Test]
    public async Task ReadAsync_MetaGroupLengthLies_IsIgnored([Values(0u, 10u, 100000u)] uint groupLength)
    {
        var bytes = Part10Bytes.File(Part10Bytes.ExplicitLE, Sample(DicomStreamBuilder.ExplicitLittle).ToArray(), groupLength: groupLength);

        var file = await Read(bytes);

        file.FileMetaInformation.GetString(DicomTags.TransferSyntaxUID).Should().Be(Part10Bytes.ExplicitLE);
        ShouldBeSample(file.Dataset);
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task ReadAsync_MissingTransferSyntax_SniffedWithWarning(bool implicitVR)
    {
        var dataset = Sample(new DicomStreamBuilder(explicitVR: !implicitVR)).ToArray();

        var file = await Read(Part10Bytes.File(null, dataset));

        file.TransferSyntax.IsExplicitVR.Should().Be(!implicitVR);
        file.Warnings.Should().ContainSingle(w => w.Contains("no transfer syntax"));
        ShouldBeSample(file.Dataset);
    }

    [Test]
    public async Task ReadAsync_MissingTransferSyntaxBigEndianData_Sniffed()
    {
        var file = await Read(Part10Bytes.File(null, Sample(DicomStreamBuilder.ExplicitBig).ToArray()));

        file.TransferSyntax.Should().BeSameAs(DicomTransferSyntax.ExplicitVRBigEndian);
        ShouldBeSample(file.Dataset);
    }

    [Test]
    public async Task ReadAsync_UnknownTransferSyntax_ReadAsExplicitLittleWithWarning()
    {
        var file = await Read(Part10Bytes.File("1.2.3.4.5.6.7", Sample(DicomStreamBuilder.ExplicitLittle).ToArray()));

        file.TransferSyntax.IsUnknown.Should().BeTrue();
        file.Warnings.Should().ContainSingle(w => w.Contains("unknown transfer syntax"));
        ShouldBeSample(file.Dataset);
    }

    [Test]
    public async Task ReadAsync_MetaOnly_EmptyDataset()
    {
        var file = await Read(Part10Bytes.File(Part10Bytes.ExplicitLE, []));

        file.Dataset.IsEmpty.Should().BeTrue();
        file.IsComplete.Should().BeTrue();
    }

    [Test]
    public async Task ReadAsync_MetaElementsInDataset_StayInMeta()
    {
        // The meta group ends where group 0002 ends, whatever (0002,0000) says.
        var file = await Read(Part10Bytes.File(Part10Bytes.ExplicitLE, Sample(DicomStreamBuilder.ExplicitLittle).ToArray()));

        file.Dataset.Should().NotContain(a => a.Tag.Group == 0x0002);
        file.FileMetaInformation.Count.Should().Be(7);
    }

    [TestCase(new byte[0])]
    [TestCase(new byte[] { 1, 2, 3 })]
    [TestCase(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00 })]
    public async Task ReadAsync_NotDicom_ThrowsNotDicom(byte[] bytes)
    {
        var ex = await FluentActions.Awaiting(() => Read(bytes)).Should().ThrowAsync<DicomFormatException>();

        ex.Which.Fault.Should().Be(DicomFormatFault.NotDicom);
    }

    [Test]
    public async Task ReadAsync_TextFile_ThrowsNotDicom()
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes(new string('x', 300));

        var ex = await FluentActions.Awaiting(() => Read(bytes)).Should().ThrowAsync<DicomFormatException>();

        ex.Which.Fault.Should().Be(DicomFormatFault.NotDicom);
    }

    [Test]
    public async Task ReadAsync_PreambleAndDicmOnly_ThrowsTruncated()
    {
        byte[] bytes = [.. new byte[128], .. "DICM"u8];

        var ex = await FluentActions.Awaiting(() => Read(bytes)).Should().ThrowAsync<DicomFormatException>();

        ex.Which.Fault.Should().Be(DicomFormatFault.Truncated);
    }

    [Test]
    public async Task ReadAsync_ZeroFilledBytes_IsNotADataset()
    {
        // A zero preamble cut short before "DICM" must not be taken for a data set of (0000,0000) elements.
        var ex = await FluentActions.Awaiting(() => Read(new byte[100])).Should().ThrowAsync<DicomFormatException>();

        ex.Which.Fault.Should().Be(DicomFormatFault.NotDicom);
    }

    [Test]
    public async Task ReadAsync_TrailingNulPadding_ToleratedWithWarning()
    {
        byte[] bytes = [.. Part10Bytes.File(Part10Bytes.ExplicitLE, Sample(DicomStreamBuilder.ExplicitLittle).ToArray()), 0, 0];

        var file = await Read(bytes);

        ShouldBeSample(file.Dataset);
        file.Warnings.Should().ContainSingle(w => w.Contains("padding"));
    }

    [Test]
    public async Task OpenAsync_File_SetsPathAndReads()
    {
        using var dir = new TempDirectory();
        var path = await dir.WriteAsync("a.dcm", Part10Bytes.File(Part10Bytes.ExplicitLE, Sample(DicomStreamBuilder.ExplicitLittle).ToArray()));

        var file = await DicomFile.OpenAsync(path);

        file.Path.Should().Be(Path.GetFullPath(path));
        file.Format.Should().Be(DicomFileFormat.Part10);
        ShouldBeSample(file.Dataset);
    }

    [Test]
    public async Task OpenAsync_MissingFile_ThrowsFileNotFound()
    {
        using var dir = new TempDirectory();

        await FluentActions.Awaiting(() => DicomFile.OpenAsync(dir.File("missing.dcm"))).Should().ThrowAsync<FileNotFoundException>();
    }

    [Test]
    public async Task ReadAsync_StreamPositionedMidway_ReadsFromThere()
    {
        var dataset = Sample(DicomStreamBuilder.ExplicitLittle).ToArray();
        var stream = new MemoryStream([.. new byte[] { 9, 9, 9 }, .. Part10Bytes.File(Part10Bytes.ExplicitLE, dataset)]) { Position = 3 };

        var file = await DicomFile.ReadAsync(stream);

        ShouldBeSample(file.Dataset);
        file.Dataset[DicomTags.PatientName]!.StreamOffset.Should().BeGreaterThan(132);
    }

    [Test]
    public async Task ReadAsync_ElementsCarryStreamOffsets()
    {
        var meta = Part10Bytes.Meta(Part10Bytes.ExplicitLE).ToArray();
        var bytes = Part10Bytes.File(Part10Bytes.ExplicitLE, DicomStreamBuilder.ExplicitLittle.Text(0x0010, 0x0010, "PN", "Doe^John").ToArray());

        var file = await Read(bytes);

        var name = file.Dataset[DicomTags.PatientName]!;
        name.StreamOffset.Should().Be(132 + meta.Length + 8);
        name.StreamLength.Should().Be(8);
    }
}
