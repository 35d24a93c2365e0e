using TeleRad.Cli;
using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Cli;

/// <summary>
/// Runs <c>telerad</c> either in-process through <see cref="CliApplication.InvokeAsync"/> with captured output, or as
/// a real process: <c>dotnet telerad.dll</c>, the build output copied next to the test assembly by the project reference.
/// </summary>
public static class CliRunner
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The built <c>telerad</c> assembly next to the test assembly.</summary>
    public static string TeleradDll => Path.Combine(AppContext.BaseDirectory, "telerad.dll");

    /// <summary>Runs <c>telerad</c> in-process.</summary>
    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(args, CancellationToken.None);

    /// <summary>Runs <c>telerad</c> in-process with a cancellation token (Ctrl+C's stand-in).</summary>
    public static async Task<CliResult> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CliApplication.InvokeAsync(args, stdout, stderr, cancellationToken: cancellationToken);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the built <c>telerad</c> as a separate process.</summary>
    public static Task<PeerResult> RunProcessAsync(params string[] args) =>
        PeerProcess.RunAsync(DotnetHost, [TeleradDll, .. args], ProcessTimeout);

    /// <summary>Runs DCMTK's <c>dcmdump</c>.</summary>
    public static Task<PeerResult> DcmdumpAsync(params string[] args) =>
        PeerProcess.RunAsync("dcmdump", args, ProcessTimeout);

    // "dotnet test" names the host that runs it; fall back to PATH outside the test host.
    private static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
