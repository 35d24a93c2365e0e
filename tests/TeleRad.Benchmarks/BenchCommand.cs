using System.Globalization;
using BenchmarkDotNet.Running;

namespace TeleRad.Benchmarks;

/// <summary>
/// Runs <see cref="HeaderParseBenchmark"/> on a series directory and writes a tab-separated summary (method, mean ns
/// per file, allocated bytes per file) for <c>bench/run-core.sh</c>, which should not have to parse BenchmarkDotNet's
/// console output.
/// </summary>
internal static class BenchCommand
{
    public static int Run(string ctDirectory, string resultsPath, string artifactsPath)
    {
        Environment.SetEnvironmentVariable(HeaderParseBenchmark.DirectoryVariable, Path.GetFullPath(ctDirectory));
        var summary = BenchmarkRunner.Run<HeaderParseBenchmark>(new ShortInProcessConfig(artifactsPath));
        var lines = new List<string> { "method\tmean_ns\tmedian_ns\tstddev_ns\tallocated_bytes" };
        foreach (var report in summary.Reports)
        {
            var stats = report.ResultStatistics;
            if (stats is null)
                continue;
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
            lines.Add(string.Join('\t',
                report.BenchmarkCase.Descriptor.WorkloadMethod.Name,
                stats.Mean.ToString("F1", CultureInfo.InvariantCulture),
                stats.Median.ToString("F1", CultureInfo.InvariantCulture),
                stats.StandardDeviation.ToString("F1", CultureInfo.InvariantCulture),
                allocated?.ToString(CultureInfo.InvariantCulture) ?? "NA"));
        }
        File.WriteAllLines(resultsPath, lines);
        var failed = summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success);
        return failed || lines.Count == 1 ? 1 : 0;
    }
}
