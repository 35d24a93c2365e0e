namespace TeleRad.Interop.Tests.Support;

/// <summary>
/// The peer-made test files interop tests read: pydicom's test and character
/// set files (Debian package python3-pydicom) and DCMTK-written transfer
/// syntax variants of some of them, generated once per test run.
/// </summary>
public static class TestCorpus
{
    /// <summary>Where Debian's python3-pydicom installs its data.</summary>
    public const string PydicomDataDirectory = "/usr/lib/python3/dist-packages/pydicom/data";

    private static readonly TimeSpan VariantGenerationTimeout = TimeSpan.FromMinutes(5);

    // Generated once per test run, shared by every test: the variants never
    // change after creation. Lazy gives thread-safe single execution; a
    // failure is cached too, so every caller sees the same error.
    private static readonly Lazy<Task<IReadOnlyList<DcmtkVariantFile>>> Variants =
        new(GenerateVariantsAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>pydicom's <c>test_files</c> directory.</summary>
    public static string TestFilesDirectory => RequireDirectory("test_files");

    /// <summary>pydicom's <c>charset_files</c> directory (PS3.5 Annex H/I/J/K examples).</summary>
    public static string CharsetFilesDirectory => RequireDirectory("charset_files");

    /// <summary>
    /// Every <c>*.dcm</c> under <c>test_files</c>, recursively, sorted. The
    /// <c>dicomdirtests</c> folder contributes only <c>DICOMDIR-empty.dcm</c>;
    /// its other files have no extension, see <see cref="DicomDirTestFiles"/>.
    /// </summary>
    public static IReadOnlyList<string> TestFiles() =>
        ListFiles(TestFilesDirectory, "*.dcm", SearchOption.AllDirectories);

    /// <summary>
    /// Every file under <c>test_files/dicomdirtests</c>: DICOMDIRs (PS3.10 7.3)
    /// and the Part 10 files they reference, named by file ID without extension.
    /// </summary>
    public static IReadOnlyList<string> DicomDirTestFiles() =>
        ListFiles(Path.Combine(TestFilesDirectory, "dicomdirtests"), "*", SearchOption.AllDirectories);

    /// <summary>Every <c>*.dcm</c> in <c>charset_files</c>, sorted.</summary>
    public static IReadOnlyList<string> CharsetFiles() =>
        ListFiles(CharsetFilesDirectory, "*.dcm", SearchOption.TopDirectoryOnly);

    /// <summary>Full path of a file in <c>test_files</c>, e.g. <c>CT_small.dcm</c>; fails if missing.</summary>
    public static string TestFile(string relativePath) => RequireFile(TestFilesDirectory, relativePath);

    /// <summary>Full path of a file in <c>charset_files</c>, e.g. <c>chrH31.dcm</c>; fails if missing.</summary>
    public static string CharsetFile(string fileName) => RequireFile(CharsetFilesDirectory, fileName);

    /// <summary>
    /// The DCMTK variants (see <see cref="DcmtkVariantKind"/>), generated on
    /// the first call into a temporary folder deleted when the test process
    /// exits. <paramref name="cancellationToken"/> only stops this caller's
    /// wait; the shared generation continues for other callers.
    /// </summary>
    public static Task<IReadOnlyList<DcmtkVariantFile>> EnsureVariantsAsync(CancellationToken cancellationToken = default) =>
        Variants.Value.WaitAsync(cancellationToken);

    private static async Task<IReadOnlyList<DcmtkVariantFile>> GenerateVariantsAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"telerad-dcmtk-variants-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(directory);

        var result = await PeerProcess.RunAsync(
            "/bin/bash",
            [RepoPaths.Script("make_dcmtk_variants.sh"), directory],
            VariantGenerationTimeout).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"make_dcmtk_variants.sh failed: {result.Describe()}");
        }

        var sources = TestFiles().Concat(CharsetFiles())
            .GroupBy(path => Path.GetFileNameWithoutExtension(path), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return Directory.GetFiles(directory, "*.dcm")
            .Order(StringComparer.Ordinal)
            .Select(path => ToVariantFile(path, sources))
            .ToList();
    }

    private static DcmtkVariantFile ToVariantFile(string path, Dictionary<string, string> sources)
    {
        var fileName = Path.GetFileName(path);
        foreach (var kind in DcmtkVariantKind.All)
        {
            var suffix = $".{kind.Name}.dcm";
            if (fileName.EndsWith(suffix, StringComparison.Ordinal))
            {
                var sourceName = fileName[..^suffix.Length];
                if (!sources.TryGetValue(sourceName, out var sourcePath))
                {
                    throw new InvalidOperationException($"Variant '{fileName}' has no source file '{sourceName}.dcm' in the pydicom data.");
                }

                return new DcmtkVariantFile(path, sourcePath, kind);
            }
        }

        throw new InvalidOperationException($"Variant '{fileName}' does not end in a known variant kind.");
    }

    private static string RequireDirectory(string name)
    {
        var path = Path.Combine(PydicomDataDirectory, name);
        if (!Directory.Exists(path))
        {
            throw new DirectoryNotFoundException(
                $"pydicom test data not found at {path}: install the Debian package python3-pydicom (scripts/test-all.sh does).");
        }

        return path;
    }

    private static string RequireFile(string directory, string relativePath)
    {
        var path = Path.Combine(directory, relativePath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"pydicom test file '{relativePath}' not found in {directory}.", path);
        }

        return path;
    }

    private static List<string> ListFiles(string directory, string pattern, SearchOption option) =>
        Directory.GetFiles(directory, pattern, option).Order(StringComparer.Ordinal).ToList();

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort at exit; the folder is in the temp directory anyway.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
