using TeleRad.Dicom.Network.Dimse;
using TeleRad.Dicom.Network.Pdus;
using TeleRad.Dicom.Network.Tests.Support;
using TeleRad.Dicom.Network.UpperLayer;
using TeleRad.Dicom.Uids;

namespace TeleRad.Dicom.Network.Tests;

[TestFixture]
[Category("Unit")]
public sealed class DicomClientTests
{
    [Test]
    public async Task SendFilesAsync_SeveralSopClassesAndSyntaxes_StoresEachAndReportsInOrder()
    {
        var sink = new MemoryStoreSink();
        await using var server = ServerFixture.Start(sink);
        var paths = TestFiles.StorageSample.Select(TestFiles.Path).Append("/nonexistent/file.dcm").ToList();
        var progress = new List<StoreFileResult>();

        var results = await DicomClient.SendFilesAsync(ServerFixture.Client(server), paths, new SynchronousProgress(progress));

        results.Select(r => r.Path).Should().Equal(paths);
        results.Take(TestFiles.StorageSample.Length).Should().OnlyContain(r => r.Stored && r.Error == null);
        results[^1].Stored.Should().BeFalse();
        results[^1].Status.Should().BeNull();
        results[^1].Error.Should().NotBeNullOrEmpty();
        progress.Should().HaveCount(paths.Count);
        sink.Committed.Should().HaveCount(TestFiles.StorageSample.Length);
        // Several MR_small variants share a SOP instance UID; the instances arrive in the order sent.
        foreach (var (name, stored) in TestFiles.StorageSample.Zip(sink.Committed))
        {
            var original = await DicomFile.OpenAsync(TestFiles.Path(name));
            stored.Info.SopInstanceUid.Should().Be(original.Dataset.GetString(DicomTags.SOPInstanceUID));
            await DatasetAssert.EquivalentAsync(original.Dataset, (await MemoryStoreSink.ReadAsync(stored)).Dataset);
        }
    }

    [Test]
    public async Task StoreAsync_CompressedFileWhenOnlyNativeAccepted_FaultsNoPresentationContext()
    {
        await using var server = ServerFixture.Start(new MemoryStoreSink(), o => o with { TransferSyntaxes = [DicomTransferSyntax.ExplicitVRLittleEndian] });
        var file = await DicomFile.OpenAsync(TestFiles.Path("JPEG2000.dcm"));
        var sopClass = file.Dataset.GetString(DicomTags.SOPClassUID)!;
        await using var client = await DicomClient.ConnectAsync(ServerFixture.Client(server, PresentationContextProposal.ForStorage([(sopClass, file.TransferSyntax)]).ToArray()));

        (await client.Awaiting(c => c.StoreAsync(file)).Should().ThrowAsync<DimseException>()).Which.Fault.Should().Be(DimseFault.NoPresentationContext);

        client.Association.State.Should().Be(UpperLayerState.Sta6, "nothing was sent");
        await client.ReleaseAsync();
    }

    [Test]
    public async Task EchoAsync_PeerNeverResponds_TimesOutAndAborts()
    {
        using var listener = new TestListener();
        var options = new DicomClientOptions
        {
            Host = "127.0.0.1",
            Port = listener.Port,
            CalledAETitle = "SILENT",
            DimseTimeout = TimeSpan.FromMilliseconds(300),
            Association = ServerFixture.FastOptions,
        };
        var connect = DicomClient.ConnectAsync(options);
        await using var peer = await listener.AcceptAsync();
        await peer.ReceiveAsync<AssociateRequestPdu>();
        await peer.SendAsync(new AssociateAcceptPdu
        {
            CalledAETitle = "SILENT",
            CallingAETitle = "TELERAD",
            PresentationContexts = [new PresentationContextResult(1, PresentationContextResultReason.Acceptance, DicomTransferSyntax.ImplicitVRLittleEndian.Uid)],
            UserInformation = new UserInformation { MaxLength = 16384 },
        });
        await using var client = await connect.Within();

        var echo = client.EchoAsync();
        await peer.ReceiveAsync<DataTransferPdu>();

        (await echo.Awaiting(e => e).Should().ThrowAsync<DimseException>()).Which.Fault.Should().Be(DimseFault.ResponseTimeout);
        await peer.ReceiveAsync<AbortPdu>();
    }

    [Test]
    public async Task EchoAsync_PeerAnswersAnotherMessageId_AbortsAndFails()
    {
        using var listener = new TestListener();
        var connect = DicomClient.ConnectAsync(new DicomClientOptions { Host = "127.0.0.1", Port = listener.Port, CalledAETitle = "ODD", Association = ServerFixture.FastOptions });
        await using var peer = await listener.AcceptAsync();
        await peer.ReceiveAsync<AssociateRequestPdu>();
        await peer.SendAsync(new AssociateAcceptPdu
        {
            CalledAETitle = "ODD",
            CallingAETitle = "TELERAD",
            PresentationContexts = [new PresentationContextResult(1, PresentationContextResultReason.Acceptance, DicomTransferSyntax.ImplicitVRLittleEndian.Uid)],
            UserInformation = new UserInformation { MaxLength = 16384 },
        });
        await using var client = await connect.Within();

        var echo = client.EchoAsync();
        await peer.ReceiveAsync<DataTransferPdu>();
        var wrong = DimseCommandCodec.Encode(DimseCommand.ResponseTo(DimseCommand.EchoRequest(999), DimseStatus.Success));
        await peer.SendAsync(new DataTransferPdu([new PresentationDataValue(1, true, true, wrong.AsMemory())]));

        await echo.Awaiting(e => e).Should().ThrowAsync<UpperLayerException>();
        await peer.ReceiveAsync<AbortPdu>();
    }

    [Test]
    public async Task StoreAsync_CancelledWhileWaitingForResponse_AbortsTheAssociation()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sink = new MemoryStoreSink { CommitGate = gate.Task };
        await using var server = ServerFixture.Start(sink);
        await using var client = await DicomClient.ConnectAsync(ServerFixture.Client(server, PresentationContextProposal.ForStorage([("1.2.840.10008.5.1.4.1.1.2", DicomTransferSyntax.ExplicitVRLittleEndian)]).ToArray()));
        using var cancel = new CancellationTokenSource();

        var store = client.StoreAsync(TestFiles.Path("CT_small.dcm"), cancel.Token);
        await sink.CommitEntered.Within();
        await cancel.CancelAsync();

        await store.Awaiting(s => s).Should().ThrowAsync<OperationCanceledException>();
        await client.Association.Completion.Within();
        client.Association.Failure!.Fault.Should().Be(UpperLayerFault.Aborted);
        gate.SetResult();
    }

    [Test]
    public async Task StoreAsync_CancelledBeforeStarting_LeavesTheAssociationUsable()
    {
        await using var server = ServerFixture.Start(new MemoryStoreSink());
        await using var client = await DicomClient.ConnectAsync(ServerFixture.Client(server, PresentationContextProposal.Verification, new PresentationContextProposal("1.2.840.10008.5.1.4.1.1.2", [DicomTransferSyntax.ExplicitVRLittleEndian])));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await client.Awaiting(c => c.StoreAsync(TestFiles.Path("CT_small.dcm"), cancelled.Token)).Should().ThrowAsync<OperationCanceledException>();

        (await client.EchoAsync()).Should().Be(DimseStatus.Success);
        await client.ReleaseAsync();
    }

    [Test]
    public async Task ConnectAsync_ProposesWhatTheOptionsSay()
    {
        await using var server = ServerFixture.Start(new MemoryStoreSink());
        var options = ServerFixture.Client(server, PresentationContextProposal.Verification, new PresentationContextProposal("1.2.840.10008.5.1.4.1.1.2", [DicomTransferSyntax.ImplicitVRLittleEndian]))
            with
        { OperationsWindow = new AsyncOperationsWindow(4, 4) };

        await using var client = await DicomClient.ConnectAsync(options);

        client.Association.PresentationContexts.Select(c => (c.Id, c.AbstractSyntax, c.IsAccepted)).Should().Equal((1, DicomUids.Verification, true), (3, "1.2.840.10008.5.1.4.1.1.2", true));
        client.Association.OperationsWindow.Should().Be(AsyncOperationsWindow.Synchronous);
        client.Association.CallingAETitle.Should().Be("TEST_SCU");
        await client.ReleaseAsync();
    }

    [Test]
    public void Options_Invalid_AreRejected()
    {
        var valid = new DicomClientOptions { Host = "localhost", Port = 104, CalledAETitle = "SCP" };

        FluentActions.Invoking(valid.Validate).Should().NotThrow();
        FluentActions.Invoking((valid with { Port = 0 }).Validate).Should().Throw<ArgumentException>();
        FluentActions.Invoking((valid with { CalledAETitle = "" }).Validate).Should().Throw<ArgumentException>();
        FluentActions.Invoking((valid with { PresentationContexts = [] }).Validate).Should().Throw<ArgumentException>();
        FluentActions.Invoking((valid with { PresentationContexts = Enumerable.Repeat(PresentationContextProposal.Verification, 129).ToList() }).Validate).Should().Throw<ArgumentException>();
        FluentActions.Invoking((valid with { Association = new AssociationOptions { MaxPduLength = 10 } }).Validate).Should().Throw<ArgumentException>();
        FluentActions.Invoking((valid with { Association = new AssociationOptions { MaxPduLength = 2 * 1024 * 1024 } }).Validate).Should().Throw<ArgumentException>();
    }

    [Test]
    public void ForStorage_NativeGetsFallbacksCompressedDoesNot()
    {
        var proposals = PresentationContextProposal.ForStorage(
        [
            ("1.2.3", DicomTransferSyntax.ExplicitVRBigEndian),
            ("1.2.3", DicomTransferSyntax.ExplicitVRBigEndian),
            ("1.2.3", DicomTransferSyntax.ImplicitVRLittleEndian),
            ("1.2.4", DicomTransferSyntax.JpegBaseline),
        ]);

        proposals.Should().HaveCount(3);
        proposals[0].TransferSyntaxes.Should().Equal(DicomTransferSyntax.ExplicitVRBigEndian, DicomTransferSyntax.ExplicitVRLittleEndian, DicomTransferSyntax.ImplicitVRLittleEndian);
        proposals[1].TransferSyntaxes.Should().Equal(DicomTransferSyntax.ImplicitVRLittleEndian, DicomTransferSyntax.ExplicitVRLittleEndian);
        proposals[2].TransferSyntaxes.Should().Equal(DicomTransferSyntax.JpegBaseline);
    }

    private sealed class SynchronousProgress(List<StoreFileResult> results) : IProgress<StoreFileResult>
    {
        public void Report(StoreFileResult value) => results.Add(value);
    }
}
