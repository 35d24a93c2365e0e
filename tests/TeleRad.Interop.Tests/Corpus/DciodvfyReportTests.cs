using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Corpus;

[TestFixture]
[Category("Interop")]
public sealed class DciodvfyReportTests
{
    [TestCase(
        "Error - Value invalid for this VR - (0x0008,0x0020) DA Study Date  DA [1] = <1997.04.24> - Character invalid for this VR = '.' (0x2e)",
        "Error - Value invalid for this VR - (0x0008,0x0020) DA Study Date  DA [#] = <> - Character invalid for this VR = ''")]
    [TestCase(
        "Error - Illegal root for UID - \"9.8.7.6\" in (0x0008,0x1155) Referenced SOP Instance UID",
        "Error - Illegal root for UID - \"\" in (0x0008,0x1155) Referenced SOP Instance UID")]
    [TestCase(
        "Error - Referenced SOP Instance is not listed but have IMAGE ReferencedSOPInstanceUID 1.2.3.4.0.1",
        "Error - Referenced SOP Instance is not listed but have IMAGE ReferencedSOPInstanceUID #")]
    [TestCase(
        "Error - Missing attribute Type 2 Required Element=<PatientID> Module=<Patient>",
        "Error - Missing attribute Type # Required Element=<PatientID> Module=<Patient>")]
    public void KindOf_Message_StripsValuesKeepsNames(string message, string kind)
    {
        DciodvfyReport.KindOf(message).Should().Be(kind);
    }

    [Test]
    public void Parse_Output_CollectsErrorLinesFromBothStreams()
    {
        var result = new PeerResult("dciodvfy", 1, "CTImage\nError - a\nWarning - b\n", "Error - c\n", false);

        var report = DciodvfyReport.Parse(result);

        report.Errors.Should().Equal("Error - a", "Error - c");
        report.Crashed.Should().BeFalse();
    }

    [Test]
    public void Crashed_AbortedRun_True()
    {
        DciodvfyReport.Parse(new PeerResult("dciodvfy", 134, string.Empty, "Assertion failed", false)).Crashed.Should().BeTrue();
    }

    [Test]
    public async Task RunAsync_FileWithKnownErrors_ReportsThem()
    {
        var report = await DciodvfyReport.RunAsync(TestCorpus.TestFile("ExplVR_BigEnd.dcm"));

        report.Crashed.Should().BeFalse(report.Result.Describe());
        report.ErrorKinds.Should().Contain("Error - Missing attribute Type # Required Element=<PatientID> Module=<Patient>");
    }
}
