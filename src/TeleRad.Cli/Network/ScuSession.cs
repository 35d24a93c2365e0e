using TeleRad.Dicom.Network;

namespace TeleRad.Cli.Network;

/// <summary>
/// Runs one association of an SCU verb: connect, hand the client to the verb's work, and turn cancellation and
/// network failures into the documented exit codes (<see cref="NetworkFailure"/>) with a message on stderr.
/// </summary>
internal static class ScuSession
{
    /// <summary>Connects with <paramref name="options"/> and returns what <paramref name="work"/> returns, or the failure's exit code.</summary>
    public static async Task<int> RunAsync(
        string verb,
        ScuTarget target,
        DicomClientOptions options,
        TextWriter error,
        Func<DicomClient, Task<int>> work,
        CancellationToken cancellationToken)
    {
        var prefix = $"telerad {verb}: ";
        try
        {
            var client = await DicomClient.ConnectAsync(options, cancellationToken).ConfigureAwait(false);
            await using (client.ConfigureAwait(false))
                return await work(client).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync(prefix + "cancelled").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (NetworkFailure.IsReported(e))
        {
            await error.WriteLineAsync($"{prefix}{target}: {NetworkFailure.Describe(e)}").ConfigureAwait(false);
            return NetworkFailure.ExitCodeOf(e);
        }
    }
}
