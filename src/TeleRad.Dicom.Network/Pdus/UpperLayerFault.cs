namespace TeleRad.Dicom.Network.Pdus;

/// <summary>
/// Why the Upper Layer gave up. The PDU faults map to an A-ABORT reason (PS3.8 table 9-26) through
/// <see cref="UpperLayerFaultExtensions.ToAbortReason"/>; the others describe how an association ended.
/// </summary>
public enum UpperLayerFault
{
    /// <summary>The PDU type byte is none of the seven of PS3.8 section 9.3 (A-ABORT reason unrecognized-PDU).</summary>
    UnrecognizedPdu,

    /// <summary>A valid PDU arrived in a state where table 9-10 does not expect it (A-ABORT reason unexpected-PDU).</summary>
    UnexpectedPdu,

    /// <summary>The PDU length is over the configured <see cref="UpperLayerLimits.MaxPduLength"/>.</summary>
    PduTooLong,

    /// <summary>A PDU, item or field length is wrong for what it must hold (too small, not the fixed size, leftover bytes).</summary>
    InvalidLength,

    /// <summary>An item or sub-item length runs past the end of the PDU or item that contains it.</summary>
    LengthExceedsContainer,

    /// <summary>An item type that the PDU's variable field may not contain at all (A-ABORT reason unrecognized-PDU parameter).</summary>
    UnrecognizedItem,

    /// <summary>A known item in the wrong place or repeated where only one is allowed (A-ABORT reason unexpected-PDU parameter).</summary>
    UnexpectedItem,

    /// <summary>A mandatory item is missing (an application context, a presentation context, a syntax).</summary>
    MissingItem,

    /// <summary>More items than <see cref="UpperLayerLimits.MaxItems"/> in one PDU or item.</summary>
    TooManyItems,

    /// <summary>A field holds a value the standard does not allow (an even presentation context ID, an empty or over-long UID).</summary>
    InvalidValue,

    /// <summary>The peer rejected the association with an A-ASSOCIATE-RJ; see <see cref="UpperLayerException.Rejection"/>.</summary>
    AssociationRejected,

    /// <summary>The peer sent an A-ABORT; see <see cref="UpperLayerException.AbortSource"/> and <see cref="UpperLayerException.AbortReason"/>.</summary>
    AbortReceived,

    /// <summary>This side aborted the association (a protocol error, a local failure or a local abort request).</summary>
    Aborted,

    /// <summary>The transport connection closed, or could not be opened, while the association still existed.</summary>
    ConnectionClosed,

    /// <summary>The ARTIM timer, the idle timeout or a response timeout expired.</summary>
    Timeout,
}
