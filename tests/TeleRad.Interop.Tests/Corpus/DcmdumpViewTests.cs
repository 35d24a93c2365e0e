using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Corpus;

[TestFixture]
[Category("Interop")]
public sealed class DcmdumpViewTests
{
    private const string Listing = """

        # Dicom-File-Format

        # Dicom-Meta-Information-Header
        # Used TransferSyntax: Little Endian Explicit
        (0002,0000) UL 156                                      #   4, 1 FileMetaInformationGroupLength
        (0002,0010) UI [1.2.840.10008.1.2]                      #  18, 1 TransferSyntaxUID

        # Dicom-Data-Set
        # Used TransferSyntax: Little Endian Implicit
        (0008,0000) UL 392                                      #   4, 1 GenericGroupLength
        (0008,0060) CS [RTPLAN]                                 #   6, 1 Modality
        (0019,1010) ?? 41\42\20\20                              #   4, 1 Unknown Tag & Data
        (300a,0010) SQ (Sequence with explicit length #=2)      # 324, 1 DoseReferenceSequence
          (fffe,e000) na (Item with explicit length #=1)          # 170, 1 Item
            (300a,0012) IS [1]                                      #   2, 1 DoseReferenceNumber
          (fffe,e00d) na (ItemDelimitationItem for re-encoding)   #   0, 0 ItemDelimitationItem
          (fffe,e000) na (Item with explicit length #=1)          # 138, 1 Item
            (300a,0012) IS [2]                                      #   2, 1 DoseReferenceNumber
          (fffe,e00d) na (ItemDelimitationItem for re-encoding)   #   0, 0 ItemDelimitationItem
        (fffe,e0dd) na (SequenceDelimitationItem for re-encod.) #   0, 0 SequenceDelimitationItem
        (7fe0,0010) OW 0389\03fb                                #   4, 1 PixelData

        """;

    [Test]
    public void Parse_Listing_KeepsDataSetElementsByPath()
    {
        var view = DcmdumpView.Parse(Listing, string.Empty);

        view.Elements.Keys.Should().BeEquivalentTo(
            "(0008,0060)", "(0019,1010)", "(300a,0010)", "(300a,0010)[0]", "(300a,0010)[0](300a,0012)",
            "(300a,0010)[1]", "(300a,0010)[1](300a,0012)", "(7fe0,0010)");
        view.Elements["(300a,0010)[1](300a,0012)"].Should().Be(new DcmdumpElement("(300a,0010)[1](300a,0012)", "IS", "[2]"));
        view.Elements["(300a,0010)"].Value.Should().Be("(Sequence #=2)");
        view.Elements["(0019,1010)"].VR.Should().Be("UN", "DCMTK's ?? is the unknown VR");
    }

    [Test]
    public void Parse_ErrorLines_Collected()
    {
        var view = DcmdumpView.Parse(Listing, "W: something odd\nE: DcmElement: PixelData larger than remaining bytes\n");

        view.Errors.Should().ContainSingle().Which.Should().StartWith("E: DcmElement");
    }

    [Test]
    public void Compare_SameValuesOtherEncoding_NoDifferences()
    {
        var other = Listing
            .Replace("explicit length #=2", "undefined length #=2", StringComparison.Ordinal)
            .Replace("# 324, 1", "# u/l, 1", StringComparison.Ordinal)
            .Replace("(0008,0000) UL 392", "(0008,0000) UL 400", StringComparison.Ordinal)
            .Replace("OW 0389\\03fb", "OB 89\\03\\fb\\03", StringComparison.Ordinal)
            .Replace("?? 41\\42\\20\\20 ", "SH [AB]        ", StringComparison.Ordinal);

        Parse(other).Compare(Parse(Listing)).Should().BeEmpty();
    }

    [TestCase("IS [2]  ", "IS [3]  ", "(300a,0010)[1](300a,0012): value [3] (ours) vs [2] (original)")]
    [TestCase("CS [RTPLAN]", "LO [RTPLAN]", "(0008,0060): VR LO (ours) vs CS (original)")]
    [TestCase("?? 41\\42\\20\\20 ", "SH [AC]        ", "(0019,1010): value [AC] as SH (ours) vs 41\\42\\20\\20 as UN (original)")]
    public void Compare_Difference_ReportedByPath(string original, string ours, string expected)
    {
        var theirs = Listing.Replace(original, ours, StringComparison.Ordinal);

        Parse(theirs).Compare(Parse(Listing)).Should().ContainSingle().Which.Should().Be(expected);
    }

    [Test]
    public void Compare_MissingItem_ReportsItsElements()
    {
        var shorter = Listing.Replace("#=2)      # 324", "#=1)      # 324", StringComparison.Ordinal);
        shorter = shorter[..shorter.IndexOf("  (fffe,e000) na (Item with explicit length #=1)          # 138", StringComparison.Ordinal)]
            + shorter[shorter.IndexOf("(fffe,e0dd)", StringComparison.Ordinal)..];

        Parse(shorter).Compare(Parse(Listing)).Should().BeEquivalentTo(
            "(300a,0010): value (Sequence #=1) (ours) vs (Sequence #=2) (original)",
            "(300a,0010)[1]: only in the original",
            "(300a,0010)[1](300a,0012): only in the original");
    }

    [Test]
    public void Compare_EncapsulatedFragmentsDiffer_Reported()
    {
        const string fragments = """
            (7fe0,0010) OB (PixelSequence #=2)                      # u/l, 1 PixelData
              (fffe,e000) pi (no value available)                     #   0, 1 Item
              (fffe,e000) pi 01\02\03\04                              #   4, 1 Item
            (fffe,e0dd) na (SequenceDelimitationItem)               #   0, 0 SequenceDelimitationItem
            """;

        Parse(fragments.Replace("01\\02", "01\\09", StringComparison.Ordinal)).Compare(Parse(fragments))
            .Should().ContainSingle().Which.Should().StartWith("(7fe0,0010)[1]: value");
    }

    [Test]
    public async Task DumpAsync_RealFile_ReadsAllElementsWithoutErrors()
    {
        var (result, view) = await DcmdumpView.DumpAsync(TestCorpus.TestFile("rtplan.dcm"));

        result.Succeeded.Should().BeTrue(result.Describe());
        view.Errors.Should().BeEmpty();
        view.Elements.Should().ContainKey("(300a,0010)[1](300a,0012)").WhoseValue.Value.Should().Be("[2]");
    }

    [Test]
    public async Task DumpOriginalAsync_ExplicitFileWithImplicitElements_RetriesAndReads()
    {
        var path = TestCorpus.TestFile("SC_rgb_jpeg.dcm");

        var (first, _) = await DcmdumpView.DumpAsync(path);
        var (retried, view) = await DcmdumpView.DumpOriginalAsync(path);

        first.Succeeded.Should().BeFalse("dcmdump cannot read the file as it is labelled");
        retried.Succeeded.Should().BeTrue(retried.Describe());
        view.Elements.Should().ContainKey("(0008,0016)");
    }

    [Test]
    public async Task DcmdumpBatch_MixedFiles_SameViewsAsSingleRunsAndErrorsAttributed()
    {
        string[] paths = [TestCorpus.TestFile("CT_small.dcm"), TestCorpus.TestFile("MR_truncated.dcm"), TestCorpus.TestFile("rtplan.dcm")];

        var runs = await DcmdumpBatch.DumpAsync(paths, _ => false);

        runs[paths[1]].Result.Succeeded.Should().BeFalse();
        runs[paths[1]].View.Errors.Should().NotBeEmpty();
        foreach (var path in new[] { paths[0], paths[2] })
        {
            var (single, view) = await DcmdumpView.DumpAsync(path);
            runs[path].Result.Succeeded.Should().Be(single.Succeeded);
            runs[path].View.Elements.Should().Equal(view.Elements);
        }
    }

    private static DcmdumpView Parse(string listing) => DcmdumpView.Parse(listing, string.Empty);
}
