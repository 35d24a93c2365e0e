namespace TeleRad.Dicom.Uids;

/// <summary>The kinds of registered UIDs listed in PS3.6 table A-1.</summary>
public enum DicomUidType
{
    /// <summary>Any other kind (coding schemes, LDAP OIDs, mapping resources and so on).</summary>
    Other,
    /// <summary>A SOP Class.</summary>
    SopClass,
    /// <summary>A Meta SOP Class.</summary>
    MetaSopClass,
    /// <summary>A Transfer Syntax.</summary>
    TransferSyntax,
    /// <summary>A well-known SOP Instance.</summary>
    WellKnownSopInstance,
    /// <summary>A well-known Frame of Reference.</summary>
    WellKnownFrameOfReference,
    /// <summary>An Application Context Name.</summary>
    ApplicationContextName,
    /// <summary>A Service Class.</summary>
    ServiceClass,
}
