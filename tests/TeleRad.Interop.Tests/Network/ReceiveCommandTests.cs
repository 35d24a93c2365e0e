using TeleRad.Interop.Tests.Cli;
using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Network;

/// <summary><c>telerad receive</c> against DCMTK's echoscu and storescu, in-process and as a real process.</summary>
[TestFixture]
[Category("Interop")]
public sealed class ReceiveCommandTests
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromSeconds(30);

    private DirectoryInfo _directory = null!;

    [SetUp]
    public void SetUp() => _directory = Directory.CreateTempSubdirectory("telerad-receive-");

    [TearDown]
    public void TearDown() => _directory.Delete(recursive: true);

    [Test]
    public async Task Receive_EchoscuCallingItsAETitle_AnswersAndStopsWithExitZeroOnCancel()
    {
        await using var receiver = await InProcessReceiver.StartAsync(_directory.FullName, "--aet", "RECEIVER");

        var echo = await DcmtkNetwork.EchoscuAsync(receiver.Port, "RECEIVER");
        var result = await receiver.StopAsync();

        echo.Succeeded.Should().BeTrue(echo.Describe());
        result.ExitCode.Should().Be(0, result.Describe());
        result.StandardOutput.Should().StartWith($"listening on 127.0.0.1:{receiver.Port}");
    }

    [Test]
    public async Task Receive_StorescuOfPydicomFiles_StoresTheSameDataSetsUnderTheOutputDirectory()
    {
        var output = Path.Combine(_directory.FullName, "out");
        await using var receiver = await InProcessReceiver.StartAsync(output);
        var originals = ReceivedFiles.Originals();

        var store = await DcmtkNetwork.StorescuAsync(receiver.Port, "TELERAD", originals);
        var result = await receiver.StopAsync();

        store.Succeeded.Should().BeTrue(store.Describe());
        result.ExitCode.Should().Be(0, result.Describe());
        var received = await ReceivedFiles.BySopInstanceUidAsync(output);
        received.Should().HaveCount(originals.Count);
        received.Values.Should().OnlyContain(f => Path.GetDirectoryName(f.Path) == output && f.Path!.EndsWith(".dcm", StringComparison.Ordinal));
        (await ReceivedFiles.DifferencesAsync(originals, received)).Should().BeEmpty();
        result.StandardOutput.Split('\n').Count(l => l.StartsWith("stored ", StringComparison.Ordinal)).Should().Be(originals.Count, result.Describe());
        Directory.EnumerateFiles(output, ".*").Should().BeEmpty("no temporary file is left behind");
    }

    [Test]
    public async Task Receive_EchoscuCallingAnotherAETitle_IsRejected()
    {
        await using var receiver = await InProcessReceiver.StartAsync(_directory.FullName, "--aet", "RECEIVER");

        var echo = await DcmtkNetwork.EchoscuAsync(receiver.Port, "SOMEONE-ELSE");

        echo.Succeeded.Should().BeFalse(echo.Describe());
        echo.StandardError.Should().Contain("Called AE Title Not Recognized", echo.Describe());
    }

    [Test]
    public async Task Receive_PortAlreadyInUse_ExitsWithConnectionFailed()
    {
        await using var first = await InProcessReceiver.StartAsync(_directory.FullName);

        var second = await CliRunner.RunAsync("receive", "--port", DcmtkNetwork.Port(first.Port), "--out", _directory.FullName);

        second.ExitCode.Should().Be(5, second.Describe());
        second.StandardError.Should().Contain("cannot listen on 127.0.0.1:" + first.Port);
    }

    [Test]
    public async Task Receive_RealProcessGivenSigterm_StopsAndExitsZero()
    {
        await using var process = PeerProcess.Start(DotnetHost, [CliRunner.TeleradDll, "receive", "--port", "0", "--out", _directory.FullName]);
        var port = await WaitForListeningPortAsync(process);
        var echo = await DcmtkNetwork.EchoscuAsync(port, "TELERAD");

        var kill = await PeerProcess.RunAsync("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], ProcessTimeout);
        var result = await process.WaitAsync(ProcessTimeout);

        echo.Succeeded.Should().BeTrue(echo.Describe());
        kill.Succeeded.Should().BeTrue(kill.Describe());
        result.TimedOut.Should().BeFalse(result.Describe());
        result.ExitCode.Should().Be(0, result.Describe());
        result.StandardOutput.Should().Contain("stopped");
    }

    private static async Task<int> WaitForListeningPortAsync(PeerProcess process)
    {
        using var deadline = new CancellationTokenSource(ProcessTimeout);
        while (true)
        {
            var line = process.StandardOutputSoFar.Split('\n').FirstOrDefault(l => l.StartsWith("listening on ", StringComparison.Ordinal));
            if (line is not null)
                return InProcessReceiver.ParsePort(line);
            if (process.HasExited || deadline.IsCancellationRequested)
                throw new InvalidOperationException($"telerad receive did not start listening: {process.StandardErrorSoFar}");

            // The process's output arrives through events; look again shortly (bounded by the deadline).
            await Task.Delay(50, CancellationToken.None);
        }
    }

    private static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
