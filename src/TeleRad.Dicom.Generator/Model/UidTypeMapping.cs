namespace TeleRad.Dicom.Generator.Model;

/// <summary>
/// Maps the Type column of PS3.6 table A-1 (as pydicom and the supplement write it) to the name of a
/// <c>TeleRad.Dicom.Uids.DicomUidType</c> member.
/// </summary>
public static class UidTypeMapping
{
    /// <summary>
    /// The member name for <paramref name="typeText"/>. The well-known printer and print queue instances are
    /// well-known SOP instances; the Synchronization Frame of Reference (UTC) is a well-known frame of reference.
    /// Coding schemes, LDAP OIDs, application hosting models, mapping resources and the like are <c>Other</c>.
    /// </summary>
    public static string Map(string typeText) => typeText.Trim().ToUpperInvariant() switch
    {
        "SOP CLASS" => "SopClass",
        "META SOP CLASS" => "MetaSopClass",
        "TRANSFER SYNTAX" => "TransferSyntax",
        "WELL-KNOWN SOP INSTANCE" or "WELL-KNOWN PRINTER SOP INSTANCE" or "WELL-KNOWN PRINT QUEUE SOP INSTANCE"
            => "WellKnownSopInstance",
        "WELL-KNOWN FRAME OF REFERENCE" or "SYNCHRONIZATION FRAME OF REFERENCE" => "WellKnownFrameOfReference",
        "APPLICATION CONTEXT NAME" => "ApplicationContextName",
        "SERVICE CLASS" => "ServiceClass",
        _ => "Other",
    };
}
