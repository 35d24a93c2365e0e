namespace TeleRad.Dicom.Network.Pdus;

/// <summary>
/// A DICOM Upper Layer protocol data unit (PS3.8 section 9.3). Read with <see cref="PduReader.TryReadPdu"/>, written
/// with <see cref="PduWriter.Write"/>.
/// </summary>
public abstract class Pdu
{
    /// <summary>The PDU type (first byte on the wire).</summary>
    public abstract PduType Type { get; }
}
