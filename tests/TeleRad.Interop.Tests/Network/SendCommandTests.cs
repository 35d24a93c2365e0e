using TeleRad.Interop.Tests.Cli;

namespace TeleRad.Interop.Tests.Network;

/// <summary><c>telerad send</c> against DCMTK's storescp and <c>telerad receive</c>.</summary>
[TestFixture]
[Category("Interop")]
public sealed class SendCommandTests
{
    private DirectoryInfo _directory = null!;

    [SetUp]
    public void SetUp() => _directory = Directory.CreateTempSubdirectory("telerad-send-");

    [TearDown]
    public void TearDown() => _directory.Delete(recursive: true);

    [Test]
    public async Task Send_DirectoryToStorescp_StorescpReceivesTheSameDataSets()
    {
        var input = CopyOriginals("input");
        var output = Directory.CreateDirectory(Path.Combine(_directory.FullName, "storescp")).FullName;
        var (storescp, port) = await DcmtkNetwork.StartStorescpAsync(output);
        await using var _ = storescp;

        var result = await CliRunner.RunAsync("send", "127.0.0.1", DcmtkNetwork.Port(port), input);

        result.ExitCode.Should().Be(0, result.Describe());
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(4, result.Describe());
        lines[..3].Should().OnlyContain(l => l.StartsWith("OK      0x0000  ", StringComparison.Ordinal));
        lines[3].Should().StartWith("sent 3 of 3 files");
        var received = await ReceivedFiles.BySopInstanceUidAsync(output);
        received.Should().HaveCount(3);
        (await ReceivedFiles.DifferencesAsync(ReceivedFiles.Originals(), received)).Should().BeEmpty();
    }

    [Test]
    public async Task Send_DirectoryWithSubdirectory_DescendsOnlyWithRecursive()
    {
        var input = CopyOriginals("tree");
        var nested = Directory.CreateDirectory(Path.Combine(input, "nested")).FullName;
        File.Move(Path.Combine(input, "rtplan.dcm"), Path.Combine(nested, "rtplan.dcm"));
        await using var flat = await InProcessReceiver.StartAsync(Path.Combine(_directory.FullName, "flat"));
        await using var deep = await InProcessReceiver.StartAsync(Path.Combine(_directory.FullName, "deep"));

        var flatResult = await CliRunner.RunAsync("send", "127.0.0.1", DcmtkNetwork.Port(flat.Port), "--called-aet", "TELERAD", input);
        var deepResult = await CliRunner.RunAsync("send", "127.0.0.1", DcmtkNetwork.Port(deep.Port), "--called-aet", "TELERAD", "--recursive", input);

        flatResult.ExitCode.Should().Be(0, flatResult.Describe());
        deepResult.ExitCode.Should().Be(0, deepResult.Describe());
        (await ReceivedFiles.BySopInstanceUidAsync(flat.Directory)).Should().HaveCount(2);
        var received = await ReceivedFiles.BySopInstanceUidAsync(deep.Directory);
        (await ReceivedFiles.DifferencesAsync(ReceivedFiles.Originals(), received)).Should().BeEmpty();
    }

    [Test]
    public async Task Send_NotDicomAndMissingInputs_SendsTheRestAndExitsWithDimseFailure()
    {
        var notDicom = Path.Combine(_directory.FullName, "notes.txt");
        await File.WriteAllTextAsync(notDicom, "not a DICOM file");
        var missing = Path.Combine(_directory.FullName, "missing.dcm");
        await using var receiver = await InProcessReceiver.StartAsync(Path.Combine(_directory.FullName, "out"));
        var ct = ReceivedFiles.Originals()[0];

        var result = await CliRunner.RunAsync("send", "127.0.0.1", DcmtkNetwork.Port(receiver.Port), "--called-aet", "TELERAD", ct, notDicom, missing);

        result.ExitCode.Should().Be(6, result.Describe());
        result.StandardOutput.Should().Contain($"OK      0x0000  {ct}\n").And.Contain($"FAILED  -       {notDicom}\n");
        result.StandardError.Should().Contain($"{missing}: file not found.").And.Contain(notDicom + ": ");
        (await ReceivedFiles.BySopInstanceUidAsync(receiver.Directory)).Should().ContainSingle();
    }

    [Test]
    public async Task Send_OnlyMissingInputs_ExitsWithIOError()
    {
        var result = await CliRunner.RunAsync("send", "127.0.0.1", "104", Path.Combine(_directory.FullName, "missing.dcm"));

        result.ExitCode.Should().Be(3, result.Describe());
    }

    [Test]
    public async Task Send_ToClosedPort_ExitsWithConnectionFailed()
    {
        var port = DcmtkNetwork.FreePort();

        var result = await CliRunner.RunAsync("send", "127.0.0.1", DcmtkNetwork.Port(port), ReceivedFiles.Originals()[0]);

        result.ExitCode.Should().Be(5, result.Describe());
        result.StandardOutput.Should().BeEmpty();
    }

    [Test]
    public async Task Send_WrongCalledAETitle_ExitsWithAssociationRejected()
    {
        await using var receiver = await InProcessReceiver.StartAsync(Path.Combine(_directory.FullName, "out"), "--aet", "RECEIVER");

        var result = await CliRunner.RunAsync("send", "127.0.0.1", DcmtkNetwork.Port(receiver.Port), ReceivedFiles.Originals()[0]);

        result.ExitCode.Should().Be(4, result.Describe());
        Directory.EnumerateFiles(receiver.Directory).Should().BeEmpty();
    }

    private string CopyOriginals(string name)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_directory.FullName, name)).FullName;
        foreach (var original in ReceivedFiles.Originals())
            File.Copy(original, Path.Combine(directory, Path.GetFileName(original)));
        return directory;
    }
}
