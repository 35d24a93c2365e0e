using System.Buffers;

namespace TeleRad.Dicom.Network.Pdus;

/// <summary>
/// One presentation data value item (PS3.8 table 9-23) with its message control header (PS3.8 annex E.2): a fragment
/// of a DIMSE command or data set on one presentation context.
/// </summary>
public readonly struct PresentationDataValue
{
    /// <summary>Creates a PDV over a sequence (e.g. a slice of a receive buffer).</summary>
    public PresentationDataValue(byte presentationContextId, bool isCommand, bool isLastFragment, ReadOnlySequence<byte> data)
    {
        PresentationContextId = presentationContextId;
        IsCommand = isCommand;
        IsLastFragment = isLastFragment;
        Data = data;
    }

    /// <summary>Creates a PDV over a block of memory.</summary>
    public PresentationDataValue(byte presentationContextId, bool isCommand, bool isLastFragment, ReadOnlyMemory<byte> data)
        : this(presentationContextId, isCommand, isLastFragment, new ReadOnlySequence<byte>(data))
    {
    }

    /// <summary>The presentation context (an odd number 1-255).</summary>
    public byte PresentationContextId { get; }

    /// <summary>Bit 0 of the message control header: a command fragment rather than a data set fragment.</summary>
    public bool IsCommand { get; }

    /// <summary>Bit 1 of the message control header: the last fragment of the command or data set.</summary>
    public bool IsLastFragment { get; }

    /// <summary>The fragment.</summary>
    public ReadOnlySequence<byte> Data { get; }

    /// <summary>The message control header byte (PS3.8 annex E.2).</summary>
    public byte MessageControlHeader => (byte)((IsCommand ? 1 : 0) | (IsLastFragment ? 2 : 0));
}
