using System.Buffers.Binary;
using System.Text;

namespace TeleRad.Dicom.Tests.Support;

/// <summary>
/// Emits DICOM element bytes by hand (PS3.5 sections 7.1 and 7.5) so that reader tests do not depend on TeleRad's
/// writer. The VR table here is written out independently of <see cref="DicomVRExtensions"/>.
/// </summary>
internal sealed class DicomStreamBuilder
{
    // PS3.5 table 7.1-1: explicit VRs with two reserved bytes and a 32-bit length.
    private static readonly HashSet<string> s_long32 = ["OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV"];

    private readonly List<byte> _bytes = [];

    public DicomStreamBuilder(bool explicitVR = true, bool bigEndian = false)
    {
        ExplicitVR = explicitVR;
        BigEndian = bigEndian;
    }

    public static DicomStreamBuilder ExplicitLittle => new();

    public static DicomStreamBuilder ImplicitLittle => new(explicitVR: false);

    public static DicomStreamBuilder ExplicitBig => new(bigEndian: true);

    public bool ExplicitVR { get; }

    public bool BigEndian { get; }

    public int Length => _bytes.Count;

    public byte[] ToArray() => [.. _bytes];

    /// <summary>An element header with an arbitrary length field (lying lengths, undefined length).</summary>
    public DicomStreamBuilder Header(ushort group, ushort element, string vr, uint length)
    {
        Tag(group, element);
        if (!ExplicitVR)
            return U32(length);
        _bytes.Add((byte)vr[0]);
        _bytes.Add((byte)vr[1]);
        if (s_long32.Contains(vr))
            return U16(0).U32(length);
        return U16(checked((ushort)length));
    }

    /// <summary>An element whose value bytes are given exactly as they go on the wire (already in this byte order).</summary>
    public DicomStreamBuilder Element(ushort group, ushort element, string vr, byte[] value) =>
        Header(group, element, vr, (uint)value.Length).Raw(value);

    /// <summary>A text element; the text is written as given (Latin-1), padding included.</summary>
    public DicomStreamBuilder Text(ushort group, ushort element, string vr, string text) =>
        Element(group, element, vr, Encoding.Latin1.GetBytes(text));

    public DicomStreamBuilder US(ushort group, ushort element, params ushort[] values)
    {
        Header(group, element, "US", (uint)(values.Length * 2));
        foreach (var v in values)
            U16(v);
        return this;
    }

    public DicomStreamBuilder UL(ushort group, ushort element, params uint[] values)
    {
        Header(group, element, "UL", (uint)(values.Length * 4));
        foreach (var v in values)
            U32(v);
        return this;
    }

    /// <summary>A sequence whose items are the given contents; lengths defined or undefined throughout.</summary>
    public DicomStreamBuilder Sequence(ushort group, ushort element, bool definedLength, params DicomStreamBuilder[] items)
    {
        var body = new DicomStreamBuilder(ExplicitVR, BigEndian);
        foreach (var item in items)
        {
            if (definedLength)
                body.Item(item);
            else
                body.UndefinedItem(item);
        }
        if (definedLength)
            return Header(group, element, "SQ", (uint)body.Length).Raw(body.ToArray());
        return Header(group, element, "SQ", 0xFFFFFFFF).Raw(body.ToArray()).SequenceDelimiter();
    }

    /// <summary>An item of defined length holding <paramref name="content"/>.</summary>
    public DicomStreamBuilder Item(DicomStreamBuilder content) => ItemHeader((uint)content.Length).Raw(content.ToArray());

    /// <summary>An item of undefined length holding <paramref name="content"/>, closed by an item delimiter.</summary>
    public DicomStreamBuilder UndefinedItem(DicomStreamBuilder content) =>
        ItemHeader(0xFFFFFFFF).Raw(content.ToArray()).ItemDelimiter();

    public DicomStreamBuilder ItemHeader(uint length) => Tag(0xFFFE, 0xE000).U32(length);

    public DicomStreamBuilder ItemDelimiter() => Tag(0xFFFE, 0xE00D).U32(0);

    public DicomStreamBuilder SequenceDelimiter() => Tag(0xFFFE, 0xE0DD).U32(0);

    /// <summary>A fragment item (PS3.5 A.4): item tag, 32-bit length, bytes.</summary>
    public DicomStreamBuilder Fragment(byte[] bytes) => ItemHeader((uint)bytes.Length).Raw(bytes);

    public DicomStreamBuilder Tag(ushort group, ushort element) => U16(group).U16(element);

    public DicomStreamBuilder U16(ushort v)
    {
        Span<byte> b = stackalloc byte[2];
        if (BigEndian)
            BinaryPrimitives.WriteUInt16BigEndian(b, v);
        else
            BinaryPrimitives.WriteUInt16LittleEndian(b, v);
        return Raw(b);
    }

    public DicomStreamBuilder U32(uint v)
    {
        Span<byte> b = stackalloc byte[4];
        if (BigEndian)
            BinaryPrimitives.WriteUInt32BigEndian(b, v);
        else
            BinaryPrimitives.WriteUInt32LittleEndian(b, v);
        return Raw(b);
    }

    public DicomStreamBuilder Raw(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
            _bytes.Add(b);
        return this;
    }

    public DicomStreamBuilder Raw(DicomStreamBuilder other) => Raw(other.ToArray());
}
