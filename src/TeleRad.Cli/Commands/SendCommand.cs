using System.CommandLine;
using TeleRad.Cli.Network;

namespace TeleRad.Cli.Commands;

/// <summary>
/// <c>telerad send HOST PORT FILE|DIR... [--recursive] [--aet A] [--called-aet B] [--timeout S]</c>: C-STORE of files
/// (PS3.4 annex B) in the manner of DCMTK's storescu, all on one association.
/// </summary>
internal static class SendCommand
{
    /// <summary>The help section after the options.</summary>
    public const string HelpDetails =
        """
        Directories are scanned for files (subdirectories only with --recursive). Every file is read up to its
        SOP Instance UID to learn its SOP class and transfer syntax; one presentation context is proposed per
        distinct pair (the file's own syntax first; uncompressed data may also go as explicit or implicit VR
        little endian), and the files are sent in order on one association (more only past 128 contexts).

        One line per file on stdout, then a summary:
          OK      0x0000  PATH       stored (a warning status such as 0xB000 also counts as stored)
          FAILED  0x0122  PATH       the SCP answered a failure status
          FAILED  -       PATH       not sent: the reason follows on stderr
          sent N of M files
        When stderr is a terminal, a progress counter is shown there.

        """;

    /// <summary>Builds the verb with its arguments, options and action.</summary>
    public static Command Create()
    {
        var scu = new ScuSymbols("Seconds to wait for the connection, the association and each response.");
        var paths = new Argument<string[]>("FILE|DIR")
        {
            Description = "DICOM files to send, or directories to scan for them.",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                    result.AddError($"Unrecognized option '{token.Value}' (name a file that starts with '-' as ./{token.Value}).");
            }
        });
        var recursive = new Option<bool>("--recursive", "-r") { Description = "Scan directories recursively." };
        var command = new Command("send", "Send DICOM files with C-STORE, like DCMTK's storescu.");
        scu.AddEndpointTo(command);
        command.Arguments.Add(paths);
        command.Options.Add(recursive);
        scu.AddOptionsTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var target = scu.ToTarget(parseResult);
            var configuration = parseResult.InvocationConfiguration;
            var runner = new SendRunner(target, configuration.Output, configuration.Error);
            return await runner.RunAsync(parseResult.GetRequiredValue(paths), parseResult.GetValue(recursive), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
