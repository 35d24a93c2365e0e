using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using TeleRad.Dicom;
using TeleRad.Dicom.Network;
using TeleRad.Dicom.Network.Dimse;
using TeleRad.Dicom.Network.Query;
using TeleRad.Interop.Tests.Cli;
using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Network;

/// <summary><c>telerad find</c> against DCMTK's dcmqrscp holding pydicom's CT_small and MR_small.</summary>
[TestFixture]
[Category("Interop")]
public sealed class FindCommandTests
{
    private static string[] Files => [TestCorpus.TestFile("CT_small.dcm"), TestCorpus.TestFile("MR_small.dcm")];

    [Test]
    public async Task Find_StudyLevelByKeywordWildcard_PrintsTheMatchingStudy()
    {
        var expected = await StudyUidOf("CT_small.dcm");
        await using var peer = await DcmqrscpPeer.StartAsync(Files);

        var result = await CliRunner.RunAsync("find", "127.0.0.1", DcmtkNetwork.Port(peer.Port), "--called-aet", DcmqrscpPeer.AETitle,
            "-k", "PatientName=*CT1", "-k", "(0020,000D)");

        result.ExitCode.Should().Be(0, result.Describe());
        result.StandardOutput.Should().Contain("# Match 1").And.NotContain("# Match 2");
        result.StandardOutput.Should().Contain($"(0020,000D) UI [{expected}] # StudyInstanceUID");
        result.StandardOutput.Should().Contain("(0008,0052) CS [STUDY] # QueryRetrieveLevel");
        result.StandardError.Should().Contain("1 match(es), status 0x0000");
    }

    [Test]
    public async Task Find_PatientModelJson_PrintsOneObjectPerPatient()
    {
        await using var peer = await DcmqrscpPeer.StartAsync(Files);

        var result = await CliRunner.RunAsync("find", "127.0.0.1", DcmtkNetwork.Port(peer.Port), "--called-aet", DcmqrscpPeer.AETitle,
            "--model", "patient", "--level", "PATIENT", "-k", "0010,0010=*", "-k", "PatientID", "--json");

        result.ExitCode.Should().Be(0, result.Describe());
        var names = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("00100010").GetProperty("Value")[0].GetProperty("Alphabetic").GetString())
            .ToList();
        names.Should().BeEquivalentTo("CompressedSamples^CT1", "CompressedSamples^MR1");
    }

    [Test]
    public async Task Find_WrongCalledAETitle_ExitsWithAssociationRejected()
    {
        await using var peer = await DcmqrscpPeer.StartAsync(Files);

        var result = await CliRunner.RunAsync("find", "127.0.0.1", DcmtkNetwork.Port(peer.Port), "--called-aet", "NOT_QR", "-k", "PatientName");

        result.ExitCode.Should().Be(4, result.Describe());
        result.StandardOutput.Should().BeEmpty();
    }

    [Test]
    public async Task Find_ToOurScp_PrintsTheHandlersMatchAndPassesTheKeys()
    {
        var handler = new OneStudyHandler(null);
        await using var server = StartServer(handler);

        var result = await CliRunner.RunAsync("find", "127.0.0.1", DcmtkNetwork.Port(server.LocalEndPoint.Port), "--called-aet", "FIND_SCP",
            "--level", "SERIES", "-k", "PatientName=Demo*");

        result.ExitCode.Should().Be(0, result.Describe());
        result.StandardOutput.Should().Contain("(0020,000D) UI [1.2.826.0.1.3680043.10.2.1] # StudyInstanceUID");
        handler.Level.Should().Be("SERIES");
        handler.PatientName.Should().Be("Demo*");
    }

    [Test]
    public async Task Find_ScpRejectsTheIdentifier_ExitsWithDimseFailure()
    {
        await using var server = StartServer(new OneStudyHandler(new FindRejectedException(new DimseStatus(0xA900), "no")));

        var result = await CliRunner.RunAsync("find", "127.0.0.1", DcmtkNetwork.Port(server.LocalEndPoint.Port), "--called-aet", "FIND_SCP", "-k", "PatientName");

        result.ExitCode.Should().Be(6, result.Describe());
        result.StandardError.Should().Contain("status 0xA900");
        result.StandardOutput.Should().BeEmpty();
    }

    [TestCase("-k", "NoSuchKeyword=1")]
    [TestCase("-k", "(0028,0010)=12")]
    [TestCase("--level", "FRAME")]
    [TestCase("--model", "worklist")]
    public async Task Find_BadOption_IsAUsageError(string option, string value)
    {
        var result = await CliRunner.RunAsync("find", "127.0.0.1", "104", option, value);

        result.ExitCode.Should().Be(2, result.Describe());
        result.StandardOutput.Should().BeEmpty();
    }

    private static DicomServer StartServer(IQueryHandler handler) => DicomServer.Start(new DicomServerOptions
    {
        EndPoint = new IPEndPoint(IPAddress.Loopback, 0),
        AETitle = "FIND_SCP",
        QueryHandler = handler,
    });

    private static async Task<string?> StudyUidOf(string name) =>
        (await DicomFile.OpenAsync(TestCorpus.TestFile(name))).Dataset.GetString(DicomTags.StudyInstanceUID);

    /// <summary>Answers every query with one study, or rejects it; records what it was asked.</summary>
    private sealed class OneStudyHandler(Exception? reject) : IQueryHandler
    {
        public string? Level { get; private set; }

        public string? PatientName { get; private set; }

        public async IAsyncEnumerable<DicomDataset> FindAsync(FindRequestInfo request, DicomDataset identifier, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            Level = request.Level;
            PatientName = identifier.GetString(DicomTags.PatientName);
            if (reject is not null)
                throw reject;
            await Task.Yield();
            var match = new DicomDataset();
            match.SetString(DicomTags.QueryRetrieveLevel, request.Level);
            match.SetString(DicomTags.StudyInstanceUID, "1.2.826.0.1.3680043.10.2.1");
            yield return match;
        }
    }
}
