using System.Net.Sockets;
using TeleRad.Dicom.Network;
using TeleRad.Dicom.Network.Storage;
using TeleRad.Dicom.Network.UpperLayer;

namespace TeleRad.Cli.Network;

/// <summary>
/// Runs <c>telerad receive</c>: starts a <see cref="DicomServer"/> with a durable <see cref="FileStoreSink"/>, prints
/// the bound endpoint, serves until the verb's token is cancelled (Ctrl+C, SIGTERM) and stops cleanly.
/// </summary>
internal static class ReceiveRunner
{
    private const string Prefix = "telerad receive: ";

    /// <summary>
    /// How long running associations may go on after the stop request. System.CommandLine waits 2 s for the verb after
    /// a signal before exiting with 130/143, so the rest are aborted well within that.
    /// </summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(1);

    /// <summary>Serves until <paramref name="cancellationToken"/> is cancelled and returns the exit code.</summary>
    public static async Task<int> RunAsync(ReceiveSettings settings, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var outputLock = new object();
        FileStoreSink files;
        try
        {
            files = new FileStoreSink(settings.Directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{Prefix}cannot use the output directory: {e.Message}").ConfigureAwait(false);
            return ExitCodes.IOError;
        }

        var options = new DicomServerOptions
        {
            EndPoint = settings.EndPoint,
            AETitle = settings.AETitle,
            MaxAssociations = settings.MaxAssociations,
            StoreSink = new ReportingStoreSink(files, settings.Directory, output, outputLock),
            Association = AssociationOptions.Default with { IdleTimeout = settings.IdleTimeout },
        };

        DicomServer server;
        try
        {
            server = DicomServer.Start(options);
        }
        catch (SocketException e)
        {
            await error.WriteLineAsync($"{Prefix}cannot listen on {settings.EndPoint}: {e.SocketErrorCode}.").ConfigureAwait(false);
            return ExitCodes.ConnectionFailed;
        }

        await using (server.ConfigureAwait(false))
        {
            lock (outputLock)
            {
                // Printed only once bound, with the real port: scripts and tests wait for this line.
                output.WriteLine($"listening on {server.LocalEndPoint}");
                output.Flush();
            }

            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The normal way to stop a receiver.
            }

            using var grace = new CancellationTokenSource(StopGrace);
            await server.StopAsync(grace.Token).ConfigureAwait(false);
            lock (outputLock)
            {
                output.WriteLine("stopped");
                output.Flush();
            }
        }

        return ExitCodes.Success;
    }
}
