using System.Globalization;
using TeleRad.Benchmarks.Data;

namespace TeleRad.Benchmarks;

/// <summary>
/// Entry point of the core benchmarks (see docs/benchmarks.md and bench/run-core.sh):
/// <c>generate-ct DIR [COUNT]</c>, <c>generate-multiframe FILE SIZE_MIB</c>, <c>copy SRC DST</c>, and
/// <c>bench CT_DIR RESULTS_TSV ARTIFACTS_DIR</c> for the BenchmarkDotNet run.
/// </summary>
internal static class Program
{
    private const string Usage = """
        usage:
          TeleRad.Benchmarks generate-ct DIR [COUNT]          synthetic CT series (default 300 files)
          TeleRad.Benchmarks generate-multiframe FILE SIZE_MIB  one multi-frame instance of SIZE_MIB MiB pixel data
          TeleRad.Benchmarks copy SRC DST                     streaming read + write (for peak RSS)
          TeleRad.Benchmarks bench CT_DIR RESULTS_TSV ARTIFACTS_DIR  BenchmarkDotNet header-parse run
        """;

    private static async Task<int> Main(string[] args)
    {
        switch (args)
        {
            case ["generate-ct", var dir]:
                return await CtSeriesGenerator.RunAsync(dir, CtSeriesGenerator.DefaultCount).ConfigureAwait(false);
            case ["generate-ct", var dir, var count] when int.TryParse(count, CultureInfo.InvariantCulture, out var n) && n > 0:
                return await CtSeriesGenerator.RunAsync(dir, n).ConfigureAwait(false);
            case ["generate-multiframe", var file, var size] when int.TryParse(size, CultureInfo.InvariantCulture, out var mib):
                return await MultiframeGenerator.RunAsync(file, mib).ConfigureAwait(false);
            case ["copy", var source, var destination]:
                return await CopyCommand.RunAsync(source, destination).ConfigureAwait(false);
            case ["bench", var ctDir, var results, var artifacts]:
                return BenchCommand.Run(ctDir, results, artifacts);
            default:
                await Console.Error.WriteLineAsync(Usage).ConfigureAwait(false);
                return 2;
        }
    }
}
