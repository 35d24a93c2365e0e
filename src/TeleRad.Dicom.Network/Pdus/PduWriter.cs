using System.Buffers;
using System.Buffers.Binary;

namespace TeleRad.Dicom.Network.Pdus;

/// <summary>
/// Encodes Upper Layer PDUs (PS3.8 section 9.3) into an <see cref="IBufferWriter{T}"/>. Writing is strict: AE titles,
/// UIDs, presentation context IDs and item sizes are validated and a violation throws <see cref="ArgumentException"/>.
/// </summary>
public static partial class PduWriter
{
    /// <summary>Bytes before a PDV's data in a P-DATA-TF that carries one PDV: PDU header, item length, context ID, control header.</summary>
    public const int DataTransferOverhead = PduReader.HeaderLength + 4 + 2;

    /// <summary>Writes <paramref name="pdu"/>.</summary>
    public static void Write(Pdu pdu, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(pdu);
        ArgumentNullException.ThrowIfNull(output);
        switch (pdu)
        {
            case AssociateRequestPdu rq:
                WriteAssociateRequest(rq, output);
                break;
            case AssociateAcceptPdu ac:
                WriteAssociateAccept(ac, output);
                break;
            case AssociateRejectPdu rj:
                WriteFixed(output, PduType.AssociateReject, 0, (byte)rj.Rejection.Result, (byte)rj.Rejection.Source, rj.Rejection.Reason);
                break;
            case DataTransferPdu data:
                WriteDataTransfer(data, output);
                break;
            case ReleaseRequestPdu:
                WriteFixed(output, PduType.ReleaseRequest, 0, 0, 0, 0);
                break;
            case ReleaseResponsePdu:
                WriteFixed(output, PduType.ReleaseResponse, 0, 0, 0, 0);
                break;
            case AbortPdu abort:
                // The reason is not significant for a service-user abort and is sent as 0 then (PS3.8 table 9-26).
                var reason = abort.Source == AbortSource.ServiceUser ? (byte)0 : (byte)abort.Reason;
                WriteFixed(output, PduType.Abort, 0, 0, (byte)abort.Source, reason);
                break;
            default:
                throw new ArgumentException($"Unknown PDU class {pdu.GetType().Name}.", nameof(pdu));
        }
    }

    /// <summary>
    /// Writes the headers of a P-DATA-TF that carries one PDV of <paramref name="dataLength"/> bytes; the caller writes
    /// the data right after. This lets a sender stream a fragment without building a <see cref="DataTransferPdu"/>.
    /// </summary>
    public static void WriteDataTransferHeader(IBufferWriter<byte> output, byte presentationContextId, bool isCommand, bool isLastFragment, int dataLength)
    {
        ArgumentNullException.ThrowIfNull(output);
        CheckContextId(presentationContextId);
        ArgumentOutOfRangeException.ThrowIfNegative(dataLength);
        var span = output.GetSpan(DataTransferOverhead);
        span[0] = (byte)PduType.DataTransfer;
        span[1] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(span[2..], (uint)(dataLength + 6));
        BinaryPrimitives.WriteUInt32BigEndian(span[6..], (uint)(dataLength + 2));
        span[10] = presentationContextId;
        span[11] = (byte)((isCommand ? 1 : 0) | (isLastFragment ? 2 : 0));
        output.Advance(DataTransferOverhead);
    }

    private static void WriteFixed(IBufferWriter<byte> output, PduType type, byte b7, byte b8, byte b9, byte b10)
    {
        var span = output.GetSpan(10);
        span[0] = (byte)type;
        span[1] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(span[2..], 4);
        span[6] = b7;
        span[7] = b8;
        span[8] = b9;
        span[9] = b10;
        output.Advance(10);
    }

    private static void WriteDataTransfer(DataTransferPdu pdu, IBufferWriter<byte> output)
    {
        if (pdu.Values.Count == 0)
            throw new ArgumentException("A P-DATA-TF PDU carries at least one PDV (PS3.8 section 9.3.5).", nameof(pdu));
        long length = 0;
        foreach (var value in pdu.Values)
        {
            CheckContextId(value.PresentationContextId);
            length += 6 + value.Data.Length;
        }

        if (length > uint.MaxValue)
            throw new ArgumentException($"The P-DATA-TF PDU would be {length} bytes, over the 4-byte length field.", nameof(pdu));
        var header = output.GetSpan(PduReader.HeaderLength);
        header[0] = (byte)PduType.DataTransfer;
        header[1] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(header[2..], (uint)length);
        output.Advance(PduReader.HeaderLength);
        foreach (var value in pdu.Values)
        {
            var item = output.GetSpan(6);
            BinaryPrimitives.WriteUInt32BigEndian(item, (uint)(value.Data.Length + 2));
            item[4] = value.PresentationContextId;
            item[5] = value.MessageControlHeader;
            output.Advance(6);
            foreach (var segment in value.Data)
                output.Write(segment.Span);
        }
    }

    private static void CheckContextId(byte id)
    {
        if ((id & 1) == 0)
            throw new ArgumentException($"Presentation context ID {id} is not an odd number between 1 and 255 (PS3.8 section 9.3.2.2).", nameof(id));
    }
}
