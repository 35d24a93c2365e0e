using System.Buffers.Binary;
using System.Text;
using TeleRad.Dicom.Values;

namespace TeleRad.Dicom.Tests;

/// <summary>Numeric access: IS/DS text (PS3.5 table 6.2-1) and the binary VRs, little endian (PS3.5 section 7.3).</summary>
[TestFixture]
public sealed class DicomDatasetNumbersTests
{
    private static readonly DicomTag Tag = new(0x0011, 0x1001);

    private static DicomDataset With(DicomVR vr, byte[] raw)
    {
        var ds = new DicomDataset();
        ds.Add(new DicomElement(Tag, vr, DicomBuffer.FromBytes(raw)));
        return ds;
    }

    private static DicomDataset Text(DicomVR vr, string raw) => With(vr, Encoding.ASCII.GetBytes(raw));

    private static byte[] Bytes(int size, params long[] values)
    {
        var b = new byte[size * values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var span = b.AsSpan(i * size);
            switch (size)
            {
                case 2: BinaryPrimitives.WriteUInt16LittleEndian(span, unchecked((ushort)values[i])); break;
                case 4: BinaryPrimitives.WriteUInt32LittleEndian(span, unchecked((uint)values[i])); break;
                default: BinaryPrimitives.WriteInt64LittleEndian(span, values[i]); break;
            }
        }
        return b;
    }

    [TestCase("42", new long[] { 42 })]
    [TestCase("+42 ", new long[] { 42 })]
    [TestCase("  -7", new long[] { -7 })]
    [TestCase("1\\-2\\+3 ", new long[] { 1, -2, 3 })]
    [TestCase(" 10 \\ 20 ", new long[] { 10, 20 })]
    [TestCase("1\\\\3 ", new long[] { 1, 3 })]
    [TestCase("2147483647\\-2147483648", new long[] { int.MaxValue, int.MinValue })]
    [TestCase("000123", new long[] { 123 })]
    public void GetInt64s_IS_ParsesEachValue(string raw, long[] expected) =>
        Text(DicomVR.IS, raw).GetInt64s(Tag).Should().Equal(expected);

    [Test]
    public void GetInt64s_ISWithIntegralDecimal_IsAcceptedLeniently() =>
        Text(DicomVR.IS, "12.0").GetInt64s(Tag).Should().Equal(12);

    [TestCase("1.5")]
    [TestCase("abc")]
    [TestCase("12a")]
    [TestCase("0x10")]
    [TestCase("1 2")]
    [TestCase("99999999999999999999")]
    public void GetInt64s_InvalidIS_ThrowsInvalidValueWithoutTheValue(string raw)
    {
        var ds = Text(DicomVR.IS, raw);

        var ex = FluentActions.Invoking(() => ds.GetInt64s(Tag)).Should().Throw<DicomFormatException>().Which;

        ex.Fault.Should().Be(DicomFormatFault.InvalidValue);
        ex.Tag.Should().Be(Tag);
        ex.Message.Should().NotContain(raw).And.Contain("(0011,1001)");
    }

    [TestCase("1.5", new[] { 1.5 })]
    [TestCase("+1.5 ", new[] { 1.5 })]
    [TestCase(" -0.25", new[] { -0.25 })]
    [TestCase("1e3", new[] { 1000.0 })]
    [TestCase("1E-3", new[] { 0.001 })]
    [TestCase("-2.5e+2", new[] { -250.0 })]
    [TestCase(".5", new[] { 0.5 })]
    [TestCase("5.", new[] { 5.0 })]
    [TestCase("0.5\\\\-1 ", new[] { 0.5, -1.0 })]
    [TestCase("1\\2\\3\\4\\5\\6", new[] { 1.0, 2, 3, 4, 5, 6 })]
    public void GetDoubles_DS_ParsesEachValue(string raw, double[] expected) =>
        Text(DicomVR.DS, raw).GetDoubles(Tag).Should().Equal(expected);

    // PS3.5 table 6.2-1: DS holds "0"-"9", "+", "-", "E", "e", "." and spaces only.
    [TestCase("abc")]
    [TestCase("1,5")]
    [TestCase("1.5.5")]
    [TestCase("NaN")]
    [TestCase("Infinity")]
    [TestCase("-Infinity")]
    [TestCase("0x1A")]
    [TestCase("1 5")]
    public void GetDoubles_InvalidDS_ThrowsInvalidValueWithoutTheValue(string raw)
    {
        var ds = Text(DicomVR.DS, raw);

        var ex = FluentActions.Invoking(() => ds.GetDoubles(Tag)).Should().Throw<DicomFormatException>().Which;

        ex.Fault.Should().Be(DicomFormatFault.InvalidValue);
        ex.Message.Should().NotContain(raw);
    }

    [Test]
    public void GetValues_US_LittleEndianValues()
    {
        var ds = With(DicomVR.US, [0x01, 0x00, 0xFF, 0xFF, 0x34, 0x12]);

        ds.GetValues<ushort>(Tag).Should().Equal(1, 65535, 0x1234);
        ds.GetInt64s(Tag).Should().Equal(1, 65535, 0x1234);
        ds.GetDoubles(Tag).Should().Equal(1, 65535, 0x1234);
    }

    [Test]
    public void GetValues_SS_SignedValues()
    {
        var ds = With(DicomVR.SS, Bytes(2, -1, 32767, -32768));

        ds.GetValues<short>(Tag).Should().Equal(-1, 32767, -32768);
        ds.GetInt64s(Tag).Should().Equal(-1, 32767, -32768);
    }

    [Test]
    public void GetValues_UL_UnsignedValues()
    {
        var ds = With(DicomVR.UL, Bytes(4, 0xFFFFFFFF, 7));

        ds.GetValues<uint>(Tag).Should().Equal(0xFFFFFFFFu, 7u);
        ds.GetInt64s(Tag).Should().Equal(4294967295L, 7);
    }

    [Test]
    public void GetValues_SL_SignedValues()
    {
        var ds = With(DicomVR.SL, Bytes(4, -2, int.MaxValue));

        ds.GetValues<int>(Tag).Should().Equal(-2, int.MaxValue);
        ds.GetInt64s(Tag).Should().Equal(-2, int.MaxValue);
        ds.GetInt32(Tag).Should().Be(-2);
    }

    [Test]
    public void GetValues_SV_SignedSixtyFourBit()
    {
        var ds = With(DicomVR.SV, Bytes(8, long.MinValue, 5));

        ds.GetValues<long>(Tag).Should().Equal(long.MinValue, 5);
        ds.GetInt64s(Tag).Should().Equal(long.MinValue, 5);
    }

    [Test]
    public void GetUInt64s_UV_FullRange()
    {
        var ds = With(DicomVR.UV, Bytes(8, -1, 3));

        ds.GetUInt64s(Tag).Should().Equal(ulong.MaxValue, 3ul);
        ds.GetDoubles(Tag).Should().Equal(1.8446744073709552E+19, 3.0);
    }

    [Test]
    public void GetInt64s_UVAboveLongMax_ThrowsInvalidValue()
    {
        var ds = With(DicomVR.UV, Bytes(8, -1));

        FluentActions.Invoking(() => ds.GetInt64s(Tag)).Should().Throw<DicomFormatException>()
            .Which.Fault.Should().Be(DicomFormatFault.InvalidValue);
    }

    [Test]
    public void GetInt64s_UVWithinRange_Converts() =>
        With(DicomVR.UV, Bytes(8, long.MaxValue)).GetInt64s(Tag).Should().Equal(long.MaxValue);

    [Test]
    public void GetValues_FL_SingleFloats()
    {
        var raw = new byte[8];
        BinaryPrimitives.WriteSingleLittleEndian(raw, 1.5f);
        BinaryPrimitives.WriteSingleLittleEndian(raw.AsSpan(4), -0.1f);
        var ds = With(DicomVR.FL, raw);

        ds.GetValues<float>(Tag).Should().Equal(1.5f, -0.1f);
        ds.GetDoubles(Tag).Should().Equal(1.5, (double)-0.1f);
        ds.GetDouble(Tag).Should().Be(1.5);
    }

    [Test]
    public void GetValues_FD_Doubles()
    {
        var raw = new byte[16];
        BinaryPrimitives.WriteDoubleLittleEndian(raw, Math.PI);
        BinaryPrimitives.WriteDoubleLittleEndian(raw.AsSpan(8), -1e300);
        var ds = With(DicomVR.FD, raw);

        ds.GetValues<double>(Tag).Should().Equal(Math.PI, -1e300);
        ds.GetDoubles(Tag).Should().Equal(Math.PI, -1e300);
    }

    [Test]
    public void GetValues_OW_Words()
    {
        var ds = With(DicomVR.OW, [0x00, 0x80, 0x01, 0x00]);

        ds.GetValues<ushort>(Tag).Should().Equal(0x8000, 1);
        ds.GetValues<short>(Tag).Should().Equal(short.MinValue, 1);
        ds.GetInt64s(Tag).Should().Equal(0x8000, 1);
    }

    [Test]
    public void GetValues_OF_Floats()
    {
        var raw = new byte[4];
        BinaryPrimitives.WriteSingleLittleEndian(raw, 2.25f);

        With(DicomVR.OF, raw).GetDoubles(Tag).Should().Equal(2.25);
    }

    [Test]
    public void GetValues_OD_Doubles()
    {
        var raw = new byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(raw, -3.5);

        With(DicomVR.OD, raw).GetDoubles(Tag).Should().Equal(-3.5);
    }

    [Test]
    public void GetValues_OL_Longs()
    {
        var ds = With(DicomVR.OL, Bytes(4, 0x80000000, 2));

        ds.GetValues<uint>(Tag).Should().Equal(0x80000000u, 2u);
        ds.GetInt64s(Tag).Should().Equal(0x80000000L, 2);
    }

    [Test]
    public void GetValues_OV_VeryLongs()
    {
        var ds = With(DicomVR.OV, Bytes(8, 1L << 40, 9));

        ds.GetValues<ulong>(Tag).Should().Equal(1ul << 40, 9ul);
        ds.GetInt64s(Tag).Should().Equal(1L << 40, 9);
    }

    [Test]
    public void GetValues_LengthNotMultipleOfSize_ThrowsInvalidValue()
    {
        var ds = With(DicomVR.UL, [1, 2, 3, 4, 5, 6]);

        FluentActions.Invoking(() => ds.GetValues<uint>(Tag)).Should().Throw<DicomFormatException>()
            .Which.Fault.Should().Be(DicomFormatFault.InvalidValue);
    }

    [Test]
    public void GetValues_AbsentOrEmpty_IsEmpty()
    {
        new DicomDataset().GetValues<ushort>(Tag).Should().BeEmpty();
        With(DicomVR.US, []).GetValues<ushort>(Tag).Should().BeEmpty();
        With(DicomVR.IS, []).GetInt64s(Tag).Should().BeEmpty();
        With(DicomVR.DS, []).GetDoubles(Tag).Should().BeEmpty();
        new DicomDataset().GetInt32(Tag).Should().BeNull();
        new DicomDataset().GetDouble(Tag).Should().BeNull();
    }

    [Test]
    public void GetInt64s_NonIntegerVR_ThrowsInvalidValue()
    {
        FluentActions.Invoking(() => With(DicomVR.FL, [0, 0, 0, 0]).GetInt64s(Tag)).Should().Throw<DicomFormatException>()
            .Which.Fault.Should().Be(DicomFormatFault.InvalidValue);
        FluentActions.Invoking(() => Text(DicomVR.LO, "12").GetInt64s(Tag)).Should().Throw<DicomFormatException>();
    }

    [Test]
    public void GetInt32_OutOfRangeOrFirstValue()
    {
        Text(DicomVR.IS, "2147483648").GetInt32(Tag).Should().BeNull();
        Text(DicomVR.IS, "-2147483649").GetInt32(Tag).Should().BeNull();
        Text(DicomVR.IS, "7\\8").GetInt32(Tag).Should().Be(7);
        With(DicomVR.UL, Bytes(4, 0xFFFFFFFF)).GetInt32(Tag).Should().BeNull();
    }

    [Test]
    public void GetDouble_IS_ConvertsIntegerText() => Text(DicomVR.IS, "-12").GetDouble(Tag).Should().Be(-12.0);

    [Test]
    public void GetAttributeTags_AT_GroupThenElementPairs()
    {
        // (0028,0010) and (7FE0,0010): each a 16-bit group then a 16-bit element, little endian (PS3.5 section 6.2).
        var ds = With(DicomVR.AT, [0x28, 0x00, 0x10, 0x00, 0xE0, 0x7F, 0x10, 0x00]);

        ds.GetAttributeTags(Tag).Should().Equal(new DicomTag(0x0028, 0x0010), new DicomTag(0x7FE0, 0x0010));
        new DicomDataset().GetAttributeTags(Tag).Should().BeEmpty();
    }
}
