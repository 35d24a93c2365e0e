using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;

namespace TeleRad.Dicom;

public sealed partial class DicomDataset
{
    /// <summary>
    /// The values of a binary element as <typeparamref name="T"/> (e.g. <c>ushort</c> for US/OW, <c>float</c> for
    /// FL/OF, <c>long</c> for SV). The value must be in memory and its length a multiple of the size of T.
    /// </summary>
    public T[] GetValues<T>(DicomTag tag)
        where T : unmanaged
    {
        if (this[tag] is not DicomElement e || e.IsEmpty)
            return [];
        var size = Marshal.SizeOf<T>();
        if (e.Length % size != 0)
            throw new DicomFormatException(DicomFormatFault.InvalidValue, $"value length {e.Length} of VR {e.VR.Code()} is not a multiple of {size}", tag: tag);
        return MemoryMarshal.Cast<byte, T>(e.Buffer.Memory.Span).ToArray();
    }

    /// <summary>
    /// The values of a numeric element as 64-bit integers: IS (parsed), US, SS, UL, SL, SV, UV (UV above
    /// <see cref="long.MaxValue"/> throws). Empty values of a multi-valued IS are skipped.
    /// </summary>
    public long[] GetInt64s(DicomTag tag)
    {
        if (this[tag] is not DicomElement e || e.IsEmpty)
            return [];
        if (e.VR == DicomVR.IS)
        {
            var strings = DecodeStrings(e, CharacterSet, trimLeading: true);
            var result = new List<long>(strings.Length);
            foreach (var s in strings)
            {
                if (s.Length == 0)
                    continue;
                if (!long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
                {
                    // Lenient: some writers put a decimal point into IS; accept it when the value is integral.
                    if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == Math.Floor(d) && Math.Abs(d) < 9.2e18)
                        v = (long)d;
                    else
                        throw new DicomFormatException(DicomFormatFault.InvalidValue, "an IS value is not an integer", tag: tag);
                }
                result.Add(v);
            }
            return [.. result];
        }
        var span = e.Buffer.Memory.Span;
        return e.VR switch
        {
            DicomVR.US or DicomVR.OW => Convert<ushort, long>(span, static v => v),
            DicomVR.SS => Convert<short, long>(span, static v => v),
            DicomVR.UL or DicomVR.OL => Convert<uint, long>(span, static v => v),
            DicomVR.SL => Convert<int, long>(span, static v => v),
            DicomVR.SV or DicomVR.OV => Convert<long, long>(span, static v => v),
            DicomVR.UV => Convert<ulong, long>(span, static v => v <= long.MaxValue
                ? (long)v
                : throw new DicomFormatException(DicomFormatFault.InvalidValue, "a UV value exceeds the range of a signed 64-bit integer")),
            _ => throw new DicomFormatException(DicomFormatFault.InvalidValue, $"VR {e.VR.Code()} does not hold integers", tag: tag),
        };
    }

    /// <summary>The unsigned 64-bit values of a UV element.</summary>
    public ulong[] GetUInt64s(DicomTag tag) => GetValues<ulong>(tag);

    /// <summary>The values of a numeric element as doubles: DS (parsed), FL, FD, OF, OD, and the integer VRs.</summary>
    public double[] GetDoubles(DicomTag tag)
    {
        if (this[tag] is not DicomElement e || e.IsEmpty)
            return [];
        switch (e.VR)
        {
            case DicomVR.DS:
                var strings = DecodeStrings(e, CharacterSet, trimLeading: true);
                var result = new List<double>(strings.Length);
                foreach (var s in strings)
                {
                    if (s.Length == 0)
                        continue;
                    // NumberStyles.Float also accepts "NaN" and "Infinity" (and overflows to infinity); DS holds only
                    // finite fixed or floating point numbers (PS3.5 table 6.2-1).
                    if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
                        throw new DicomFormatException(DicomFormatFault.InvalidValue, "a DS value is not a decimal number", tag: tag);
                    result.Add(v);
                }
                return [.. result];
            case DicomVR.FL or DicomVR.OF:
                return Convert<float, double>(e.Buffer.Memory.Span, static v => v);
            case DicomVR.FD or DicomVR.OD:
                return GetValues<double>(tag);
            case DicomVR.UV:
                return [.. GetUInt64s(tag).Select(static v => (double)v)];
            default:
                return [.. GetInt64s(tag).Select(static v => (double)v)];
        }
    }

    /// <summary>The first value of a numeric element as a 32-bit integer, or null when absent, empty or out of range.</summary>
    public int? GetInt32(DicomTag tag)
    {
        var values = GetInt64s(tag);
        return values.Length > 0 && values[0] is >= int.MinValue and <= int.MaxValue ? (int)values[0] : null;
    }

    /// <summary>The first value of a numeric element as a double, or null.</summary>
    public double? GetDouble(DicomTag tag)
    {
        var values = GetDoubles(tag);
        return values.Length > 0 ? values[0] : null;
    }

    /// <summary>The tags of an AT element (PS3.5 section 6.2: group then element, each 16-bit).</summary>
    public DicomTag[] GetAttributeTags(DicomTag tag)
    {
        if (this[tag] is not DicomElement e || e.IsEmpty)
            return [];
        var span = e.Buffer.Memory.Span;
        var result = new DicomTag[span.Length / 4];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new DicomTag(
                BinaryPrimitives.ReadUInt16LittleEndian(span[(i * 4)..]),
                BinaryPrimitives.ReadUInt16LittleEndian(span[((i * 4) + 2)..]));
        }
        return result;
    }

    /// <summary>The items of a sequence, or empty when absent.</summary>
    public IReadOnlyList<DicomDataset> GetSequence(DicomTag tag) =>
        this[tag] is DicomSequence s ? s.Items : [];

    private static TOut[] Convert<TIn, TOut>(ReadOnlySpan<byte> bytes, Func<TIn, TOut> convert)
        where TIn : unmanaged
    {
        var values = MemoryMarshal.Cast<byte, TIn>(bytes);
        var result = new TOut[values.Length];
        for (var i = 0; i < values.Length; i++)
            result[i] = convert(values[i]);
        return result;
    }
}
