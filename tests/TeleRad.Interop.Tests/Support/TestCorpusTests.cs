namespace TeleRad.Interop.Tests.Support;

[TestFixture]
[Category("Interop")]
public sealed class TestCorpusTests
{
    [Test]
    public void TestFiles_Always_ListsTopLevelAndNestedDcmFiles()
    {
        var files = TestCorpus.TestFiles();

        files.Should().Contain(TestCorpus.TestFile("CT_small.dcm"));
        files.Should().Contain(TestCorpus.TestFile(Path.Combine("dicomdirtests", "DICOMDIR-empty.dcm")));
        files.Should().OnlyContain(f => f.EndsWith(".dcm", StringComparison.Ordinal));
    }

    [Test]
    public void DicomDirTestFiles_Always_IncludesExtensionlessDicomdir()
    {
        var files = TestCorpus.DicomDirTestFiles();

        files.Should().Contain(TestCorpus.TestFile(Path.Combine("dicomdirtests", "TINY_ALPHA", "DICOMDIR")));
    }

    [Test]
    public void CharsetFiles_Always_ListsCharsetExamples()
    {
        var files = TestCorpus.CharsetFiles();

        files.Should().Contain(TestCorpus.CharsetFile("chrH31.dcm"));
        files.Should().NotContain(f => f.EndsWith(".txt", StringComparison.Ordinal));
    }

    [Test]
    public void TestFile_MissingName_ThrowsNamingIt()
    {
        var act = () => TestCorpus.TestFile("no_such_file.dcm");

        act.Should().Throw<FileNotFoundException>().WithMessage("*no_such_file.dcm*");
    }

    [Test]
    public async Task EnsureVariantsAsync_FirstCall_ProducesEveryVariantKind()
    {
        var variants = await TestCorpus.EnsureVariantsAsync();

        variants.Select(v => v.Kind).Distinct().Should().BeEquivalentTo(DcmtkVariantKind.All);
    }

    [Test]
    public async Task EnsureVariantsAsync_EveryVariant_IsReadableByDcmdumpInItsTransferSyntax()
    {
        var variants = await TestCorpus.EnsureVariantsAsync();

        foreach (var variant in variants)
        {
            // -Un: print the transfer syntax UID itself rather than DCMTK's name for it.
            var result = await PeerProcess.RunAsync("dcmdump", ["-q", "-Un", "+P", "0002,0010", variant.Path], TimeSpan.FromMinutes(1));
            result.Succeeded.Should().BeTrue($"dcmdump should read {variant}: {result.Describe()}");
            result.StandardOutput.Should().Contain($"[{variant.Kind.TransferSyntaxUid}]", $"{variant} should be in its kind's transfer syntax");
            File.Exists(variant.SourcePath).Should().BeTrue();
        }
    }

    [Test]
    public async Task EnsureVariantsAsync_CalledConcurrently_GeneratesOnce()
    {
        var calls = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => TestCorpus.EnsureVariantsAsync()));

        calls.Should().OnlyContain(list => ReferenceEquals(list, calls[0]));
    }
}
