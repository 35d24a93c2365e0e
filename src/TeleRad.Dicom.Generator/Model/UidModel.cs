namespace TeleRad.Dicom.Generator.Model;

/// <summary>A registered UID ready to emit.</summary>
/// <param name="Uid">The UID.</param>
/// <param name="Name">Its PS3.6 name.</param>
/// <param name="Keyword">Its PS3.6 keyword, or empty.</param>
/// <param name="TypeText">Its PS3.6 type as written, for doc comments.</param>
/// <param name="Type">The name of the <c>DicomUidType</c> member.</param>
/// <param name="IsRetired">True when retired.</param>
/// <param name="FromSupplement">True when it came from the checked-in supplement rather than pydicom.</param>
public sealed record UidModel(
    string Uid, string Name, string Keyword, string TypeText, string Type, bool IsRetired, bool FromSupplement);
