using System.Buffers;
using TeleRad.Dicom.Network.Dimse;
using TeleRad.Dicom.Network.Storage;
using TeleRad.Dicom.Network.Tests.Support;

namespace TeleRad.Dicom.Network.Tests.Storage;

[TestFixture]
[Category("Unit")]
public sealed class FileStoreSinkTests
{
    private string _directory = null!;

    [SetUp]
    public void SetUp() => _directory = Directory.CreateTempSubdirectory("telerad-sink-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_directory, recursive: true);

    private static StoreRequestInfo Info(string sopInstanceUid, DicomTransferSyntax syntax) => new()
    {
        AssociationId = Guid.NewGuid(),
        CallingAETitle = "MODALITY",
        CalledAETitle = "TELERAD",
        SopClassUid = "1.2.840.10008.5.1.4.1.1.2",
        SopInstanceUid = sopInstanceUid,
        TransferSyntax = syntax,
        MessageId = 1,
    };

    [TestCase(true)]
    [TestCase(false)]
    public async Task Commit_WritesAPart10FileTheToolkitReadsBack(bool durable)
    {
        var original = await DicomFile.OpenAsync(TestFiles.Path("CT_small.dcm"));
        using var data = new MemoryStream();
        await DicomFile.WriteDatasetAsync(data, original.Dataset, original.TransferSyntax);
        var sink = new FileStoreSink(_directory, durable);

        var target = await sink.BeginAsync(Info("1.2.3.4", original.TransferSyntax), CancellationToken.None);
        var bytes = data.ToArray();
        await target.WriteAsync(new ReadOnlySequence<byte>(bytes, 0, 1000), CancellationToken.None);
        await target.WriteAsync(Bytes.Segmented(bytes[1000..], 777), CancellationToken.None);
        var status = await target.CommitAsync(CancellationToken.None);

        status.Should().Be(DimseStatus.Success);
        Directory.GetFiles(_directory).Select(Path.GetFileName).Should().Equal("1.2.3.4.dcm");
        var stored = await DicomFile.OpenAsync(Path.Combine(_directory, "1.2.3.4.dcm"));
        stored.Format.Should().Be(DicomFileFormat.Part10);
        stored.TransferSyntax.Should().Be(original.TransferSyntax);
        stored.FileMetaInformation.GetString(DicomTags.MediaStorageSOPInstanceUID).Should().Be("1.2.3.4");
        stored.FileMetaInformation.GetString(DicomTags.MediaStorageSOPClassUID).Should().Be("1.2.840.10008.5.1.4.1.1.2");
        stored.FileMetaInformation.GetString(DicomTags.SourceApplicationEntityTitle).Should().Be("MODALITY");
        stored.FileMetaInformation.GetString(DicomTags.ImplementationClassUID).Should().Be(DicomImplementation.ClassUid);
        await DatasetAssert.EquivalentAsync(original.Dataset, stored.Dataset);
    }

    [Test]
    public async Task Abort_LeavesNoFile()
    {
        var sink = new FileStoreSink(_directory);
        var target = await sink.BeginAsync(Info("1.2.3.4", DicomTransferSyntax.ExplicitVRLittleEndian), CancellationToken.None);
        await target.WriteAsync(new ReadOnlySequence<byte>(new byte[100]), CancellationToken.None);

        await target.AbortAsync(CancellationToken.None);

        Directory.GetFiles(_directory).Should().BeEmpty();
    }

    [Test]
    public async Task Commit_SameInstanceAgain_ReplacesTheFile()
    {
        var sink = new FileStoreSink(_directory, durable: false);
        foreach (var size in new[] { 10, 20 })
        {
            var target = await sink.BeginAsync(Info("1.2.3.4", DicomTransferSyntax.ExplicitVRLittleEndian), CancellationToken.None);
            await target.WriteAsync(new ReadOnlySequence<byte>(new byte[size]), CancellationToken.None);
            await target.CommitAsync(CancellationToken.None);
        }

        var files = Directory.GetFiles(_directory);
        files.Should().ContainSingle();
        var header = FileMetaWriter.Build("1.2.840.10008.5.1.4.1.1.2", "1.2.3.4", DicomTransferSyntax.ExplicitVRLittleEndian.Uid, "MODALITY").Length;
        new FileInfo(files[0]).Length.Should().Be(header + 20);
    }

    [TestCase("../../etc/passwd")]
    [TestCase("1.2/3")]
    [TestCase(".1.2")]
    [TestCase("")]
    [TestCase("1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.19.20.21.22.23.24.25.26.27.28")]
    public async Task Begin_UidThatIsNotAUid_IsRefusedWithoutTouchingTheDisk(string uid)
    {
        var sink = new FileStoreSink(_directory);

        var target = await sink.BeginAsync(Info(uid, DicomTransferSyntax.ExplicitVRLittleEndian), CancellationToken.None);
        await target.WriteAsync(new ReadOnlySequence<byte>(new byte[4]), CancellationToken.None);

        (await target.CommitAsync(CancellationToken.None)).Should().Be(DimseStatus.CannotUnderstand);
        Directory.GetFileSystemEntries(_directory).Should().BeEmpty();
    }
}
