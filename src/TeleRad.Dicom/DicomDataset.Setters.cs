using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using TeleRad.Dicom.Dictionary;
using TeleRad.Dicom.Values;

namespace TeleRad.Dicom;

public sealed partial class DicomDataset
{
    /// <summary>Sets a string element with the dictionary's VR (which must be a single string VR).</summary>
    public DicomDataset SetString(DicomTag tag, string value) => SetString(tag, DictionaryVR(tag), value);

    /// <summary>
    /// Sets a string element. Character-set dependent VRs are encoded with the character set in force; the value is
    /// padded to even length with the VR's padding byte (PS3.5 section 6.2).
    /// </summary>
    public DicomDataset SetString(DicomTag tag, DicomVR vr, string value)
    {
        if (!vr.IsString())
            throw new ArgumentException($"VR {vr.Code()} is not a string VR.", nameof(vr));
        var charset = tag == DicomTag.SpecificCharacterSet ? CharacterSets.DicomCharacterSet.Default : CharacterSet;
        var bytes = charset.Encode(value, vr);
        if ((bytes.Length & 1) == 1)
        {
            Array.Resize(ref bytes, bytes.Length + 1);
            bytes[^1] = vr.PaddingByte();
        }
        Add(new DicomElement(tag, vr, DicomBuffer.FromBytes(bytes)));
        return this;
    }

    /// <summary>Sets a multi-valued string element (values joined with backslashes).</summary>
    public DicomDataset SetStrings(DicomTag tag, DicomVR vr, IEnumerable<string> values) =>
        SetString(tag, vr, string.Join('\\', values));

    /// <summary>Sets a binary element from values of an unmanaged type (stored little endian).</summary>
    public DicomDataset SetValues<T>(DicomTag tag, DicomVR vr, ReadOnlySpan<T> values)
        where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(values).ToArray();
        if (!BitConverter.IsLittleEndian)
            ByteSwap.InPlace(bytes, vr.SwapUnit());
        Add(new DicomElement(tag, vr, DicomBuffer.FromBytes(bytes)));
        return this;
    }

    /// <summary>Sets an element from raw little-endian bytes (padded to even length with the VR's padding byte).</summary>
    public DicomDataset SetBytes(DicomTag tag, DicomVR vr, ReadOnlyMemory<byte> bytes)
    {
        if ((bytes.Length & 1) == 1)
        {
            var padded = new byte[bytes.Length + 1];
            bytes.Span.CopyTo(padded);
            padded[^1] = vr.PaddingByte();
            bytes = padded;
        }
        Add(new DicomElement(tag, vr, DicomBuffer.FromBytes(bytes)));
        return this;
    }

    /// <summary>Sets integers: as text for IS, as binary for US, SS, UL, SL, SV, UV.</summary>
    public DicomDataset SetIntegers(DicomTag tag, DicomVR vr, params long[] values) => vr switch
    {
        DicomVR.IS => SetStrings(tag, vr, values.Select(v => v.ToString(CultureInfo.InvariantCulture))),
        DicomVR.US => SetValues<ushort>(tag, vr, [.. values.Select(v => checked((ushort)v))]),
        DicomVR.SS => SetValues<short>(tag, vr, [.. values.Select(v => checked((short)v))]),
        DicomVR.UL => SetValues<uint>(tag, vr, [.. values.Select(v => checked((uint)v))]),
        DicomVR.SL => SetValues<int>(tag, vr, [.. values.Select(v => checked((int)v))]),
        DicomVR.SV => SetValues<long>(tag, vr, values),
        DicomVR.UV => SetValues<ulong>(tag, vr, [.. values.Select(v => checked((ulong)v))]),
        _ => throw new ArgumentException($"VR {vr.Code()} does not hold integers.", nameof(vr)),
    };

    /// <summary>Sets integers with the dictionary's VR.</summary>
    public DicomDataset SetIntegers(DicomTag tag, params long[] values) => SetIntegers(tag, DictionaryVR(tag), values);

    /// <summary>Sets decimals: as DS text (at most 16 characters each, PS3.5 table 6.2-1), or binary FL/FD.</summary>
    public DicomDataset SetDecimals(DicomTag tag, DicomVR vr, params double[] values) => vr switch
    {
        DicomVR.DS => SetStrings(tag, vr, values.Select(FormatDecimalString)),
        DicomVR.FL or DicomVR.OF => SetValues<float>(tag, vr, [.. values.Select(v => (float)v)]),
        DicomVR.FD or DicomVR.OD => SetValues<double>(tag, vr, values),
        _ => throw new ArgumentException($"VR {vr.Code()} does not hold decimals.", nameof(vr)),
    };

    /// <summary>Sets decimals with the dictionary's VR.</summary>
    public DicomDataset SetDecimals(DicomTag tag, params double[] values) => SetDecimals(tag, DictionaryVR(tag), values);

    /// <summary>Sets a DA element.</summary>
    public DicomDataset SetDate(DicomTag tag, DateOnly date) => SetString(tag, DicomVR.DA, DicomDateTimeParser.FormatDate(date));

    /// <summary>Sets a TM element.</summary>
    public DicomDataset SetTime(DicomTag tag, TimeOnly time) => SetString(tag, DicomVR.TM, DicomDateTimeParser.FormatTime(time));

    /// <summary>Sets a DT element with its UTC offset.</summary>
    public DicomDataset SetDateTime(DicomTag tag, DateTimeOffset value) => SetString(tag, DicomVR.DT, DicomDateTimeParser.FormatDateTime(value));

    /// <summary>Sets a PN element.</summary>
    public DicomDataset SetPersonNames(DicomTag tag, params DicomPersonName[] names) =>
        SetStrings(tag, DicomVR.PN, names.Select(n => n.ToString()));

    /// <summary>Sets an AT element.</summary>
    public DicomDataset SetAttributeTags(DicomTag tag, params DicomTag[] tags)
    {
        var bytes = new byte[tags.Length * 4];
        for (var i = 0; i < tags.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 4), tags[i].Group);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan((i * 4) + 2), tags[i].Element);
        }
        Add(new DicomElement(tag, DicomVR.AT, DicomBuffer.FromBytes(bytes)));
        return this;
    }

    /// <summary>Sets a sequence holding <paramref name="items"/>, which inherit this data set's character set.</summary>
    public DicomSequence SetSequence(DicomTag tag, params DicomDataset[] items)
    {
        var seq = new DicomSequence(tag, items);
        Add(seq);
        return seq;
    }

    /// <summary>Formats a number as a DS value of at most 16 characters (PS3.5 table 6.2-1).</summary>
    public static string FormatDecimalString(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
            throw new ArgumentOutOfRangeException(nameof(value), "DS cannot hold NaN or infinity.");
        var s = value.ToString("R", CultureInfo.InvariantCulture);
        // Fewer digits until it fits; near double.MaxValue rounding can overflow ("1.7976931349E308" reads back as
        // infinity), so a shortened form must also still be a finite number.
        for (var digits = 15; (s.Length > 16 || !IsFinite(s)) && digits > 0; digits--)
            s = value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).Replace("E+", "E", StringComparison.Ordinal);
        return s;

        static bool IsFinite(string text) => double.IsFinite(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    private static DicomVR DictionaryVR(DicomTag tag)
    {
        if (!DicomDictionary.TryGet(tag, out var entry) || entry.VR == DicomVR.None)
            throw new ArgumentException($"Tag {tag} is not in the dictionary; give its VR.", nameof(tag));
        if (entry.IsAmbiguousVR)
            throw new ArgumentException($"Tag {tag} may have VR {entry.VR.Code()} or {entry.AlternateVR.Code()}; give its VR.", nameof(tag));
        return entry.VR;
    }
}
