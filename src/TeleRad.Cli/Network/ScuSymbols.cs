using System.CommandLine;

namespace TeleRad.Cli.Network;

/// <summary>
/// The arguments and options every SCU verb shares (<c>HOST PORT</c>, <c>--aet</c>, <c>--called-aet</c>,
/// <c>--timeout</c>), defined once so echo, send and find cannot drift apart.
/// </summary>
internal sealed class ScuSymbols
{
    /// <summary>Creates the symbols; <paramref name="timeoutDescription"/> says what the timeout bounds for this verb.</summary>
    public ScuSymbols(string timeoutDescription)
    {
        Port.Validators.Add(r => NetworkOptions.ValidatePort(r, allowZero: false));
        Timeout = NetworkOptions.Timeout(timeoutDescription, 30);
    }

    /// <summary>The SCP's host.</summary>
    public Argument<string> Host { get; } = new("HOST") { Description = "Host name or address of the SCP." };

    /// <summary>The SCP's port.</summary>
    public Argument<int> Port { get; } = new("PORT") { Description = "TCP port of the SCP." };

    /// <summary>This side's AE title.</summary>
    public Option<string> CallingAETitle { get; } = NetworkOptions.OwnAETitle("The calling AE title (this side).");

    /// <summary>The SCP's AE title.</summary>
    public Option<string> CalledAETitle { get; } = NetworkOptions.CalledAETitle();

    /// <summary>Seconds to wait.</summary>
    public Option<int> Timeout { get; }

    /// <summary>Adds <c>HOST PORT</c> (call before any further arguments, whose order follows).</summary>
    public void AddEndpointTo(Command command)
    {
        command.Arguments.Add(Host);
        command.Arguments.Add(Port);
    }

    /// <summary>Adds <c>--aet</c>, <c>--called-aet</c> and <c>--timeout</c>.</summary>
    public void AddOptionsTo(Command command)
    {
        command.Options.Add(CallingAETitle);
        command.Options.Add(CalledAETitle);
        command.Options.Add(Timeout);
    }

    /// <summary>The target the parsed command line names.</summary>
    public ScuTarget ToTarget(ParseResult parseResult) => new(
        parseResult.GetRequiredValue(Host),
        parseResult.GetValue(Port),
        parseResult.GetRequiredValue(CallingAETitle),
        parseResult.GetRequiredValue(CalledAETitle),
        TimeSpan.FromSeconds(parseResult.GetValue(Timeout)));
}
