using TeleRad.Dicom.Network.Pdus;

namespace TeleRad.Dicom.Network.UpperLayer;

/// <summary>The association-acceptor's side of negotiation (PS3.8 section 7.1.1, PS3.7 annex D.3.3): builds the A-ASSOCIATE-AC.</summary>
internal static class AssociationNegotiator
{
    /// <summary>
    /// Answers every proposed context (abstract syntax served? then the acceptor's most preferred transfer syntax among
    /// those proposed), advertises this side's Maximum Length and implementation, negotiates the asynchronous
    /// operations window down to <paramref name="maxWindow"/>, and answers role selection: the requestor may be SCU
    /// of an accepted SOP class, never SCP (TeleRad does not act as SCU toward a requestor).
    /// Extended negotiation and user identity are not supported and get no answer, which PS3.7 allows.
    /// </summary>
    public static AssociateAcceptPdu Accept(AssociateRequestPdu request, PresentationContextPolicy policy, AsyncOperationsWindow maxWindow, AssociationOptions options)
    {
        var results = new List<PresentationContextResult>(request.PresentationContexts.Count);
        var accepted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var proposed in request.PresentationContexts)
        {
            var fallback = proposed.TransferSyntaxes[0];
            if (!policy.AbstractSyntaxes.Contains(proposed.AbstractSyntax))
            {
                results.Add(new PresentationContextResult(proposed.Id, PresentationContextResultReason.AbstractSyntaxNotSupported, fallback));
                continue;
            }

            var chosen = policy.TransferSyntaxes.FirstOrDefault(ts => proposed.TransferSyntaxes.Contains(ts, StringComparer.Ordinal));
            if (chosen is null)
            {
                results.Add(new PresentationContextResult(proposed.Id, PresentationContextResultReason.TransferSyntaxesNotSupported, fallback));
                continue;
            }

            results.Add(new PresentationContextResult(proposed.Id, PresentationContextResultReason.Acceptance, chosen));
            accepted.Add(proposed.AbstractSyntax);
        }

        var info = request.UserInformation;
        var roles = info.RoleSelections
            .Where(r => accepted.Contains(r.SopClassUid))
            .Select(r => new RoleSelection(r.SopClassUid, r.ScuRole, ScpRole: false))
            .ToList();
        return new AssociateAcceptPdu
        {
            CalledAETitle = request.CalledAETitle,
            CallingAETitle = request.CallingAETitle,
            ApplicationContextName = AssociateRequestPdu.DicomApplicationContextName,
            PresentationContexts = results,
            UserInformation = new UserInformation
            {
                MaxLength = options.MaxPduLength,
                ImplementationClassUid = options.ImplementationClassUid,
                ImplementationVersionName = options.ImplementationVersionName,
                OperationsWindow = info.OperationsWindow is { } asked
                    ? new AsyncOperationsWindow(Lower(asked.MaxOperationsInvoked, maxWindow.MaxOperationsInvoked), Lower(asked.MaxOperationsPerformed, maxWindow.MaxOperationsPerformed))
                    : null,
                RoleSelections = roles,
            },
        };
    }

    /// <summary>The smaller of two window sizes where 0 means unlimited (PS3.7 annex D.3.3.3).</summary>
    private static ushort Lower(ushort proposed, ushort limit) => proposed == 0 ? limit : limit == 0 ? proposed : Math.Min(proposed, limit);
}
