using TeleRad.Interop.Tests.Cli;
using TeleRad.Interop.Tests.Network;
using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Orthanc;

/// <summary><c>telerad send</c> and <c>telerad receive</c> against a real Orthanc 1.10, in both directions.</summary>
[TestFixture]
[Category("Interop")]
public sealed class OrthancInteropTests
{
    private DirectoryInfo _directory = null!;

    [SetUp]
    public void SetUp() => _directory = Directory.CreateTempSubdirectory("telerad-orthanc-test-");

    [TearDown]
    public void TearDown() => _directory.Delete(recursive: true);

    /// <summary>
    /// The network tests' CT, MR and RT Plan (native syntaxes) and a JPEG 2000 file, whose encapsulated pixel data
    /// Orthanc must store and forward untouched.
    /// </summary>
    private static IReadOnlyList<string> Originals() => [.. ReceivedFiles.Originals(), TestCorpus.TestFile("JPEG2000.dcm")];

    [Test]
    public async Task Send_FilesToOrthanc_OrthancStoresTheSameDataSets()
    {
        await using var orthanc = await OrthancInstance.StartAsync();
        var originals = Originals();

        var result = await CliRunner.RunAsync(
            ["send", "127.0.0.1", DcmtkNetwork.Port(orthanc.DicomPort), "--called-aet", OrthancInstance.AETitle, .. originals], CancellationToken.None);

        result.ExitCode.Should().Be(0, result.Describe() + "\nOrthanc:\n" + orthanc.Log);
        var ids = await orthanc.InstanceIdsAsync();
        ids.Should().HaveCount(originals.Count);
        var stored = Directory.CreateDirectory(Path.Combine(_directory.FullName, "stored")).FullName;
        foreach (var id in ids)
            await orthanc.DownloadAsync(id, Path.Combine(stored, id + ".dcm"));
        var received = await ReceivedFiles.BySopInstanceUidAsync(stored);
        (await ReceivedFiles.DifferencesAsync(originals, received)).Should().BeEmpty();
    }

    [Test]
    public async Task Receive_OrthancStoresToTelerad_ReceivesTheSameDataSets()
    {
        await using var orthanc = await OrthancInstance.StartAsync();
        var originals = Originals();
        var ids = new List<string>();
        foreach (var original in originals)
            ids.Add(await orthanc.UploadAsync(original));
        await using var receiver = await InProcessReceiver.StartAsync(Path.Combine(_directory.FullName, "received"), "--aet", "TELERAD");
        await orthanc.PutModalityAsync("telerad", "TELERAD", receiver.Port);

        var answer = await orthanc.StoreToModalityAsync("telerad", ids);

        ((int?)answer["FailedInstancesCount"]).Should().Be(0, answer.ToJsonString());
        ((int?)answer["InstancesCount"]).Should().Be(originals.Count, answer.ToJsonString());
        var stop = await receiver.StopAsync();
        stop.ExitCode.Should().Be(0, stop.Describe());
        var received = await ReceivedFiles.BySopInstanceUidAsync(receiver.Directory);
        received.Should().HaveCount(originals.Count);
        (await ReceivedFiles.DifferencesAsync(originals, received)).Should().BeEmpty();
    }
}
