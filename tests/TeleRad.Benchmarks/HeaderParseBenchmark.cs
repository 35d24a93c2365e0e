using BenchmarkDotNet.Attributes;
using TeleRad.Dicom;
using TeleRad.Dicom.IO;

namespace TeleRad.Benchmarks;

/// <summary>
/// Parses the generated CT series in process. <see cref="HeaderOnly"/> reads all 300 files up to Pixel Data, as a
/// store-and-forward router does to route a study; BenchmarkDotNet divides by <see cref="FileCount"/>, so Mean and
/// Allocated are per file. The two full reads show one file with its pixel data left on disk (the default) and loaded.
/// </summary>
[MemoryDiagnoser]
public class HeaderParseBenchmark
{
    /// <summary>The series size the per-file figures are divided by; setup fails when the directory holds another count.</summary>
    public const int FileCount = 300;

    /// <summary>Where the benchmark reads the series from (set by the <c>bench</c> command).</summary>
    public const string DirectoryVariable = "TELERAD_BENCH_CT_DIR";

    private static readonly DicomReadOptions HeaderOptions = new() { StopBeforeTag = DicomTag.PixelData };
    private static readonly DicomReadOptions InMemoryOptions = new() { LargeValueThreshold = long.MaxValue };

    private string[] _files = [];

    [GlobalSetup]
    public void Setup()
    {
        var directory = Environment.GetEnvironmentVariable(DirectoryVariable)
            ?? throw new InvalidOperationException($"{DirectoryVariable} is not set; run the 'bench' command.");
        _files = [.. Directory.GetFiles(directory, "*.dcm").Order(StringComparer.Ordinal)];
        if (_files.Length != FileCount)
            throw new InvalidOperationException($"expected {FileCount} files in {directory}, found {_files.Length}");
    }

    [Benchmark(OperationsPerInvoke = FileCount, Description = "Header only, per file (300 files)")]
    public async Task<int> HeaderOnly()
    {
        var elements = 0;
        foreach (var path in _files)
        {
            var file = await DicomFile.OpenAsync(path, HeaderOptions).ConfigureAwait(false);
            elements += file.Dataset.Count;
        }
        return elements;
    }

    [Benchmark(Description = "Full read, pixels left on disk (1 file)")]
    public async Task<int> FullReadPixelsOnDisk()
    {
        var file = await DicomFile.OpenAsync(_files[0]).ConfigureAwait(false);
        return file.Dataset.Count;
    }

    [Benchmark(Description = "Full read, pixels in memory (1 file)")]
    public async Task<int> FullReadInMemory()
    {
        var file = await DicomFile.OpenAsync(_files[0], InMemoryOptions).ConfigureAwait(false);
        return file.Dataset.Count;
    }
}
