using TeleRad.Tests.Shared;
namespace TeleRad.Dicom.Network.Tests.Support;

/// <summary>
/// DCMTK's dcmqrscp on a free port with one AE, <see cref="AETitle"/>, whose storage directory is indexed with
/// dcmqridx from the given files. dcmqrscp listens on all interfaces (no bind option, PEERS.md); it is ended by PID.
/// </summary>
internal sealed class QueryRetrievePeer : IAsyncDisposable
{
    public const string AETitle = "TELERADQR";

    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(30);

    private readonly PeerRunner _runner;
    private readonly string _directory;

    private QueryRetrievePeer(PeerRunner runner, string directory, int port)
    {
        _runner = runner;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public static async Task<QueryRetrievePeer> StartAsync(params string[] files)
    {
        var directory = Directory.CreateTempSubdirectory("telerad-qr-").FullName;
        var storage = Path.Combine(directory, "db");
        Directory.CreateDirectory(storage);
        var (exitCode, output) = await PeerRunner.RunAsync(ToolTimeout, "dcmqridx", [storage, .. files]);
        exitCode.Should().Be(0, output);
        var port = PeerRunner.FreePort();
        var config = Path.Combine(directory, "dcmqrscp.cfg");
        await DcmqrscpConfig.WriteAsync(config, port, AETitle, storage);
        var runner = PeerRunner.Start("dcmqrscp", "-c", config, "--single-process");
        await runner.WaitUntilListeningAsync(port, ToolTimeout);
        return new QueryRetrievePeer(runner, directory, port);
    }

    public DicomClientOptions Client(params PresentationContextProposal[] contexts) => new()
    {
        Host = "127.0.0.1",
        Port = Port,
        CalledAETitle = AETitle,
        CallingAETitle = "TEST_SCU",
        PresentationContexts = contexts,
        Association = ServerFixture.FastOptions,
    };

    public async ValueTask DisposeAsync()
    {
        await _runner.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
