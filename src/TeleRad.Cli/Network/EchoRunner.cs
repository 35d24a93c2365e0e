using System.Globalization;
using TeleRad.Dicom.Network;

namespace TeleRad.Cli.Network;

/// <summary>Runs <c>telerad echo</c>: associate, C-ECHO, release.</summary>
internal static class EchoRunner
{
    private const string Prefix = "telerad echo: ";

    /// <summary>Echoes <paramref name="target"/> and returns the exit code.</summary>
    public static async Task<int> RunAsync(ScuTarget target, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            var client = await DicomClient.ConnectAsync(target.ToClientOptions(), cancellationToken).ConfigureAwait(false);
            await using (client.ConfigureAwait(false))
            {
                var status = await client.EchoAsync(cancellationToken).ConfigureAwait(false);
                await client.ReleaseAsync(cancellationToken).ConfigureAwait(false);
                var code = status.Code.ToString("X4", CultureInfo.InvariantCulture);
                if (!status.IsSuccessOrWarning)
                {
                    await error.WriteLineAsync($"{Prefix}{target}: C-ECHO failed with status 0x{code} ({status.Category}).").ConfigureAwait(false);
                    return ExitCodes.DimseFailure;
                }

                await output.WriteLineAsync($"echo {target}: status 0x{code}").ConfigureAwait(false);
                return ExitCodes.Success;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync(Prefix + "cancelled").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (NetworkFailure.IsReported(e))
        {
            await error.WriteLineAsync($"{Prefix}{target}: {NetworkFailure.Describe(e)}").ConfigureAwait(false);
            return NetworkFailure.ExitCodeOf(e);
        }
    }
}
