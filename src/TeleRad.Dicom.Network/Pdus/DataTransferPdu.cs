namespace TeleRad.Dicom.Network.Pdus;

/// <summary>
/// P-DATA-TF (PS3.8 section 9.3.5, table 9-22): one or more presentation data values. When read by
/// <see cref="PduReader.TryReadPdu"/>, each value's data refers to the reader's buffer and is valid only until the
/// caller advances past it.
/// </summary>
/// <param name="values">The PDVs, in order.</param>
public sealed class DataTransferPdu(IReadOnlyList<PresentationDataValue> values) : Pdu
{
    /// <inheritdoc />
    public override PduType Type => PduType.DataTransfer;

    /// <summary>The PDVs, in order.</summary>
    public IReadOnlyList<PresentationDataValue> Values { get; } = values;
}
