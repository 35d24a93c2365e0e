using System.Security.Cryptography;
using System.Text.Json;
using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Cli.Commands;

/// <summary><c>telerad dump --json</c>: the PS3.18 JSON model, checked against pydicom and the file's own bytes.</summary>
[TestFixture]
[Category("Interop")]
public sealed class DumpCommandJsonTests
{
    private const string PixelDataKey = "7FE00010";

    [Test]
    public async Task DumpJson_CtSmall_PatientNameAlphabeticEqualsPydicom()
    {
        var file = TestCorpus.TestFile("CT_small.dcm");
        var pydicom = await PydicomPeer.JsonAsync([file]);
        var expected = pydicom[0].GetProperty("json").GetProperty("00100010").GetProperty("Value")[0].GetProperty("Alphabetic").GetString();

        var result = await CliRunner.RunAsync("dump", "--json", file);

        result.ExitCode.Should().Be(0, result.Describe());
        using var json = JsonDocument.Parse(result.StandardOutput);
        var name = json.RootElement.GetProperty("00100010");
        name.GetProperty("vr").GetString().Should().Be("PN");
        name.GetProperty("Value")[0].GetProperty("Alphabetic").GetString().Should().Be(expected);
    }

    [Test]
    public async Task DumpJson_CtSmall_IncludesMetaGroup()
    {
        var result = await CliRunner.RunAsync("dump", "--json", TestCorpus.TestFile("CT_small.dcm"));

        using var json = JsonDocument.Parse(result.StandardOutput);
        json.RootElement.GetProperty("00020010").GetProperty("Value")[0].GetString().Should().Be("1.2.840.10008.1.2.1");
        json.RootElement.EnumerateObject().First().Name.Should().StartWith("0002");
    }

    [TestCase("CT_small.dcm")]
    [TestCase("MR_small.dcm")]
    public async Task DumpJson_PixelDataBulkDataUri_AddressesBytesPydicomReadsAsPixelData(string fileName)
    {
        var file = TestCorpus.TestFile(fileName);
        var values = await PydicomPeer.ValuesAsync([file]);
        // pydicom_values.py prints pixel data over 4 KiB as "sha256:<hex>:<length>".
        var expected = values[0].GetProperty("values").GetProperty(PixelDataKey).GetProperty("value").GetString();
        expected.Should().StartWith("sha256:");

        var result = await CliRunner.RunAsync("dump", "--json", file);

        result.ExitCode.Should().Be(0, result.Describe());
        using var json = JsonDocument.Parse(result.StandardOutput);
        var pixelData = json.RootElement.GetProperty(PixelDataKey);
        pixelData.TryGetProperty("Value", out _).Should().BeFalse();
        var uri = new Uri(pixelData.GetProperty("BulkDataURI").GetString()!);
        uri.Scheme.Should().Be("file");
        uri.LocalPath.Should().Be(file);
        var (offset, length) = ParseRange(uri.Query);
        var bytes = await ReadRangeAsync(uri.LocalPath, offset, length);
        $"sha256:{Convert.ToHexStringLower(SHA256.HashData(bytes))}:{bytes.Length}".Should().Be(expected);
    }

    [Test]
    public async Task DumpJson_PathWithSpaceAndHash_BulkDataUriStillNamesTheFile()
    {
        var directory = Directory.CreateTempSubdirectory("telerad-dump-uri-");
        try
        {
            var file = Path.Combine(directory.FullName, "a b#c.dcm");
            File.Copy(TestCorpus.TestFile("CT_small.dcm"), file);

            var result = await CliRunner.RunAsync("dump", "--json", file);

            using var json = JsonDocument.Parse(result.StandardOutput);
            var uri = new Uri(json.RootElement.GetProperty(PixelDataKey).GetProperty("BulkDataURI").GetString()!);
            uri.LocalPath.Should().Be(file);
            uri.Query.Should().StartWith("?offset=");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public async Task DumpJson_BulkDataOmit_HasNoBulkDataUri()
    {
        var result = await CliRunner.RunAsync("dump", "--json", "--bulk-data", "omit", TestCorpus.TestFile("CT_small.dcm"));

        result.ExitCode.Should().Be(0, result.Describe());
        result.StandardOutput.Should().NotContain("BulkDataURI");
        using var json = JsonDocument.Parse(result.StandardOutput);
        json.RootElement.GetProperty(PixelDataKey).EnumerateObject().Select(p => p.Name).Should().Equal("vr");
    }

    [Test]
    public async Task DumpJson_StopBeforePixels_HasNoPixelData()
    {
        var result = await CliRunner.RunAsync("dump", "--json", "--stop-before-pixels", TestCorpus.TestFile("CT_small.dcm"));

        result.ExitCode.Should().Be(0, result.Describe());
        using var json = JsonDocument.Parse(result.StandardOutput);
        json.RootElement.TryGetProperty(PixelDataKey, out _).Should().BeFalse();
        json.RootElement.TryGetProperty("00100010", out _).Should().BeTrue();
    }

    [Test]
    public async Task DumpJson_TwoFiles_PrintsOneJsonObjectPerLineInOrder()
    {
        string[] files = [TestCorpus.TestFile("CT_small.dcm"), TestCorpus.TestFile("MR_small.dcm")];
        var pydicom = await PydicomPeer.JsonAsync(files);

        var result = await CliRunner.RunAsync(["dump", "--json", .. files], CancellationToken.None);

        result.ExitCode.Should().Be(0, result.Describe());
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        for (var i = 0; i < lines.Length; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            json.RootElement.GetProperty("00080018").GetProperty("Value")[0].GetString()
                .Should().Be(pydicom[i].GetProperty("json").GetProperty("00080018").GetProperty("Value")[0].GetString());
        }
    }

    [Test]
    public async Task DumpJson_DeflatedFile_WritesNoBulkDataUri()
    {
        // Offsets in a deflated data set count inflated bytes (PS3.5 section A.5), so no range of the file holds them.
        var result = await CliRunner.RunAsync("dump", "--json", TestCorpus.TestFile("image_dfl.dcm"));

        result.ExitCode.Should().Be(0, result.Describe());
        using var json = JsonDocument.Parse(result.StandardOutput);
        json.RootElement.GetProperty("00020010").GetProperty("Value")[0].GetString().Should().Be("1.2.840.10008.1.2.1.99");
        result.StandardOutput.Should().NotContain("BulkDataURI");
    }

    private static (long Offset, long Length) ParseRange(string query)
    {
        var parameters = query.TrimStart('?').Split('&')
            .Select(p => p.Split('='))
            .ToDictionary(p => p[0], p => long.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
        parameters.Keys.Should().BeEquivalentTo(["offset", "length"]);
        return (parameters["offset"], parameters["length"]);
    }

    private static async Task<byte[]> ReadRangeAsync(string path, long offset, long length)
    {
        var bytes = new byte[length];
        await using var stream = File.OpenRead(path);
        stream.Seek(offset, SeekOrigin.Begin);
        await stream.ReadExactlyAsync(bytes);
        return bytes;
    }
}
