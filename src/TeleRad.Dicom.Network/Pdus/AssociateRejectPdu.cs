namespace TeleRad.Dicom.Network.Pdus;

/// <summary>A-ASSOCIATE-RJ (PS3.8 section 9.3.4, table 9-21).</summary>
/// <param name="rejection">Result, source and reason.</param>
public sealed class AssociateRejectPdu(AssociateRejection rejection) : Pdu
{
    /// <inheritdoc />
    public override PduType Type => PduType.AssociateReject;

    /// <summary>Result, source and reason.</summary>
    public AssociateRejection Rejection { get; } = rejection;
}
