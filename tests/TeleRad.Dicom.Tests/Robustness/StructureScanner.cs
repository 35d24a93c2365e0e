using System.Buffers.Binary;
using System.Text;

namespace TeleRad.Dicom.Tests.Robustness;

/// <summary>
/// A small, independent walker over an encoded data set that records where each header's tag, VR and length sit, so
/// mutators can lie in exactly those bytes. It follows PS3.5 sections 7.1 (element headers), 7.5 (items and
/// delimiters) and A.4 (encapsulated fragments) only as far as needed to find headers; it is deliberately not the
/// reader under test, and where it gets confused it simply stops (a mutation elsewhere is still a mutation).
/// </summary>
internal static class StructureScanner
{
    /// <summary>VRs with the reserved 2 bytes and a 32-bit length (PS3.5 table 7.1-1).</summary>
    private static readonly HashSet<string> LongVRs = ["OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV"];

    private static readonly HashSet<string> ShortVRs =
        ["AE", "AS", "AT", "CS", "DA", "DS", "DT", "FL", "FD", "IS", "LO", "LT", "PN", "SH", "SL", "SS", "ST", "TM", "UI", "UL", "US"];

    private const int MaxFields = 4000;

    /// <summary>The layout of a Part 10 file or raw data set: preamble, meta group, data set encoding.</summary>
    public static FileLayout ScanFile(byte[] file)
    {
        var fields = new List<HeaderField>();
        var pos = 0;
        if (file.Length >= 132 && file.AsSpan(128, 4).SequenceEqual("DICM"u8))
            pos = 132;
        else if (file.Length >= 4 && file.AsSpan(0, 4).SequenceEqual("DICM"u8))
            pos = 4;

        string? syntax = null;
        // File Meta Information: always explicit VR little endian, group 0002 (PS3.10 section 7.1).
        while (pos + 8 <= file.Length && BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(pos)) == 0x0002)
        {
            if (!TryHeader(file, pos, explicitVR: true, bigEndian: false, out var field) || field.Length == uint.MaxValue)
                break;
            fields.Add(field);
            var end = (long)field.ValueOffset + field.Length;
            if (end > file.Length)
                break;
            if (BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(pos + 2)) == 0x0010)
                syntax = Encoding.ASCII.GetString(file, field.ValueOffset, (int)field.Length).TrimEnd('\0', ' ');
            pos = (int)end;
        }

        var (explicitVR, bigEndian, deflated) = syntax switch
        {
            "1.2.840.10008.1.2" => (false, false, false),
            "1.2.840.10008.1.2.2" => (true, true, false),
            "1.2.840.10008.1.2.1.99" => (true, false, true),
            null => (pos + 6 <= file.Length && IsUpper(file[pos + 4]) && IsUpper(file[pos + 5]), false, false),
            _ => (true, false, false),
        };
        if (!deflated)
            ScanDataset(file, pos, explicitVR, bigEndian, fields);
        return new FileLayout(fields, pos, deflated);
    }

    /// <summary>Records the headers of a data set starting at <paramref name="start"/>.</summary>
    public static void ScanDataset(byte[] data, int start, bool explicitVR, bool bigEndian, List<HeaderField> fields)
    {
        // Open containers: where each ends (-1: undefined length), its encoding, and whether it holds fragments.
        var stack = new Stack<(long End, bool Explicit, bool Fragments, bool IsSequence)>();
        var pos = start;
        var (exp, fragments) = (explicitVR, false);
        while (pos + 8 <= data.Length && fields.Count < MaxFields)
        {
            while (stack.Count > 0 && stack.Peek().End >= 0 && pos >= stack.Peek().End)
                Pop();
            var group = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(pos)) : BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(pos));
            var element = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(pos + 2)) : BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(pos + 2));
            if (group == 0xFFFE)
            {
                var length = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(pos + 4)) : BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(pos + 4));
                var kind = element == 0xE000 ? (fragments ? HeaderKind.Fragment : HeaderKind.Item) : HeaderKind.Delimiter;
                fields.Add(new HeaderField(pos, -1, pos + 4, 4, bigEndian, length, kind));
                pos += 8;
                if (kind == HeaderKind.Fragment)
                {
                    if (length == uint.MaxValue)
                        return;
                    pos += (int)Math.Min(length, (uint)(data.Length - pos));
                }
                else if (kind == HeaderKind.Item)
                {
                    stack.Push((length == uint.MaxValue ? -1 : (long)pos + length, exp, false, false));
                }
                else if (element == 0xE00D)
                {
                    PopTo(isSequence: false);
                }
                else
                {
                    PopTo(isSequence: true);
                }
                continue;
            }
            if (!TryHeader(data, pos, exp, bigEndian, out var field))
                return;
            var vr = field.VROffset >= 0 ? Encoding.ASCII.GetString(data, field.VROffset, 2) : null;
            var undefined = field.Length == uint.MaxValue;
            var valueLooksLikeItems = field.ValueOffset + 4 <= data.Length &&
                (bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(field.ValueOffset)) == 0xFFFEE000
                           : BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(field.ValueOffset)) == 0xE000FFFE);
            if (vr == "SQ" || undefined || (!exp && valueLooksLikeItems && field.Length > 0))
            {
                var isPixels = group == 0x7FE0 || vr is "OB" or "OW";
                fields.Add(field with { Kind = isPixels ? HeaderKind.Element : HeaderKind.Sequence });
                // UN of undefined length holds implicit VR little endian (PS3.5 section 6.2.2).
                var innerExplicit = vr == "UN" ? false : exp;
                stack.Push((undefined ? -1 : (long)field.ValueOffset + field.Length, exp, fragments, true));
                (exp, fragments) = (innerExplicit, isPixels && undefined);
                pos = field.ValueOffset;
                continue;
            }
            fields.Add(field);
            var next = (long)field.ValueOffset + field.Length;
            if (next > data.Length)
                return;
            pos = (int)next;
        }

        void Pop()
        {
            var frame = stack.Pop();
            if (frame.IsSequence)
                (exp, fragments) = (frame.Explicit, frame.Fragments);
        }

        void PopTo(bool isSequence)
        {
            while (stack.Count > 0)
            {
                var top = stack.Peek();
                Pop();
                if (top.IsSequence == isSequence)
                    return;
            }
        }
    }

    private static bool TryHeader(byte[] data, int pos, bool explicitVR, bool bigEndian, out HeaderField field)
    {
        field = default;
        if (!explicitVR)
        {
            field = new HeaderField(pos, -1, pos + 4, 4, bigEndian, BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(pos + 4)), HeaderKind.Element);
            return true;
        }
        var vr = Encoding.ASCII.GetString(data, pos + 4, 2);
        if (LongVRs.Contains(vr))
        {
            if (pos + 12 > data.Length)
                return false;
            var length = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(pos + 8)) : BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(pos + 8));
            field = new HeaderField(pos, pos + 4, pos + 8, 4, bigEndian, length, HeaderKind.Element);
            return true;
        }
        if (ShortVRs.Contains(vr))
        {
            var length = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(pos + 6)) : BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(pos + 6));
            field = new HeaderField(pos, pos + 4, pos + 6, 2, bigEndian, length, HeaderKind.Element);
            return true;
        }
        return false;
    }

    private static bool IsUpper(byte b) => b is >= (byte)'A' and <= (byte)'Z';
}
