using System.Globalization;
using System.Text;
using TeleRad.Cli.Dump;
using TeleRad.Dicom;
using TeleRad.Dicom.Dictionary;
using TeleRad.Dicom.Json;
using TeleRad.Dicom.Network;
using TeleRad.Dicom.Network.Query;

namespace TeleRad.Cli.Network;

/// <summary>Runs <c>telerad find</c>: associate, one C-FIND (PS3.4 annex C), print each match, release.</summary>
internal static class FindRunner
{
    private const string Prefix = "telerad find: ";

    /// <summary>Queries the target and returns the exit code.</summary>
    public static Task<int> RunAsync(FindSettings settings, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var target = settings.Target;
        var options = target.ToClientOptions() with { PresentationContexts = [PresentationContextProposal.ForQuery(settings.SopClassUid)] };
        return ScuSession.RunAsync("find", target, options, error, async client =>
        {
            var matches = 0;
            FindResponse? final = null;
            await foreach (var response in client.FindAsync(settings.SopClassUid, settings.Identifier, cancellationToken).ConfigureAwait(false))
            {
                if (!response.IsPending)
                {
                    final = response;
                    break;
                }

                matches++;
                if (response.Identifier is { } identifier)
                    await output.WriteAsync(await FormatAsync(identifier, matches, settings.Json, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            }

            await client.ReleaseAsync(cancellationToken).ConfigureAwait(false);
            var status = final!.Status;
            var code = status.Code.ToString("X4", CultureInfo.InvariantCulture);
            if (!status.IsSuccessOrWarning)
            {
                await error.WriteLineAsync($"{Prefix}{target}: C-FIND ended with status 0x{code} ({status.Category}) after {matches} match(es).").ConfigureAwait(false);
                return ExitCodes.DimseFailure;
            }

            await error.WriteLineAsync($"{Prefix}{target}: {matches} match(es), status 0x{code}").ConfigureAwait(false);
            return ExitCodes.Success;
        }, cancellationToken);
    }

    private static async Task<string> FormatAsync(DicomDataset identifier, int number, bool json, CancellationToken cancellationToken)
    {
        if (json)
        {
            var text = await DicomJsonWriter.ToJsonAsync(identifier, new DicomJsonOptions { Indented = false }, cancellationToken).ConfigureAwait(false);
            return text + "\n";
        }

        // dcmdump-like lines, one per attribute: (gggg,eeee) VR value # Keyword.
        var builder = new StringBuilder().Append(CultureInfo.InvariantCulture, $"# Match {number}\n");
        foreach (var attribute in identifier)
        {
            builder.Append(attribute.Tag.ToString()).Append(' ').Append(attribute.VR.Code()).Append(' ');
            if (attribute is DicomElement element)
                ValueFormatter.Append(builder, element, identifier.CharacterSet);
            else if (attribute is DicomSequence sequence)
                builder.Append(CultureInfo.InvariantCulture, $"({sequence.Items.Count} item(s))");
            builder.Append(" # ").Append(DicomDictionary.KeywordOf(attribute.Tag) ?? "?").Append('\n');
        }

        return builder.Append('\n').ToString();
    }
}
