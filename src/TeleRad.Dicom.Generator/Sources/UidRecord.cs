namespace TeleRad.Dicom.Generator.Sources;

/// <summary>One registered UID as read from a source, before mapping to TeleRad.Dicom's types.</summary>
/// <param name="Uid">The UID.</param>
/// <param name="Name">Its PS3.6 name (empty for the few UIDs PS3.6 lists without one).</param>
/// <param name="TypeText">Its PS3.6 type as written, e.g. "SOP Class", "Well-known frame of reference".</param>
/// <param name="IsRetired">True when PS3.6 marks it retired.</param>
/// <param name="Keyword">Its PS3.6 keyword, or empty when it has none.</param>
public sealed record UidRecord(string Uid, string Name, string TypeText, bool IsRetired, string Keyword);
