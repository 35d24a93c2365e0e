using System.Globalization;
using System.Text;

namespace TeleRad.Dicom.Tests.Robustness;

/// <summary>What a <see cref="CaseRunner"/> run found: counts by outcome and every failure, with its replay identifiers.</summary>
internal sealed class RobustnessReport
{
    public int Cases { get; set; }

    public int Succeeded { get; set; }

    /// <summary>Cases whose read did not complete synchronously, so their allocation was measured process-wide.</summary>
    public int CompletedAsynchronously { get; set; }

    public long MaxAllocatedBytes { get; set; }

    public Dictionary<DicomFormatFault, int> Faults { get; } = [];

    public List<string> Failures { get; } = [];

    /// <summary>The first inputs rejected with <see cref="DicomFormatException"/>, with the message (for diagnosis).</summary>
    public List<string> Rejections { get; } = [];

    public TimeSpan Elapsed { get; set; }

    public string Summary()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Cases} cases in {Elapsed.TotalSeconds:F1} s: {Succeeded} read, ");
        text.AppendJoin(", ", Faults.OrderBy(f => f.Key).Select(f => $"{f.Value} {f.Key}"));
        text.Append(CultureInfo.InvariantCulture, $"; {Failures.Count} failures; largest allocation {MaxAllocatedBytes / 1024} KiB");
        if (CompletedAsynchronously > 0)
            text.Append(CultureInfo.InvariantCulture, $"; {CompletedAsynchronously} completed asynchronously");
        return text.ToString();
    }

    /// <summary>The first failures, one per line, for an assertion message.</summary>
    public string FailureList(int max = 25) =>
        string.Join(Environment.NewLine, Failures.Take(max)) + (Failures.Count > max ? $"{Environment.NewLine}... and {Failures.Count - max} more" : string.Empty);
}
