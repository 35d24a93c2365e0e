using System.CommandLine;
using System.Net;
using TeleRad.Cli.Network;

namespace TeleRad.Cli.Commands;

/// <summary>
/// <c>telerad receive --port P --out DIR [--bind ADDR] [--aet A] [--max-associations N] [--timeout S]</c>: a C-ECHO and
/// C-STORE SCP (PS3.4 annexes A and B) in the manner of DCMTK's storescp, until Ctrl+C or SIGTERM.
/// </summary>
internal static class ReceiveCommand
{
    /// <summary>The help section after the options.</summary>
    public const string HelpDetails =
        """
        Accepts Verification and every storage SOP class of PS3.4, in the uncompressed, deflated and every
        encapsulated transfer syntax (a data set is stored as received, never decoded). Associations calling
        another AE title than --aet are rejected (called-AE-title-not-recognized); more than
        --max-associations at once are rejected as local-limit-exceeded (transient).

        Each instance is written to DIR/{SOP Instance UID}.dcm (File Meta Information added), under a
        temporary name that is fsynced, renamed into place and the directory fsynced before the success
        response is sent. A UID that is not a valid UID (PS3.5 section 9.1) is refused with status 0xC000.
        An instance received again replaces the earlier file.

        Output on stdout, each line flushed as it happens:
          listening on ADDR:PORT                    once bound (the real port when --port 0)
          stored PATH from CALLING-AET (SYNTAX)     per instance stored
          refused an instance from AET: status S    per instance refused
        Runs until Ctrl+C or SIGTERM, then stops accepting, lets running associations finish for a second,
        aborts the rest and exits with 0.

        """;

    /// <summary>Builds the verb with its options and action.</summary>
    public static Command Create()
    {
        var port = new Option<int>("--port", "-p") { Description = "TCP port to listen on; 0 lets the system pick one.", Required = true };
        port.Validators.Add(r => NetworkOptions.ValidatePort(r, allowZero: true));
        var output = new Option<string>("--out", "-o") { Description = "Directory for the received files; created if missing.", HelpName = "dir", Required = true };
        var bind = new Option<string>("--bind")
        {
            Description = "Address to listen on: 127.0.0.1 is this machine only, 0.0.0.0 every interface.",
            HelpName = "address",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        bind.Validators.Add(result =>
        {
            if (!IPAddress.TryParse(result.GetValueOrDefault<string>(), out _))
                result.AddError("--bind must be an IPv4 or IPv6 address.");
        });
        var aet = NetworkOptions.OwnAETitle("This SCP's AE title; associations calling another are rejected.");
        var maxAssociations = new Option<int>("--max-associations")
        {
            Description = "The most associations served at once.",
            HelpName = "n",
            DefaultValueFactory = _ => 16,
        };
        maxAssociations.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
                result.AddError("--max-associations must be at least 1.");
        });
        var timeout = NetworkOptions.Timeout("Seconds an association may stay silent before it is aborted.", 300);

        var command = new Command("receive", "Receive DICOM files with C-STORE (and answer C-ECHO), like DCMTK's storescp.")
        {
            port,
            output,
            bind,
            aet,
            maxAssociations,
            timeout,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = new ReceiveSettings(
                new IPEndPoint(IPAddress.Parse(parseResult.GetRequiredValue(bind)), parseResult.GetValue(port)),
                parseResult.GetRequiredValue(output),
                parseResult.GetRequiredValue(aet),
                parseResult.GetValue(maxAssociations),
                TimeSpan.FromSeconds(parseResult.GetValue(timeout)));
            var configuration = parseResult.InvocationConfiguration;
            return await ReceiveRunner.RunAsync(settings, configuration.Output, configuration.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
