using System.Text.Json;
using TeleRad.Dicom;
using TeleRad.Dicom.IO;
using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Corpus;

/// <summary>
/// Every readable corpus file with native (or no) pixel data, written back in
/// each native transfer syntax, and every file with encapsulated pixel data,
/// written back in its own: DCMTK reads our output without error and sees the
/// same elements and values as in the original, and so does pydicom. All the
/// writing and peer runs happen once, in <see cref="WriteAndRunPeersOnceAsync"/>
/// (dcmdump in batches with bounded parallelism, see <see cref="DcmdumpBatch"/>;
/// pydicom in one process); each test case then checks one file in one syntax.
/// </summary>
[TestFixture]
[Category("Interop")]
public sealed class CorpusWriteBackTests
{
    private readonly Dictionary<string, string> _outputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Exception> _writeErrors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlySet<string>> _unknownVRPaths = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, DcmdumpRun> _dcmdump = new Dictionary<string, DcmdumpRun>();
    private Dictionary<string, JsonElement> _pydicom = new(StringComparer.Ordinal);
    private string _directory = string.Empty;

    /// <summary>Every (file, target) pair, as test cases named after both.</summary>
    public static IEnumerable<TestCaseData> Cases() =>
        CorpusCases.WriteBack().Select(c => new TestCaseData(c.Key, c.Target.Name).SetArgDisplayNames(c.Key, c.Target.Name));

    [OneTimeSetUp]
    public async Task WriteAndRunPeersOnceAsync()
    {
        _directory = Path.Combine(Path.GetTempPath(), $"telerad-corpus-writeback-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_directory);

        var cases = CorpusCases.WriteBack();
        for (var i = 0; i < cases.Count; i++)
        {
            var (key, target) = cases[i];
            var output = Path.Combine(_directory, $"{i:D4}.{target.Name}.dcm");
            try
            {
                var file = await DicomFile.OpenAsync(CorpusCatalog.PathOf(key));
                _unknownVRPaths[key] = UnknownVRPaths.Of(file.Dataset);
                await file.SaveAsync(output, new DicomWriteOptions { TransferSyntax = target.Syntax });
                _outputs[CaseId(key, target.Name)] = output;
            }
            catch (Exception ex) when (ex is DicomFormatException or IOException)
            {
                _writeErrors[CaseId(key, target.Name)] = ex;
            }
        }

        var originals = cases.Select(c => CorpusCatalog.PathOf(c.Key)).Distinct(StringComparer.Ordinal).ToList();
        var outputs = _outputs.Values.ToHashSet(StringComparer.Ordinal);
        List<string> allFiles = [.. originals, .. outputs];
        var dcmdump = DcmdumpBatch.DumpAsync(allFiles, path => !outputs.Contains(path));
        var pydicom = PydicomPeer.ValuesAsync(allFiles);
        _dcmdump = await dcmdump;
        _pydicom = allFiles.Zip(await pydicom).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);
    }

    [OneTimeTearDown]
    public void DeleteOutputs()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void SaveAsync_CorpusFile_DcmdumpSeesSameElementsAndValues(string key, string target)
    {
        var output = Output(key, target);
        var original = _dcmdump[CorpusCatalog.PathOf(key)];
        var ours = _dcmdump[output];

        ours.Result.Succeeded.Should().BeTrue($"dcmdump should read our {target} output of {key}: {ours.Result.StandardError}");
        ours.View.Errors.Should().BeEmpty();
        original.Result.Succeeded.Should().BeTrue($"dcmdump should read the original {key}: {original.Result.StandardError}");
        ours.View.Elements.Should().NotBeEmpty();
        ours.View.Compare(original.View).Should().BeEmpty($"dcmdump's view of our {target} output of {key} should equal its view of the original");
    }

    [TestCaseSource(nameof(Cases))]
    public void SaveAsync_CorpusFile_DcmdumpWarnsAboutNothingNew(string key, string target)
    {
        var output = Output(key, target);
        var original = _dcmdump[CorpusCatalog.PathOf(key)].View.Warnings;

        // DCMTK notes each private element of undefined length it finds in
        // implicit VR as a sequence read per CP-246 (PS3.5 6.2.2); an implicit
        // VR encoding of a private sequence necessarily looks like that.
        var added = _dcmdump[output].View.Warnings
            .Except(original)
            .Where(w => !(WriteBackTarget.Named(target).Syntax?.IsExplicitVR == false && w.Contains("(CP-246)", StringComparison.Ordinal)));

        added.Should().BeEmpty($"dcmdump should find nothing in our {target} output of {key} that it does not find in the original");
    }

    [TestCaseSource(nameof(Cases))]
    public void SaveAsync_CorpusFile_PydicomReadsSameValues(string key, string target)
    {
        var output = Output(key, target);
        var original = _pydicom[CorpusCatalog.PathOf(key)];
        var ours = _pydicom[output];

        ours.GetProperty("ok").GetBoolean().Should().BeTrue($"pydicom should read our {target} output of {key}: {ours.GetRawText()}");
        original.GetProperty("ok").GetBoolean().Should().BeTrue($"pydicom should read the original {key}");
        var syntax = WriteBackTarget.Named(target).Syntax;
        var expectedSyntax = syntax?.Uid ?? original.GetProperty("transfer_syntax").GetString();
        ours.GetProperty("transfer_syntax").GetString().Should().Be(expectedSyntax);
        if (syntax is null)
        {
            // PS3.5 A.4: encapsulated Pixel Data is OB, whatever the original said.
            ours.GetProperty("values").GetProperty("7FE00010").GetProperty("vr").GetString().Should().Be("OB");
        }

        var comparer = new PydicomValuesComparer(syntax?.IsBigEndian == true, _unknownVRPaths[key], encapsulated: syntax is null);
        comparer.Compare(ours.GetProperty("values"), original.GetProperty("values"))
            .Should().BeEmpty($"pydicom should read the same values from our {target} output of {key} as from the original");
    }

    private static string CaseId(string key, string target) => $"{key}|{target}";

    private string Output(string key, string target)
    {
        var id = CaseId(key, target);
        _writeErrors.TryGetValue(id, out var error);
        error.Should().BeNull($"we should write {key} as {target}");
        return _outputs[id];
    }
}
