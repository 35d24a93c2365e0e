using System.CommandLine;
using TeleRad.Cli.Network;

namespace TeleRad.Cli.Commands;

/// <summary>
/// <c>telerad echo HOST PORT [--aet A] [--called-aet B] [--timeout S]</c>: a C-ECHO (PS3.4 annex A, Verification) in
/// the manner of DCMTK's echoscu.
/// </summary>
internal static class EchoCommand
{
    /// <summary>The help section after the options.</summary>
    public const string HelpDetails =
        """
        Opens an association proposing Verification (1.2.840.10008.1.1), sends one C-ECHO-RQ and releases.
        Prints 'echo HOST:PORT (CALLED-AET): status 0x0000' on success. A rejection, a refused connection
        or a failure status is reported on stderr with its reason (PS3.8 table 9-21 for rejections).

        """;

    /// <summary>Builds the verb with its arguments, options and action.</summary>
    public static Command Create()
    {
        var scu = new ScuSymbols("Seconds to wait for the connection, the association and the response.");
        var command = new Command("echo", "Check a DICOM peer with C-ECHO, like DCMTK's echoscu.");
        scu.AddEndpointTo(command);
        scu.AddOptionsTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var target = scu.ToTarget(parseResult);
            var configuration = parseResult.InvocationConfiguration;
            return await EchoRunner.RunAsync(target, configuration.Output, configuration.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
