namespace TeleRad.Cli;

/// <summary>
/// The process exit codes of every <c>telerad</c> verb, documented in <c>--help</c> and <c>docs/cli.md</c>. They follow
/// the usual Unix conventions: 2 for a usage error (as BSD <c>sysexits</c>-style tools and shells do), 128 + SIGINT for
/// an interrupted run.
/// </summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;

    /// <summary>At least one input was malformed, truncated or not DICOM.</summary>
    public const int MalformedInput = 1;

    /// <summary>The command line itself was wrong (unknown option, missing argument, bad option value).</summary>
    public const int UsageError = 2;

    /// <summary>At least one input could not be read: not found, permission denied, I/O error.</summary>
    public const int IOError = 3;

    /// <summary>Cancelled by Ctrl+C (SIGINT): 128 + 2.</summary>
    public const int Cancelled = 130;

    /// <summary>The exit codes as a help section.</summary>
    internal const string HelpText =
        """
        Exit codes:
          0    success
          1    an input was malformed, truncated or not DICOM (reported on stderr with the file, the fault,
               the byte offset and the tag; never element values)
          2    usage error (unknown option, missing argument, bad option value)
          3    an input was not found or could not be read (I/O error); wins over 1 when inputs fail differently
          130  cancelled (Ctrl+C)
        """;
}
