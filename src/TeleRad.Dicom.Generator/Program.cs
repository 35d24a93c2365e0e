namespace TeleRad.Dicom.Generator;

/// <summary>
/// Command line: <c>dotnet run --project src/TeleRad.Dicom.Generator -- [--dicom-dic PATH] [--uid-dict PATH]
/// [--uid-supplement PATH] [--out DIR]</c>. Defaults suit a run from the repository root on a Debian machine with
/// libdcmtk17 and python3-pydicom installed.
/// </summary>
internal static class Program
{
    private const string Usage =
        "Usage: TeleRad.Dicom.Generator [--dicom-dic PATH] [--uid-dict PATH] [--uid-supplement PATH] [--out DIR]\n" +
        $"  --dicom-dic       DCMTK data dictionary (default {GeneratorOptions.DefaultDicomDicPath})\n" +
        $"  --uid-dict        pydicom _uid_dict.py (default {GeneratorOptions.DefaultUidDictPath})\n" +
        $"  --uid-supplement  UID supplement TSV (default {GeneratorOptions.DefaultUidSupplementPath})\n" +
        $"  --out             the TeleRad.Dicom project folder to write into (default {GeneratorOptions.DefaultOutputPath})\n";

    private static int Main(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--dicom-dic"] = GeneratorOptions.DefaultDicomDicPath,
            ["--uid-dict"] = GeneratorOptions.DefaultUidDictPath,
            ["--uid-supplement"] = GeneratorOptions.DefaultUidSupplementPath,
            ["--out"] = GeneratorOptions.DefaultOutputPath,
        };
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "-h" or "--help")
            {
                Console.Out.Write(Usage);
                return 0;
            }
            if (!values.ContainsKey(args[i]) || i + 1 >= args.Length)
            {
                Console.Error.Write($"Unknown option or missing value: {args[i]}\n{Usage}");
                return 2;
            }
            values[args[i]] = args[++i];
        }

        var options = new GeneratorOptions(
            values["--dicom-dic"], values["--uid-dict"], values["--uid-supplement"], FindRepositoryRoot());
        try
        {
            var files = DictionaryGenerator.Generate(options);
            foreach (var path in DictionaryGenerator.Write(files, values["--out"]))
                Console.Out.WriteLine($"wrote {path}");
            return 0;
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    // Names sources relative to the repository (the folder holding TeleRad.sln) so the headers do not depend on
    // where the repository is checked out.
    private static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TeleRad.sln")))
                return dir.FullName;
        }
        return null;
    }
}
