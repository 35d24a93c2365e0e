using TeleRad.Dicom.Network.Pdus;
using TeleRad.Dicom.Network.Tests.Support;
using TeleRad.Dicom.Network.UpperLayer;

namespace TeleRad.Dicom.Network.Tests.UpperLayer;

[TestFixture]
[Category("Unit")]
public sealed class AssociationNegotiatorTests
{
    private static AssociateRequestPdu Request(UserInformation info, params PresentationContextRequest[] contexts) => new()
    {
        CalledAETitle = "SCP",
        CallingAETitle = "SCU",
        PresentationContexts = contexts,
        UserInformation = info,
    };

    [Test]
    public void Accept_PicksTheAcceptorsPreferenceNotTheRequestorsOrder()
    {
        var request = Request(new UserInformation(), new PresentationContextRequest(1, SamplePdus.CtImageStorage, [SamplePdus.ImplicitLittle, SamplePdus.ExplicitLittle]));

        var accept = AssociationNegotiator.Accept(request, TestAcceptor.Policy, AsyncOperationsWindow.Synchronous, AssociationOptions.Default);

        accept.PresentationContexts.Single().Should().Be(new PresentationContextResult(1, PresentationContextResultReason.Acceptance, SamplePdus.ExplicitLittle));
        accept.CalledAETitle.Should().Be("SCP");
        accept.CallingAETitle.Should().Be("SCU");
        accept.UserInformation.MaxLength.Should().Be(AssociationOptions.Default.MaxPduLength);
        accept.UserInformation.ImplementationClassUid.Should().Be(DicomImplementation.ClassUid);
        accept.UserInformation.ImplementationVersionName.Should().Be(DicomImplementation.VersionName);
        accept.UserInformation.OperationsWindow.Should().BeNull("no window was proposed, so none is answered");
    }

    [TestCase((ushort)5, (ushort)1, (ushort)1)]
    [TestCase((ushort)0, (ushort)1, (ushort)1)]
    [TestCase((ushort)3, (ushort)0, (ushort)3)]
    [TestCase((ushort)0, (ushort)0, (ushort)0)]
    [TestCase((ushort)2, (ushort)8, (ushort)2)]
    public void Accept_OperationsWindow_IsTheLowerOfProposedAndLimitWithZeroUnlimited(ushort proposed, ushort limit, ushort expected)
    {
        var request = Request(new UserInformation { OperationsWindow = new AsyncOperationsWindow(proposed, proposed) }, new PresentationContextRequest(1, SamplePdus.Verification, [SamplePdus.ImplicitLittle]));

        var accept = AssociationNegotiator.Accept(request, TestAcceptor.Policy, new AsyncOperationsWindow(limit, limit), AssociationOptions.Default);

        accept.UserInformation.OperationsWindow.Should().Be(new AsyncOperationsWindow(expected, expected));
    }

    [Test]
    public void Accept_RoleSelection_GrantsScuOnlyForAcceptedSopClasses()
    {
        var request = Request(
            new UserInformation
            {
                RoleSelections =
                [
                    new RoleSelection(SamplePdus.CtImageStorage, true, true),
                    new RoleSelection(SamplePdus.Verification, false, true),
                    new RoleSelection("1.2.9", true, false),
                ],
            },
            new PresentationContextRequest(1, SamplePdus.CtImageStorage, [SamplePdus.ExplicitLittle]),
            new PresentationContextRequest(3, SamplePdus.Verification, [SamplePdus.ImplicitLittle]),
            new PresentationContextRequest(5, "1.2.9", [SamplePdus.ImplicitLittle]));

        var accept = AssociationNegotiator.Accept(request, TestAcceptor.Policy, AsyncOperationsWindow.Synchronous, AssociationOptions.Default);

        accept.UserInformation.RoleSelections.Should().Equal(
            new RoleSelection(SamplePdus.CtImageStorage, true, false),
            new RoleSelection(SamplePdus.Verification, false, false));
        accept.PresentationContexts.Select(c => c.Result).Should().Equal(
            PresentationContextResultReason.Acceptance, PresentationContextResultReason.Acceptance, PresentationContextResultReason.AbstractSyntaxNotSupported);
    }

    [Test]
    public void Accept_NoAcceptableTransferSyntax_RejectsThatContextOnly()
    {
        var request = Request(new UserInformation(),
            new PresentationContextRequest(1, SamplePdus.CtImageStorage, ["1.2.840.10008.1.2.4.50"]),
            new PresentationContextRequest(3, SamplePdus.CtImageStorage, [SamplePdus.ImplicitLittle]));

        var accept = AssociationNegotiator.Accept(request, TestAcceptor.Policy, AsyncOperationsWindow.Synchronous, AssociationOptions.Default);

        accept.PresentationContexts.Should().Equal(
            new PresentationContextResult(1, PresentationContextResultReason.TransferSyntaxesNotSupported, "1.2.840.10008.1.2.4.50"),
            new PresentationContextResult(3, PresentationContextResultReason.Acceptance, SamplePdus.ImplicitLittle));
    }
}
