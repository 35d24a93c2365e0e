namespace TeleRad.Dicom.Network.Pdus;

/// <summary>A-ASSOCIATE-AC (PS3.8 section 9.3.3, table 9-17): the association-acceptor's answer to each proposal.</summary>
public sealed class AssociateAcceptPdu : Pdu
{
    /// <inheritdoc />
    public override PduType Type => PduType.AssociateAccept;

    /// <summary>The protocol-version bit field (bit 0: version 1).</summary>
    public ushort ProtocolVersion { get; init; } = 1;

    /// <summary>
    /// The called AE title of the request, sent back in a field that is reserved in the AC and "shall not be tested"
    /// when received (PS3.8 table 9-17).
    /// </summary>
    public required string CalledAETitle { get; init; }

    /// <summary>The calling AE title of the request, sent back like <see cref="CalledAETitle"/>.</summary>
    public required string CallingAETitle { get; init; }

    /// <summary>The application context name.</summary>
    public string ApplicationContextName { get; init; } = AssociateRequestPdu.DicomApplicationContextName;

    /// <summary>One result per proposed presentation context (PS3.8 section 9.3.3.2).</summary>
    public required IReadOnlyList<PresentationContextResult> PresentationContexts { get; init; }

    /// <summary>The user information item.</summary>
    public UserInformation UserInformation { get; init; } = new();
}
