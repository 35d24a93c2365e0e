using System.Buffers.Binary;
using System.Text;

namespace TeleRad.Dicom.Network.Pdus;

/// <summary>Writes big-endian PDU fields into a span that was sized beforehand.</summary>
internal ref struct SpanWriter(Span<byte> span)
{
    private readonly Span<byte> _span = span;

    public int Position { get; private set; }

    public void Byte(byte value) => _span[Position++] = value;

    public void UInt16(ushort value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(_span[Position..], value);
        Position += 2;
    }

    public void UInt32(uint value)
    {
        BinaryPrimitives.WriteUInt32BigEndian(_span[Position..], value);
        Position += 4;
    }

    public void Zeros(int count)
    {
        _span.Slice(Position, count).Clear();
        Position += count;
    }

    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_span[Position..]);
        Position += bytes.Length;
    }

    /// <summary>Writes ASCII text (validated by the caller).</summary>
    public void Ascii(string text) => Position += Encoding.ASCII.GetBytes(text, _span[Position..]);

    /// <summary>Writes an AE title padded with spaces to 16 bytes (PS3.8 table 9-11).</summary>
    public void AETitle(string title)
    {
        var written = Encoding.ASCII.GetBytes(title, _span[Position..]);
        _span.Slice(Position + written, 16 - written).Fill((byte)' ');
        Position += 16;
    }

    /// <summary>Writes an item header: type, reserved, 2-byte length.</summary>
    public void ItemHeader(byte type, int length)
    {
        Byte(type);
        Byte(0);
        UInt16((ushort)length);
    }
}
