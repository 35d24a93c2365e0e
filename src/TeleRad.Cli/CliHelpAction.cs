using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace TeleRad.Cli;

/// <summary>
/// The <c>--help</c> action: System.CommandLine's help, then the details of the command asked about (output formats
/// and the like, which do not fit an option's one-line description) and the exit codes, which every verb shares.
/// </summary>
internal sealed class CliHelpAction : SynchronousCommandLineAction
{
    /// <summary>Help lines are wrapped here rather than at the terminal width, so redirected help stays readable.</summary>
    private const int MaxWidth = 100;

    private readonly HelpAction _inner;
    private readonly IReadOnlyDictionary<Command, string> _details;

    public CliHelpAction(HelpAction inner, IReadOnlyDictionary<Command, string> details)
    {
        _inner = inner;
        _inner.MaxWidth = MaxWidth;
        _details = details;
    }

    /// <summary>Like the built-in help, <c>telerad dump --help</c> works without the otherwise required FILE.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var exitCode = _inner.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        if (_details.TryGetValue(parseResult.CommandResult.Command, out var details))
            output.WriteLine(details);
        output.WriteLine(ExitCodes.HelpText);
        return exitCode;
    }
}
