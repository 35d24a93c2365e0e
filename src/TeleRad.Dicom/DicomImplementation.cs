namespace TeleRad.Dicom;

/// <summary>TeleRad's identity in File Meta Information and association negotiation (PS3.7 annex D.3.3.2).</summary>
public static class DicomImplementation
{
    /// <summary>
    /// The Implementation Class UID, a UUID-derived UID under the 2.25 root (PS3.5 annex B.2), fixed for this
    /// implementation so peers can recognise it.
    /// </summary>
    public const string ClassUid = "2.25.173603107343363343032612707939587538493";

    /// <summary>The Implementation Version Name (SH, at most 16 characters).</summary>
    public const string VersionName = "TELERAD_0_1";
}
