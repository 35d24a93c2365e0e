namespace TeleRad.Dicom.Network.Pdus;

/// <summary>A-RELEASE-RP (PS3.8 section 9.3.7, table 9-25): four reserved bytes, nothing else.</summary>
public sealed class ReleaseResponsePdu : Pdu
{
    /// <summary>The PDU (it carries no data).</summary>
    public static ReleaseResponsePdu Instance { get; } = new();

    /// <inheritdoc />
    public override PduType Type => PduType.ReleaseResponse;
}
