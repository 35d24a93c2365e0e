namespace TeleRad.Dicom.Generator.Emitters;

/// <summary>A source of facts as named in a generated header.</summary>
/// <param name="Path">The file, relative to the repository when inside it.</param>
/// <param name="Description">What it is and, where the file says so, which release or edition it comes from.</param>
public sealed record SourceDescription(string Path, string Description);
