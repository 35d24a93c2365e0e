namespace TeleRad.Dicom.Tests.Robustness;

/// <summary>
/// The crashing inputs fuzzing found (docs/fuzzing.md), kept in the source tree under Regressions/ and read in place:
/// the folder is found by walking up from the test binaries to the directory holding TeleRad.sln.
/// </summary>
internal static class RegressionFiles
{
    public static string Directory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "TeleRad.sln")))
                    return System.IO.Path.Combine(dir.FullName, "tests", "TeleRad.Dicom.Tests", "Robustness", "Regressions");
            }
            throw new DirectoryNotFoundException($"no TeleRad.sln above {AppContext.BaseDirectory}");
        }
    }

    public static string Path(string name) => System.IO.Path.Combine(Directory, name);

    public static IEnumerable<string> Names() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.dcm").Select(f => System.IO.Path.GetFileName(f)).Order(StringComparer.Ordinal);
}
