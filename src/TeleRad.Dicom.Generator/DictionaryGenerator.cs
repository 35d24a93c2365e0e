using System.Text;
using TeleRad.Dicom.Generator.Emitters;
using TeleRad.Dicom.Generator.Model;
using TeleRad.Dicom.Generator.Sources;

namespace TeleRad.Dicom.Generator;

/// <summary>
/// Generates the checked-in dictionary and UID tables of TeleRad.Dicom from offline sources of facts: DCMTK's
/// dicom.dic for the data dictionary (PS3.6 sections 6-8) and pydicom's UID table plus a checked-in supplement for
/// the UID registry (PS3.6 annex A). The output depends only on the content of the sources and on how their paths
/// are named, never on the clock or the machine, so that a test can regenerate and compare byte for byte.
/// </summary>
public static class DictionaryGenerator
{
    /// <summary>Generated files by path relative to the TeleRad.Dicom project folder ('/'-separated), in path order.</summary>
    public static IReadOnlyDictionary<string, string> Generate(GeneratorOptions options)
    {
        var dicFile = DicomDicParser.ParseFile(options.DicomDicPath);
        var dictionary = DictionaryModel.Build(dicFile);
        var dicSource = new SourceDescription(
            options.DisplayPath(options.DicomDicPath),
            dicFile.Provenance is null ? "DCMTK data dictionary" : $"DCMTK data dictionary, generated from {dicFile.Provenance}");

        var uids = UidRegistryModel.Build(
            PydicomUidDictParser.ParseFile(options.UidDictPath),
            UidSupplementParser.ParseFile(options.UidSupplementPath));
        var pydicomVersion = PydicomVersion.Describe(options.UidDictPath);
        SourceDescription[] uidSources =
        [
            new(options.DisplayPath(options.UidDictPath),
                pydicomVersion is null ? "pydicom UID table" : $"pydicom UID table, {pydicomVersion}"),
            new(options.DisplayPath(options.UidSupplementPath), "UIDs added to PS3.6 table A-1 after that pydicom table"),
        ];

        return new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [DictionaryEmitter.RelativePath] = DictionaryEmitter.Emit(dictionary, dicSource),
            [TagsEmitter.RelativePath] = TagsEmitter.Emit(dictionary, dicSource),
            [UidsEmitter.RelativePath] = UidsEmitter.Emit(uids, uidSources),
            [UidRegistryEmitter.RelativePath] = UidRegistryEmitter.Emit(uids, uidSources),
        };
    }

    /// <summary>The encoding of the generated files: UTF-8 without a byte order mark.</summary>
    public static Encoding FileEncoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="files"/> under <paramref name="outputDirectory"/>; returns the full paths written.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyDictionary<string, string> files, string outputDirectory)
    {
        var written = new List<string>();
        foreach (var (relativePath, content) in files)
        {
            var path = Path.Combine(outputDirectory, relativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content, FileEncoding);
            written.Add(path);
        }
        return written;
    }
}
