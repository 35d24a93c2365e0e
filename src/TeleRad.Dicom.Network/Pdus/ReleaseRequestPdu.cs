namespace TeleRad.Dicom.Network.Pdus;

/// <summary>A-RELEASE-RQ (PS3.8 section 9.3.6, table 9-24): four reserved bytes, nothing else.</summary>
public sealed class ReleaseRequestPdu : Pdu
{
    /// <summary>The PDU (it carries no data).</summary>
    public static ReleaseRequestPdu Instance { get; } = new();

    /// <inheritdoc />
    public override PduType Type => PduType.ReleaseRequest;
}
