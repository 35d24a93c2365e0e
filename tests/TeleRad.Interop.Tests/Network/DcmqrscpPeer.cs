using TeleRad.Tests.Shared;
using TeleRad.Interop.Tests.Cli;
using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Network;

/// <summary>
/// DCMTK's dcmqrscp serving one AE, <see cref="AETitle"/>, whose storage directory dcmqridx indexed from the given
/// files. It listens on every interface (no bind option, PEERS.md), forks per association, and is killed by PID.
/// </summary>
public sealed class DcmqrscpPeer : IAsyncDisposable
{
    public const string AETitle = "TELERADQR";

    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);

    private readonly PeerProcess _peer;
    private readonly DirectoryInfo _directory;

    private DcmqrscpPeer(PeerProcess peer, DirectoryInfo directory, int port)
    {
        _peer = peer;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    public static async Task<DcmqrscpPeer> StartAsync(params string[] files)
    {
        var directory = Directory.CreateTempSubdirectory("telerad-qr-");
        var storage = directory.CreateSubdirectory("db").FullName;
        var index = await PeerProcess.RunAsync("dcmqridx", [storage, .. files], ToolTimeout);
        index.Succeeded.Should().BeTrue(index.Describe());
        var port = DcmtkNetwork.FreePort();
        var config = Path.Combine(directory.FullName, "dcmqrscp.cfg");
        await DcmqrscpConfig.WriteAsync(config, port, AETitle, storage);
        var peer = PeerProcess.Start("dcmqrscp", ["-c", config]);
        using var deadline = new CancellationTokenSource(ReadyTimeout);
        while (true)
        {
            var echo = await CliRunner.RunAsync(["echo", "127.0.0.1", DcmtkNetwork.Port(port), "--called-aet", AETitle, "--timeout", "2"], CancellationToken.None);
            if (echo.ExitCode == 0)
                return new DcmqrscpPeer(peer, directory, port);
            if (peer.HasExited || deadline.IsCancellationRequested)
            {
                var stderr = peer.StandardErrorSoFar;
                await peer.DisposeAsync();
                directory.Delete(recursive: true);
                throw new InvalidOperationException($"dcmqrscp did not answer on port {port}: {echo.Describe()}\ndcmqrscp: {stderr}");
            }

            await Task.Delay(50, deadline.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _peer.DisposeAsync();
        _directory.Delete(recursive: true);
    }
}
