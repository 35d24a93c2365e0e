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
}
