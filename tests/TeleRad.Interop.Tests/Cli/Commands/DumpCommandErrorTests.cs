using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TeleRad.Dicom;
using TeleRad.Dicom.Uids;
using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Cli.Commands;

/// <summary><c>telerad dump</c> on bad input: exit codes, what stderr names, and what it must never show.</summary>
[TestFixture]
[Category("Interop")]
public sealed partial class DumpCommandErrorTests
{
    private const string SentinelName = "SENTINEL^PATIENT";
    private const string SentinelId = "SENTINEL-ID-123";
    private const string SentinelComment = "SENTINEL-COMMENT-TEXT-THAT-IS-CUT-IN-HALF";

    private DirectoryInfo _directory = null!;

    [SetUp]
    public void SetUp() => _directory = Directory.CreateTempSubdirectory("telerad-dump-errors-");

    [TearDown]
    public void TearDown() => _directory.Delete(recursive: true);

    [Test]
    public async Task Dump_TruncatedFile_ExitsOneAndNamesFileOffsetAndTagDcmdumpBlames()
    {
        var file = TestCorpus.TestFile("MR_truncated.dcm");
        // dcmdump: "E: DcmElement: PixelData (7fe0,0010) larger (8192) than remaining bytes in file".
        var dcmdump = await CliRunner.DcmdumpAsync(file);
        var blamed = DcmtkTag().Match(dcmdump.StandardError);
        blamed.Success.Should().BeTrue(dcmdump.Describe());
        var tag = blamed.Value.ToUpperInvariant();
        var valueOffset = ExplicitVRValueOffset(await File.ReadAllBytesAsync(file), tag);

        var result = await CliRunner.RunAsync("dump", file);

        result.ExitCode.Should().Be(1, result.Describe());
        result.StandardOutput.Should().BeEmpty();
        result.StandardError.Should().Contain(file)
            .And.Contain($"at byte offset {valueOffset.ToString(CultureInfo.InvariantCulture)} in element {tag}");
    }

    [Test]
    public async Task Dump_MissingFile_ExitsThreeAndNamesIt()
    {
        var missing = Path.Combine(_directory.FullName, "missing.dcm");

        var result = await CliRunner.RunAsync("dump", missing);

        result.ExitCode.Should().Be(3, result.Describe());
        result.StandardError.Should().Contain(missing).And.Contain("not found");
    }

    [Test]
    public async Task Dump_Directory_ExitsThree()
    {
        var result = await CliRunner.RunAsync("dump", _directory.FullName);

        result.ExitCode.Should().Be(3, result.Describe());
        result.StandardError.Should().Contain(_directory.FullName);
    }

    [Test]
    public async Task Dump_NotDicom_ExitsOne()
    {
        var file = Path.Combine(_directory.FullName, "text.dcm");
        await File.WriteAllTextAsync(file, "This is a plain text file, not a DICOM data set at all.\n");

        var result = await CliRunner.RunAsync("dump", file);

        result.ExitCode.Should().Be(1, result.Describe());
        result.StandardError.Should().Contain(file).And.Contain(nameof(DicomFormatFault.NotDicom));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Dump_TwoFilesFirstTruncated_DumpsTheOtherAndExitsOne(bool json)
    {
        var bad = TestCorpus.TestFile("MR_truncated.dcm");
        var good = TestCorpus.TestFile("CT_small.dcm");
        string[] args = json ? ["dump", "--json", bad, good] : ["dump", bad, good];

        var result = await CliRunner.RunAsync(args, CancellationToken.None);

        result.ExitCode.Should().Be(1, result.Describe());
        result.StandardError.Should().Contain(bad).And.NotContain(good);
        result.StandardOutput.Should().Contain("CompressedSamples^CT1");
        if (json)
            result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
        else
            result.StandardOutput.Should().Contain($"# File: {good}").And.NotContain($"# File: {bad}");
    }

    [Test]
    public async Task Dump_MissingAndTruncatedFiles_ExitsThree()
    {
        var missing = Path.Combine(_directory.FullName, "missing.dcm");

        var result = await CliRunner.RunAsync("dump", TestCorpus.TestFile("MR_truncated.dcm"), missing);

        result.ExitCode.Should().Be(3, result.Describe());
        result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2);
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Dump_TruncatedSyntheticFile_NeverPrintsPatientValues(bool json)
    {
        var file = await WriteTruncatedSentinelFileAsync();
        string[] args = json ? ["dump", "--json", file] : ["dump", file];

        var result = await CliRunner.RunAsync(args, CancellationToken.None);

        result.ExitCode.Should().Be(1, result.Describe());
        result.StandardError.Should().Contain(file).And.Contain("(0010,4000)");
        foreach (var sentinel in new[] { "SENTINEL", SentinelId, SentinelName, "PATIENT" })
        {
            result.StandardError.Should().NotContain(sentinel);
            result.StandardOutput.Should().NotContain(sentinel);
        }
    }

    [Test]
    public async Task Dump_UnknownOption_ExitsTwo()
    {
        var result = await CliRunner.RunAsync("dump", "--bogus", TestCorpus.TestFile("CT_small.dcm"));

        result.ExitCode.Should().Be(2, result.Describe());
        result.StandardError.Should().Contain("--bogus");
        result.StandardOutput.Should().BeEmpty();
    }

    [TestCase("dump")]
    [TestCase("dump --bulk-data omit CT_small.dcm")]
    [TestCase("dump --json --bulk-data inline CT_small.dcm")]
    [TestCase("nosuchverb CT_small.dcm")]
    [TestCase("")]
    public async Task Telerad_BadCommandLine_ExitsTwoWithUsageHint(string commandLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a == "CT_small.dcm" ? TestCorpus.TestFile(a) : a)
            .ToArray();

        var result = await CliRunner.RunAsync(args, CancellationToken.None);

        result.ExitCode.Should().Be(2, result.Describe());
        result.StandardError.Should().Contain("--help");
    }

    [Test]
    public async Task Dump_CancelledToken_ExitsOneHundredThirty()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var result = await CliRunner.RunAsync(["dump", TestCorpus.TestFile("CT_small.dcm")], cancellation.Token);

        result.ExitCode.Should().Be(130, result.Describe());
        result.StandardOutput.Should().BeEmpty();
    }

    /// <summary>
    /// A Part 10 file made with the toolkit, holding sentinel patient values, cut in the middle of the value of
    /// Patient Comments (0010,4000), which comes after them.
    /// </summary>
    private async Task<string> WriteTruncatedSentinelFileAsync()
    {
        var uids = new DicomUidGenerator();
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SOPClassUID, DicomUids.SecondaryCaptureImageStorage);
        dataset.SetString(DicomTags.SOPInstanceUID, uids.Generate());
        dataset.SetString(DicomTags.PatientName, SentinelName);
        dataset.SetString(DicomTags.PatientID, SentinelId);
        dataset.SetString(DicomTags.PatientComments, SentinelComment);
        var whole = Path.Combine(_directory.FullName, "whole.dcm");
        await new DicomFile(dataset).SaveAsync(whole);

        var bytes = await File.ReadAllBytesAsync(whole);
        var comment = bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(SentinelComment));
        comment.Should().BeGreaterThan(0);
        var truncated = Path.Combine(_directory.FullName, "truncated.dcm");
        await File.WriteAllBytesAsync(truncated, bytes[..(comment + (SentinelComment.Length / 2))]);
        return truncated;
    }

    /// <summary>Where the value of <paramref name="tag"/> "(GGGG,EEEE)" starts: after its 12-byte OB/OW header (PS3.5 7.1.2).</summary>
    private static long ExplicitVRValueOffset(byte[] file, string tag)
    {
        var group = Convert.ToUInt16(tag[1..5], 16);
        var element = Convert.ToUInt16(tag[6..10], 16);
        byte[] header = [(byte)group, (byte)(group >> 8), (byte)element, (byte)(element >> 8)];
        var index = file.AsSpan().LastIndexOf(header);
        index.Should().BeGreaterThan(0);
        return index + 12;
    }

    [GeneratedRegex(@"\([0-9a-f]{4},[0-9a-f]{4}\)")]
    private static partial Regex DcmtkTag();
}
