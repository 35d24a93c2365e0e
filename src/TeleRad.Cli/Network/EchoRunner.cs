using System.Globalization;
using TeleRad.Dicom.Network;

namespace TeleRad.Cli.Network;

/// <summary>Runs <c>telerad echo</c>: associate, C-ECHO, release.</summary>
internal static class EchoRunner
{
    private const string Prefix = "telerad echo: ";

    /// <summary>Echoes <paramref name="target"/> and returns the exit code.</summary>
    public static Task<int> RunAsync(ScuTarget target, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        ScuSession.RunAsync("echo", target, target.ToClientOptions(), error, async client =>
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
        }, cancellationToken);
}
