using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Corpus;

/// <summary>
/// Names every file of the interop corpus by a stable key for test case names:
/// <c>test_files/…</c> and <c>charset_files/…</c> (every file pydicom ships in
/// those folders, recursively, whatever its extension) and <c>dcmtk/&lt;base&gt;.&lt;kind&gt;</c>
/// for the DCMTK-made variants. Keys, not paths, are test arguments because the
/// variants live in a per-process temporary folder.
/// </summary>
public static class CorpusCatalog
{
    private const string VariantPrefix = "dcmtk/";

    /// <summary>Every pydicom data file, including the non-DICOM ones (README, JSON, dumps, gzip).</summary>
    public static IReadOnlyList<string> PydicomKeys() =>
    [
        .. KeysUnder(TestCorpus.TestFilesDirectory, "test_files"),
        .. KeysUnder(TestCorpus.CharsetFilesDirectory, "charset_files"),
    ];

    /// <summary>The DCMTK variants, generated on first use (once per test process).</summary>
    public static IReadOnlyList<string> VariantKeys() =>
        [.. Variants().Select(v => VariantPrefix + v)];

    /// <summary>Every key: pydicom files, then DCMTK variants.</summary>
    public static IReadOnlyList<string> AllKeys() => [.. PydicomKeys(), .. VariantKeys()];

    /// <summary>Every key expected to read (see <see cref="ExpectedReadFailures"/>).</summary>
    public static IReadOnlyList<string> ReadableKeys() =>
        [.. AllKeys().Where(k => !ExpectedReadFailures.Contains(k))];

    /// <summary>True for a DCMTK variant key.</summary>
    public static bool IsVariant(string key) => key.StartsWith(VariantPrefix, StringComparison.Ordinal);

    /// <summary>The file a key names.</summary>
    public static string PathOf(string key)
    {
        if (IsVariant(key))
        {
            var name = key[VariantPrefix.Length..];
            return Variants().Single(v => v.ToString() == name).Path;
        }

        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return Path.Combine(TestCorpus.PydicomDataDirectory, key[..slash], key[(slash + 1)..]);
    }

    /// <summary>The pydicom file a DCMTK variant was made from, as a key; the key itself for other files.</summary>
    public static string SourceKeyOf(string key)
    {
        if (!IsVariant(key))
        {
            return key;
        }

        var variant = Variants().Single(v => v.ToString() == key[VariantPrefix.Length..]);
        return Path.GetRelativePath(TestCorpus.PydicomDataDirectory, variant.SourcePath).Replace('\\', '/');
    }

    // TestCaseSource members are evaluated synchronously; the generation is
    // shared and cached by TestCorpus, so blocking here runs it at most once.
    private static IReadOnlyList<DcmtkVariantFile> Variants() =>
        TestCorpus.EnsureVariantsAsync().GetAwaiter().GetResult();

    private static IEnumerable<string> KeysUnder(string directory, string prefix) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .Select(path => $"{prefix}/{Path.GetRelativePath(directory, path).Replace('\\', '/')}")
            .Order(StringComparer.Ordinal);
}
