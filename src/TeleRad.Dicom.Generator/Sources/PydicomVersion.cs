using System.Text.RegularExpressions;

namespace TeleRad.Dicom.Generator.Sources;

/// <summary>
/// The pydicom release and DICOM edition a <c>_uid_dict.py</c> came from, read from the <c>_version.py</c> beside it
/// (<c>__version__</c> and <c>__dicom_version__</c>), for the provenance line of the generated headers.
/// </summary>
public static partial class PydicomVersion
{
    /// <summary>E.g. "pydicom 2.3.1, DICOM 2022a"; null when <c>_version.py</c> is missing or says neither.</summary>
    public static string? Describe(string uidDictPath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(uidDictPath));
        var versionFile = directory is null ? null : Path.Combine(directory, "_version.py");
        if (versionFile is null || !File.Exists(versionFile))
            return null;
        var text = File.ReadAllText(versionFile);
        var release = Release().Match(text);
        var edition = Edition().Match(text);
        var parts = new List<string>();
        if (release.Success)
            parts.Add("pydicom " + release.Groups[1].Value);
        if (edition.Success)
            parts.Add("DICOM " + edition.Groups[1].Value);
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    [GeneratedRegex(@"^__version__(?:\s*:\s*str)?\s*=\s*['""]([^'""]+)['""]", RegexOptions.Multiline)]
    private static partial Regex Release();

    [GeneratedRegex(@"^__dicom_version__(?:\s*:\s*str)?\s*=\s*['""]([^'""]+)['""]", RegexOptions.Multiline)]
    private static partial Regex Edition();
}
