using TeleRad.Dicom.Network.Pdus;
using TeleRad.Dicom.Network.UpperLayer;

namespace TeleRad.Dicom.Network.Tests.Support;

/// <summary>An association-acceptor policy for Upper Layer tests: Verification and CT storage, explicit then implicit VR.</summary>
internal sealed class TestAcceptor(AssociationOptions options) : IAssociationAcceptor
{
    public static readonly PresentationContextPolicy Policy = new()
    {
        AbstractSyntaxes = new HashSet<string> { SamplePdus.Verification, SamplePdus.CtImageStorage },
        TransferSyntaxes = [SamplePdus.ExplicitLittle, SamplePdus.ImplicitLittle],
    };

    public AssociateRejection? ProviderRejection { get; init; }

    public AssociateRejection? UserRejection { get; init; }

    public RecordingUser User { get; } = new();

    public AssociateRejection? CheckServiceProvider(Association association, AssociateRequestPdu request) => ProviderRejection;

    public AssociationResponse Respond(Association association, AssociateRequestPdu request) =>
        UserRejection is { } rejection
            ? AssociationResponse.Rejected(rejection)
            : AssociationResponse.Accepted(AssociationNegotiator.Accept(request, Policy, AsyncOperationsWindow.Synchronous, options), User);
}
