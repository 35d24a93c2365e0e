namespace TeleRad.Interop.Tests.Support;

/// <summary>
/// What a peer process (DCMTK, pydicom, dicom3tools...) did: its exit code and
/// everything it wrote. <see cref="TimedOut"/> is true when the process was
/// killed because it ran past its timeout; <see cref="ExitCode"/> is then the
/// code the killed process reported, not a verdict of the tool.
/// </summary>
public sealed record PeerResult(
    string FileName,
    int ExitCode,
    string StandardOutput,
    string StandardError,
    bool TimedOut)
{
    /// <summary>True when the process finished by itself with exit code 0.</summary>
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>A one-paragraph description for assertion messages.</summary>
    public string Describe() =>
        $"{FileName} {(TimedOut ? "timed out" : $"exited with {ExitCode}")}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";
}
