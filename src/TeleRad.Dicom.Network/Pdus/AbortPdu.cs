namespace TeleRad.Dicom.Network.Pdus;

/// <summary>A-ABORT (PS3.8 section 9.3.8, table 9-26).</summary>
/// <param name="source">Who aborts.</param>
/// <param name="reason">Why; significant only when <paramref name="source"/> is the service-provider.</param>
public sealed class AbortPdu(AbortSource source, AbortReason reason) : Pdu
{
    /// <inheritdoc />
    public override PduType Type => PduType.Abort;

    /// <summary>Who aborts.</summary>
    public AbortSource Source { get; } = source;

    /// <summary>Why (sent as 0 by a service-user, and not significant then).</summary>
    public AbortReason Reason { get; } = reason;
}
