using TeleRad.Dicom.Network.Pdus;

namespace TeleRad.Dicom.Network.UpperLayer;

/// <summary>The association-acceptor's policy, consulted by the protocol machine when an A-ASSOCIATE-RQ arrives.</summary>
internal interface IAssociationAcceptor
{
    /// <summary>
    /// AE-6's test "A-ASSOCIATE-RQ acceptable by service-provider" beyond the protocol version: null to go on, or
    /// the provider's rejection (e.g. local-limit-exceeded).
    /// </summary>
    AssociateRejection? CheckServiceProvider(Association association, AssociateRequestPdu request);

    /// <summary>The local user's A-ASSOCIATE response (Sta3): accept with a PDU and a DIMSE user, or reject.</summary>
    AssociationResponse Respond(Association association, AssociateRequestPdu request);
}
