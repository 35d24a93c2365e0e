using System.Text.Json;

namespace TeleRad.Interop.Tests.Support;

/// <summary>
/// Runs the pydicom peer scripts (<c>scripts/pydicom_json.py</c>,
/// <c>scripts/pydicom_values.py</c>) under Debian's <c>/usr/bin/python3</c>,
/// the interpreter that has pydicom 2.3; a <c>python3</c> earlier on PATH may not.
/// </summary>
public static class PydicomPeer
{
    /// <summary>The interpreter with Debian's python3-pydicom.</summary>
    public const string Python = "/usr/bin/python3";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    // Isolate the system interpreter from whatever Python setup the caller has.
    private static readonly Dictionary<string, string?> Environment = new(StringComparer.Ordinal)
    {
        ["PYTHONIOENCODING"] = "utf-8",
        ["PYTHONPATH"] = null,
        ["PYTHONHOME"] = null,
        ["PYTHONNOUSERSITE"] = "1",
    };

    /// <summary>
    /// pydicom's DICOM JSON Model (PS3.18 Annex F) of each file, one object per
    /// file in order: <c>{"file", "ok", "json"}</c> or <c>{"file", "ok": false, "error"}</c>.
    /// </summary>
    public static Task<IReadOnlyList<JsonElement>> JsonAsync(IEnumerable<string> files, CancellationToken cancellationToken = default) =>
        RunScriptAsync("pydicom_json.py", files, cancellationToken);

    /// <summary>
    /// pydicom's canonical, transfer-syntax-independent values of each file, one
    /// object per file in order: <c>{"file", "ok", "transfer_syntax", "meta", "values"}</c>.
    /// </summary>
    public static Task<IReadOnlyList<JsonElement>> ValuesAsync(IEnumerable<string> files, CancellationToken cancellationToken = default) =>
        RunScriptAsync("pydicom_values.py", files, cancellationToken);

    private static async Task<IReadOnlyList<JsonElement>> RunScriptAsync(
        string script,
        IEnumerable<string> files,
        CancellationToken cancellationToken)
    {
        var fileList = files.ToList();
        if (fileList.Count == 0)
        {
            return [];
        }

        var result = await PeerProcess.RunAsync(
            Python,
            [RepoPaths.Script(script), .. fileList],
            Timeout,
            Environment,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{script} failed: {result.Describe()}");
        }

        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length != fileList.Count)
        {
            throw new InvalidOperationException(
                $"{script} printed {lines.Length} lines for {fileList.Count} files: {result.Describe()}");
        }

        return lines.Select(ParseLine).ToList();
    }

    private static JsonElement ParseLine(string line)
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.Clone();
    }
}
