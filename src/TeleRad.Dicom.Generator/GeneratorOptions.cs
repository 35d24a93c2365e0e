namespace TeleRad.Dicom.Generator;

/// <summary>Where the generator reads its sources of facts and how it names them in the generated headers.</summary>
/// <param name="DicomDicPath">DCMTK's data dictionary, e.g. <c>/usr/share/libdcmtk17/dicom.dic</c>.</param>
/// <param name="UidDictPath">pydicom's UID table, e.g. <c>/usr/lib/python3/dist-packages/pydicom/_uid_dict.py</c>.</param>
/// <param name="UidSupplementPath">The checked-in supplement of UIDs newer than pydicom's table.</param>
/// <param name="RepositoryRoot">
/// When set, source files inside it are named relative to it in the headers, so that the output does not depend
/// on where the repository is checked out or on the working directory.
/// </param>
public sealed record GeneratorOptions(
    string DicomDicPath,
    string UidDictPath,
    string UidSupplementPath,
    string? RepositoryRoot)
{
    /// <summary>The DCMTK data dictionary installed by Debian's libdcmtk17.</summary>
    public const string DefaultDicomDicPath = "/usr/share/libdcmtk17/dicom.dic";

    /// <summary>The UID table installed by Debian's python3-pydicom.</summary>
    public const string DefaultUidDictPath = "/usr/lib/python3/dist-packages/pydicom/_uid_dict.py";

    /// <summary>The supplement, relative to the repository root.</summary>
    public const string DefaultUidSupplementPath = "src/TeleRad.Dicom.Generator/uids-supplement.tsv";

    /// <summary>The output folder, relative to the repository root.</summary>
    public const string DefaultOutputPath = "src/TeleRad.Dicom";

    /// <summary>The options for the checked-in files of the repository at <paramref name="repositoryRoot"/>.</summary>
    public static GeneratorOptions ForRepository(string repositoryRoot) => new(
        DefaultDicomDicPath,
        DefaultUidDictPath,
        Path.Combine(repositoryRoot, DefaultUidSupplementPath),
        repositoryRoot);

    /// <summary>How a source file is named in a generated header: relative to the repository when inside it.</summary>
    public string DisplayPath(string path)
    {
        var full = Path.GetFullPath(path);
        if (RepositoryRoot is not null)
        {
            var relative = Path.GetRelativePath(Path.GetFullPath(RepositoryRoot), full);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
                return relative.Replace(Path.DirectorySeparatorChar, '/');
        }
        return full.Replace(Path.DirectorySeparatorChar, '/');
    }
}
