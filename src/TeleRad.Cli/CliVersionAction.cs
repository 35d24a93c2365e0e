using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace TeleRad.Cli;

/// <summary>
/// The <c>--version</c> action: the informational version of the telerad assembly itself. The built-in action prints
/// the entry assembly's, which is the test host when <see cref="CliApplication"/> runs in-process.
/// </summary>
internal sealed class CliVersionAction : SynchronousCommandLineAction
{
    /// <summary>The version text, e.g. "1.0.0+commit".</summary>
    public static string Version { get; } =
        typeof(CliVersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CliVersionAction).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return ExitCodes.Success;
    }
}
