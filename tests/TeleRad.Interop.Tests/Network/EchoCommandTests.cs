using TeleRad.Interop.Tests.Cli;

namespace TeleRad.Interop.Tests.Network;

/// <summary><c>telerad echo</c> against DCMTK's storescp, a closed port and <c>telerad receive</c>.</summary>
[TestFixture]
[Category("Interop")]
public sealed class EchoCommandTests
{
    private DirectoryInfo _directory = null!;

    [SetUp]
    public void SetUp() => _directory = Directory.CreateTempSubdirectory("telerad-echo-");

    [TearDown]
    public void TearDown() => _directory.Delete(recursive: true);

    [Test]
    public async Task Echo_ToStorescp_ExitsZeroAndPrintsSuccess()
    {
        var (storescp, port) = await DcmtkNetwork.StartStorescpAsync(_directory.FullName);
        await using var _ = storescp;

        var result = await CliRunner.RunAsync("echo", "127.0.0.1", DcmtkNetwork.Port(port), "--aet", "ECHOER");

        result.ExitCode.Should().Be(0, result.Describe());
        result.StandardOutput.Should().Be($"echo 127.0.0.1:{port} (ANY-SCP): status 0x0000\n");
    }

    [Test]
    public async Task Echo_ToClosedPort_ExitsWithConnectionFailed()
    {
        var port = DcmtkNetwork.FreePort();

        var result = await CliRunner.RunAsync("echo", "127.0.0.1", DcmtkNetwork.Port(port), "--timeout", "5");

        result.ExitCode.Should().Be(5, result.Describe());
        result.StandardError.Should().Contain("ConnectionRefused");
        result.StandardOutput.Should().BeEmpty();
    }

    [Test]
    public async Task Echo_WrongCalledAETitleToReceive_ExitsWithAssociationRejected()
    {
        await using var receiver = await InProcessReceiver.StartAsync(_directory.FullName, "--aet", "RECEIVER");

        var wrong = await CliRunner.RunAsync("echo", "127.0.0.1", DcmtkNetwork.Port(receiver.Port), "--called-aet", "NOT-RECEIVER");
        var right = await CliRunner.RunAsync("echo", "127.0.0.1", DcmtkNetwork.Port(receiver.Port), "--called-aet", "RECEIVER");

        wrong.ExitCode.Should().Be(4, wrong.Describe());
        wrong.StandardError.Should().Contain("called-AE-title-not-recognized");
        right.ExitCode.Should().Be(0, right.Describe());
    }

    [TestCase("--called-aet", "SEVENTEEN-CHARS-X")]
    [TestCase("--aet", "BACK\\SLASH")]
    [TestCase("--timeout", "0")]
    public async Task Echo_BadOption_IsAUsageError(string option, string value)
    {
        var result = await CliRunner.RunAsync("echo", "127.0.0.1", "104", option, value);

        result.ExitCode.Should().Be(2, result.Describe());
    }
}
