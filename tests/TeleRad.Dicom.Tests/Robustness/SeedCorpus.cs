namespace TeleRad.Dicom.Tests.Robustness;

/// <summary>
/// The seeds mutated by the robustness suite: every *.dcm of pydicom's test and character set files (Debian package
/// python3-pydicom, which scripts/test-all.sh installs) plus the DICOMDIR there, and <see cref="SyntheticSeeds"/>.
/// Loaded once per test run; the list is never changed after that.
/// </summary>
internal static class SeedCorpus
{
    private const string PydicomData = "/usr/lib/python3/dist-packages/pydicom/data";

    /// <summary>Fewer pydicom files than this means the corpus is missing, which must fail rather than test less.</summary>
    private const int MinimumPydicomFiles = 80;

    private static readonly Lazy<IReadOnlyList<SeedFile>> Seeds = new(Load);

    public static IReadOnlyList<SeedFile> All => Seeds.Value;

    private static List<SeedFile> Load()
    {
        var files = new[] { "test_files", "charset_files" }
            .Select(d => Path.Combine(PydicomData, d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.dcm", SearchOption.AllDirectories))
            .Append(Path.Combine(PydicomData, "test_files", "dicomdirtests", "DICOMDIR"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count < MinimumPydicomFiles)
            throw new InvalidOperationException($"only {files.Count} pydicom test files under {PydicomData}; install python3-pydicom");
        var seeds = new List<SeedFile>();
        foreach (var file in files)
            seeds.AddRange(SeedFile.FromFile(Path.GetRelativePath(PydicomData, file), File.ReadAllBytes(file)));
        foreach (var (name, bytes) in SyntheticSeeds.All())
            seeds.AddRange(SeedFile.FromFile(name, bytes));
        return seeds;
    }
}
