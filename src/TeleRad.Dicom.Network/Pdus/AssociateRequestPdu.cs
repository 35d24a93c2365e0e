namespace TeleRad.Dicom.Network.Pdus;

/// <summary>A-ASSOCIATE-RQ (PS3.8 section 9.3.2, table 9-11): what the association-requestor proposes.</summary>
public sealed class AssociateRequestPdu : Pdu
{
    /// <summary>The DICOM Application Context Name, the only one defined (PS3.7 annex A.2.1).</summary>
    public const string DicomApplicationContextName = "1.2.840.10008.3.1.1.1";

    /// <inheritdoc />
    public override PduType Type => PduType.AssociateRequest;

    /// <summary>The protocol-version bit field; bit 0 set means version 1, the only version (PS3.8 table 9-11).</summary>
    public ushort ProtocolVersion { get; init; } = 1;

    /// <summary>The called AE title, without padding (at most 16 characters).</summary>
    public required string CalledAETitle { get; init; }

    /// <summary>The calling AE title, without padding (at most 16 characters).</summary>
    public required string CallingAETitle { get; init; }

    /// <summary>The application context name (PS3.8 section 9.3.2.1).</summary>
    public string ApplicationContextName { get; init; } = DicomApplicationContextName;

    /// <summary>The proposed presentation contexts (PS3.8 section 9.3.2.2), one to 128.</summary>
    public required IReadOnlyList<PresentationContextRequest> PresentationContexts { get; init; }

    /// <summary>The user information item (PS3.8 section 9.3.2.3, annex D; PS3.7 annex D.3.3).</summary>
    public UserInformation UserInformation { get; init; } = new();
}
