using TeleRad.Dicom.Network.Dimse;
using TeleRad.Dicom.Network.Query;
using TeleRad.Dicom.Network.Tests.Support;
using TeleRad.Dicom.Uids;

namespace TeleRad.Dicom.Network.Tests.Interop;

/// <summary>TeleRad's C-FIND SCU against DCMTK 3.6.7's dcmqrscp holding pydicom's CT_small and MR_small.</summary>
[TestFixture]
[Category("Interop")]
public sealed class DcmtkFindInteropTests
{
    private static readonly PresentationContextProposal StudyRoot = PresentationContextProposal.ForQuery(DicomUids.StudyRootQueryRetrieveInformationModelFind);
    private static readonly PresentationContextProposal PatientRoot = PresentationContextProposal.ForQuery(DicomUids.PatientRootQueryRetrieveInformationModelFind);

    [Test]
    public async Task FindAsync_StudyLevelPatientNameWildcard_ReturnsTheMatchingStudyThenSuccess()
    {
        var expectedStudy = await StudyUidOf("CT_small.dcm");
        await using var peer = await QueryRetrievePeer.StartAsync(TestFiles.Path("CT_small.dcm"), TestFiles.Path("MR_small.dcm"));
        await using var client = await DicomClient.ConnectAsync(peer.Client(StudyRoot));

        var responses = await Collect(client.FindAsync(DicomUids.StudyRootQueryRetrieveInformationModelFind, StudyQuery("*CT1")));
        await client.ReleaseAsync();

        responses.Should().HaveCount(2);
        responses[0].IsPending.Should().BeTrue();
        responses[0].Identifier!.GetString(DicomTags.StudyInstanceUID).Should().Be(expectedStudy);
        responses[1].Status.Should().Be(DimseStatus.Success);
        responses[1].Identifier.Should().BeNull();
    }

    [Test]
    public async Task FindAsync_PatientRootPatientLevel_ReturnsBothPatients()
    {
        await using var peer = await QueryRetrievePeer.StartAsync(TestFiles.Path("CT_small.dcm"), TestFiles.Path("MR_small.dcm"));
        await using var client = await DicomClient.ConnectAsync(peer.Client(PatientRoot));
        var query = new DicomDataset();
        query.SetString(DicomTags.QueryRetrieveLevel, "PATIENT");
        query.SetString(DicomTags.PatientName, "*");
        query.SetString(DicomTags.PatientID, string.Empty);

        var responses = await Collect(client.FindAsync(DicomUids.PatientRootQueryRetrieveInformationModelFind, query));
        await client.ReleaseAsync();

        responses.Where(r => r.IsPending).Select(r => r.Identifier!.GetString(DicomTags.PatientName))
            .Should().BeEquivalentTo("CompressedSamples^CT1", "CompressedSamples^MR1");
        responses[^1].Status.Should().Be(DimseStatus.Success);
    }

    [Test]
    public async Task FindAsync_StoppedAfterFirstMatch_CancelsAndTheAssociationStaysUsable()
    {
        await using var peer = await QueryRetrievePeer.StartAsync(TestFiles.Path("CT_small.dcm"), TestFiles.Path("MR_small.dcm"));
        await using var client = await DicomClient.ConnectAsync(peer.Client(StudyRoot));

        await foreach (var response in client.FindAsync(DicomUids.StudyRootQueryRetrieveInformationModelFind, StudyQuery("*")))
        {
            response.IsPending.Should().BeTrue();
            break;
        }

        var again = await Collect(client.FindAsync(DicomUids.StudyRootQueryRetrieveInformationModelFind, StudyQuery("*MR1")));
        await client.ReleaseAsync();

        again.Should().HaveCount(2);
        again[0].Identifier!.GetString(DicomTags.StudyInstanceUID).Should().Be(await StudyUidOf("MR_small.dcm"));
        again[1].Status.Should().Be(DimseStatus.Success);
    }

    [Test]
    public async Task FindAsync_SopClassNotProposed_ThrowsNoPresentationContext()
    {
        await using var peer = await QueryRetrievePeer.StartAsync(TestFiles.Path("CT_small.dcm"));
        await using var client = await DicomClient.ConnectAsync(peer.Client(StudyRoot));

        var act = async () => await Collect(client.FindAsync(DicomUids.PatientRootQueryRetrieveInformationModelFind, StudyQuery("*")));

        (await act.Should().ThrowAsync<DimseException>()).Which.Fault.Should().Be(DimseFault.NoPresentationContext);
        await client.ReleaseAsync();
    }

    private static DicomDataset StudyQuery(string patientName)
    {
        var query = new DicomDataset();
        query.SetString(DicomTags.QueryRetrieveLevel, "STUDY");
        query.SetString(DicomTags.PatientName, patientName);
        query.SetString(DicomTags.StudyInstanceUID, string.Empty);
        return query;
    }

    private static async Task<string?> StudyUidOf(string name) =>
        (await DicomFile.OpenAsync(TestFiles.Path(name))).Dataset.GetString(DicomTags.StudyInstanceUID);

    private static async Task<List<FindResponse>> Collect(IAsyncEnumerable<FindResponse> responses)
    {
        var list = new List<FindResponse>();
        await foreach (var response in responses)
            list.Add(response);
        return list;
    }
}
