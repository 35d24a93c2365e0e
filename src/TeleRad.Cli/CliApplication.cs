using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using TeleRad.Cli.Commands;

namespace TeleRad.Cli;

/// <summary>
/// Builds the <c>telerad</c> root command and runs it. <c>Program</c> calls <see cref="InvokeAsync"/> with the real
/// console; tests call it in-process with <see cref="StringWriter"/>s to capture what a run prints.
/// </summary>
public static class CliApplication
{
    /// <summary>How long a verb may take to wind down after Ctrl+C before the process exits anyway.</summary>
    private static readonly TimeSpan TerminationGrace = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The root command with every verb. <c>--help</c> and <c>--version</c> come with <see cref="RootCommand"/>; its
    /// help action is replaced by one that adds each verb's details and the exit codes.
    /// </summary>
    public static RootCommand BuildRootCommand()
    {
        var root = new RootCommand("TeleRad: store-and-forward DICOM teleradiology tools. Run 'telerad VERB --help' for a verb's options.");
        var details = new Dictionary<Command, string>();

        var dump = DumpCommand.Create();
        root.Subcommands.Add(dump);
        details[dump] = DumpCommand.HelpDetails;

        var echo = EchoCommand.Create();
        root.Subcommands.Add(echo);
        details[echo] = EchoCommand.HelpDetails;

        var send = SendCommand.Create();
        root.Subcommands.Add(send);
        details[send] = SendCommand.HelpDetails;

        var find = FindCommand.Create();
        root.Subcommands.Add(find);
        details[find] = FindCommand.HelpDetails;

        var receive = ReceiveCommand.Create();
        root.Subcommands.Add(receive);
        details[receive] = ReceiveCommand.HelpDetails;

        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new CliHelpAction((HelpAction)help.Action!, details);
        root.Options.OfType<VersionOption>().Single().Action = new CliVersionAction();
        return root;
    }

    /// <summary>
    /// Parses <paramref name="args"/> and runs the chosen verb, writing normal output (and help) to
    /// <paramref name="output"/> and diagnostics to <paramref name="error"/>; both are flushed before returning.
    /// Returns the process exit code (<see cref="ExitCodes"/>); parse errors give <see cref="ExitCodes.UsageError"/>.
    /// </summary>
    /// <param name="args">The command line arguments, without the program name.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="handleProcessTermination">
    /// True in the real process: Ctrl+C (SIGINT) and SIGTERM cancel the verb's token. In-process callers leave it false
    /// and cancel through <paramref name="cancellationToken"/>, so no console signal handler is installed.
    /// </param>
    /// <param name="cancellationToken">Cancels the run; the verb then exits with <see cref="ExitCodes.Cancelled"/>.</param>
    public static async Task<int> InvokeAsync(
        IReadOnlyList<string> args,
        TextWriter output,
        TextWriter error,
        bool handleProcessTermination = false,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var parseResult = BuildRootCommand().Parse(args);
        var usageError = parseResult.Action as ParseErrorAction;
        if (usageError is not null)
        {
            // A short error and a pointer to the help, rather than the errors drowned in the full help text.
            usageError.ShowHelp = false;
        }

        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            ProcessTerminationTimeout = handleProcessTermination ? TerminationGrace : null,
        };
        int exitCode;
        try
        {
            exitCode = await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
            if (usageError is not null)
            {
                var command = parseResult.CommandResult.Command;
                var helpCommand = command is RootCommand ? "telerad --help" : $"telerad {command.Name} --help";
                await error.WriteLineAsync($"Run '{helpCommand}' for usage.").ConfigureAwait(false);
            }
        }
        finally
        {
            await error.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }

        try
        {
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            // What was printed last never reached its reader (a closed pipe, a full disk).
            await error.WriteLineAsync($"telerad: cannot write the output: {ex.Message}").ConfigureAwait(false);
            await error.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            return ExitCodes.IOError;
        }

        // System.CommandLine reports parse errors with exit code 1, which telerad uses for malformed input.
        return usageError is not null ? ExitCodes.UsageError : exitCode;
    }
}
