using TeleRad.Dicom.Network.Pdus;

namespace TeleRad.Dicom.Network.UpperLayer;

/// <summary>An association-acceptor's answer to an A-ASSOCIATE-RQ: exactly one of accept (with its user) or reject.</summary>
internal sealed record AssociationResponse
{
    private AssociationResponse(AssociateAcceptPdu? accept, IAssociationUser? user, AssociateRejection? rejection)
    {
        Accept = accept;
        User = user;
        Rejection = rejection;
    }

    public AssociateAcceptPdu? Accept { get; }

    public IAssociationUser? User { get; }

    public AssociateRejection? Rejection { get; }

    public static AssociationResponse Accepted(AssociateAcceptPdu accept, IAssociationUser user) => new(accept, user, null);

    public static AssociationResponse Rejected(AssociateRejection rejection) => new(null, null, rejection);
}
