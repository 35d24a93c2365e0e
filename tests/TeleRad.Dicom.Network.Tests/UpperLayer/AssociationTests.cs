using TeleRad.Dicom.Network.Pdus;
using TeleRad.Dicom.Network.Tests.Support;
using TeleRad.Dicom.Network.UpperLayer;
using static TeleRad.Dicom.Network.Tests.Support.Bytes;

namespace TeleRad.Dicom.Network.Tests.UpperLayer;

/// <summary>The Upper Layer protocol machine on a real loopback connection, against itself and a scripted peer.</summary>
[TestFixture]
[Category("Unit")]
public sealed class AssociationTests
{
    private static readonly AssociationOptions Options = new() { ArtimTimeout = TimeSpan.FromSeconds(2), MaxPduLength = 32 * 1024 };

    private static AssociateRequestPdu Request(UserInformation? info = null, ushort version = 1, params PresentationContextRequest[] contexts) => new()
    {
        ProtocolVersion = version,
        CalledAETitle = "SCP",
        CallingAETitle = "SCU",
        PresentationContexts = contexts.Length > 0 ? contexts : [new PresentationContextRequest(1, SamplePdus.Verification, [SamplePdus.ImplicitLittle])],
        UserInformation = info ?? new UserInformation { MaxLength = 16384, ImplementationClassUid = "1.2.3", ImplementationVersionName = "PEER_1" },
    };

    [Test]
    public async Task RequestAsync_OurAcceptor_NegotiatesEveryParameterAndReleases()
    {
        var acceptor = new TestAcceptor(Options);
        await using var host = new AcceptorHost(Options, acceptor);
        var request = Request(
            new UserInformation
            {
                MaxLength = 20000,
                ImplementationClassUid = "1.2.3",
                ImplementationVersionName = "PEER_1",
                OperationsWindow = new AsyncOperationsWindow(5, 0),
                RoleSelections = [new RoleSelection(SamplePdus.CtImageStorage, true, true), new RoleSelection("1.2.9", true, true)],
            },
            1,
            new PresentationContextRequest(1, SamplePdus.Verification, [SamplePdus.ImplicitLittle]),
            new PresentationContextRequest(3, SamplePdus.CtImageStorage, [SamplePdus.ImplicitLittle, SamplePdus.ExplicitLittle]),
            new PresentationContextRequest(5, "1.2.9", [SamplePdus.ImplicitLittle]),
            new PresentationContextRequest(7, SamplePdus.CtImageStorage, ["1.2.840.10008.1.2.2"]));

        var requestor = await Association.RequestAsync("127.0.0.1", host.Port, request, Options, new RecordingUser(), CancellationToken.None).Within();
        var accepted = await host.NextAsync();

        requestor.State.Should().Be(UpperLayerState.Sta6);
        requestor.PresentationContexts.Should().Equal(
            new PresentationContext(1, SamplePdus.Verification, PresentationContextResultReason.Acceptance, DicomTransferSyntax.ImplicitVRLittleEndian),
            new PresentationContext(3, SamplePdus.CtImageStorage, PresentationContextResultReason.Acceptance, DicomTransferSyntax.ExplicitVRLittleEndian),
            new PresentationContext(5, "1.2.9", PresentationContextResultReason.AbstractSyntaxNotSupported, null),
            new PresentationContext(7, SamplePdus.CtImageStorage, PresentationContextResultReason.TransferSyntaxesNotSupported, null));
        requestor.MaxSendPduLength.Should().Be(Options.MaxPduLength, "the acceptor advertises its own maximum");
        requestor.PeerImplementationClassUid.Should().Be(DicomImplementation.ClassUid);
        requestor.PeerImplementationVersionName.Should().Be(DicomImplementation.VersionName);
        requestor.OperationsWindow.Should().Be(AsyncOperationsWindow.Synchronous, "the acceptor negotiates the window down to 1");
        requestor.RoleSelections.Should().Equal(new RoleSelection(SamplePdus.CtImageStorage, true, false));

        accepted.State.Should().Be(UpperLayerState.Sta6);
        accepted.CallingAETitle.Should().Be("SCU");
        accepted.CalledAETitle.Should().Be("SCP");
        accepted.MaxSendPduLength.Should().Be(20000u);
        accepted.PeerImplementationClassUid.Should().Be("1.2.3");
        accepted.PeerImplementationVersionName.Should().Be("PEER_1");
        accepted.PresentationContexts.Should().Equal(requestor.PresentationContexts);

        await requestor.ReleaseAsync().Within();
        await accepted.Completion.Within();

        requestor.State.Should().Be(UpperLayerState.Sta1);
        requestor.Failure.Should().BeNull();
        accepted.State.Should().Be(UpperLayerState.Sta1);
        accepted.Failure.Should().BeNull();
        (await acceptor.User.Ended.Within()).Should().BeNull();
    }

    [Test]
    public async Task SendPDataAsync_BothWays_ReachesTheOtherUser()
    {
        var acceptor = new TestAcceptor(Options);
        await using var host = new AcceptorHost(Options, acceptor);
        var requestorUser = new RecordingUser();
        await using var requestor = await Association.RequestAsync("127.0.0.1", host.Port, Request(), Options, requestorUser, CancellationToken.None).Within();
        var accepted = await host.NextAsync();

        await requestor.SendPDataAsync(1, isCommand: true, isLastFragment: true, new byte[] { 1, 2, 3 }, CancellationToken.None);
        await acceptor.User.FirstValue.Within();
        await accepted.SendPDataAsync(1, isCommand: false, isLastFragment: false, new byte[] { 4, 5 }, CancellationToken.None);
        await requestorUser.FirstValue.Within();

        acceptor.User.Values.Should().ContainSingle().Which.Should().BeEquivalentTo((ContextId: (byte)1, IsCommand: true, IsLast: true, Data: new byte[] { 1, 2, 3 }));
        requestorUser.Values.Should().ContainSingle().Which.Should().BeEquivalentTo((ContextId: (byte)1, IsCommand: false, IsLast: false, Data: new byte[] { 4, 5 }));
        await requestor.ReleaseAsync().Within();
    }

    [Test]
    public async Task RequestAsync_Rejected_ThrowsWithTheRejection()
    {
        var acceptor = new TestAcceptor(Options) { UserRejection = AssociateRejection.CalledAETitleNotRecognized };
        await using var host = new AcceptorHost(Options, acceptor);

        var act = () => Association.RequestAsync("127.0.0.1", host.Port, Request(), Options, new RecordingUser(), CancellationToken.None);

        var thrown = await act.Should().ThrowAsync<UpperLayerException>();
        thrown.Which.Fault.Should().Be(UpperLayerFault.AssociationRejected);
        thrown.Which.Rejection.Should().Be(AssociateRejection.CalledAETitleNotRecognized);
        var accepted = await host.NextAsync();
        await accepted.Completion.Within();
        accepted.Rejection.Should().Be(AssociateRejection.CalledAETitleNotRecognized);
    }

    [Test]
    public async Task RequestAsync_NothingListening_FaultsConnectionClosed()
    {
        int port;
        using (var listener = new TestListener())
            port = listener.Port;

        var act = () => Association.RequestAsync("127.0.0.1", port, Request(), Options, new RecordingUser(), CancellationToken.None);

        (await act.Should().ThrowAsync<UpperLayerException>()).Which.Fault.Should().Be(UpperLayerFault.ConnectionClosed);
    }

    [Test]
    public async Task RequestAsync_AcceptorNeverAnswers_TimesOutAndAborts()
    {
        using var listener = new TestListener();
        var request = Association.RequestAsync("127.0.0.1", listener.Port, Request(), Options, new RecordingUser(), CancellationToken.None);
        await using var peer = await listener.AcceptAsync();
        await peer.ReceiveAsync<AssociateRequestPdu>();

        (await request.Awaiting(r => r).Should().ThrowAsync<UpperLayerException>()).Which.Fault.Should().Be(UpperLayerFault.Timeout);

        (await peer.ReceiveAsync<AbortPdu>()).Source.Should().Be(AbortSource.ServiceUser);
    }

    [Test]
    public async Task RequestAsync_AcceptorAnswersUnproposedTransferSyntax_ContextIsNotUsable()
    {
        using var listener = new TestListener();
        var request = Association.RequestAsync("127.0.0.1", listener.Port, Request(), Options, new RecordingUser(), CancellationToken.None);
        await using var peer = await listener.AcceptAsync();
        await peer.ReceiveAsync<AssociateRequestPdu>();
        await peer.SendAsync(new AssociateAcceptPdu
        {
            CalledAETitle = "SCP",
            CallingAETitle = "SCU",
            PresentationContexts = [new PresentationContextResult(1, PresentationContextResultReason.Acceptance, SamplePdus.ExplicitLittle), new PresentationContextResult(9, PresentationContextResultReason.Acceptance, SamplePdus.ExplicitLittle)],
            UserInformation = new UserInformation { MaxLength = 0 },
        });

        await using var association = await request.Within();

        association.PresentationContexts.Should().ContainSingle().Which.IsAccepted.Should().BeFalse();
        association.MaxSendPduLength.Should().Be(Options.MaxPduLength, "a peer maximum of 0 means no limit");
    }

    [Test]
    public async Task ReleaseAsync_ReleaseCollision_RequestorAnswersFirstAndCompletes()
    {
        // PS3.8 section 9.2.3: both sides sent A-RELEASE-RQ. The requestor (us) answers the acceptor's request
        // (AR-8 to Sta9, AR-9 to Sta11), then takes the acceptor's A-RELEASE-RP (AR-3).
        using var listener = new TestListener();
        var request = Association.RequestAsync("127.0.0.1", listener.Port, Request(), Options, new RecordingUser(), CancellationToken.None);
        await using var peer = await listener.AcceptAsync();
        await peer.ReceiveAsync<AssociateRequestPdu>();
        await peer.SendAsync(SamplePdus.AssociateAccept);
        await using var association = await request.Within();

        var release = association.ReleaseAsync();
        await peer.ReceiveAsync<ReleaseRequestPdu>();
        await peer.SendAsync(ReleaseRequestPdu.Instance);
        await peer.ReceiveAsync<ReleaseResponsePdu>();
        await peer.SendAsync(ReleaseResponsePdu.Instance);

        await release.Within();
        association.State.Should().Be(UpperLayerState.Sta1);
        association.Failure.Should().BeNull();
        (await peer.WaitForCloseAsync()).Should().BeTrue();
    }

    [Test]
    public async Task Acceptor_ScriptedRequestorReleases_AnswersAndClosesAfterPeer()
    {
        await using var host = new AcceptorHost(Options, new TestAcceptor(Options));
        await using var peer = await ScriptedPeer.ConnectAsync(host.EndPoint);
        await peer.SendAsync(Request());
        await peer.ReceiveAsync<AssociateAcceptPdu>();
        var accepted = await host.NextAsync();

        await peer.SendAsync(ReleaseRequestPdu.Instance);
        await peer.ReceiveAsync<ReleaseResponsePdu>();
        peer.Close();

        await accepted.Completion.Within();
        accepted.Failure.Should().BeNull();
    }

    [Test]
    public async Task Acceptor_GarbageInsteadOfRequest_AbortsWithReasonAndCloses()
    {
        await using var host = new AcceptorHost(Options, new TestAcceptor(Options));
        await using var peer = await ScriptedPeer.ConnectAsync(host.EndPoint);

        await peer.SendAsync(Concat([0x09, 0], U32(4), Zeros(4), Zeros(100)));

        var abort = await peer.ReceiveAsync<AbortPdu>();
        abort.Source.Should().Be(AbortSource.ServiceProvider);
        abort.Reason.Should().Be(AbortReason.UnrecognizedPdu);
        (await peer.WaitForCloseAsync()).Should().BeTrue();
        var accepted = await host.NextAsync();
        await accepted.Completion.Within();
        accepted.Failure!.Fault.Should().Be(UpperLayerFault.UnrecognizedPdu);
    }

    [Test]
    public async Task Acceptor_LyingItemLength_AbortsWithInvalidParameterValue()
    {
        await using var host = new AcceptorHost(Options, new TestAcceptor(Options));
        await using var peer = await ScriptedPeer.ConnectAsync(host.EndPoint);

        await peer.SendAsync(Pdu(0x01, AssociateFixed("SCP", "SCU"), ItemWithLength(0x10, 0x4000, Ascii(SamplePdus.AppContext))));

        var abort = await peer.ReceiveAsync<AbortPdu>();
        abort.Reason.Should().Be(AbortReason.InvalidPduParameterValue);
        (await peer.WaitForCloseAsync()).Should().BeTrue();
    }

    [Test]
    public async Task Acceptor_PeerSilentAfterConnecting_ClosesWhenArtimExpires()
    {
        await using var host = new AcceptorHost(Options, new TestAcceptor(Options));
        await using var peer = await ScriptedPeer.ConnectAsync(host.EndPoint);

        (await peer.WaitForCloseAsync()).Should().BeTrue();

        var accepted = await host.NextAsync();
        await accepted.Completion.Within();
        accepted.Failure!.Fault.Should().Be(UpperLayerFault.Timeout);
    }

    [Test]
    public async Task Acceptor_PeerDoesNotCloseAfterAbort_ClosesWhenArtimExpires()
    {
        await using var host = new AcceptorHost(Options, new TestAcceptor(Options));
        await using var peer = await ScriptedPeer.ConnectAsync(host.EndPoint);

        await peer.SendAsync(SamplePdus.DataTransfer); // P-DATA in Sta2: AA-1

        (await peer.ReceiveAsync<AbortPdu>()).Reason.Should().Be(AbortReason.UnexpectedPdu);
        (await peer.WaitForCloseAsync()).Should().BeTrue();
    }

    [Test]
    public async Task Acceptor_SecondRequestWhileEstablished_AbortsUnexpectedPdu()
    {
        await using var host = new AcceptorHost(Options, new TestAcceptor(Options));
        await using var peer = await ScriptedPeer.ConnectAsync(host.EndPoint);
        await peer.SendAsync(Request());
        await peer.ReceiveAsync<AssociateAcceptPdu>();

        await peer.SendAsync(Request());

        var abort = await peer.ReceiveAsync<AbortPdu>();
        abort.Source.Should().Be(AbortSource.ServiceProvider);
        abort.Reason.Should().Be(AbortReason.UnexpectedPdu);
        var accepted = await host.NextAsync();
        peer.Close();
        await accepted.Completion.Within();
        accepted.Failure!.Fault.Should().Be(UpperLayerFault.UnexpectedPdu);
    }

    [Test]
    public async Task Acceptor_PeerAborts_ReportsSourceAndReason()
    {
        var acceptor = new TestAcceptor(Options);
        await using var host = new AcceptorHost(Options, acceptor);
        await using var peer = await ScriptedPeer.ConnectAsync(host.EndPoint);
        await peer.SendAsync(Request());
        await peer.ReceiveAsync<AssociateAcceptPdu>();

        await peer.SendAsync(new AbortPdu(AbortSource.ServiceProvider, AbortReason.InvalidPduParameterValue));

        var accepted = await host.NextAsync();
        await accepted.Completion.Within();
        accepted.Failure!.Fault.Should().Be(UpperLayerFault.AbortReceived);
        accepted.Failure.AbortSource.Should().Be(AbortSource.ServiceProvider);
        accepted.Failure.AbortReason.Should().Be(AbortReason.InvalidPduParameterValue);
        (await acceptor.User.Ended.Within())!.Fault.Should().Be(UpperLayerFault.AbortReceived);
        (await peer.WaitForCloseAsync()).Should().BeTrue();
    }

    [Test]
    public async Task Acceptor_PeerClosesWhileEstablished_ReportsConnectionClosed()
    {
        await using var host = new AcceptorHost(Options, new TestAcceptor(Options));
        await using var peer = await ScriptedPeer.ConnectAsync(host.EndPoint);
        await peer.SendAsync(Request());
        await peer.ReceiveAsync<AssociateAcceptPdu>();

        peer.Close();

        var accepted = await host.NextAsync();
        await accepted.Completion.Within();
        accepted.Failure!.Fault.Should().Be(UpperLayerFault.ConnectionClosed);
    }

    [Test]
    public async Task Acceptor_IdleTooLong_AbortsAndCloses()
    {
        var options = Options with { IdleTimeout = TimeSpan.FromMilliseconds(300) };
        await using var host = new AcceptorHost(options, new TestAcceptor(options));
        await using var peer = await ScriptedPeer.ConnectAsync(host.EndPoint);
        await peer.SendAsync(Request());
        await peer.ReceiveAsync<AssociateAcceptPdu>();

        (await peer.ReceiveAsync<AbortPdu>()).Source.Should().Be(AbortSource.ServiceUser);

        (await peer.WaitForCloseAsync()).Should().BeTrue();
        var accepted = await host.NextAsync();
        await accepted.Completion.Within();
        accepted.Failure!.Fault.Should().Be(UpperLayerFault.Timeout);
    }

    [Test]
    public async Task Acceptor_UnsupportedProtocolVersion_RejectsAsServiceProvider()
    {
        await using var host = new AcceptorHost(Options, new TestAcceptor(Options));
        await using var peer = await ScriptedPeer.ConnectAsync(host.EndPoint);

        await peer.SendAsync(Request(version: 2));

        (await peer.ReceiveAsync<AssociateRejectPdu>()).Rejection.Should().Be(AssociateRejection.ProtocolVersionNotSupported);
        (await peer.WaitForCloseAsync()).Should().BeTrue();
    }

    [Test]
    public async Task Acceptor_VersionWithBitZeroAndOthers_IsAccepted()
    {
        // PS3.8 table 9-11: a receiver shall only test that bit 0 is set.
        await using var host = new AcceptorHost(Options, new TestAcceptor(Options));
        await using var peer = await ScriptedPeer.ConnectAsync(host.EndPoint);

        await peer.SendAsync(Request(version: 0xFFFF));

        await peer.ReceiveAsync<AssociateAcceptPdu>();
    }

    [Test]
    public async Task Acceptor_ProviderPolicyRejects_SendsItsRejection()
    {
        await using var host = new AcceptorHost(Options, new TestAcceptor(Options) { ProviderRejection = AssociateRejection.LocalLimitExceeded });
        await using var peer = await ScriptedPeer.ConnectAsync(host.EndPoint);

        await peer.SendAsync(Request());

        (await peer.ReceiveAsync<AssociateRejectPdu>()).Rejection.Should().Be(AssociateRejection.LocalLimitExceeded);
        (await peer.WaitForCloseAsync()).Should().BeTrue();
    }

    [Test]
    public async Task Acceptor_TinyPeerMaximumLength_Rejects()
    {
        await using var host = new AcceptorHost(Options, new TestAcceptor(Options));
        await using var peer = await ScriptedPeer.ConnectAsync(host.EndPoint);

        await peer.SendAsync(Request(new UserInformation { MaxLength = 7 }));

        (await peer.ReceiveAsync<AssociateRejectPdu>()).Rejection.Source.Should().Be(AssociateRejectSource.ServiceProviderAcse);
    }

    [Test]
    public async Task AbortAsync_Requestor_SendsAbortAndEnds()
    {
        using var listener = new TestListener();
        var request = Association.RequestAsync("127.0.0.1", listener.Port, Request(), Options, new RecordingUser(), CancellationToken.None);
        await using var peer = await listener.AcceptAsync();
        await peer.ReceiveAsync<AssociateRequestPdu>();
        await peer.SendAsync(SamplePdus.AssociateAccept);
        await using var association = await request.Within();

        var abort = association.AbortAsync();
        (await peer.ReceiveAsync<AbortPdu>()).Source.Should().Be(AbortSource.ServiceUser);
        peer.Close();

        await abort.Within();
        association.State.Should().Be(UpperLayerState.Sta1);
        association.Failure!.Fault.Should().Be(UpperLayerFault.Aborted);
        await FluentActions.Awaiting(() => association.SendPDataAsync(1, true, true, new byte[2], CancellationToken.None).AsTask())
            .Should().ThrowAsync<UpperLayerException>();
    }
}
