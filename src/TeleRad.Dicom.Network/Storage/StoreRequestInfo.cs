using System.Net;
using TeleRad.Dicom.Network.Dimse;

namespace TeleRad.Dicom.Network.Storage;

/// <summary>What is known of an incoming C-STORE before its data set arrives (PS3.7 section 9.1.1).</summary>
public sealed record StoreRequestInfo
{
    /// <summary>The association's identifier (for logs).</summary>
    public required Guid AssociationId { get; init; }

    /// <summary>The requestor's AE title.</summary>
    public required string CallingAETitle { get; init; }

    /// <summary>The AE title the requestor called.</summary>
    public required string CalledAETitle { get; init; }

    /// <summary>The requestor's address.</summary>
    public IPEndPoint? RemoteEndPoint { get; init; }

    /// <summary>Affected SOP Class UID.</summary>
    public required string SopClassUid { get; init; }

    /// <summary>Affected SOP Instance UID (log it at Debug level at most, TeleRad style guide section 6).</summary>
    public required string SopInstanceUid { get; init; }

    /// <summary>The transfer syntax of the data set's bytes: the presentation context's.</summary>
    public required DicomTransferSyntax TransferSyntax { get; init; }

    /// <summary>Message ID of the C-STORE-RQ.</summary>
    public required ushort MessageId { get; init; }

    /// <summary>Priority of the request.</summary>
    public DimsePriority Priority { get; init; }

    /// <summary>Move Originator AE title, when the store is a C-MOVE sub-operation.</summary>
    public string? MoveOriginatorAETitle { get; init; }

    /// <summary>Move Originator Message ID, when the store is a C-MOVE sub-operation.</summary>
    public ushort? MoveOriginatorMessageId { get; init; }
}
