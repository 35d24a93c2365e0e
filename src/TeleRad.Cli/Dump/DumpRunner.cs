using System.Text;
using TeleRad.Dicom;
using TeleRad.Dicom.IO;

namespace TeleRad.Cli.Dump;

/// <summary>
/// Dumps each file in turn. A file that fails is reported on standard error and the run goes on with the next one;
/// the exit code is the worst outcome (<see cref="ExitCodes.IOError"/> over <see cref="ExitCodes.MalformedInput"/>).
/// Each file's dump is formatted completely before it is written, so a file that fails prints nothing on stdout.
/// </summary>
internal sealed class DumpRunner
{
    private const string Prefix = "telerad dump: ";

    private readonly DumpSettings _settings;
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly DicomReadOptions _readOptions;

    public DumpRunner(DumpSettings settings, TextWriter output, TextWriter error)
    {
        _settings = settings;
        _output = output;
        _error = error;
        _readOptions = new DicomReadOptions
        {
            LargeValueThreshold = DumpSettings.LargeValueThreshold,
            StopBeforeTag = settings.StopBeforePixels ? DicomTag.PixelData : null,
        };
    }

    /// <summary>Dumps <paramref name="files"/> in order and returns the exit code.</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var exitCode = ExitCodes.Success;
        var text = new StringBuilder();
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                text.Clear();
                var fileExitCode = await FormatAsync(text, files, i, cancellationToken).ConfigureAwait(false);
                if (fileExitCode != ExitCodes.Success)
                {
                    exitCode = Math.Max(exitCode, fileExitCode);
                    continue;
                }

                try
                {
                    await _output.WriteAsync(text, cancellationToken).ConfigureAwait(false);
                }
                catch (IOException ex)
                {
                    // Standard output is gone (a closed pipe, a full disk): no later file can be shown either.
                    await ReportAsync($"cannot write the output: {ex.Message}").ConfigureAwait(false);
                    return ExitCodes.IOError;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await ReportAsync("cancelled").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }

        return exitCode;
    }

    /// <summary>
    /// Reads file <paramref name="index"/> and appends its dump to <paramref name="text"/>; on failure reports it and
    /// returns its exit code. Cancellation propagates.
    /// </summary>
    private async Task<int> FormatAsync(StringBuilder text, IReadOnlyList<string> files, int index, CancellationToken cancellationToken)
    {
        var file = files[index];
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var dicom = await DicomFile.OpenAsync(Path.GetFullPath(file), _readOptions, cancellationToken).ConfigureAwait(false);
            if (_settings.Json)
            {
                await JsonDumpFormatter.AppendAsync(text, dicom, _settings.BulkData, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                if (files.Count > 1)
                    text.Append(index == 0 ? string.Empty : "\n").Append("# File: ").Append(file).Append('\n');
                await TextDumpFormatter.AppendAsync(text, dicom, cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }
        catch (DicomFormatException ex)
        {
            // The message names the fault, offset and tag, never a value (DicomFormatException's contract).
            await ReportAsync($"{file}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.MalformedInput;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            await ReportAsync($"{file}: file not found.").ConfigureAwait(false);
            return ExitCodes.IOError;
        }
        catch (UnauthorizedAccessException)
        {
            // Also what opening a directory as a file gives on Unix.
            await ReportAsync($"{file}: cannot be opened (permission denied, or not a regular file).").ConfigureAwait(false);
            return ExitCodes.IOError;
        }
        catch (IOException ex)
        {
            await ReportAsync($"{file}: I/O error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.IOError;
        }
    }

    private async Task ReportAsync(string message)
    {
        // Flush what was dumped so far first, so that on a terminal the message follows the files before it.
        try
        {
            await _output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // Standard output is gone; the message still goes to standard error.
        }

        await _error.WriteLineAsync(Prefix + message).ConfigureAwait(false);
    }
}
