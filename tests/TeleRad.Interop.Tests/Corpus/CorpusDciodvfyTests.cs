using System.Collections.Concurrent;
using TeleRad.Dicom;
using TeleRad.Dicom.IO;
using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Corpus;

/// <summary>
/// Writing a file back never makes it less conformant: for every Part 10
/// image and SR/RT object among pydicom's test files and every DCMTK variant,
/// dicom3tools' <c>dciodvfy</c> finds no more errors in our Explicit VR Little
/// Endian output (the file's own syntax when its pixel data is encapsulated)
/// than in the input, and no kind of error the input does not have.
/// </summary>
[TestFixture]
[Category("Interop")]
public sealed class CorpusDciodvfyTests
{
    // SOP Class UID roots (PS3.4 annex B, PS3.6 annex A): Structured Reporting
    // (1.2.840.10008.5.1.4.1.1.88.x) and Radiotherapy (…1.1.481.x) objects.
    private const string StructuredReportRoot = "1.2.840.10008.5.1.4.1.1.88.";
    private const string RadiotherapyRoot = "1.2.840.10008.5.1.4.1.1.481.";

    private readonly ConcurrentDictionary<string, (DciodvfyReport Input, DciodvfyReport? Ours, Exception? WriteError)> _reports =
        new(StringComparer.Ordinal);

    private string _directory = string.Empty;

    /// <summary>The files checked, as test cases named after them.</summary>
    public static IEnumerable<TestCaseData> Files() =>
        Subset().Select(key => new TestCaseData(key).SetArgDisplayNames(key));

    [OneTimeSetUp]
    public async Task WriteAndVerifyOnceAsync()
    {
        _directory = Path.Combine(Path.GetTempPath(), $"telerad-corpus-dciodvfy-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_directory);
        var keys = Subset();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, keys.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) },
            async (index, ct) =>
            {
                var key = keys[index];
                var input = await InputReportAsync(CorpusCatalog.PathOf(key), Path.Combine(_directory, $"{index:D4}.inflated.dcm"), ct);
                var output = Path.Combine(_directory, $"{index:D4}.dcm");
                try
                {
                    var file = await DicomFile.OpenAsync(CorpusCatalog.PathOf(key), cancellationToken: ct);
                    var syntax = file.Dataset[DicomTag.PixelData] is DicomFragmentSequence ? null : DicomTransferSyntax.ExplicitVRLittleEndian;
                    await file.SaveAsync(output, new DicomWriteOptions { TransferSyntax = syntax }, ct);
                }
                catch (Exception ex) when (ex is DicomFormatException or IOException)
                {
                    _reports[key] = (input, null, ex);
                    return;
                }

                _reports[key] = (input, await DciodvfyReport.RunAsync(output, ct), null);
            });
    }

    [OneTimeTearDown]
    public void DeleteOutputs()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [TestCaseSource(nameof(Files))]
    public void SaveAsync_CorpusFile_DciodvfyFindsNoNewErrors(string key)
    {
        var (input, ours, writeError) = _reports[key];
        writeError.Should().BeNull($"we should write {key}");

        input.Result.TimedOut.Should().BeFalse();
        if (!input.Crashed)
        {
            ours!.Crashed.Should().BeFalse($"dciodvfy finished on the input {key} and should on our output: {ours.Result.Describe()}");
        }

        else if (ours!.Crashed)
        {
            // dciodvfy crashes on the input (see DciodvfyReport.Crashed); it may
            // crash on ours too, on the same assertion: compare what it reported
            // up to there.
            LastLine(ours.Result.StandardError).Should().Be(LastLine(input.Result.StandardError));
        }

        ours!.Errors.Should().NotContain(e => e.Contains("read failed", StringComparison.OrdinalIgnoreCase), $"dciodvfy should read our output of {key}");
        ours.Errors.Count.Should().BeLessThanOrEqualTo(
            input.Errors.Count,
            $"our output of {key} should have no more dciodvfy errors than the input.\nOurs:\n{string.Join('\n', ours.Errors)}\nInput:\n{string.Join('\n', input.Errors)}");
        ours.ErrorKinds.Except(input.ErrorKinds).Should().BeEmpty($"our output of {key} should add no kind of dciodvfy error");
    }

    /// <summary>
    /// dciodvfy's report on the input. dicom3tools as packaged cannot read a
    /// Deflated Explicit VR Little Endian data set (PS3.5 A.5) — it reports
    /// "Dicom dataset read failed" and then misses every later check — so a
    /// deflated input is first inflated by DCMTK (<c>dcmconv +te</c>), a peer
    /// rather than the code under test, and that copy is the baseline.
    /// </summary>
    private static async Task<DciodvfyReport> InputReportAsync(string path, string inflated, CancellationToken ct)
    {
        var file = await DicomFile.OpenAsync(path, new DicomReadOptions { StopBeforeTag = new DicomTag(0x0008, 0x0000) }, ct);
        if (!file.TransferSyntax.IsDeflated)
        {
            return await DciodvfyReport.RunAsync(path, ct);
        }

        var conversion = await PeerProcess.RunAsync("dcmconv", ["+te", path, inflated], TimeSpan.FromMinutes(2), cancellationToken: ct);
        conversion.Succeeded.Should().BeTrue(conversion.Describe());
        return await DciodvfyReport.RunAsync(inflated, ct);
    }

    private static string LastLine(string text) => text.TrimEnd().Split('\n')[^1];

    private static IReadOnlyList<string> Subset() =>
    [
        .. CorpusCatalog.ReadableKeys().Where(key => CorpusCatalog.IsVariant(key) || IsPydicomImageOrSrOrRt(key)),
    ];

    private static bool IsPydicomImageOrSrOrRt(string key)
    {
        if (!key.StartsWith("test_files/", StringComparison.Ordinal))
        {
            return false;
        }

        var file = CorpusCases.Read(key);
        var sopClass = file.Dataset.GetString(DicomTags.SOPClassUID) ?? string.Empty;
        return file.Format == DicomFileFormat.Part10 &&
            (file.Dataset.Contains(DicomTag.PixelData) ||
             sopClass.StartsWith(StructuredReportRoot, StringComparison.Ordinal) ||
             sopClass.StartsWith(RadiotherapyRoot, StringComparison.Ordinal));
    }
}
