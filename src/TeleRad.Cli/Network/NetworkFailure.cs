using TeleRad.Dicom.Network.Dimse;
using TeleRad.Dicom.Network.Pdus;

namespace TeleRad.Cli.Network;

/// <summary>Maps what the network library throws to an exit code and a one-line reason (no values, only faults).</summary>
internal static class NetworkFailure
{
    /// <summary>True for the exceptions a network verb reports rather than lets escape.</summary>
    public static bool IsReported(Exception e) => e is UpperLayerException or DimseException;

    /// <summary>The exit code for <paramref name="e"/>, one of the <see cref="IsReported"/> exceptions.</summary>
    public static int ExitCodeOf(Exception e) => e switch
    {
        UpperLayerException { Fault: UpperLayerFault.AssociationRejected } => ExitCodes.AssociationRejected,
        UpperLayerException => ExitCodes.ConnectionFailed,
        _ => ExitCodes.DimseFailure,
    };

    /// <summary>
    /// The reason to print. A rejection names its result, source and reason (PS3.8 table 9-21); the rest use the
    /// library's messages, which carry fault names, lengths and UIDs of syntaxes only.
    /// </summary>
    public static string Describe(Exception e) => e switch
    {
        UpperLayerException { Rejection: { } rejection } => $"association rejected: {rejection}.",
        _ => e.Message,
    };

    /// <summary>
    /// True when a file's error from <c>DicomClient.SendFilesAsync</c> says it was not sent because the association had
    /// failed on an earlier file (the library prefixes those with "not sent: "). The file on which the association
    /// failed carries the bare Upper Layer message, which cannot be told apart from a file's own format error by text
    /// alone, so a failure on the last file of an association counts as a file failure.
    /// </summary>
    public static bool IsNotSentAfterAssociationFailure(string error) => error.StartsWith("not sent: ", StringComparison.Ordinal);
}
