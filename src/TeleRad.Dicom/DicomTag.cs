using System.Globalization;

namespace TeleRad.Dicom;

/// <summary>
/// A data element tag: a (group, element) pair as defined in PS3.5 section 7.1.1.
/// </summary>
public readonly record struct DicomTag : IComparable<DicomTag>
{
    /// <summary>Creates a tag from its group and element numbers.</summary>
    public DicomTag(ushort group, ushort element) => Value = ((uint)group << 16) | element;

    /// <summary>Creates a tag from its 32-bit value (group in the high 16 bits).</summary>
    public DicomTag(uint value) => Value = value;

    /// <summary>The tag as one 32-bit number, group in the high half.</summary>
    public uint Value { get; }

    /// <summary>The group number.</summary>
    public ushort Group => (ushort)(Value >> 16);

    /// <summary>The element number.</summary>
    public ushort Element => (ushort)Value;

    /// <summary>True for tags in an odd group (private data elements, PS3.5 section 7.8).</summary>
    public bool IsPrivate => (Group & 1) == 1 && Group > 0x0008 && Group != 0xFFFF;

    /// <summary>True for a private creator element (gggg,0010-00FF) in an odd group (PS3.5 section 7.8.1).</summary>
    public bool IsPrivateCreator => IsPrivate && Element >= 0x0010 && Element <= 0x00FF;

    /// <summary>True for a group length element (gggg,0000).</summary>
    public bool IsGroupLength => Element == 0x0000;

    /// <summary>For a private data element (gggg,xxee), the tag of its private creator (gggg,00xx); otherwise null.</summary>
    public DicomTag? PrivateCreatorTag =>
        IsPrivate && Element >= 0x1000 ? new DicomTag(Group, (ushort)(Element >> 8)) : null;

    /// <summary>Specific Character Set (0008,0005).</summary>
    public static DicomTag SpecificCharacterSet => new(0x0008, 0x0005);

    /// <summary>Pixel Data (7FE0,0010).</summary>
    public static DicomTag PixelData => new(0x7FE0, 0x0010);

    /// <summary>Item (FFFE,E000), PS3.5 section 7.5.</summary>
    public static DicomTag Item => new(0xFFFE, 0xE000);

    /// <summary>Item Delimitation Item (FFFE,E00D).</summary>
    public static DicomTag ItemDelimitationItem => new(0xFFFE, 0xE00D);

    /// <summary>Sequence Delimitation Item (FFFE,E0DD).</summary>
    public static DicomTag SequenceDelimitationItem => new(0xFFFE, 0xE0DD);

    /// <inheritdoc />
    public int CompareTo(DicomTag other) => Value.CompareTo(other.Value);

    /// <summary>Orders tags by group, then element.</summary>
    public static bool operator <(DicomTag left, DicomTag right) => left.Value < right.Value;

    /// <summary>Orders tags by group, then element.</summary>
    public static bool operator >(DicomTag left, DicomTag right) => left.Value > right.Value;

    /// <summary>Orders tags by group, then element.</summary>
    public static bool operator <=(DicomTag left, DicomTag right) => left.Value <= right.Value;

    /// <summary>Orders tags by group, then element.</summary>
    public static bool operator >=(DicomTag left, DicomTag right) => left.Value >= right.Value;

    /// <summary>Formats as <c>(GGGG,EEEE)</c> in upper-case hexadecimal, as dcmdump does.</summary>
    public override string ToString() =>
        string.Create(11, Value, static (span, v) =>
        {
            span[0] = '(';
            ((ushort)(v >> 16)).TryFormat(span[1..], out _, "X4", CultureInfo.InvariantCulture);
            span[5] = ',';
            ((ushort)v).TryFormat(span[6..], out _, "X4", CultureInfo.InvariantCulture);
            span[10] = ')';
        });

    /// <summary>Formats as eight hexadecimal digits <c>GGGGEEEE</c>, the form used by the DICOM JSON model (PS3.18 F.2.1.1).</summary>
    public string ToJsonKey() => Value.ToString("X8", CultureInfo.InvariantCulture);

    /// <summary>Parses <c>(gggg,eeee)</c>, <c>gggg,eeee</c> or <c>ggggeeee</c>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DicomTag tag)
    {
        text = text.Trim();
        if (text.Length > 0 && text[0] == '(' && text[^1] == ')')
            text = text[1..^1];
        uint value;
        int comma = text.IndexOf(',');
        if (comma >= 0)
        {
            if (!ushort.TryParse(text[..comma], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var g) ||
                !ushort.TryParse(text[(comma + 1)..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var e))
            {
                tag = default;
                return false;
            }
            value = ((uint)g << 16) | e;
        }
        else if (text.Length != 8 || !uint.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value))
        {
            tag = default;
            return false;
        }
        tag = new DicomTag(value);
        return true;
    }
}
