using System.Buffers;
using System.Text;

namespace TeleRad.Dicom.Network.Tests.Support;

/// <summary>
/// Builds PDU bytes by hand, straight from the tables of PS3.8 section 9.3, independently of the PDU writer under
/// test. Lengths are computed unless a test declares a false one.
/// </summary>
internal static class Bytes
{
    public static byte[] U8(byte value) => [value];

    public static byte[] U16(int value) => [(byte)(value >> 8), (byte)value];

    public static byte[] U32(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    public static byte[] Zeros(int count) => new byte[count];

    public static byte[] AETitle(string title) => Ascii(title.PadRight(16));

    public static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    /// <summary>A PDU: type, reserved, 4-byte length of what follows.</summary>
    public static byte[] Pdu(byte type, params byte[][] parts)
    {
        var body = Concat(parts);
        return Concat([type, 0], U32((uint)body.Length), body);
    }

    /// <summary>A PDU with a declared length that may lie.</summary>
    public static byte[] PduWithLength(byte type, uint declared, params byte[][] parts) =>
        Concat([type, 0], U32(declared), Concat(parts));

    /// <summary>An item or sub-item: type, reserved, 2-byte length of what follows.</summary>
    public static byte[] Item(byte type, params byte[][] parts)
    {
        var body = Concat(parts);
        return Concat([type, 0], U16(body.Length), body);
    }

    /// <summary>An item with a declared length that may lie.</summary>
    public static byte[] ItemWithLength(byte type, int declared, params byte[][] parts) =>
        Concat([type, 0], U16(declared), Concat(parts));

    /// <summary>The fixed fields of A-ASSOCIATE-RQ/AC: version 1, reserved, called, calling, 32 reserved.</summary>
    public static byte[] AssociateFixed(string called, string calling) =>
        Concat(U16(1), Zeros(2), AETitle(called), AETitle(calling), Zeros(32));

    /// <summary>A PDV item: 4-byte length, context ID, message control header, data.</summary>
    public static byte[] Pdv(byte contextId, byte control, byte[] data) =>
        Concat(U32((uint)data.Length + 2), [contextId, control], data);

    /// <summary>The bytes as a sequence of one segment per <paramref name="segmentSize"/> bytes.</summary>
    public static ReadOnlySequence<byte> Segmented(byte[] bytes, int segmentSize)
    {
        if (bytes.Length == 0)
            return ReadOnlySequence<byte>.Empty;
        Segment? first = null;
        Segment? last = null;
        for (var i = 0; i < bytes.Length; i += segmentSize)
        {
            var chunk = bytes.AsMemory(i, Math.Min(segmentSize, bytes.Length - i));
            if (first is null)
            {
                first = last = new Segment(chunk, 0);
            }
            else
            {
                last = last!.Append(chunk);
            }
        }

        return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
