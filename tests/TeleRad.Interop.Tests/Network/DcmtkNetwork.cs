using System.Globalization;
using System.Net;
using System.Net.Sockets;
using TeleRad.Interop.Tests.Cli;
using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Network;

/// <summary>DCMTK's network tools for the <c>telerad</c> network verb tests (TCP_NODELAY=1 is set by <see cref="PeerProcess"/>).</summary>
public static class DcmtkNetwork
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>A loopback port nothing listens on now (the system's pick, released again).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Runs <c>echoscu</c> against 127.0.0.1.</summary>
    public static Task<PeerResult> EchoscuAsync(int port, string calledAet) =>
        PeerProcess.RunAsync("echoscu", ["-aec", calledAet, "127.0.0.1", Port(port)], ToolTimeout);

    /// <summary>Runs <c>storescu</c> of <paramref name="files"/> against 127.0.0.1.</summary>
    public static Task<PeerResult> StorescuAsync(int port, string calledAet, IEnumerable<string> files) =>
        PeerProcess.RunAsync("storescu", ["-aec", calledAet, "127.0.0.1", Port(port), .. files], ToolTimeout);

    /// <summary>
    /// Starts <c>storescp --output-directory DIR PORT</c> (it has no bind option and listens on every interface) and
    /// waits, with <c>telerad echo</c> retried until a deadline, until it answers. Dispose the peer to kill it by PID.
    /// </summary>
    public static async Task<(PeerProcess Peer, int Port)> StartStorescpAsync(string directory)
    {
        var port = FreePort();
        var peer = PeerProcess.Start("storescp", ["--output-directory", directory, Port(port)]);
        using var deadline = new CancellationTokenSource(ReadyTimeout);
        while (true)
        {
            var echo = await CliRunner.RunAsync(["echo", "127.0.0.1", Port(port), "--timeout", "2"], CancellationToken.None);
            if (echo.ExitCode == 0)
                return (peer, port);
            if (peer.HasExited || deadline.IsCancellationRequested)
            {
                var stderr = peer.StandardErrorSoFar;
                await peer.DisposeAsync();
                throw new InvalidOperationException($"storescp did not answer on port {port}: {echo.Describe()}\nstorescp: {stderr}");
            }

            // A connection refused comes back at once; pause a little between attempts rather than spin.
            await Task.Delay(50, deadline.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>A port as an argument.</summary>
    public static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
