using TeleRad.Dicom;

namespace TeleRad.Interop.Tests.Corpus;

/// <summary>
/// Test case lists that depend on a file's content, e.g. whether its pixel
/// data is encapsulated. Test case sources are evaluated synchronously, hence
/// the blocking reads; the corpus is small.
/// </summary>
public static class CorpusCases
{
    /// <summary>Media Storage Directory Storage, the SOP class of a DICOMDIR (PS3.4 annex F).</summary>
    public const string MediaStorageDirectoryStorage = "1.2.840.10008.1.3.10";

    /// <summary>
    /// Every readable file with each of the transfer syntaxes it is written
    /// back in, except DICOMDIRs: a DICOMDIR holds the byte offsets of its own
    /// directory records (PS3.3 F.3.2.1), which any re-encoding moves, and the
    /// toolkit does not rewrite them (it has no DICOMDIR support; PS3.10 8.6
    /// and PS3.11 only ever use DICOMDIRs in Explicit VR Little Endian, as
    /// written by a File-set Creator). pydicom refuses the re-encoded ones
    /// (KeyError following an offset), rightly.
    /// </summary>
    public static IReadOnlyList<(string Key, WriteBackTarget Target)> WriteBack() =>
    [
        .. CorpusCatalog.ReadableKeys()
            .Select(key => (Key: key, File: Read(key)))
            .Where(c => !IsDicomDir(c.File))
            .SelectMany(c => WriteBackTarget.For(c.File).Select(target => (c.Key, target))),
    ];

    /// <summary>True for a DICOMDIR (PS3.10 8.6).</summary>
    public static bool IsDicomDir(DicomFile file) =>
        (file.Dataset.GetString(DicomTags.SOPClassUID) ?? file.FileMetaInformation.GetString(DicomTags.MediaStorageSOPClassUID)) == MediaStorageDirectoryStorage
        || file.Dataset.Contains(DicomTags.DirectoryRecordSequence);

    /// <summary>Reads a corpus file by key.</summary>
    public static DicomFile Read(string key) =>
        DicomFile.OpenAsync(CorpusCatalog.PathOf(key)).GetAwaiter().GetResult();
}
