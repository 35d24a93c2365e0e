using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Corpus;

/// <summary>
/// Runs dcmdump over many files with few processes: DCMTK's start-up (loading
/// its data dictionary) costs far more than dumping a small file, so files go
/// to dcmdump in batches, several batches at a time. A batch with a non-zero
/// exit status (dcmdump failed to read a file) or anything on standard error
/// (warnings, errors) is split in halves and re-run until each such file runs
/// alone, so every message is attributed to its own file.
/// </summary>
public static partial class DcmdumpBatch
{
    private const int FilesPerRun = 40;

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>dcmdump's run and view of each file; <paramref name="isOriginal"/> files get <see cref="DcmdumpView.DumpOriginalAsync"/>'s retry.</summary>
    public static async Task<IReadOnlyDictionary<string, DcmdumpRun>> DumpAsync(
        IReadOnlyList<string> paths,
        Func<string, bool> isOriginal,
        CancellationToken cancellationToken = default)
    {
        var runs = new ConcurrentDictionary<string, DcmdumpRun>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            paths.Chunk(FilesPerRun),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount), CancellationToken = cancellationToken },
            (batch, ct) => new ValueTask(DumpBatchAsync(batch, isOriginal, runs, ct)));
        return runs;
    }

    private static async Task DumpBatchAsync(string[] batch, Func<string, bool> isOriginal, ConcurrentDictionary<string, DcmdumpRun> runs, CancellationToken ct)
    {
        if (batch.Length == 1)
        {
            var (single, view) = isOriginal(batch[0])
                ? await DcmdumpView.DumpOriginalAsync(batch[0], ct)
                : await DcmdumpView.DumpAsync(batch[0], ct);
            runs[batch[0]] = new DcmdumpRun(single, view);
            return;
        }

        // +F prints a "# dcmdump (i/n): file" header before each file.
        var result = await PeerProcess.RunAsync("dcmdump", ["+F", .. DcmdumpView.Arguments, .. batch], Timeout, cancellationToken: ct);
        var clean = result.Succeeded && string.IsNullOrWhiteSpace(result.StandardError);
        if (!clean)
        {
            var half = batch.Length / 2;
            await DumpBatchAsync(batch[..half], isOriginal, runs, ct);
            await DumpBatchAsync(batch[half..], isOriginal, runs, ct);
            return;
        }

        var sections = Split(result.StandardOutput, batch.Length);
        for (var i = 0; i < batch.Length; i++)
        {
            var single = result with { StandardOutput = sections[i] };
            runs[batch[i]] = new DcmdumpRun(single, DcmdumpView.Parse(sections[i], string.Empty));
        }
    }

    private static string[] Split(string output, int count)
    {
        var sections = new StringBuilder[count];
        StringBuilder? current = null;
        foreach (var line in output.Split('\n'))
        {
            var header = Header().Match(line);
            if (header.Success && int.Parse(header.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) == count)
            {
                current = sections[int.Parse(header.Groups["i"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1] = new StringBuilder();
                continue;
            }

            current?.Append(line).Append('\n');
        }

        if (sections.Any(s => s is null))
        {
            throw new InvalidOperationException($"dcmdump printed {sections.Count(s => s is not null)} file headers for {count} files.");
        }

        return [.. sections.Select(s => s.ToString())];
    }

    [GeneratedRegex(@"^# dcmdump \((?<i>\d+)/(?<n>\d+)\): ", RegexOptions.CultureInvariant)]
    private static partial Regex Header();
}
