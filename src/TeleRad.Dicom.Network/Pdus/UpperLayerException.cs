namespace TeleRad.Dicom.Network.Pdus;

/// <summary>
/// A failure of the DICOM Upper Layer: a malformed or unexpected PDU, a rejection, an abort, a closed connection or
/// an expired timer. Messages name PDU and item types, lengths and offsets only, never values carried in a PDU.
/// </summary>
public sealed class UpperLayerException : Exception
{
    /// <summary>Creates an exception for <paramref name="fault"/>.</summary>
    public UpperLayerException(UpperLayerFault fault, string message, Exception? innerException = null)
        : base($"{fault}: {message}", innerException)
    {
        Fault = fault;
    }

    /// <summary>Creates the exception for an A-ASSOCIATE-RJ received from the peer.</summary>
    public UpperLayerException(AssociateRejection rejection)
        : base($"{UpperLayerFault.AssociationRejected}: {rejection}.")
    {
        Fault = UpperLayerFault.AssociationRejected;
        Rejection = rejection;
    }

    /// <summary>Creates the exception for an A-ABORT received from the peer.</summary>
    public UpperLayerException(AbortSource source, AbortReason reason)
        : base($"{UpperLayerFault.AbortReceived}: the peer aborted the association (source {source}, reason {reason}).")
    {
        Fault = UpperLayerFault.AbortReceived;
        AbortSource = source;
        AbortReason = reason;
    }

    /// <summary>Creates an exception without detail (for serializers and tests).</summary>
    public UpperLayerException()
        : this(UpperLayerFault.Aborted, "the association failed.")
    {
    }

    /// <summary>Creates an exception with a message (fault <see cref="UpperLayerFault.Aborted"/>).</summary>
    public UpperLayerException(string message)
        : this(UpperLayerFault.Aborted, message)
    {
    }

    /// <summary>Creates an exception with a message and a cause (fault <see cref="UpperLayerFault.Aborted"/>).</summary>
    public UpperLayerException(string message, Exception innerException)
        : this(UpperLayerFault.Aborted, message, innerException)
    {
    }

    /// <summary>Reports again a failure that already ended an association, keeping its fault and details.</summary>
    internal UpperLayerException(UpperLayerException cause, string message)
        : base($"{cause.Fault}: {message}", cause)
    {
        Fault = cause.Fault;
        Rejection = cause.Rejection;
        AbortSource = cause.AbortSource;
        AbortReason = cause.AbortReason;
    }

    /// <summary>What went wrong.</summary>
    public UpperLayerFault Fault { get; }

    /// <summary>The peer's A-ASSOCIATE-RJ fields, for <see cref="UpperLayerFault.AssociationRejected"/>.</summary>
    public AssociateRejection? Rejection { get; }

    /// <summary>The peer's A-ABORT source, for <see cref="UpperLayerFault.AbortReceived"/>.</summary>
    public AbortSource? AbortSource { get; }

    /// <summary>The peer's A-ABORT reason, for <see cref="UpperLayerFault.AbortReceived"/>.</summary>
    public AbortReason? AbortReason { get; }
}
