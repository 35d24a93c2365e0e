using System.Text.Json;
using TeleRad.Dicom;
using TeleRad.Dicom.Json;
using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Corpus;

/// <summary>
/// For every readable corpus file, our DICOM JSON Model (PS3.18 annex F, meta
/// group included) equals pydicom's for every non-bulk element, as judged by
/// <see cref="JsonModelComparer"/>. pydicom runs once for the whole corpus.
/// </summary>
[TestFixture]
[Category("Interop")]
public sealed class CorpusJsonTests
{
    // pydicom_json.py makes a value bulk when its base64 text is longer than
    // 1024 characters, i.e. when it has more than 768 bytes (base64 writes 4
    // characters per 3 bytes); the same threshold in bytes makes our writer
    // choose the same elements.
    private const long PydicomEquivalentBulkThreshold = 768;

    private static readonly DicomJsonOptions JsonOptions = new()
    {
        BulkDataThreshold = PydicomEquivalentBulkThreshold,
        BulkDataUri = _ => "bulk",
    };

    private Dictionary<string, JsonElement> _pydicom = [];

    private static IEnumerable<TestCaseData> ReadableFiles() =>
        CorpusCatalog.ReadableKeys().Select(key => new TestCaseData(key).SetArgDisplayNames(key));

    [OneTimeSetUp]
    public async Task RunPydicomOnceAsync()
    {
        var keys = CorpusCatalog.ReadableKeys();
        var results = await PydicomPeer.JsonAsync(keys.Select(CorpusCatalog.PathOf));
        _pydicom = keys.Zip(results).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);
    }

    [TestCaseSource(nameof(ReadableFiles))]
    public async Task DicomJsonWriter_CorpusFile_EqualsPydicomJsonModel(string key)
    {
        var peer = _pydicom[key];
        peer.GetProperty("ok").GetBoolean().Should().BeTrue($"pydicom should read {key}: {peer.GetRawText()}");
        var file = await DicomFile.OpenAsync(CorpusCatalog.PathOf(key));

        using var ours = await ToJsonAsync(file);
        var comparer = new JsonModelComparer(file.TransferSyntax.IsBigEndian);
        var differences = comparer.Compare(ours.RootElement, peer.GetProperty("json"));

        foreach (var skipped in comparer.Skipped)
        {
            await TestContext.Out.WriteLineAsync($"not compared: {skipped}");
        }

        differences.Should().BeEmpty($"our JSON model of {key} should equal pydicom's (not compared: {string.Join("; ", comparer.Skipped)})");
    }

    private static async Task<JsonDocument> ToJsonAsync(DicomFile file)
    {
        using var stream = new MemoryStream();
        await DicomJsonWriter.WriteAsync(stream, file.Dataset, JsonOptions, file.FileMetaInformation);
        stream.Position = 0;
        return await JsonDocument.ParseAsync(stream);
    }
}
