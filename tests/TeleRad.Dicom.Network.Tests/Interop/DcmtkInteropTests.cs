using TeleRad.Dicom.Network.Dimse;
using TeleRad.Dicom.Network.Storage;
using TeleRad.Dicom.Network.Tests.Support;

namespace TeleRad.Dicom.Network.Tests.Interop;

/// <summary>TeleRad's SCP and SCU against DCMTK 3.6.7's echoscu, storescu and storescp (PEERS.md), on loopback.</summary>
[TestFixture]
[Category("Interop")]
public sealed class DcmtkInteropTests
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(60);

    // Distinct SOP instances in uncompressed syntaxes, which storescu proposes by default (PEERS.md).
    private static readonly string[] Files = ["CT_small.dcm", "MR_small.dcm", "rtplan.dcm", "rtdose.dcm", "rtstruct.dcm", "MR_small_implicit.dcm"];

    private string _directory = null!;

    [SetUp]
    public void SetUp() => _directory = Directory.CreateTempSubdirectory("telerad-interop-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_directory, recursive: true);

    [Test]
    public async Task Echoscu_ToOurScp_Succeeds()
    {
        await using var server = ServerFixture.Start();

        var (exitCode, output) = await PeerRunner.RunAsync(ToolTimeout, "echoscu", "-v", "-aet", "ECHOSCU", "-aec", ServerFixture.AETitle, "127.0.0.1", Port(server));

        exitCode.Should().Be(0, output);
        output.Should().Contain("Received Echo Response (Success)");
    }

    [Test]
    public async Task Echoscu_WrongCalledAETitle_ReportsTheRejection()
    {
        await using var server = ServerFixture.Start();

        var (exitCode, output) = await PeerRunner.RunAsync(ToolTimeout, "echoscu", "-v", "-aec", "NOT_US", "127.0.0.1", Port(server));

        exitCode.Should().NotBe(0);
        output.Should().Contain("Association Rejected").And.Contain("Called AE Title Not Recognized");
    }

    [Test]
    public async Task Echoscu_OverTheAssociationCap_ReportsLocalLimitExceeded()
    {
        await using var server = ServerFixture.Start(configure: o => o with { MaxAssociations = 1 });
        await using var holder = await DicomClient.ConnectAsync(ServerFixture.Client(server));

        var (exitCode, output) = await PeerRunner.RunAsync(ToolTimeout, "echoscu", "-v", "-aec", ServerFixture.AETitle, "127.0.0.1", Port(server));

        exitCode.Should().NotBe(0);
        output.Should().Contain("Association Rejected").And.Contain("Rejected Transient").And.Contain("Local Limit Exceeded");
        (await holder.EchoAsync()).Should().Be(DimseStatus.Success);
        await holder.ReleaseAsync();
    }

    [TestCase("16384")]
    [TestCase("131072")]
    public async Task Storescu_SeveralFiles_OurScpStoresEquivalentDataSets(string pdu)
    {
        await using var server = ServerFixture.Start(new FileStoreSink(_directory));
        var paths = Files.Select(TestFiles.Path).ToArray();

        var (exitCode, output) = await PeerRunner.RunAsync(ToolTimeout, "storescu", ["-v", "-pdu", pdu, "-aec", ServerFixture.AETitle, "127.0.0.1", Port(server), .. paths]);

        exitCode.Should().Be(0, output);
        // MR_small and MR_small_implicit are the same instance: the second replaces the first, and both are equal.
        foreach (var path in paths)
        {
            var original = await DicomFile.OpenAsync(path);
            var stored = await DicomFile.OpenAsync(Path.Combine(_directory, original.Dataset.GetString(DicomTags.SOPInstanceUID) + ".dcm"));
            await DatasetAssert.EquivalentAsync(original.Dataset, stored.Dataset);
        }

        Directory.GetFiles(_directory).Should().HaveCount(Files.Length - 1, "only committed instances leave a file");
    }

    [Test]
    public async Task OurEchoScu_ToStorescp_Succeeds()
    {
        var port = PeerRunner.FreePort();
        await using var storescp = PeerRunner.Start("storescp", "-aet", "STORESCP", "-od", _directory, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await storescp.WaitUntilListeningAsync(port, ToolTimeout);

        await using var client = await DicomClient.ConnectAsync(new DicomClientOptions { Host = "127.0.0.1", Port = port, CalledAETitle = "STORESCP" });

        (await client.EchoAsync()).Should().Be(DimseStatus.Success);
        client.Association.PeerImplementationVersionName.Should().StartWith("OFFIS_DCMTK");
        await client.ReleaseAsync();
    }

    [Test]
    public async Task OurStoreScu_ToStorescp_FilesArriveEqual()
    {
        var port = PeerRunner.FreePort();
        var received = Path.Combine(_directory, "received");
        Directory.CreateDirectory(received);
        await using var storescp = PeerRunner.Start("storescp", "-aet", "STORESCP", "-od", received, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await storescp.WaitUntilListeningAsync(port, ToolTimeout);
        var paths = Files.Where(f => f != "MR_small_implicit.dcm").Select(TestFiles.Path).ToList();

        var results = await DicomClient.SendFilesAsync(new DicomClientOptions { Host = "127.0.0.1", Port = port, CalledAETitle = "STORESCP" }, paths);

        results.Should().OnlyContain(r => r.Status == DimseStatus.Success, storescp.Output);
        var storedFiles = Directory.GetFiles(received);
        storedFiles.Should().HaveCount(paths.Count);
        foreach (var path in paths)
        {
            var original = await DicomFile.OpenAsync(path);
            var uid = original.Dataset.GetString(DicomTags.SOPInstanceUID)!;
            var stored = await DicomFile.OpenAsync(storedFiles.Single(f => f.EndsWith("." + uid, StringComparison.Ordinal)));
            await DatasetAssert.EquivalentAsync(original.Dataset, stored.Dataset);
        }
    }

    [Test]
    public async Task Storescu_KilledMidDataSet_SinkAbortsAndNothingIsStored()
    {
        // A data set far larger than the socket buffers: storescu is still sending when it is killed.
        var big = Path.Combine(_directory, "big.dcm");
        var file = await DicomFile.OpenAsync(TestFiles.Path("CT_small.dcm"));
        file.Dataset.SetBytes(new DicomTag(0x0009, 0x0010), DicomVR.LO, "TELERAD TEST"u8.ToArray());
        file.Dataset.SetBytes(new DicomTag(0x0009, 0x1000), DicomVR.OB, new byte[32 * 1024 * 1024]);
        await file.SaveAsync(big);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sink = new GatedSink(gate.Task);
        await using var server = ServerFixture.Start(sink);

        await using var storescu = PeerRunner.Start("storescu", "-aec", ServerFixture.AETitle, "127.0.0.1", Port(server), big);
        await sink.FirstFragment.Within();
        storescu.Kill();
        gate.SetResult();

        await sink.Memory.Aborted.Within();
        sink.Memory.Committed.Should().BeEmpty();
        sink.Memory.AbortCount.Should().Be(1);
    }

    private static string Port(DicomServer server) => server.LocalEndPoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A memory sink whose first write waits for a gate, so the sender is caught mid data set.</summary>
    private sealed class GatedSink(Task gate) : IStoreSink
    {
        private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public MemoryStoreSink Memory { get; } = new();

        public Task Gate => gate;

        public Task FirstFragment => _first.Task;

        public async Task<IStoreTarget> BeginAsync(StoreRequestInfo request, CancellationToken cancellationToken) =>
            new Target(this, await Memory.BeginAsync(request, cancellationToken));

        private sealed class Target(GatedSink sink, IStoreTarget inner) : IStoreTarget
        {
            public async ValueTask WriteAsync(System.Buffers.ReadOnlySequence<byte> fragment, CancellationToken cancellationToken)
            {
                sink._first.TrySetResult();
                await sink.Gate;
                await inner.WriteAsync(fragment, cancellationToken);
            }

            public Task<DimseStatus> CommitAsync(CancellationToken cancellationToken) => inner.CommitAsync(cancellationToken);

            public Task AbortAsync(CancellationToken cancellationToken) => inner.AbortAsync(cancellationToken);
        }
    }
}
