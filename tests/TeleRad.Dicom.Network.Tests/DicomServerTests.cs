using TeleRad.Dicom.Network.Dimse;
using TeleRad.Dicom.Network.Pdus;
using TeleRad.Dicom.Network.Tests.Support;
using TeleRad.Dicom.Uids;
using static TeleRad.Dicom.Network.Tests.Support.Bytes;

namespace TeleRad.Dicom.Network.Tests;

/// <summary>The SCP host with TeleRad's own SCU and a scripted peer, on loopback.</summary>
[TestFixture]
[Category("Unit")]
public sealed class DicomServerTests
{
    private const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";

    [Test]
    public async Task Echo_OwnClient_Succeeds()
    {
        await using var server = ServerFixture.Start();
        await using var client = await DicomClient.ConnectAsync(ServerFixture.Client(server));

        (await client.EchoAsync()).Should().Be(DimseStatus.Success);

        await client.ReleaseAsync();
        client.Association.Failure.Should().BeNull();
    }

    [Test]
    public async Task Store_CtSmall_DataSetArrivesUnchangedAndResponseFollowsCommit()
    {
        var sink = new MemoryStoreSink();
        await using var server = ServerFixture.Start(sink);
        var original = await DicomFile.OpenAsync(TestFiles.Path("CT_small.dcm"));
        await using var client = await DicomClient.ConnectAsync(ServerFixture.Client(server, PresentationContextProposal.ForStorage([(CtImageStorage, original.TransferSyntax)]).ToArray()));

        var status = await client.StoreAsync(original);

        status.Should().Be(DimseStatus.Success);
        var stored = sink.Committed.Should().ContainSingle().Subject;
        stored.Info.SopClassUid.Should().Be(CtImageStorage);
        stored.Info.SopInstanceUid.Should().Be(original.Dataset.GetString(DicomTags.SOPInstanceUID));
        stored.Info.CallingAETitle.Should().Be("TEST_SCU");
        stored.Info.CalledAETitle.Should().Be(ServerFixture.AETitle);
        stored.Info.TransferSyntax.Should().Be(original.TransferSyntax);
        await DatasetAssert.EquivalentAsync(original.Dataset, (await MemoryStoreSink.ReadAsync(stored)).Dataset);
        await client.ReleaseAsync();
    }

    [Test]
    public async Task Store_OnlyImplicitAccepted_ConvertsExplicitFileAndArrivesEquivalent()
    {
        var sink = new MemoryStoreSink();
        await using var server = ServerFixture.Start(sink, o => o with { TransferSyntaxes = [DicomTransferSyntax.ImplicitVRLittleEndian] });
        var original = await DicomFile.OpenAsync(TestFiles.Path("CT_small.dcm"));
        original.TransferSyntax.Should().Be(DicomTransferSyntax.ExplicitVRLittleEndian);
        await using var client = await DicomClient.ConnectAsync(ServerFixture.Client(server, PresentationContextProposal.ForStorage([(CtImageStorage, original.TransferSyntax)]).ToArray()));

        (await client.StoreAsync(original)).Should().Be(DimseStatus.Success);

        var stored = sink.Committed.Should().ContainSingle().Subject;
        stored.Info.TransferSyntax.Should().Be(DicomTransferSyntax.ImplicitVRLittleEndian);
        await DatasetAssert.EquivalentAsync(original.Dataset, (await MemoryStoreSink.ReadAsync(stored)).Dataset);
        await client.ReleaseAsync();
    }

    [Test]
    public async Task Store_SmallPeerMaximum_FragmentsNeverExceedIt()
    {
        var sink = new MemoryStoreSink();
        await using var server = ServerFixture.Start(sink, o => o with { Association = o.Association with { MaxPduLength = 4096 } });
        await using var client = await DicomClient.ConnectAsync(ServerFixture.Client(server, PresentationContextProposal.ForStorage([(CtImageStorage, DicomTransferSyntax.ExplicitVRLittleEndian)]).ToArray()));

        (await client.StoreAsync(TestFiles.Path("CT_small.dcm"))).Should().Be(DimseStatus.Success);

        client.Association.MaxSendPduLength.Should().Be(4096u);
        var sizes = sink.Committed.Single().FragmentSizes;
        sizes.Should().HaveCountGreaterThan(2).And.OnlyContain(s => s <= 4096 - 6);
        sizes.Take(sizes.Count - 1).Should().OnlyContain(s => s == 4096 - 6, "every fragment but the last is full");
        await client.ReleaseAsync();
    }

    [Test]
    public async Task Store_SinkRefuses_StatusIsReturnedAndNothingCommitted()
    {
        var sink = new MemoryStoreSink { Refusal = DimseStatus.NotAuthorized };
        await using var server = ServerFixture.Start(sink);
        await using var client = await DicomClient.ConnectAsync(ServerFixture.Client(server, PresentationContextProposal.ForStorage([(CtImageStorage, DicomTransferSyntax.ExplicitVRLittleEndian)]).ToArray()));

        (await client.StoreAsync(TestFiles.Path("CT_small.dcm"))).Should().Be(DimseStatus.NotAuthorized);

        sink.Committed.Should().BeEmpty();
        (await client.EchoAsync().Awaiting(t => t).Should().ThrowAsync<DimseException>()).Which.Fault.Should().Be(DimseFault.NoPresentationContext);
        await client.ReleaseAsync();
    }

    [TestCase(true, false, false)]
    [TestCase(false, true, false)]
    [TestCase(false, false, true)]
    public async Task Store_SinkThrows_OutOfResourcesAndTargetAborted(bool onBegin, bool onWrite, bool onCommit)
    {
        var sink = new MemoryStoreSink { ThrowOnBegin = onBegin, ThrowOnWrite = onWrite, ThrowOnCommit = onCommit };
        await using var server = ServerFixture.Start(sink);
        await using var client = await DicomClient.ConnectAsync(ServerFixture.Client(server, PresentationContextProposal.ForStorage([(CtImageStorage, DicomTransferSyntax.ExplicitVRLittleEndian)]).ToArray()));

        (await client.StoreAsync(TestFiles.Path("CT_small.dcm"))).Should().Be(DimseStatus.OutOfResources);

        sink.Committed.Should().BeEmpty();
        sink.AbortCount.Should().Be(onBegin ? 0 : 1, "a target that was begun is aborted exactly once");
        (await client.StoreAsync(TestFiles.Path("CT_small.dcm"))).Should().Be(DimseStatus.OutOfResources, "the association stays usable");
        await client.ReleaseAsync();
    }

    [Test]
    public async Task Store_AbortMidDataSet_SinkAbortsAndNothingIsStored()
    {
        var sink = new MemoryStoreSink();
        await using var server = ServerFixture.Start(sink);
        await using var peer = await ScriptedPeer.ConnectAsync(server.LocalEndPoint);
        await AssociateAsync(peer, CtImageStorage);
        var command = DimseCommandCodec.Encode(DimseCommand.StoreRequest(1, CtImageStorage, "1.2.3.4"));

        await peer.SendAsync(new DataTransferPdu([new PresentationDataValue(1, true, true, command.AsMemory())]));
        await peer.SendAsync(new DataTransferPdu([new PresentationDataValue(1, false, false, new byte[100].AsMemory())]));
        await sink.FirstFragment.Within();
        await peer.SendAsync(new AbortPdu(AbortSource.ServiceUser, AbortReason.NotSpecified));

        await sink.Aborted.Within();
        sink.AbortCount.Should().Be(1);
        sink.Committed.Should().BeEmpty();
        sink.Begun.Should().ContainSingle().Which.SopInstanceUid.Should().Be("1.2.3.4");
    }

    [Test]
    public async Task Store_ConnectionDropsMidDataSet_SinkAborts()
    {
        var sink = new MemoryStoreSink();
        await using var server = ServerFixture.Start(sink);
        await using var peer = await ScriptedPeer.ConnectAsync(server.LocalEndPoint);
        await AssociateAsync(peer, CtImageStorage);
        var command = DimseCommandCodec.Encode(DimseCommand.StoreRequest(1, CtImageStorage, "1.2.3.4"));
        await peer.SendAsync(new DataTransferPdu([new PresentationDataValue(1, true, true, command.AsMemory()), new PresentationDataValue(1, false, false, new byte[10].AsMemory())]));
        await sink.FirstFragment.Within();

        peer.Close();

        await sink.Aborted.Within();
        sink.Committed.Should().BeEmpty();
    }

    [Test]
    public async Task UnsupportedRequest_IsAnsweredUnrecognizedOperation()
    {
        await using var server = ServerFixture.Start();
        await using var peer = await ScriptedPeer.ConnectAsync(server.LocalEndPoint);
        await AssociateAsync(peer, DicomUids.Verification);
        var find = DimseCommandCodec.Encode(new DimseCommand { CommandField = DimseCommandField.CFindRequest, MessageId = 5, AffectedSopClassUid = DicomUids.Verification, HasDataSet = true });

        await peer.SendAsync(new DataTransferPdu([new PresentationDataValue(1, true, true, find.AsMemory()), new PresentationDataValue(1, false, true, new byte[8].AsMemory())]));

        var response = await ReceiveCommandAsync(peer);
        response.CommandField.Should().Be(DimseCommandField.CFindResponse);
        response.MessageIdBeingRespondedTo.Should().Be(5);
        response.Status.Should().Be(DimseStatus.UnrecognizedOperation);
    }

    [Test]
    public async Task StoreWithMismatchedSopClass_IsRefusedSopClassNotSupported()
    {
        var sink = new MemoryStoreSink();
        await using var server = ServerFixture.Start(sink);
        await using var peer = await ScriptedPeer.ConnectAsync(server.LocalEndPoint);
        await AssociateAsync(peer, CtImageStorage);
        var command = DimseCommandCodec.Encode(DimseCommand.StoreRequest(2, "1.2.840.10008.5.1.4.1.1.4", "1.2.3"));

        await peer.SendAsync(new DataTransferPdu([new PresentationDataValue(1, true, true, command.AsMemory()), new PresentationDataValue(1, false, true, new byte[8].AsMemory())]));

        (await ReceiveCommandAsync(peer)).Status.Should().Be(DimseStatus.SopClassNotSupported);
        sink.Begun.Should().BeEmpty();
    }

    [Test]
    public async Task DataBeforeCommand_AbortsTheAssociation()
    {
        await using var server = ServerFixture.Start(new MemoryStoreSink());
        await using var peer = await ScriptedPeer.ConnectAsync(server.LocalEndPoint);
        await AssociateAsync(peer, CtImageStorage);

        await peer.SendAsync(new DataTransferPdu([new PresentationDataValue(1, false, true, new byte[8].AsMemory())]));

        await peer.ReceiveAsync<AbortPdu>();
        (await peer.WaitForCloseAsync()).Should().BeTrue();
    }

    [Test]
    public async Task WrongCalledAETitle_IsRejected()
    {
        await using var server = ServerFixture.Start();

        var act = () => DicomClient.ConnectAsync(ServerFixture.Client(server) with { CalledAETitle = "SOMEONE_ELSE" });

        (await act.Should().ThrowAsync<UpperLayerException>()).Which.Rejection.Should().Be(AssociateRejection.CalledAETitleNotRecognized);
    }

    [Test]
    public async Task CallingAETitleNotAllowed_IsRejected()
    {
        await using var server = ServerFixture.Start(configure: o => o with { AllowedCallingAETitles = new HashSet<string> { "FRIEND" } });

        var act = () => DicomClient.ConnectAsync(ServerFixture.Client(server));
        (await act.Should().ThrowAsync<UpperLayerException>()).Which.Rejection.Should().Be(AssociateRejection.CallingAETitleNotRecognized);

        await using var friend = await DicomClient.ConnectAsync(ServerFixture.Client(server) with { CallingAETitle = "FRIEND" });
        (await friend.EchoAsync()).Should().Be(DimseStatus.Success);
        await friend.ReleaseAsync();
    }

    [Test]
    public async Task OverTheAssociationCap_IsRejectedLocalLimitExceeded_UntilOneEnds()
    {
        // Both the rejected association and the first one must have ended before the slot is free again.
        var endings = 0;
        var bothEnded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = ServerFixture.Start(configure: o => o with
        {
            MaxAssociations = 1,
            AssociationEnded = _ =>
            {
                if (Interlocked.Increment(ref endings) == 2)
                    bothEnded.TrySetResult();
            },
        });
        await using var first = await DicomClient.ConnectAsync(ServerFixture.Client(server));

        var act = () => DicomClient.ConnectAsync(ServerFixture.Client(server));
        var rejection = (await act.Should().ThrowAsync<UpperLayerException>()).Which.Rejection!.Value;

        rejection.Should().Be(AssociateRejection.LocalLimitExceeded);
        rejection.Result.Should().Be(AssociateRejectResult.Transient);
        (await first.EchoAsync()).Should().Be(DimseStatus.Success);
        await first.ReleaseAsync();
        await bothEnded.Task.Within();
        server.ActiveAssociations.Should().Be(0);
        await using var next = await DicomClient.ConnectAsync(ServerFixture.Client(server));
        (await next.EchoAsync()).Should().Be(DimseStatus.Success);
        await next.ReleaseAsync();
    }

    [Test]
    public async Task SixteenConcurrentAssociations_AreServed()
    {
        await using var server = ServerFixture.Start(new MemoryStoreSink());

        var clients = Enumerable.Range(0, 16).Select(async _ =>
        {
            await using var client = await DicomClient.ConnectAsync(ServerFixture.Client(server));
            for (var i = 0; i < 5; i++)
                (await client.EchoAsync()).Should().Be(DimseStatus.Success);
            await client.ReleaseAsync();
        });

        await Task.WhenAll(clients).Within();
    }

    [Test]
    public async Task MalformedPdu_IsAbortedAndServerKeepsServing()
    {
        await using var server = ServerFixture.Start();
        await using (var liar = await ScriptedPeer.ConnectAsync(server.LocalEndPoint))
        {
            await liar.SendAsync(Concat([0x01, 0], U32(0xFFFFFFF0)));

            var abort = await liar.ReceiveAsync<AbortPdu>();
            abort.Source.Should().Be(AbortSource.ServiceProvider);
            abort.Reason.Should().Be(AbortReason.InvalidPduParameterValue);
            (await liar.WaitForCloseAsync()).Should().BeTrue();
        }

        await using (var garbage = await ScriptedPeer.ConnectAsync(server.LocalEndPoint))
        {
            await garbage.SendAsync(Enumerable.Range(0, 300).Select(i => (byte)(i * 7 + 13)).ToArray());
            (await garbage.WaitForCloseAsync()).Should().BeTrue("the server closes within the ARTIM bound");
        }

        await using var client = await DicomClient.ConnectAsync(ServerFixture.Client(server));
        (await client.EchoAsync()).Should().Be(DimseStatus.Success);
        await client.ReleaseAsync();
    }

    [Test]
    public async Task StopAsync_AbortsLiveAssociationsAndStopsListening()
    {
        var server = ServerFixture.Start();
        var client = await DicomClient.ConnectAsync(ServerFixture.Client(server));

        using var now = new CancellationTokenSource();
        await now.CancelAsync();
        await server.StopAsync(now.Token);

        await client.Association.Completion.Within();
        client.Association.Failure!.Fault.Should().Be(UpperLayerFault.AbortReceived);
        await client.DisposeAsync();
        var act = () => DicomClient.ConnectAsync(ServerFixture.Client(server));
        (await act.Should().ThrowAsync<UpperLayerException>()).Which.Fault.Should().Be(UpperLayerFault.ConnectionClosed);
        await server.DisposeAsync();
    }

    private static async Task AssociateAsync(ScriptedPeer peer, string abstractSyntax)
    {
        await peer.SendAsync(new AssociateRequestPdu
        {
            CalledAETitle = ServerFixture.AETitle,
            CallingAETitle = "SCRIPT",
            PresentationContexts = [new PresentationContextRequest(1, abstractSyntax, [DicomTransferSyntax.ExplicitVRLittleEndian.Uid])],
            UserInformation = new UserInformation { MaxLength = 16384, ImplementationClassUid = "1.2.3" },
        });
        (await peer.ReceiveAsync<AssociateAcceptPdu>()).PresentationContexts.Single().IsAccepted.Should().BeTrue();
    }

    private static async Task<DimseCommand> ReceiveCommandAsync(ScriptedPeer peer)
    {
        var pdu = await peer.ReceiveAsync<DataTransferPdu>();
        var value = pdu.Values.Single();
        value.IsCommand.Should().BeTrue();
        value.IsLastFragment.Should().BeTrue();
        return DimseCommandCodec.Decode(value.Data);
    }
}
