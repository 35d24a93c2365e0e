using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Cli.Commands;

/// <summary><c>telerad dump</c> text output, checked against DCMTK's dcmdump and pydicom.</summary>
[TestFixture]
[Category("Interop")]
public sealed class DumpCommandTextTests
{
    [Test]
    public async Task Dump_CtSmall_PatientNameLineHasDcmdumpValue()
    {
        var file = TestCorpus.TestFile("CT_small.dcm");
        var dcmdump = await CliRunner.DcmdumpAsync(file);
        dcmdump.Succeeded.Should().BeTrue(dcmdump.Describe());
        var expected = DumpLine.Parse(dcmdump.StandardOutput).Single(l => l.Tag == "0010,0010");

        var result = await CliRunner.RunAsync("dump", file);

        result.ExitCode.Should().Be(0, result.Describe());
        var ours = DumpLine.Parse(result.StandardOutput).Single(l => l.Tag == "0010,0010");
        ours.VR.Should().Be("PN");
        ours.Value.Should().Be(expected.Value);
        ours.Length.Should().Be(expected.Length);
        ours.Keyword.Should().Be("PatientName");
    }

    [Test]
    public async Task Dump_CtSmall_ListsEveryTopLevelTagDcmdumpLists()
    {
        var file = TestCorpus.TestFile("CT_small.dcm");
        var dcmdump = await CliRunner.DcmdumpAsync(file);
        dcmdump.Succeeded.Should().BeTrue(dcmdump.Describe());
        // dcmdump adds sequence delimiters "for re-encoding" that the file does not hold; they are not elements.
        var expected = DumpLine.Parse(dcmdump.StandardOutput).Where(l => l.Depth == 0 && !l.Tag.StartsWith("fffe", StringComparison.Ordinal))
            .Select(l => l.Tag).ToList();

        var result = await CliRunner.RunAsync("dump", file);

        var ours = DumpLine.Parse(result.StandardOutput).Where(l => l.Depth == 0).Select(l => l.Tag).ToList();
        expected.Should().NotBeEmpty();
        ours.Should().Contain(expected);
    }

    [Test]
    public async Task Dump_CtSmall_PrintsMetaSectionBeforeDataSetWithTransferSyntax()
    {
        var result = await CliRunner.RunAsync("dump", TestCorpus.TestFile("CT_small.dcm"));

        var text = result.StandardOutput;
        var meta = text.IndexOf("# Dicom-Meta-Information-Header", StringComparison.Ordinal);
        var metaElement = text.IndexOf("(0002,0010) UI [1.2.840.10008.1.2.1]", StringComparison.Ordinal);
        var dataSet = text.IndexOf("# Dicom-Data-Set", StringComparison.Ordinal);
        var firstElement = text.IndexOf("(0008,0005)", StringComparison.Ordinal);
        meta.Should().BeGreaterThan(-1, result.Describe());
        metaElement.Should().BeGreaterThan(meta);
        dataSet.Should().BeGreaterThan(metaElement);
        firstElement.Should().BeGreaterThan(dataSet);
        text.Should().Contain("# Used TransferSyntax: Explicit VR Little Endian [1.2.840.10008.1.2.1]");
    }

    [TestCase("CT_small.dcm")]
    [TestCase("rtplan.dcm")]
    [TestCase("test-SR.dcm")]
    public async Task Dump_NestedSequences_SequenceAndItemLinesMatchDcmdump(string fileName)
    {
        // Lengths of defined-length sequences and items are computed from their content (see EncodedLength), so
        // dcmdump, which reads them from the file, is the oracle. dcmdump adds delimiters "for re-encoding" to
        // defined-length containers; those are left out on both sides.
        var file = TestCorpus.TestFile(fileName);
        var dcmdump = await CliRunner.DcmdumpAsync(file);
        dcmdump.Succeeded.Should().BeTrue(dcmdump.Describe());

        var result = await CliRunner.RunAsync("dump", file);

        result.ExitCode.Should().Be(0, result.Describe());
        DumpLine.Parse(result.StandardOutput).Where(IsContainer).Select(Shape)
            .Should().Equal(DumpLine.Parse(dcmdump.StandardOutput).Where(IsContainer).Select(Shape));
    }

    [Test]
    public async Task Dump_EncapsulatedPixelData_ListsFragmentItemsLikeDcmdump()
    {
        var file = TestCorpus.TestFile("JPEG2000.dcm");
        var dcmdump = await CliRunner.DcmdumpAsync(file);
        dcmdump.Succeeded.Should().BeTrue(dcmdump.Describe());

        var result = await CliRunner.RunAsync("dump", file);

        var expected = DumpLine.Parse(dcmdump.StandardOutput).Where(l => l.VR == "pi").Select(l => (l.Depth, l.Length)).ToList();
        expected.Should().HaveCountGreaterThan(1);
        DumpLine.Parse(result.StandardOutput).Where(l => l.VR == "pi").Select(l => (l.Depth, l.Length))
            .Should().Equal(expected);
        result.StandardOutput.Should().Contain("(7fe0,0010) OB (PixelSequence #=");
        result.StandardOutput.Should().Contain("(fffe,e0dd) na (SequenceDelimitationItem)");
    }

    [Test]
    public async Task Dump_JapaneseCharacterSet_PatientNameDecodedAsPydicomDoes()
    {
        // chrH31.dcm: ISO 2022 IR 87 (PS3.5 annex H); pydicom's JSON PN groups joined by '=' form the DICOM value.
        var file = TestCorpus.CharsetFile("chrH31.dcm");
        var pydicom = await PydicomPeer.JsonAsync([file]);
        var name = pydicom[0].GetProperty("json").GetProperty("00100010").GetProperty("Value")[0];
        var groups = new[] { "Alphabetic", "Ideographic", "Phonetic" }
            .Select(g => name.TryGetProperty(g, out var v) ? v.GetString() : string.Empty);
        var expected = string.Join('=', groups).TrimEnd('=');

        var result = await CliRunner.RunAsync("dump", file);

        result.ExitCode.Should().Be(0, result.Describe());
        DumpLine.Parse(result.StandardOutput).Single(l => l.Tag == "0010,0010" && l.Depth == 0).Text.Should().Be(expected);
    }

    [Test]
    public async Task Dump_StopBeforePixels_HasNoPixelDataLine()
    {
        var file = TestCorpus.TestFile("CT_small.dcm");

        var full = await CliRunner.RunAsync("dump", file);
        var header = await CliRunner.RunAsync("dump", "--stop-before-pixels", file);

        header.ExitCode.Should().Be(0, header.Describe());
        DumpLine.Parse(full.StandardOutput).Should().Contain(l => l.Tag == "7fe0,0010");
        var lines = DumpLine.Parse(header.StandardOutput);
        lines.Should().NotContain(l => l.Tag == "7fe0,0010");
        lines.Should().Contain(l => l.Tag == "0010,0010");
    }

    [Test]
    public async Task Dump_TwoFiles_PrintsAFileHeaderBeforeEachDumpInOrder()
    {
        var first = TestCorpus.TestFile("CT_small.dcm");
        var second = TestCorpus.TestFile("MR_small.dcm");

        var result = await CliRunner.RunAsync("dump", first, second);

        result.ExitCode.Should().Be(0, result.Describe());
        var firstHeader = result.StandardOutput.IndexOf($"# File: {first}\n", StringComparison.Ordinal);
        var secondHeader = result.StandardOutput.IndexOf($"# File: {second}\n", StringComparison.Ordinal);
        firstHeader.Should().Be(0, result.Describe());
        secondHeader.Should().BeGreaterThan(firstHeader);
        var pydicom = await PydicomPeer.JsonAsync([second]);
        var secondName = pydicom[0].GetProperty("json").GetProperty("00100010").GetProperty("Value")[0].GetProperty("Alphabetic").GetString();
        DumpLine.Parse(result.StandardOutput[secondHeader..]).First(l => l.Tag == "0010,0010").Text.Should().Be(secondName);
    }

    private static bool IsContainer(DumpLine line) => line.VR == "SQ" || line.Tag == "fffe,e000";

    private static string Shape(DumpLine line) => $"{line.Depth} {line.Tag} {line.Length} {line.Keyword}";
}
