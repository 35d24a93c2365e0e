using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using TeleRad.Dicom;
using TeleRad.Dicom.CharacterSets;

namespace TeleRad.Cli.Dump;

/// <summary>
/// Renders one value for the text dump, in the manner of dcmdump: strings in brackets (decoded with the character set
/// in force, multiple values joined by backslashes), binary numbers bare, and the first bytes of bulk values in hex.
/// Never throws on odd data: a value whose length does not fit its VR shows the whole units it holds.
/// </summary>
internal static class ValueFormatter
{
    /// <summary>How many numbers of a binary multi-valued element are shown before "...".</summary>
    private const int MaxNumbers = 16;

    /// <summary>How many bytes of an OB or UN value are shown before "...".</summary>
    private const int MaxBytes = 16;

    /// <summary>How many words of an OW, OL or OV value are shown before "...".</summary>
    private const int MaxWords = 8;

    /// <summary>The text shown for a zero-length value, as dcmdump shows it.</summary>
    public const string NoValue = "(no value available)";

    /// <summary>
    /// Appends the value of <paramref name="element"/> and returns its value multiplicity. The value must be in memory
    /// unless its VR is bulk (see <see cref="OnDiskValueLoader"/>), in which case "(not loaded, N bytes)" is shown.
    /// </summary>
    public static int Append(StringBuilder text, DicomElement element, DicomCharacterSet characterSet)
    {
        var vr = element.VR;
        if (element.IsEmpty)
        {
            text.Append(NoValue);
            return 0;
        }

        if (!element.Buffer.IsInMemory)
        {
            // Only bulk values are left on disk by now, and their VM is 1.
            text.Append(CultureInfo.InvariantCulture, $"(not loaded, {element.Length} bytes)");
            return 1;
        }

        var bytes = element.Buffer.Memory.Span;
        if (vr.IsString())
            return AppendString(text, bytes, vr, characterSet);
        return vr switch
        {
            DicomVR.AT => AppendTags(text, bytes),
            DicomVR.US => AppendNumbers(text, bytes, 2, static b => BinaryPrimitives.ReadUInt16LittleEndian(b).ToString(CultureInfo.InvariantCulture)),
            DicomVR.SS => AppendNumbers(text, bytes, 2, static b => BinaryPrimitives.ReadInt16LittleEndian(b).ToString(CultureInfo.InvariantCulture)),
            DicomVR.UL => AppendNumbers(text, bytes, 4, static b => BinaryPrimitives.ReadUInt32LittleEndian(b).ToString(CultureInfo.InvariantCulture)),
            DicomVR.SL => AppendNumbers(text, bytes, 4, static b => BinaryPrimitives.ReadInt32LittleEndian(b).ToString(CultureInfo.InvariantCulture)),
            DicomVR.UV => AppendNumbers(text, bytes, 8, static b => BinaryPrimitives.ReadUInt64LittleEndian(b).ToString(CultureInfo.InvariantCulture)),
            DicomVR.SV => AppendNumbers(text, bytes, 8, static b => BinaryPrimitives.ReadInt64LittleEndian(b).ToString(CultureInfo.InvariantCulture)),
            DicomVR.FL => AppendNumbers(text, bytes, 4, static b => BinaryPrimitives.ReadSingleLittleEndian(b).ToString(CultureInfo.InvariantCulture)),
            DicomVR.FD => AppendNumbers(text, bytes, 8, static b => BinaryPrimitives.ReadDoubleLittleEndian(b).ToString(CultureInfo.InvariantCulture)),
            DicomVR.OF => AppendBulkNumbers(text, bytes, 4, static b => BinaryPrimitives.ReadSingleLittleEndian(b).ToString(CultureInfo.InvariantCulture)),
            DicomVR.OD => AppendBulkNumbers(text, bytes, 8, static b => BinaryPrimitives.ReadDoubleLittleEndian(b).ToString(CultureInfo.InvariantCulture)),
            DicomVR.OW => AppendBulkNumbers(text, bytes, 2, static b => BinaryPrimitives.ReadUInt16LittleEndian(b).ToString("x4", CultureInfo.InvariantCulture)),
            DicomVR.OL => AppendBulkNumbers(text, bytes, 4, static b => BinaryPrimitives.ReadUInt32LittleEndian(b).ToString("x8", CultureInfo.InvariantCulture)),
            DicomVR.OV => AppendBulkNumbers(text, bytes, 8, static b => BinaryPrimitives.ReadUInt64LittleEndian(b).ToString("x16", CultureInfo.InvariantCulture)),
            _ => AppendBytes(text, bytes),
        };
    }

    /// <summary>Appends the first bytes of a value (OB, UN, a pixel data fragment) in hex, dcmdump style "ff\4f\...".</summary>
    public static int AppendBytes(StringBuilder text, ReadOnlySpan<byte> bytes)
    {
        var shown = Math.Min(bytes.Length, MaxBytes);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
                text.Append('\\');
            text.Append(CultureInfo.InvariantCulture, $"{bytes[i]:x2}");
        }

        if (bytes.Length > shown)
            text.Append("...");
        return 1;
    }

    private static int AppendString(StringBuilder text, ReadOnlySpan<byte> bytes, DicomVR vr, DicomCharacterSet characterSet)
    {
        // Only SH, LO, UC, ST, LT, UT and PN use the Specific Character Set (PS3.5 section 6.1.2.3); Decode knows that.
        var value = characterSet.Decode(bytes, vr).AsSpan().TrimEnd(" \0");
        var multiplicity = 1;
        text.Append('[');
        foreach (var c in value)
        {
            if (c == '\\' && vr.IsMultiValuedString())
                multiplicity++;
            // A control character (CR, LF in LT/UT...) would break the one-line-per-element layout.
            text.Append(char.IsControl(c) ? '.' : c);
        }

        text.Append(']');
        return multiplicity;
    }

    private static int AppendTags(StringBuilder text, ReadOnlySpan<byte> bytes)
    {
        var count = bytes.Length / 4;
        for (var i = 0; i < Math.Min(count, MaxNumbers); i++)
        {
            if (i > 0)
                text.Append('\\');
            var group = BinaryPrimitives.ReadUInt16LittleEndian(bytes[(i * 4)..]);
            var element = BinaryPrimitives.ReadUInt16LittleEndian(bytes[((i * 4) + 2)..]);
            text.Append(CultureInfo.InvariantCulture, $"({group:x4},{element:x4})");
        }

        if (count > MaxNumbers)
            text.Append("...");
        return count;
    }

    private static int AppendNumbers(StringBuilder text, ReadOnlySpan<byte> bytes, int size, Func<ReadOnlySpan<byte>, string> format)
    {
        var count = bytes.Length / size;
        AppendUnits(text, bytes, size, count, MaxNumbers, format);
        return count;
    }

    private static int AppendBulkNumbers(StringBuilder text, ReadOnlySpan<byte> bytes, int size, Func<ReadOnlySpan<byte>, string> format)
    {
        AppendUnits(text, bytes, size, bytes.Length / size, MaxWords, format);
        return 1;
    }

    private static void AppendUnits(StringBuilder text, ReadOnlySpan<byte> bytes, int size, int count, int max, Func<ReadOnlySpan<byte>, string> format)
    {
        for (var i = 0; i < Math.Min(count, max); i++)
        {
            if (i > 0)
                text.Append('\\');
            text.Append(format(bytes.Slice(i * size, size)));
        }

        if (count > max)
            text.Append("...");
    }
}
