using TeleRad.Dicom.Network.Pdus;

namespace TeleRad.Dicom.Network.UpperLayer;

public sealed partial class Association
{
    /// <summary>
    /// Records the outcome of negotiation from the request and the accept, on either side: a context counts as
    /// accepted only when its transfer syntax was one of those proposed for it (a peer answering anything else cannot
    /// be trusted with that context), and results for IDs never proposed are ignored.
    /// </summary>
    private void ApplyNegotiation(AssociateRequestPdu request, AssociateAcceptPdu accept)
    {
        var contexts = new List<PresentationContext>(request.PresentationContexts.Count);
        foreach (var proposed in request.PresentationContexts)
        {
            var result = accept.PresentationContexts.FirstOrDefault(r => r.Id == proposed.Id);
            if (result is null)
                contexts.Add(new PresentationContext(proposed.Id, proposed.AbstractSyntax, PresentationContextResultReason.NoReason, null));
            else if (result.IsAccepted && proposed.TransferSyntaxes.Contains(result.TransferSyntax, StringComparer.Ordinal))
                contexts.Add(new PresentationContext(proposed.Id, proposed.AbstractSyntax, PresentationContextResultReason.Acceptance, DicomTransferSyntax.Parse(result.TransferSyntax)));
            else
                contexts.Add(new PresentationContext(proposed.Id, proposed.AbstractSyntax, result.IsAccepted ? PresentationContextResultReason.NoReason : result.Result, null));
        }

        var peer = IsRequestor ? accept.UserInformation : request.UserInformation;
        var peerMax = peer.MaxLength ?? 0;
        if (peerMax is > 0 and < AssociationOptions.MinimumPduLength)
            throw new UpperLayerException(UpperLayerFault.InvalidValue, $"the peer's maximum length {peerMax} is below {AssociationOptions.MinimumPduLength} bytes.");

        PresentationContexts = contexts;
        MaxSendPduLength = peerMax == 0 ? _options.MaxPduLength : Math.Min(peerMax, _options.MaxPduLength);
        PeerImplementationClassUid = peer.ImplementationClassUid;
        PeerImplementationVersionName = peer.ImplementationVersionName;
        OperationsWindow = accept.UserInformation.OperationsWindow ?? AsyncOperationsWindow.Synchronous;
        RoleSelections = accept.UserInformation.RoleSelections;
        ExtendedNegotiations = accept.UserInformation.ExtendedNegotiations;
        UserIdentity = request.UserInformation.UserIdentity;
        UserIdentityResponse = accept.UserInformation.UserIdentityResponse;
    }
}
