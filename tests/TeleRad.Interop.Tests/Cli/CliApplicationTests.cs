namespace TeleRad.Interop.Tests.Cli;

/// <summary>The root command: help, version, exit codes documented where users look for them.</summary>
[TestFixture]
[Category("Interop")]
public sealed class CliApplicationTests
{
    [Test]
    public async Task Help_Root_ListsDumpAndExitCodes()
    {
        var result = await CliRunner.RunAsync("--help");

        result.ExitCode.Should().Be(0, result.Describe());
        result.StandardOutput.Should().Contain("dump").And.Contain("Exit codes:");
    }

    [Test]
    public async Task Help_Dump_DocumentsEveryExitCodeAndTheBulkDataUriForm()
    {
        var result = await CliRunner.RunAsync("dump", "--help");

        result.ExitCode.Should().Be(0, result.Describe());
        foreach (var code in new[] { "0", "1", "2", "3", "130" })
            result.StandardOutput.Should().MatchRegex($@"(?m)^\s+{code}\s+\S");
        result.StandardOutput.Should().Contain("file://<absolute path>?offset=<N>&length=<M>")
            .And.Contain("--stop-before-pixels")
            .And.Contain("NDJSON");
    }

    [Test]
    public async Task Version_PrintsTeleradAssemblyVersionInProcess()
    {
        // In-process the entry assembly is the test host, whose version System.CommandLine would print.
        var expected = typeof(TeleRad.Cli.CliApplication).Assembly.GetName().Version!.ToString(3);

        var result = await CliRunner.RunAsync("--version");

        result.ExitCode.Should().Be(0, result.Describe());
        result.StandardOutput.Should().StartWith(expected);
    }
}
