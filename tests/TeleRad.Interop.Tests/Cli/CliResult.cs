namespace TeleRad.Interop.Tests.Cli;

/// <summary>What one in-process <c>telerad</c> run returned and printed.</summary>
public sealed record CliResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>A description for assertion messages.</summary>
    public string Describe() => $"exit code {ExitCode}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";
}
