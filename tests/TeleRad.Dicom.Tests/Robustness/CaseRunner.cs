using System.Diagnostics;

namespace TeleRad.Dicom.Tests.Robustness;

/// <summary>
/// Runs robustness cases one after another on a dedicated thread and checks each: the read either succeeds or throws
/// <see cref="DicomFormatException"/> naming a byte offset; nothing else may escape, and an accepted file must go
/// through <see cref="AcceptedFileProcessor"/>. Every case has a deadline (a
/// cancellation token, and a watchdog on the calling thread for a loop that never looks at the token), and its
/// allocation is measured with <see cref="GC.GetAllocatedBytesForCurrentThread"/>: the reads complete synchronously on
/// a MemoryStream or a file, so everything they allocate is allocated on the worker thread.
/// </summary>
internal static class CaseRunner
{
    /// <summary>A watchdog against hangs, not a timing assertion: a healthy case takes well under a millisecond.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    /// <summary>The allocation allowed for one case: 64 MiB plus 64 times the input.</summary>
    public static long AllocationBound(long inputLength) => (64L << 20) + (64 * inputLength);

    public static RobustnessReport Run(IEnumerable<RobustnessCase> cases)
    {
        var report = new RobustnessReport();
        var temp = Path.Combine(Path.GetTempPath(), $"telerad-robustness-{Environment.ProcessId}-{Guid.NewGuid():N}.dcm");
        var clock = Stopwatch.StartNew();
        string? current = null;
        long startedAt = 0;
        Exception? crash = null;
        var worker = new Thread(() =>
        {
            try
            {
                foreach (var c in cases)
                {
                    Volatile.Write(ref current, c.Id);
                    Volatile.Write(ref startedAt, clock.ElapsedTicks);
                    RunOne(c, temp, report);
                }
                Volatile.Write(ref current, null);
            }
            catch (Exception ex)
            {
                crash = ex;
            }
        }, maxStackSize: 4 << 20)
        { IsBackground = true, Name = "robustness cases" };
        worker.Start();
        try
        {
            while (!worker.Join(100))
            {
                var id = Volatile.Read(ref current);
                var elapsed = Stopwatch.GetElapsedTime(0, clock.ElapsedTicks - Volatile.Read(ref startedAt));
                if (id is not null && elapsed > 2 * Deadline)
                {
                    // The worker is stuck in a loop that ignores cancellation: report it and leave the thread behind.
                    report.Failures.Add($"{id}: HANG: no result after {elapsed.TotalSeconds:F0} s");
                    return report;
                }
            }
        }
        finally
        {
            if (!worker.IsAlive)
                File.Delete(temp);
        }
        if (crash is not null)
            report.Failures.Add($"harness error: {crash}");
        report.Elapsed = clock.Elapsed;
        return report;
    }

    private static void RunOne(RobustnessCase c, string temp, RobustnessReport report)
    {
        var input = c.Input();
        if (c.FromFile)
            File.WriteAllBytes(temp, input);
        report.Cases++;
        using var cts = new CancellationTokenSource(Deadline);
        var threadBefore = GC.GetAllocatedBytesForCurrentThread();
        var totalBefore = GC.GetTotalAllocatedBytes();
        var synchronous = true;
        DicomFile? file = null;
        Exception? error = null;
        try
        {
            var task = c.FromFile
                ? DicomFile.OpenAsync(temp, c.Options, cts.Token)
                : DicomFile.ReadAsync(new MemoryStream(input, writable: false), c.Options, cts.Token);
            synchronous = task.IsCompleted;
            file = task.GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            error = ex;
        }
        var allocated = synchronous ? GC.GetAllocatedBytesForCurrentThread() - threadBefore : GC.GetTotalAllocatedBytes() - totalBefore;
        if (!synchronous)
            report.CompletedAsynchronously++;
        report.MaxAllocatedBytes = Math.Max(report.MaxAllocatedBytes, allocated);
        var where = $"{c.Id} ({(c.FromFile ? "file" : "stream")}, {input.Length} bytes)";
        if (allocated > AllocationBound(input.Length))
            report.Failures.Add($"{where}: ALLOCATION: {allocated} bytes allocated");

        switch (error)
        {
            case null:
                report.Succeeded++;
                foreach (var warning in file!.Warnings)
                    CheckNoValue(warning, where, report);
                if (AcceptedFileProcessor.Process(file) is { } failure)
                    report.Failures.Add($"{where}: {failure}");
                break;
            case DicomFormatException ex:
                report.Faults[ex.Fault] = report.Faults.GetValueOrDefault(ex.Fault) + 1;
                if (report.Rejections.Count < 100)
                    report.Rejections.Add($"{where}: {ex.Message}");
                if (ex.Offset < 0 || !ex.Message.Contains("byte offset", StringComparison.Ordinal))
                    report.Failures.Add($"{where}: NO OFFSET: {ex.Message}");
                for (Exception? e = ex; e is not null; e = e.InnerException)
                    CheckNoValue(e.Message, where, report);
                break;
            case OperationCanceledException:
                report.Failures.Add($"{where}: HANG: cancelled after the {Deadline.TotalSeconds:F0} s deadline");
                break;
            default:
                report.Failures.Add($"{where}: {error.GetType().Name}: {error.Message} {error.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}");
                break;
        }
    }

    private static void CheckNoValue(string message, string where, RobustnessReport report)
    {
        if (message.Contains(SyntheticSeeds.Sentinel, StringComparison.OrdinalIgnoreCase))
            report.Failures.Add($"{where}: VALUE IN MESSAGE: {message}");
    }
}
