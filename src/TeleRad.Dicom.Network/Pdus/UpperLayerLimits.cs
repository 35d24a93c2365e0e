namespace TeleRad.Dicom.Network.Pdus;

/// <summary>
/// Hard limits checked while parsing PDUs, before anything is allocated: a peer can claim any length, and the parser
/// must not trust it (TeleRad style guide section 3).
/// </summary>
public sealed record UpperLayerLimits
{
    /// <summary>The defaults: PDUs up to 1 MiB, 512 items per PDU or item.</summary>
    public static UpperLayerLimits Default { get; } = new();

    /// <summary>
    /// The largest PDU-length accepted for any PDU type; a longer one fails with <see cref="UpperLayerFault.PduTooLong"/>
    /// as soon as its header is seen. A whole PDU is buffered before it is parsed, so this bounds memory per connection.
    /// It must be at least the Maximum Length this side advertises.
    /// </summary>
    public uint MaxPduLength { get; init; } = 1024 * 1024;

    /// <summary>
    /// The most items in one list: variable items of an A-ASSOCIATE PDU (at most 128 presentation contexts are
    /// possible, PS3.8 section 7.1.1.13), sub-items of a presentation context or of the user information item, and
    /// PDVs of a P-DATA-TF PDU.
    /// </summary>
    public int MaxItems { get; init; } = 512;
}
