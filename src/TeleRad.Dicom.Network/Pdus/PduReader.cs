using System.Buffers;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using static TeleRad.Dicom.Network.Pdus.ThrowHelper;

namespace TeleRad.Dicom.Network.Pdus;

/// <summary>
/// Parses Upper Layer PDUs (PS3.8 section 9.3). Every length is checked against what contains it and against
/// <see cref="UpperLayerLimits"/> before anything is allocated; PDU fields are big endian (PS3.8 section 9.3.1).
/// </summary>
public static partial class PduReader
{
    /// <summary>The PDU header: type, reserved, 4-byte length.</summary>
    public const int HeaderLength = 6;

    // Protocol-version, reserved, called and calling AE titles, 32 reserved bytes (PS3.8 tables 9-11 and 9-17).
    private const int AssociateFixedLength = 2 + 2 + 16 + 16 + 32;

    /// <summary>
    /// Reads one PDU. Returns false, consuming nothing, when <paramref name="reader"/> does not yet hold the whole PDU;
    /// on true the reader is advanced past it. A P-DATA-TF's data refers to the reader's buffer. A malformed PDU throws
    /// <see cref="UpperLayerException"/> as soon as its header shows the fault, without waiting for the rest.
    /// </summary>
    public static bool TryReadPdu(ref SequenceReader<byte> reader, UpperLayerLimits limits, [NotNullWhen(true)] out Pdu? pdu)
    {
        ArgumentNullException.ThrowIfNull(limits);
        pdu = null;
        Span<byte> header = stackalloc byte[HeaderLength];
        if (!reader.TryCopyTo(header))
            return false;

        var type = header[0];
        var length = BinaryPrimitives.ReadUInt32BigEndian(header[2..]);
        CheckHeader(type, length, limits);
        if (reader.Remaining - HeaderLength < length)
            return false;

        var body = reader.UnreadSequence.Slice(HeaderLength, length);
        pdu = (PduType)type switch
        {
            PduType.AssociateRequest => ReadAssociateRequest(body, limits),
            PduType.AssociateAccept => ReadAssociateAccept(body, limits),
            PduType.AssociateReject => ReadAssociateReject(body),
            PduType.DataTransfer => ReadDataTransfer(body, limits),
            PduType.ReleaseRequest => ReleaseRequestPdu.Instance,
            PduType.ReleaseResponse => ReleaseResponsePdu.Instance,
            _ => ReadAbort(body),
        };
        reader.Advance(HeaderLength + length);
        return true;
    }

    /// <summary>Everything the header alone can tell: the type is known and the length plausible for it.</summary>
    private static void CheckHeader(byte type, uint length, UpperLayerLimits limits)
    {
        if (type is < (byte)PduType.AssociateRequest or > (byte)PduType.Abort)
            Fault(UpperLayerFault.UnrecognizedPdu, $"PDU type {Hex(type)} is not defined by PS3.8 section 9.3.");
        var pduType = (PduType)type;
        if (length > limits.MaxPduLength)
            Fault(UpperLayerFault.PduTooLong, $"{pduType} PDU declares {length} bytes, more than the configured maximum of {limits.MaxPduLength}.");
        switch (pduType)
        {
            case PduType.AssociateReject or PduType.ReleaseRequest or PduType.ReleaseResponse or PduType.Abort when length != 4:
                Fault(UpperLayerFault.InvalidLength, $"{pduType} PDU declares {length} bytes; its length is fixed at 4 (PS3.8 section 9.3).");
                break;
            case PduType.AssociateRequest or PduType.AssociateAccept when length < AssociateFixedLength:
                Fault(UpperLayerFault.InvalidLength, $"{pduType} PDU declares {length} bytes, fewer than its {AssociateFixedLength} bytes of fixed fields.");
                break;
            case PduType.DataTransfer when length < 6:
                Fault(UpperLayerFault.InvalidLength, $"{pduType} PDU declares {length} bytes, fewer than one PDV item (6 bytes).");
                break;
        }
    }

    private static AssociateRejectPdu ReadAssociateReject(ReadOnlySequence<byte> body)
    {
        Span<byte> fields = stackalloc byte[4];
        body.CopyTo(fields);
        // Byte 7 is reserved (not tested); result, source and reason follow (PS3.8 table 9-21).
        return new AssociateRejectPdu(new AssociateRejection((AssociateRejectResult)fields[1], (AssociateRejectSource)fields[2], fields[3]));
    }

    private static AbortPdu ReadAbort(ReadOnlySequence<byte> body)
    {
        Span<byte> fields = stackalloc byte[4];
        body.CopyTo(fields);
        // Two reserved bytes, then source and reason (PS3.8 table 9-26). Unknown values are kept, not faulted: the
        // association is over either way.
        return new AbortPdu((AbortSource)fields[2], (AbortReason)fields[3]);
    }

    private static DataTransferPdu ReadDataTransfer(ReadOnlySequence<byte> body, UpperLayerLimits limits)
    {
        var reader = new SequenceReader<byte>(body);
        var values = new List<PresentationDataValue>(1);
        while (!reader.End)
        {
            var offset = HeaderLength + reader.Consumed;
            if (!reader.TryReadBigEndian(out int signedLength))
                Fault(UpperLayerFault.InvalidLength, $"P-DATA-TF PDU has {reader.Remaining} bytes left at offset {offset}, too few for a PDV item header.");
            var length = (uint)signedLength;
            if (length < 2)
                Fault(UpperLayerFault.InvalidLength, $"PDV item at offset {offset} declares {length} bytes, fewer than its context ID and message control header.");
            if (length > reader.Remaining)
                Fault(UpperLayerFault.LengthExceedsContainer, $"PDV item at offset {offset} declares {length} bytes; only {reader.Remaining} remain in the PDU.");
            if (values.Count == limits.MaxItems)
                Fault(UpperLayerFault.TooManyItems, $"P-DATA-TF PDU holds more than {limits.MaxItems} PDV items.");

            reader.TryRead(out var contextId);
            reader.TryRead(out var control);
            CheckContextId(contextId, offset + 4);
            var data = reader.UnreadSequence.Slice(0, length - 2);
            reader.Advance(length - 2);
            // Bits 2-7 of the message control header are reserved and not tested (PS3.8 annex E.2).
            values.Add(new PresentationDataValue(contextId, (control & 1) != 0, (control & 2) != 0, data));
        }

        return new DataTransferPdu(values);
    }

    private static void CheckContextId(byte id, long offset)
    {
        // Presentation-context-ID values are odd integers between 1 and 255 (PS3.8 tables 9-13, 9-18 and 9-23).
        if ((id & 1) == 0)
            Fault(UpperLayerFault.InvalidValue, $"presentation context ID {id} at offset {offset} is not an odd number between 1 and 255.");
    }
}
