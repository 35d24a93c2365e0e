using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Cli;

/// <summary>The built <c>telerad</c> run as a real process: Program's wiring of output, exit codes and arguments.</summary>
[TestFixture]
[Category("Interop")]
public sealed class ProgramTests
{
    [Test]
    public async Task Process_DumpCtSmall_PrintsPatientNameAndExitsZero()
    {
        var file = TestCorpus.TestFile("CT_small.dcm");
        var dcmdump = await CliRunner.DcmdumpAsync(file);
        var expected = DumpLine.Parse(dcmdump.StandardOutput).Single(l => l.Tag == "0010,0010");

        var result = await CliRunner.RunProcessAsync("dump", file);

        result.Succeeded.Should().BeTrue(result.Describe());
        DumpLine.Parse(result.StandardOutput).Single(l => l.Tag == "0010,0010").Value.Should().Be(expected.Value);
    }

    [Test]
    public async Task Process_DumpMissingAndGoodFile_ExitsThreeAfterDumpingTheGoodOne()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"telerad-missing-{Guid.NewGuid():N}.dcm");
        var good = TestCorpus.TestFile("CT_small.dcm");

        var result = await CliRunner.RunProcessAsync("dump", "--json", missing, good);

        result.ExitCode.Should().Be(3, result.Describe());
        result.StandardError.Should().Contain(missing);
        result.StandardOutput.Should().Contain("CompressedSamples^CT1");
    }

    [Test]
    public async Task Process_UnknownOption_ExitsTwo()
    {
        var result = await CliRunner.RunProcessAsync("dump", "--no-such-option", TestCorpus.TestFile("CT_small.dcm"));

        result.ExitCode.Should().Be(2, result.Describe());
        result.StandardError.Should().Contain("--no-such-option");
    }

    [Test]
    public async Task Process_Version_PrintsTeleradVersionAndExitsZero()
    {
        var expected = typeof(TeleRad.Cli.CliApplication).Assembly.GetName().Version!.ToString(3);

        var result = await CliRunner.RunProcessAsync("--version");

        result.Succeeded.Should().BeTrue(result.Describe());
        result.StandardOutput.Should().StartWith(expected);
    }
}
