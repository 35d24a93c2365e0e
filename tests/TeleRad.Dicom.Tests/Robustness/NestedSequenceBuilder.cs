using System.Buffers.Binary;

namespace TeleRad.Dicom.Tests.Robustness;

/// <summary>
/// Builds, byte by byte, a raw explicit VR little endian data set whose sequences nest <c>depth</c> levels deep:
/// (0008,1140) SQ, one item, (0008,1140) SQ again, ..., and in the innermost item Patient Name. Written without the
/// toolkit's writer so the input does not depend on the code under test (PS3.5 sections 7.1.2 and 7.5).
/// </summary>
internal static class NestedSequenceBuilder
{
    private static readonly byte[] Leaf = Element(0x0010, 0x0010, "PN", SyntheticSeeds.Sentinel + "^PHI");

    public static byte[] Build(int depth, bool undefinedLength)
    {
        const int SequenceHeader = 12, ItemHeader = 8, Delimiters = 16;
        var perLevel = SequenceHeader + ItemHeader + (undefinedLength ? Delimiters : 0);
        var bytes = new byte[(depth * perLevel) + Leaf.Length];
        var pos = 0;
        for (var level = 0; level < depth; level++)
        {
            // A defined length counts everything inside: the deeper levels' headers and the leaf.
            var inner = ((depth - level - 1) * perLevel) + Leaf.Length;
            var itemLength = undefinedLength ? uint.MaxValue : (uint)inner;
            var sequenceLength = undefinedLength ? uint.MaxValue : (uint)(inner + ItemHeader);
            WriteTag(bytes, ref pos, 0x0008, 0x1140);
            bytes[pos++] = (byte)'S';
            bytes[pos++] = (byte)'Q';
            pos += 2;
            WriteUInt32(bytes, ref pos, sequenceLength);
            WriteTag(bytes, ref pos, 0xFFFE, 0xE000);
            WriteUInt32(bytes, ref pos, itemLength);
        }
        Leaf.CopyTo(bytes, pos);
        pos += Leaf.Length;
        if (undefinedLength)
        {
            for (var level = 0; level < depth; level++)
            {
                WriteTag(bytes, ref pos, 0xFFFE, 0xE00D);
                WriteUInt32(bytes, ref pos, 0);
                WriteTag(bytes, ref pos, 0xFFFE, 0xE0DD);
                WriteUInt32(bytes, ref pos, 0);
            }
        }
        return bytes;
    }

    private static byte[] Element(ushort group, ushort element, string vr, string value)
    {
        var text = value.Length % 2 == 0 ? value : value + " ";
        var bytes = new byte[8 + text.Length];
        var pos = 0;
        WriteTag(bytes, ref pos, group, element);
        bytes[4] = (byte)vr[0];
        bytes[5] = (byte)vr[1];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(6), (ushort)text.Length);
        System.Text.Encoding.ASCII.GetBytes(text, bytes.AsSpan(8));
        return bytes;
    }

    private static void WriteTag(byte[] bytes, ref int pos, ushort group, ushort element)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(pos), group);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(pos + 2), element);
        pos += 4;
    }

    private static void WriteUInt32(byte[] bytes, ref int pos, uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(pos), value);
        pos += 4;
    }
}
