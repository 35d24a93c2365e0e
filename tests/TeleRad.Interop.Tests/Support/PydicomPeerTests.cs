using System.Text.Json;

namespace TeleRad.Interop.Tests.Support;

[TestFixture]
[Category("Interop")]
public sealed class PydicomPeerTests
{
    [Test]
    public async Task JsonAsync_CtSmall_ReportsPatientNameAsPersonName()
    {
        var file = TestCorpus.TestFile("CT_small.dcm");

        var results = await PydicomPeer.JsonAsync([file]);

        results.Should().ContainSingle();
        var result = results[0];
        result.GetProperty("ok").GetBoolean().Should().BeTrue();
        result.GetProperty("file").GetString().Should().Be(file);
        var patientName = result.GetProperty("json").GetProperty("00100010");
        patientName.GetProperty("vr").GetString().Should().Be("PN");
        patientName.GetProperty("Value")[0].GetProperty("Alphabetic").GetString()
            .Should().Be(await DcmdumpValueAsync(file, "0010,0010"));
    }

    [Test]
    public async Task JsonAsync_FileWithMeta_IncludesMetaElements()
    {
        var results = await PydicomPeer.JsonAsync([TestCorpus.TestFile("CT_small.dcm")]);

        var transferSyntax = results[0].GetProperty("json").GetProperty("00020010");
        transferSyntax.GetProperty("Value")[0].GetString().Should().Be("1.2.840.10008.1.2.1");
    }

    [Test]
    public async Task JsonAsync_MissingFile_ReportsErrorTypeInOrder()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"telerad-missing-{Guid.NewGuid():N}.dcm");
        var existing = TestCorpus.TestFile("MR_small.dcm");

        var results = await PydicomPeer.JsonAsync([missing, existing]);

        results.Select(r => r.GetProperty("file").GetString()).Should().Equal(missing, existing);
        results[0].GetProperty("ok").GetBoolean().Should().BeFalse();
        results[0].GetProperty("error").GetString().Should().Be("FileNotFoundError");
        results[1].GetProperty("ok").GetBoolean().Should().BeTrue();
    }

    [Test]
    public async Task JsonAsync_UnconvertibleElement_MarksOnlyThatElement()
    {
        // badVR.dcm holds Number of Frames (0028,0008) IS "1A", which pydicom cannot convert.
        var results = await PydicomPeer.JsonAsync([TestCorpus.TestFile("badVR.dcm")]);

        results[0].GetProperty("ok").GetBoolean().Should().BeTrue();
        var json = results[0].GetProperty("json");
        var numberOfFrames = json.GetProperty("00280008");
        numberOfFrames.GetProperty("vr").GetString().Should().Be("IS");
        numberOfFrames.GetProperty("error").GetBoolean().Should().BeTrue();
        json.GetProperty("00080016").TryGetProperty("error", out _).Should().BeFalse();
    }

    [Test]
    public async Task ValuesAsync_UncompressedDcmtkVariants_GiveEqualValues()
    {
        var variants = (await TestCorpus.EnsureVariantsAsync())
            .Where(v => !v.Kind.IsEncapsulated && v.SourceName is "CT_small" or "MR_small" or "rtplan")
            .ToList();
        variants.Select(v => v.Kind).Distinct().Should().HaveCount(4, "each uncompressed kind should exist");

        var results = await PydicomPeer.ValuesAsync(variants.Select(v => v.Path));

        foreach (var group in variants.Zip(results).GroupBy(pair => pair.First.SourceName))
        {
            var expected = group.First().Second.GetProperty("values").GetRawText();
            foreach (var (variant, result) in group)
            {
                result.GetProperty("values").GetRawText().Should().Be(expected, $"{variant} should read as the same values");
            }
        }
    }

    [Test]
    public async Task ValuesAsync_BigEndianVariant_ReportsItsTransferSyntaxAndLittleEndianPixelBytes()
    {
        var variants = await TestCorpus.EnsureVariantsAsync();
        var big = variants.Single(v => v.SourceName == "MR_small" && v.Kind.Name == "explicit-big");
        var little = variants.Single(v => v.SourceName == "MR_small" && v.Kind.Name == "explicit-little");

        var results = await PydicomPeer.ValuesAsync([big.Path, little.Path]);

        results[0].GetProperty("transfer_syntax").GetString().Should().Be(big.Kind.TransferSyntaxUid);
        results[1].GetProperty("transfer_syntax").GetString().Should().Be(little.Kind.TransferSyntaxUid);
        PixelData(results[0]).Should().Be(PixelData(results[1]));
    }

    [Test]
    public async Task ValuesAsync_DifferentImages_GiveDifferentValues()
    {
        var results = await PydicomPeer.ValuesAsync([TestCorpus.TestFile("CT_small.dcm"), TestCorpus.TestFile("MR_small.dcm")]);

        PixelData(results[0]).Should().NotBe(PixelData(results[1]));
        results[0].GetProperty("values").GetRawText().Should().NotBe(results[1].GetProperty("values").GetRawText());
    }

    private static string? PixelData(JsonElement result) =>
        result.GetProperty("values").GetProperty("7FE00010").GetProperty("value").GetString();

    // The value dcmdump prints between brackets, e.g. "(0010,0010) PN [Name]  # 4, 1 PatientName".
    private static async Task<string> DcmdumpValueAsync(string file, string tag)
    {
        var result = await PeerProcess.RunAsync("dcmdump", ["-q", "-s", "+P", tag, file], TimeSpan.FromMinutes(1));
        result.Succeeded.Should().BeTrue(result.Describe());
        var line = result.StandardOutput.Trim();
        var start = line.IndexOf('[', StringComparison.Ordinal) + 1;
        return line[start..line.LastIndexOf(']')];
    }
}
