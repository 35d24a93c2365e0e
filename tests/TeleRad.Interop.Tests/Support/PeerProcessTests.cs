namespace TeleRad.Interop.Tests.Support;

[TestFixture]
[Category("Interop")]
public sealed class PeerProcessTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(1);

    [Test]
    public async Task RunAsync_DcmdumpVersion_SucceedsAndPrintsToolName()
    {
        var result = await PeerProcess.RunAsync("dcmdump", ["--version"], Generous);

        result.Succeeded.Should().BeTrue(result.Describe());
        result.StandardOutput.Should().Contain("dcmdump");
    }

    [Test]
    public async Task RunAsync_FailingTool_ReportsItsExitCode()
    {
        var result = await PeerProcess.RunAsync("dcmdump", ["/nonexistent/file.dcm"], Generous);

        result.TimedOut.Should().BeFalse();
        result.ExitCode.Should().NotBe(0);
        result.Succeeded.Should().BeFalse();
        result.StandardError.Should().NotBeEmpty();
    }

    [Test]
    public async Task RunAsync_ProcessOutlivesTimeout_ReportsTimeout()
    {
        var result = await PeerProcess.RunAsync("sleep", ["30"], TimeSpan.FromSeconds(1));

        result.TimedOut.Should().BeTrue();
        result.Succeeded.Should().BeFalse();
    }

    [Test]
    public async Task RunAsync_TimeoutWithChildProcess_KillsWholeTree()
    {
        // The shell starts a long-lived child and prints its id, then waits for
        // it. The child's output goes elsewhere, so only a tree kill ends it.
        var result = await PeerProcess.RunAsync(
            "/bin/bash",
            ["-c", "sleep 300 >/dev/null 2>&1 & echo $!; wait"],
            TimeSpan.FromSeconds(1));

        result.TimedOut.Should().BeTrue();
        var childId = int.Parse(result.StandardOutput.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        (await WaitUntilGoneAsync(childId)).Should().BeTrue($"child process {childId} should have been killed with its parent");
    }

    [Test]
    public async Task RunAsync_ArgumentsWithShellCharacters_PassesThemVerbatim()
    {
        string[] arguments = ["a b", "c'd", "$HOME", "*", "e\"f;g"];

        var result = await PeerProcess.RunAsync("/usr/bin/printf", ["%s|", .. arguments], Generous);

        result.Succeeded.Should().BeTrue(result.Describe());
        result.StandardOutput.Should().Be(string.Join("|", arguments) + "|\n");
    }

    [Test]
    public async Task RunAsync_CallerRemovesTcpNoDelay_StillSetsIt()
    {
        var environment = new Dictionary<string, string?> { ["TCP_NODELAY"] = null, ["TELERAD_PEER_TEST"] = "x y" };

        var result = await PeerProcess.RunAsync("/usr/bin/env", [], Generous, environment);

        result.Succeeded.Should().BeTrue(result.Describe());
        result.StandardOutput.Split('\n').Should().Contain("TCP_NODELAY=1").And.Contain("TELERAD_PEER_TEST=x y");
    }

    [Test]
    public async Task RunAsync_CancelledWhileRunning_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var run = () => PeerProcess.RunAsync("sleep", ["30"], Generous, cancellationToken: cancellation.Token);

        await run.Should().ThrowAsync<OperationCanceledException>();
    }

    [Test]
    public async Task DisposeAsync_RunningPeer_KillsIt()
    {
        var peer = PeerProcess.Start("sleep", ["30"]);
        var id = peer.Id;

        await peer.DisposeAsync();

        (await WaitUntilGoneAsync(id)).Should().BeTrue($"peer {id} should have been killed on dispose");
    }

    // A killed process may linger briefly as a zombie until its (possibly
    // non-reaping) parent collects it; a zombie no longer runs, so it counts
    // as gone. Polls with a generous deadline: this checks the outcome, not speed.
    private static async Task<bool> WaitUntilGoneAsync(int processId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (!IsRunning(processId))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            // Format "pid (comm) state ...": the state follows the last ')'.
            var state = stat[(stat.LastIndexOf(')') + 2)..][0];
            return state is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }
}
