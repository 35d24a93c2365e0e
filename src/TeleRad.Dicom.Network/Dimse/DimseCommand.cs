using TeleRad.Dicom.Uids;

namespace TeleRad.Dicom.Network.Dimse;

/// <summary>
/// A DIMSE command set (group 0000, PS3.7 section 9.3 and annex E), as the fields TeleRad uses. It is encoded in
/// Implicit VR Little Endian whatever the presentation context's transfer syntax (PS3.7 section 6.3.1).
/// </summary>
public sealed record DimseCommand
{
    /// <summary>CommandDataSetType (0000,0800) value meaning "no data set" (PS3.7 table E.1-1).</summary>
    public const ushort NoDataSet = 0x0101;

    /// <summary>CommandDataSetType value TeleRad sends when a data set follows (any other value than 0101H means one does).</summary>
    public const ushort DataSetPresent = 0x0001;

    /// <summary>Command Field (0000,0100).</summary>
    public required DimseCommandField CommandField { get; init; }

    /// <summary>Affected SOP Class UID (0000,0002).</summary>
    public string? AffectedSopClassUid { get; init; }

    /// <summary>Requested SOP Class UID (0000,0003).</summary>
    public string? RequestedSopClassUid { get; init; }

    /// <summary>Message ID (0000,0110) of a request.</summary>
    public ushort? MessageId { get; init; }

    /// <summary>Message ID Being Responded To (0000,0120) of a response.</summary>
    public ushort? MessageIdBeingRespondedTo { get; init; }

    /// <summary>Move Destination (0000,0600).</summary>
    public string? MoveDestination { get; init; }

    /// <summary>Priority (0000,0700).</summary>
    public DimsePriority? Priority { get; init; }

    /// <summary>True when a data set follows the command (CommandDataSetType (0000,0800) other than 0101H).</summary>
    public bool HasDataSet { get; init; }

    /// <summary>Status (0000,0900) of a response.</summary>
    public DimseStatus? Status { get; init; }

    /// <summary>Offending Element (0000,0901).</summary>
    public IReadOnlyList<DicomTag> OffendingElements { get; init; } = [];

    /// <summary>Error Comment (0000,0902), at most 64 characters.</summary>
    public string? ErrorComment { get; init; }

    /// <summary>Error ID (0000,0903).</summary>
    public ushort? ErrorId { get; init; }

    /// <summary>Affected SOP Instance UID (0000,1000).</summary>
    public string? AffectedSopInstanceUid { get; init; }

    /// <summary>Requested SOP Instance UID (0000,1001).</summary>
    public string? RequestedSopInstanceUid { get; init; }

    /// <summary>Number of Remaining Sub-operations (0000,1020).</summary>
    public ushort? RemainingSuboperations { get; init; }

    /// <summary>Number of Completed Sub-operations (0000,1021).</summary>
    public ushort? CompletedSuboperations { get; init; }

    /// <summary>Number of Failed Sub-operations (0000,1022).</summary>
    public ushort? FailedSuboperations { get; init; }

    /// <summary>Number of Warning Sub-operations (0000,1023).</summary>
    public ushort? WarningSuboperations { get; init; }

    /// <summary>Move Originator Application Entity Title (0000,1030).</summary>
    public string? MoveOriginatorAETitle { get; init; }

    /// <summary>Move Originator Message ID (0000,1031).</summary>
    public ushort? MoveOriginatorMessageId { get; init; }

    /// <summary>True for a response (bit 15 of the command field).</summary>
    public bool IsResponse => ((ushort)CommandField & 0x8000) != 0;

    /// <summary>A C-ECHO-RQ (PS3.7 section 9.3.5.1).</summary>
    public static DimseCommand EchoRequest(ushort messageId) => new()
    {
        CommandField = DimseCommandField.CEchoRequest,
        AffectedSopClassUid = DicomUids.Verification,
        MessageId = messageId,
    };

    /// <summary>A C-STORE-RQ (PS3.7 section 9.3.1.1).</summary>
    public static DimseCommand StoreRequest(ushort messageId, string sopClassUid, string sopInstanceUid, DimsePriority priority = DimsePriority.Medium) => new()
    {
        CommandField = DimseCommandField.CStoreRequest,
        AffectedSopClassUid = sopClassUid,
        AffectedSopInstanceUid = sopInstanceUid,
        MessageId = messageId,
        Priority = priority,
        HasDataSet = true,
    };

    /// <summary>A C-FIND-RQ (PS3.7 section 9.1.2.1); the identifier follows as its data set.</summary>
    public static DimseCommand FindRequest(ushort messageId, string sopClassUid, DimsePriority priority = DimsePriority.Medium) => new()
    {
        CommandField = DimseCommandField.CFindRequest,
        AffectedSopClassUid = sopClassUid,
        MessageId = messageId,
        Priority = priority,
        HasDataSet = true,
    };

    /// <summary>A C-CANCEL-RQ for the operation with Message ID <paramref name="messageIdBeingCancelled"/> (PS3.7 section 9.3.2.3).</summary>
    public static DimseCommand CancelRequest(ushort messageIdBeingCancelled) => new()
    {
        CommandField = DimseCommandField.CCancelRequest,
        MessageIdBeingRespondedTo = messageIdBeingCancelled,
    };

    /// <summary>
    /// The response to <paramref name="request"/> with <paramref name="status"/> (PS3.7 sections 9.3.1.2, 9.3.5.2):
    /// the same SOP class and instance, no data set.
    /// </summary>
    public static DimseCommand ResponseTo(DimseCommand request, DimseStatus status, string? errorComment = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new DimseCommand
        {
            CommandField = (DimseCommandField)((ushort)request.CommandField | 0x8000),
            AffectedSopClassUid = request.AffectedSopClassUid,
            AffectedSopInstanceUid = request.AffectedSopInstanceUid,
            MessageIdBeingRespondedTo = request.MessageId,
            Status = status,
            ErrorComment = errorComment,
        };
    }
}
