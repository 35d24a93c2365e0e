using TeleRad.Tests.Shared;
using TeleRad.Dicom;
using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Corpus;

/// <summary>
/// Our reader reads every file pydicom ships as test data and every DCMTK-made
/// variant, and refuses the deliberately broken and non-DICOM ones with a
/// clear error (<see cref="ExpectedReadFailures"/>).
/// </summary>
[TestFixture]
[Category("Interop")]
public sealed class CorpusReadTests
{
    private static IEnumerable<TestCaseData> ReadableFiles() =>
        CorpusCatalog.ReadableKeys().Select(key => new TestCaseData(key).SetArgDisplayNames(key));

    // The last directory record item of this DICOMDIR claims 248 bytes where
    // 224 remain. From a file (length known) the reader cuts the item at the
    // end of the file and warns, as DCMTK and pydicom read it; a forward-only
    // stream of unknown length cannot tell a lying length from a transfer cut
    // short, so it fails there by design ("an unknown-length stream cannot be
    // cut to fit", DicomFileReaderTruncationTests).
    private const string CutOnlyFromFile = "test_files/dicomdirtests/DICOMDIR-nooffset";

    private static IEnumerable<TestCaseData> StreamReadableFiles() =>
        CorpusCatalog.ReadableKeys().Where(key => key != CutOnlyFromFile).Select(key => new TestCaseData(key).SetArgDisplayNames(key));

    private static IEnumerable<TestCaseData> BrokenFiles() =>
        ExpectedReadFailures.Keys.Order(StringComparer.Ordinal).Select(key => new TestCaseData(key).SetArgDisplayNames(key));

    [TestCaseSource(nameof(ReadableFiles))]
    public async Task OpenAsync_CorpusFile_ReadsWholeFile(string key)
    {
        var file = await DicomFile.OpenAsync(CorpusCatalog.PathOf(key));

        file.IsComplete.Should().BeTrue();
        file.Dataset.Should().NotBeEmpty();
        if (file.Format != DicomFileFormat.RawDataset && file.FileMetaInformation.GetString(DicomTags.TransferSyntaxUID) is { Length: > 0 } uid)
        {
            file.TransferSyntax.Uid.Should().Be(uid);
        }
    }

    [Test]
    public async Task OpenAsync_DcmtkVariant_HasItsKindsTransferSyntax()
    {
        var variants = await TestCorpus.EnsureVariantsAsync();

        foreach (var variant in variants)
        {
            var file = await DicomFile.OpenAsync(variant.Path);
            file.TransferSyntax.Uid.Should().Be(variant.Kind.TransferSyntaxUid, variant.ToString());
        }
    }

    [TestCaseSource(nameof(StreamReadableFiles))]
    public async Task ReadAsync_CorpusFileAsForwardOnlyStream_ReadsSameAsFromFile(string key)
    {
        var path = CorpusCatalog.PathOf(key);
        var fromFile = await DicomFile.OpenAsync(path);
        await using var stream = new NonSeekableStream(File.OpenRead(path));

        var fromStream = await DicomFile.ReadAsync(stream);

        fromStream.TransferSyntax.Uid.Should().Be(fromFile.TransferSyntax.Uid);
        fromStream.Format.Should().Be(fromFile.Format);
        (await DatasetDifferences.FindAsync(fromStream.FileMetaInformation, fromFile.FileMetaInformation)).Should().BeEmpty();
        (await DatasetDifferences.FindAsync(fromStream.Dataset, fromFile.Dataset)).Should().BeEmpty();
    }

    [TestCaseSource(nameof(BrokenFiles))]
    public async Task OpenAsync_BrokenOrNonDicomFile_FailsWithExpectedFaultAndOffset(string key)
    {
        var path = CorpusCatalog.PathOf(key);

        var open = () => DicomFile.OpenAsync(path);

        var error = (await open.Should().ThrowAsync<DicomFormatException>()).Which;
        error.Fault.Should().Be(ExpectedReadFailures.FaultOf(key));
        error.Offset.Should().BeInRange(0, new FileInfo(path).Length);
        error.Message.Should().Contain($"at byte offset {error.Offset}");
    }

    [Test]
    public async Task ReadAsync_DicomDirWithItemPastEndAsForwardOnlyStream_FailsTruncatedWhileFileIsCut()
    {
        var path = CorpusCatalog.PathOf(CutOnlyFromFile);
        var fromFile = await DicomFile.OpenAsync(path);
        await using var stream = new NonSeekableStream(File.OpenRead(path));

        var read = () => DicomFile.ReadAsync(stream);

        fromFile.Warnings.Should().Contain(w => w.Contains("cut at the end of the stream", StringComparison.Ordinal));
        var error = (await read.Should().ThrowAsync<DicomFormatException>()).Which;
        error.Fault.Should().Be(DicomFormatFault.Truncated);
        error.Offset.Should().Be(new FileInfo(path).Length);
    }

    [TestCaseSource(nameof(BrokenFiles))]
    public async Task Dcmdump_BrokenOrNonDicomFile_RefusesItToo(string key)
    {
        var result = await PeerProcess.RunAsync("dcmdump", ["-q", CorpusCatalog.PathOf(key)], TimeSpan.FromMinutes(1));

        result.TimedOut.Should().BeFalse();
        result.ExitCode.Should().NotBe(0, $"DCMTK should not read {key} either");
    }

    [Test]
    public async Task Pydicom_NoMetaFile_YieldsOnlyOneGarbageElement()
    {
        // Substantiates the comment in ExpectedReadFailures: even forced,
        // pydicom makes a single UN element of a tag shifted by the stray byte.
        var result = (await PydicomPeer.JsonAsync([CorpusCatalog.PathOf("test_files/no_meta.dcm")])).Single();

        result.GetProperty("ok").GetBoolean().Should().BeTrue();
        var elements = result.GetProperty("json").EnumerateObject().ToList();
        elements.Should().ContainSingle().Which.Name.Should().Be("08200500");
        elements[0].Value.GetProperty("vr").GetString().Should().Be("UN");
    }

    [TestCaseSource(nameof(BrokenFiles))]
    public async Task ReadAsync_BrokenOrNonDicomFileAsForwardOnlyStream_FailsWithExpectedFaultAndOffset(string key)
    {
        var path = CorpusCatalog.PathOf(key);
        await using var stream = new NonSeekableStream(File.OpenRead(path));

        var read = () => DicomFile.ReadAsync(stream);

        var error = (await read.Should().ThrowAsync<DicomFormatException>()).Which;
        // A forward-only stream does not tell how many bytes are left, so a
        // value longer than the rest is only found when the stream ends.
        var expected = ExpectedReadFailures.FaultOf(key) == DicomFormatFault.LengthExceedsContainer
            ? DicomFormatFault.Truncated
            : ExpectedReadFailures.FaultOf(key);
        error.Fault.Should().Be(expected);
        error.Offset.Should().BeInRange(0, new FileInfo(path).Length);
        error.Message.Should().Contain($"at byte offset {error.Offset}");
    }
}
