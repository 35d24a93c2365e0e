namespace TeleRad.Dicom.Uids;

/// <summary>A registered UID of PS3.6 table A-1.</summary>
/// <param name="Uid">The UID.</param>
/// <param name="Name">Its name, e.g. "CT Image Storage".</param>
/// <param name="Keyword">Its keyword, e.g. <c>CTImageStorage</c>.</param>
/// <param name="Type">Its kind.</param>
/// <param name="IsRetired">True when retired.</param>
public sealed record DicomUidInfo(string Uid, string Name, string Keyword, DicomUidType Type, bool IsRetired)
{
    /// <summary>True for a SOP class whose name marks it as a storage SOP class (PS3.4 annex B).</summary>
    public bool IsStorageSopClass =>
        Type == DicomUidType.SopClass && Name.Contains("Storage", StringComparison.Ordinal) &&
        !Name.Contains("Storage Commitment", StringComparison.Ordinal);
}
