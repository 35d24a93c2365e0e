using System.Net;
using TeleRad.Dicom.Network.Dimse;

namespace TeleRad.Dicom.Network.Query;

/// <summary>What is known of an incoming C-FIND besides its identifier (PS3.7 section 9.1.2).</summary>
public sealed record FindRequestInfo
{
    /// <summary>The association's identifier (for logs).</summary>
    public required Guid AssociationId { get; init; }

    /// <summary>The requestor's AE title.</summary>
    public required string CallingAETitle { get; init; }

    /// <summary>The AE title the requestor called.</summary>
    public required string CalledAETitle { get; init; }

    /// <summary>The requestor's address.</summary>
    public IPEndPoint? RemoteEndPoint { get; init; }

    /// <summary>Affected SOP Class UID: the information model (Patient Root or Study Root FIND).</summary>
    public required string SopClassUid { get; init; }

    /// <summary>Query/Retrieve Level (0008,0052) of the identifier: PATIENT, STUDY, SERIES or IMAGE.</summary>
    public required string Level { get; init; }

    /// <summary>Message ID of the C-FIND-RQ.</summary>
    public required ushort MessageId { get; init; }

    /// <summary>Priority of the request.</summary>
    public DimsePriority Priority { get; init; }
}
