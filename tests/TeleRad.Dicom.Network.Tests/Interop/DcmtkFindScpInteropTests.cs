using System.Globalization;
using TeleRad.Dicom.Network.Tests.Support;

namespace TeleRad.Dicom.Network.Tests.Interop;

/// <summary>DCMTK 3.6.7's findscu against TeleRad's C-FIND SCP with an in-memory handler.</summary>
[TestFixture]
[Category("Interop")]
public sealed class DcmtkFindScpInteropTests
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(60);

    private static readonly (string, string)[] Studies =
    [
        ("Demo^Alice", "1.2.826.0.1.3680043.10.1.1"),
        ("Other^Bob", "1.2.826.0.1.3680043.10.1.2"),
        ("Demo^Carol", "1.2.826.0.1.3680043.10.1.3"),
    ];

    [Test]
    public async Task Findscu_StudyRootPatientNameWildcard_ReceivesTheMatchesAndSuccess()
    {
        await using var server = ServerFixture.Start(configure: o => o with { QueryHandler = new MemoryQueryHandler(Studies) });

        var (exitCode, output) = await PeerRunner.RunAsync(ToolTimeout, "findscu", "-v", "-S", "-aec", ServerFixture.AETitle,
            "-k", "0008,0052=STUDY", "-k", "0010,0010=Demo*", "-k", "0020,000D", "127.0.0.1", Port(server));

        exitCode.Should().Be(0, output);
        output.Should().Contain("1.2.826.0.1.3680043.10.1.1").And.Contain("1.2.826.0.1.3680043.10.1.3").And.NotContain("1.2.826.0.1.3680043.10.1.2");
        output.Should().Contain("Find Response: 2 (Pending)").And.NotContain("Find Response: 3");
        output.Should().Contain("Received Final Find Response (Success)");
    }

    [Test]
    public async Task Findscu_PatientRootWithCancelAfterOneResponse_ReceivesFinalCancel()
    {
        var handler = new MemoryQueryHandler(Studies) { Endless = true };
        await using var server = ServerFixture.Start(configure: o => o with { QueryHandler = handler });

        var (exitCode, output) = await PeerRunner.RunAsync(ToolTimeout, "findscu", "-v", "-P", "--cancel", "1", "-aec", ServerFixture.AETitle,
            "-k", "0008,0052=PATIENT", "-k", "0010,0010=Demo*", "127.0.0.1", Port(server));

        exitCode.Should().Be(0, output);
        output.Should().Contain("Received Final Find Response (Cancel: MatchingTerminatedDueToCancelRequest)");
        handler.SawCancellation.Should().BeTrue();
    }

    private static string Port(DicomServer server) => server.LocalEndPoint.Port.ToString(CultureInfo.InvariantCulture);
}
