using TeleRad.Dicom.Network.Dimse;
using TeleRad.Dicom.Network.Query;
using TeleRad.Dicom.Network.Tests.Support;
using TeleRad.Dicom.Uids;

namespace TeleRad.Dicom.Network.Tests.Query;

/// <summary>The C-FIND SCP of <see cref="DicomServer"/> with an in-memory handler, queried by TeleRad's own SCU.</summary>
[TestFixture]
[Category("Unit")]
public sealed class FindScpTests
{
    private const string StudyRoot = DicomUids.StudyRootQueryRetrieveInformationModelFind;

    private static readonly (string, string)[] Studies =
    [
        ("Demo^Alice", "1.2.826.0.1.3680043.10.1.1"),
        ("Other^Bob", "1.2.826.0.1.3680043.10.1.2"),
        ("Demo^Carol", "1.2.826.0.1.3680043.10.1.3"),
    ];

    [Test]
    public async Task FindAsync_PatientNameWildcard_ReturnsMatchesThenSuccess()
    {
        var handler = new MemoryQueryHandler(Studies);
        await using var server = ServerFixture.Start(configure: o => o with { QueryHandler = handler });
        await using var client = await DicomClient.ConnectAsync(ServerFixture.Client(server, PresentationContextProposal.ForQuery(StudyRoot)));

        var responses = await Collect(client.FindAsync(StudyRoot, Query("Demo*")));
        await client.ReleaseAsync();

        responses.Where(r => r.IsPending).Select(r => r.Identifier!.GetString(DicomTags.StudyInstanceUID))
            .Should().Equal("1.2.826.0.1.3680043.10.1.1", "1.2.826.0.1.3680043.10.1.3");
        responses[^1].Status.Should().Be(DimseStatus.Success);
        handler.Requests.Should().ContainSingle().Which.Should().Match<FindRequestInfo>(r => r.Level == "STUDY" && r.SopClassUid == StudyRoot && r.CallingAETitle == "TEST_SCU");
    }

    [Test]
    public async Task FindAsync_StoppedEarly_CancelsTheHandlerAndTheAssociationStaysUsable()
    {
        var handler = new MemoryQueryHandler(Studies) { Endless = true };
        await using var server = ServerFixture.Start(configure: o => o with { QueryHandler = handler });
        await using var client = await DicomClient.ConnectAsync(ServerFixture.Client(server, PresentationContextProposal.ForQuery(StudyRoot), PresentationContextProposal.Verification));

        var seen = 0;
        await foreach (var response in client.FindAsync(StudyRoot, Query("Demo*")))
        {
            if (++seen == 3)
                break;
        }

        handler.SawCancellation.Should().BeTrue();
        (await client.EchoAsync()).Should().Be(DimseStatus.Success);
        await client.ReleaseAsync();
    }

    [Test]
    public async Task FindAsync_HandlerRejects_FinalStatusIsTheRejection()
    {
        var handler = new MemoryQueryHandler(Studies) { Reject = new FindRejectedException(DimseStatus.DataSetDoesNotMatchSopClass, "unsupported key") };
        await using var server = ServerFixture.Start(configure: o => o with { QueryHandler = handler });
        await using var client = await DicomClient.ConnectAsync(ServerFixture.Client(server, PresentationContextProposal.ForQuery(StudyRoot)));

        var responses = await Collect(client.FindAsync(StudyRoot, Query("Demo*")));
        await client.ReleaseAsync();

        responses.Should().ContainSingle();
        responses[0].Status.Should().Be(new DimseStatus(0xA900));
        responses[0].ErrorComment.Should().Be("unsupported key");
    }

    [Test]
    public async Task FindAsync_HandlerThrows_FinalStatusIsUnableToProcess()
    {
        var handler = new MemoryQueryHandler(Studies) { Reject = new InvalidOperationException("database down") };
        await using var server = ServerFixture.Start(configure: o => o with { QueryHandler = handler });
        await using var client = await DicomClient.ConnectAsync(ServerFixture.Client(server, PresentationContextProposal.ForQuery(StudyRoot)));

        var responses = await Collect(client.FindAsync(StudyRoot, Query("Demo*")));
        await client.ReleaseAsync();

        responses.Should().ContainSingle().Which.Status.Should().Be(new DimseStatus(0xC000));
    }

    [Test]
    public async Task FindAsync_NoQueryRetrieveLevel_IsRefusedWithA900WithoutAskingTheHandler()
    {
        var handler = new MemoryQueryHandler(Studies);
        await using var server = ServerFixture.Start(configure: o => o with { QueryHandler = handler });
        await using var client = await DicomClient.ConnectAsync(ServerFixture.Client(server, PresentationContextProposal.ForQuery(StudyRoot)));
        var query = Query("Demo*");
        query.Remove(DicomTags.QueryRetrieveLevel);

        var responses = await Collect(client.FindAsync(StudyRoot, query));
        await client.ReleaseAsync();

        responses.Should().ContainSingle().Which.Status.Should().Be(new DimseStatus(0xA900));
        handler.Requests.Should().BeEmpty();
    }

    [Test]
    public async Task FindAsync_ServerWithoutHandler_DoesNotAcceptTheFindContext()
    {
        await using var server = ServerFixture.Start();
        await using var client = await DicomClient.ConnectAsync(ServerFixture.Client(server, PresentationContextProposal.ForQuery(StudyRoot), PresentationContextProposal.Verification));

        var act = async () => await Collect(client.FindAsync(StudyRoot, Query("*")));

        (await act.Should().ThrowAsync<DimseException>()).Which.Fault.Should().Be(DimseFault.NoPresentationContext);
        await client.ReleaseAsync();
    }

    internal static DicomDataset Query(string patientName)
    {
        var query = new DicomDataset();
        query.SetString(DicomTags.QueryRetrieveLevel, "STUDY");
        query.SetString(DicomTags.PatientName, patientName);
        query.SetString(DicomTags.StudyInstanceUID, string.Empty);
        return query;
    }

    private static async Task<List<FindResponse>> Collect(IAsyncEnumerable<FindResponse> responses)
    {
        var list = new List<FindResponse>();
        await foreach (var response in responses)
            list.Add(response);
        return list;
    }
}
