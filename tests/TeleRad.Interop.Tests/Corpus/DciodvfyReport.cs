using System.Text.RegularExpressions;
using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Corpus;

/// <summary>
/// What dicom3tools' <c>dciodvfy</c> (IOD conformance checker) says about a
/// file: its error lines, and the kinds of error they are — the message with
/// values, UIDs and numbers stripped, so the same defect found in two
/// encodings of the same data compares equal.
/// </summary>
public sealed partial class DciodvfyReport
{
    private DciodvfyReport(PeerResult result, IReadOnlyList<string> errors)
    {
        Result = result;
        Errors = errors;
    }

    /// <summary>The run itself.</summary>
    public PeerResult Result { get; }

    /// <summary>
    /// True when dciodvfy died rather than finishing its checks (a failed
    /// assertion aborts it: exit status 128 + SIGABRT); e.g. dicom3tools as
    /// packaged asserts on 32-bit pixel data (Bits Allocated 32, RT Dose).
    /// </summary>
    public bool Crashed => Result.TimedOut || Result.ExitCode >= 128;

    /// <summary>Every line starting with "Error".</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>The distinct kinds of error (see <see cref="KindOf"/>).</summary>
    public IReadOnlySet<string> ErrorKinds => Errors.Select(KindOf).ToHashSet(StringComparer.Ordinal);

    /// <summary>Runs dciodvfy on <paramref name="path"/>.</summary>
    public static async Task<DciodvfyReport> RunAsync(string path, CancellationToken cancellationToken = default)
    {
        var result = await PeerProcess.RunAsync("dciodvfy", [path], TimeSpan.FromMinutes(2), cancellationToken: cancellationToken);
        return Parse(result);
    }

    /// <summary>Collects the error lines dciodvfy wrote (it reports on both output streams).</summary>
    public static DciodvfyReport Parse(PeerResult result)
    {
        var errors = (result.StandardOutput + "\n" + result.StandardError)
            .Split('\n')
            .Where(line => line.StartsWith("Error", StringComparison.Ordinal))
            .ToList();
        return new DciodvfyReport(result, errors);
    }

    /// <summary>
    /// An error message without its values: "= &lt;…&gt;" values, quoted
    /// strings, quoted characters and numbers (UIDs, counts, value indexes)
    /// are replaced by placeholders; attribute and module names stay.
    /// </summary>
    public static string KindOf(string error)
    {
        var kind = ShownValue().Replace(error, "= <>");
        kind = QuotedCharacter().Replace(kind, "''");
        kind = QuotedString().Replace(kind, "\"\"");
        return Number().Replace(kind, "#");
    }

    [GeneratedRegex(@"= <[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex ShownValue();

    [GeneratedRegex(@"'[^']*' \(0x[0-9a-fA-F]+\)", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedCharacter();

    [GeneratedRegex("\"[^\"]*\"", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedString();

    [GeneratedRegex(@"(?<![\w.])[-+]?\d+(?:\.\d+)*(?![\w.])", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
