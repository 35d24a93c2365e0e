using System.Diagnostics;
using System.Globalization;
using TeleRad.Dicom;

namespace TeleRad.Benchmarks;

/// <summary>
/// The streaming copy measured for peak memory: open a file (values over 64 KiB stay on disk as file ranges) and save
/// it to another path, which streams those ranges through a pooled 256 KiB buffer. Peak RSS is measured from outside
/// (<c>/usr/bin/time -v</c>); the process's own high-water mark is printed as a cross-check.
/// </summary>
internal static class CopyCommand
{
    public static async Task<int> RunAsync(string source, string destination)
    {
        var clock = Stopwatch.StartNew();
        var file = await DicomFile.OpenAsync(source).ConfigureAwait(false);
        await file.SaveAsync(destination).ConfigureAwait(false);
        clock.Stop();
        using var self = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"copied {new FileInfo(destination).Length} bytes in {clock.Elapsed.TotalMilliseconds:F0} ms; peak working set {self.PeakWorkingSet64 / (1024 * 1024)} MiB; managed allocations {GC.GetTotalAllocatedBytes() / 1024} KiB"));
        return 0;
    }
}
