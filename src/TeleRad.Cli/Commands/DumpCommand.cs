using System.CommandLine;
using TeleRad.Cli.Dump;

namespace TeleRad.Cli.Commands;

/// <summary>
/// <c>telerad dump FILE... [--json] [--stop-before-pixels] [--bulk-data uri|omit]</c>: prints DICOM files as text in
/// the spirit of DCMTK's dcmdump, or as the DICOM JSON model (PS3.18 annex F).
/// </summary>
internal static class DumpCommand
{
    private const string UriMode = "uri";
    private const string OmitMode = "omit";

    /// <summary>The help section after the options: the output formats in full.</summary>
    public const string HelpDetails =
        """
        Text output (default), in the manner of dcmdump: a '# Dicom-Meta-Information-Header' section with the
        File Meta Information, then a '# Dicom-Data-Set' section, each with its transfer syntax, then one line
        per element:
          (gggg,eeee) VR value                         # length, VM Keyword
        Strings are shown in brackets, decoded with the character set in force, multiple values joined by '\';
        binary numbers bare; OB/OW/UN values as their first bytes or words in hex, '...' when longer; values
        of more than 1024 bytes that are not text as '(not loaded, N bytes)'. Sequence items, their delimiters
        and encapsulated pixel data fragments are indented under their element. With several files, each
        dump starts with a '# File: PATH' line.

        JSON output (--json): NDJSON, one compact object per line per file, in argument order. Each object is
        the DICOM JSON model (PS3.18 annex F) of the file, File Meta Information (0002,xxxx) first. Pixel Data,
        and OB/OW/OF/OD/OL/OV/UN values over 1024 bytes, are bulk data:
          --bulk-data uri (default)  "BulkDataURI": "file://<absolute path>?offset=<N>&length=<M>"
                                     the byte range of the value as stored in the file; for encapsulated
                                     pixel data, from its first item to the end of its sequence delimiter;
                                     no URI for a deflated transfer syntax, whose offsets are not file offsets
          --bulk-data omit           no value, only "vr"
        Shorter binary values are written as "InlineBinary".

        A file that fails is reported on stderr and prints nothing on stdout; the other files are still dumped.

        """;

    /// <summary>Builds the verb with its arguments, options and action.</summary>
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "DICOM files to dump: Part 10 files, with or without preamble, or bare data sets.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json")
        {
            Description =
                "Write the DICOM JSON model (PS3.18 annex F) instead of text: NDJSON, one object per line per file.",
        };
        var stopBeforePixels = new Option<bool>("--stop-before-pixels")
        {
            Description = "Read each file only up to Pixel Data (7FE0,0010): the header, without pixel data or anything after it.",
        };
        var bulkData = new Option<string>("--bulk-data")
        {
            Description = "With --json: 'uri' writes bulk values as a file:// BulkDataURI, 'omit' leaves them out.",
            HelpName = "uri|omit",
            DefaultValueFactory = _ => UriMode,
        };
        bulkData.AcceptOnlyFromAmong(UriMode, OmitMode);

        // System.CommandLine hands a token like "--bogus" to FILE when no option matches it; make it a usage error.
        files.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                    result.AddError($"Unrecognized option '{token.Value}' (name a file that starts with '-' as ./{token.Value}).");
            }
        });

        var command = new Command("dump", "Print DICOM files as text, like DCMTK's dcmdump, or as the DICOM JSON model.")
        {
            files,
            json,
            stopBeforePixels,
            bulkData,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(bulkData) is { Implicit: false } && !result.GetValue(json))
                result.AddError("--bulk-data applies only with --json.");
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = new DumpSettings(
                parseResult.GetValue(json),
                parseResult.GetValue(stopBeforePixels),
                parseResult.GetValue(bulkData) == OmitMode ? BulkDataMode.Omit : BulkDataMode.Uri);
            var runner = new DumpRunner(settings, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            return await runner.RunAsync(parseResult.GetRequiredValue(files), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
