namespace TeleRad.Dicom.Generator.Sources;

/// <summary>The parsed content of a DCMTK dicom.dic file.</summary>
/// <param name="Entries">Every entry, in file order.</param>
/// <param name="Provenance">
/// What the file's header says it was generated from (e.g. "DICOM PS 3.6-2022b and PS 3.7-2022b"), or null when absent.
/// </param>
public sealed record DicomDicFile(IReadOnlyList<DicomDicEntry> Entries, string? Provenance);
