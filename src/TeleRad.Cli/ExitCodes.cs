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

    /// <summary>The peer rejected the association (A-ASSOCIATE-RJ, PS3.8 section 7.1.1.7): wrong AE title, too busy.</summary>
    public const int AssociationRejected = 4;

    /// <summary>
    /// The network failed: the connection could not be opened (refused, unreachable, timed out), the association was
    /// aborted or closed, or a receiver could not listen on its port.
    /// </summary>
    public const int ConnectionFailed = 5;

    /// <summary>
    /// A DIMSE operation did not succeed: a failure status (e.g. C-STORE refused), no answer in time, or no accepted
    /// presentation context for it; for <c>send</c>, at least one file was not stored.
    /// </summary>
    public const int DimseFailure = 6;

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
          4    echo/send/find: the association was rejected (A-ASSOCIATE-RJ: unknown AE title, SCP too busy)
          5    echo/send/find/receive: connection refused, unreachable or timed out, association aborted, or
               receive could not listen on its port
          6    echo/send/find: a DIMSE failure: a failure status or no response for at least one operation, no
               accepted presentation context, or (send) a file that could not be read or sent
          130  cancelled (Ctrl+C); receive exits 0 when stopped by Ctrl+C or SIGTERM
        """;
}
