using System.Globalization;
using TeleRad.Dicom.Network;

namespace TeleRad.Cli.Network;

/// <summary>
/// Runs <c>telerad send</c>: collects the files, sends them with <see cref="DicomClient.SendFilesAsync"/>, prints a
/// line per file and a summary, and picks the exit code: rejection (4) or connection failure (5) when the association
/// failed, else 6 when a file was not stored, else 3 when an argument named no file.
/// </summary>
internal sealed class SendRunner(ScuTarget target, TextWriter output, TextWriter error)
{
    private const string Prefix = "telerad send: ";

    /// <summary>Sends the files named by <paramref name="arguments"/> and returns the exit code.</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> arguments, bool recursive, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> files;
        IReadOnlyList<string> missing;
        try
        {
            (files, missing) = InputFiles.Collect(arguments, recursive);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{Prefix}cannot scan the inputs: {e.Message}").ConfigureAwait(false);
            return ExitCodes.IOError;
        }

        foreach (var path in missing)
            await error.WriteLineAsync($"{Prefix}{path}: file not found.").ConfigureAwait(false);
        if (files.Count == 0)
        {
            await error.WriteLineAsync($"{Prefix}no files to send.").ConfigureAwait(false);
            return missing.Count > 0 ? ExitCodes.IOError : ExitCodes.Success;
        }

        // Progress is drawn only for a person watching a terminal; a redirected stderr (a log, a test) stays clean.
        var progress = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected
            ? new TerminalProgress(error, files.Count)
            : null;
        IReadOnlyList<StoreFileResult> results;
        try
        {
            results = await DicomClient.SendFilesAsync(target.ToClientOptions(), files, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            progress?.Clear();
            await error.WriteLineAsync(Prefix + "cancelled").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (NetworkFailure.IsReported(e))
        {
            progress?.Clear();
            await error.WriteLineAsync($"{Prefix}{target}: {NetworkFailure.Describe(e)}").ConfigureAwait(false);
            return NetworkFailure.ExitCodeOf(e);
        }

        progress?.Clear();
        return await ReportAsync(results, missing.Count > 0).ConfigureAwait(false);
    }

    private async Task<int> ReportAsync(IReadOnlyList<StoreFileResult> results, bool anyMissing)
    {
        var stored = 0;
        var associationFailed = false;
        foreach (var result in results)
        {
            var status = result.Status is { } s ? "0x" + s.Code.ToString("X4", CultureInfo.InvariantCulture) : "-";
            await output.WriteLineAsync($"{(result.Stored ? "OK    " : "FAILED")}  {status,-6}  {result.Path}").ConfigureAwait(false);
            if (result.Stored)
                stored++;
            if (result.Error is { } reason)
            {
                await error.WriteLineAsync($"{Prefix}{result.Path}: {reason}").ConfigureAwait(false);
                associationFailed |= NetworkFailure.IsNotSentAfterAssociationFailure(reason);
            }
        }

        await output.WriteLineAsync($"sent {stored} of {results.Count} files to {target}").ConfigureAwait(false);
        if (associationFailed)
            return ExitCodes.ConnectionFailed;
        if (stored < results.Count)
            return ExitCodes.DimseFailure;
        return anyMissing ? ExitCodes.IOError : ExitCodes.Success;
    }
}
