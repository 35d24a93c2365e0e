using System.Globalization;
using System.Text.RegularExpressions;

namespace TeleRad.Dicom.Tests;

/// <summary>Setters: encoding, even-length padding (PS3.5 section 6.2), DS/IS text and binary ranges.</summary>
[TestFixture]
public sealed partial class DicomDatasetSettersTests
{
    private static readonly DicomTag Tag = new(0x0011, 0x1001);

    [TestCase(DicomVR.LO, "ABC", new byte[] { 0x41, 0x42, 0x43, 0x20 })]
    [TestCase(DicomVR.LO, "AB", new byte[] { 0x41, 0x42 })]
    [TestCase(DicomVR.UI, "1.2.3", new byte[] { 0x31, 0x2E, 0x32, 0x2E, 0x33, 0x00 })]
    [TestCase(DicomVR.CS, "X", new byte[] { 0x58, 0x20 })]
    [TestCase(DicomVR.ST, " a", new byte[] { 0x20, 0x61 })]
    [TestCase(DicomVR.LO, "", new byte[0])]
    public void SetString_OddLength_PaddedWithVRPaddingByte(DicomVR vr, string value, byte[] expected)
    {
        var ds = new DicomDataset().SetString(Tag, vr, value);

        ds.GetBytes(Tag).ToArray().Should().Equal(expected);
        ((DicomElement)ds[Tag]!).VR.Should().Be(vr);
    }

    [Test]
    public void SetString_DictionaryVR_UsedForKnownTag()
    {
        var ds = new DicomDataset().SetString(DicomTags.PatientName, "Doe^John");

        ds[DicomTags.PatientName]!.VR.Should().Be(DicomVR.PN);
        ds.GetString(DicomTags.PatientName).Should().Be("Doe^John");
    }

    [Test]
    public void SetString_UnknownTagWithoutVR_Throws() =>
        FluentActions.Invoking(() => new DicomDataset().SetString(Tag, "x")).Should().Throw<ArgumentException>();

    [Test]
    public void SetString_AmbiguousDictionaryVR_Throws() =>
        FluentActions.Invoking(() => new DicomDataset().SetIntegers(DicomTags.SmallestImagePixelValue, 1)).Should().Throw<ArgumentException>();

    [Test]
    public void SetString_NonStringVR_Throws() =>
        FluentActions.Invoking(() => new DicomDataset().SetString(Tag, DicomVR.US, "1")).Should().Throw<ArgumentException>();

    [Test]
    public void SetString_OutsideLatin1InDefaultRepertoire_Throws() =>
        FluentActions.Invoking(() => new DicomDataset().SetString(DicomTags.PatientName, "山田")).Should().Throw<ArgumentException>();

    [Test]
    public void SetString_WithLatin1CharacterSet_EncodesLatin1()
    {
        var ds = new DicomDataset();
        ds.SetString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100");

        ds.SetString(DicomTags.PatientName, "Müller");

        ds.GetBytes(DicomTags.PatientName).ToArray().Should().Equal((byte)'M', 0xFC, (byte)'l', (byte)'l', (byte)'e', (byte)'r');
        ds.GetString(DicomTags.PatientName).Should().Be("Müller");
    }

    [Test]
    public void SetString_SpecificCharacterSetItself_EncodedInDefaultRepertoire()
    {
        var ds = new DicomDataset();
        ds.SetString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192");

        ds.SetString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 100");

        ds.GetBytes(DicomTag.SpecificCharacterSet).ToArray().Should().Equal("ISO_IR 100"u8.ToArray());
    }

    [Test]
    public void SetStrings_JoinsWithBackslash()
    {
        var ds = new DicomDataset().SetStrings(DicomTags.ImageType, DicomVR.CS, ["DERIVED", "PRIMARY"]);

        ds.GetBytes(DicomTags.ImageType).ToArray().Should().Equal("DERIVED\\PRIMARY "u8.ToArray());
        ds.GetStrings(DicomTags.ImageType).Should().Equal("DERIVED", "PRIMARY");
    }

    [Test]
    public void SetBytes_OddLength_PaddedWithNulForOB()
    {
        var ds = new DicomDataset().SetBytes(Tag, DicomVR.OB, new byte[] { 1, 2, 3 });

        ds.GetBytes(Tag).ToArray().Should().Equal(1, 2, 3, 0);
    }

    [Test]
    public void SetBytes_OddLengthString_PaddedWithSpace() =>
        new DicomDataset().SetBytes(Tag, DicomVR.SH, "abc"u8.ToArray()).GetBytes(Tag).ToArray().Should().Equal("abc "u8.ToArray());

    [Test]
    public void SetValues_US_StoredLittleEndian()
    {
        var ds = new DicomDataset().SetValues<ushort>(Tag, DicomVR.US, [0x1234, 0xFFFF]);

        ds.GetBytes(Tag).ToArray().Should().Equal(0x34, 0x12, 0xFF, 0xFF);
    }

    [Test]
    public void SetValues_FD_StoredLittleEndian()
    {
        var ds = new DicomDataset().SetValues<double>(Tag, DicomVR.FD, [1.0]);

        // 1.0 is 0x3FF0000000000000 (IEEE 754).
        ds.GetBytes(Tag).ToArray().Should().Equal(0, 0, 0, 0, 0, 0, 0xF0, 0x3F);
    }

    [TestCase(DicomVR.US, 0L, new byte[] { 0, 0 })]
    [TestCase(DicomVR.US, 65535L, new byte[] { 0xFF, 0xFF })]
    [TestCase(DicomVR.SS, -32768L, new byte[] { 0x00, 0x80 })]
    [TestCase(DicomVR.SS, 32767L, new byte[] { 0xFF, 0x7F })]
    [TestCase(DicomVR.UL, 4294967295L, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF })]
    [TestCase(DicomVR.SL, -1L, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF })]
    [TestCase(DicomVR.SV, long.MinValue, new byte[] { 0, 0, 0, 0, 0, 0, 0, 0x80 })]
    [TestCase(DicomVR.UV, long.MaxValue, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F })]
    [TestCase(DicomVR.IS, -12L, new byte[] { 0x2D, 0x31, 0x32, 0x20 })]
    public void SetIntegers_InRange_EncodesValue(DicomVR vr, long value, byte[] expected)
    {
        var ds = new DicomDataset().SetIntegers(Tag, vr, value);

        ds.GetBytes(Tag).ToArray().Should().Equal(expected);
        ds.GetInt64s(Tag).Should().Equal(value);
    }

    [TestCase(DicomVR.US, -1L)]
    [TestCase(DicomVR.US, 65536L)]
    [TestCase(DicomVR.SS, 32768L)]
    [TestCase(DicomVR.SS, -32769L)]
    [TestCase(DicomVR.UL, -1L)]
    [TestCase(DicomVR.UL, 4294967296L)]
    [TestCase(DicomVR.SL, 2147483648L)]
    [TestCase(DicomVR.UV, -1L)]
    public void SetIntegers_OutOfRange_ThrowsAndLeavesDatasetUnchanged(DicomVR vr, long value)
    {
        var ds = new DicomDataset();

        FluentActions.Invoking(() => ds.SetIntegers(Tag, vr, 1, value)).Should().Throw<OverflowException>();

        ds.Contains(Tag).Should().BeFalse();
    }

    [TestCase(DicomVR.FL)]
    [TestCase(DicomVR.DS)]
    [TestCase(DicomVR.LO)]
    public void SetIntegers_NonIntegerVR_Throws(DicomVR vr) =>
        FluentActions.Invoking(() => new DicomDataset().SetIntegers(Tag, vr, 1)).Should().Throw<ArgumentException>();

    [Test]
    public void SetIntegers_ISMultiple_JoinsAndPads()
    {
        var ds = new DicomDataset().SetIntegers(Tag, DicomVR.IS, 1, -20, 300);

        ds.GetBytes(Tag).ToArray().Should().Equal("1\\-20\\300 "u8.ToArray());
    }

    [Test]
    public void SetIntegers_DictionaryVR_UsedForKnownTag()
    {
        var ds = new DicomDataset().SetIntegers(DicomTags.Rows, 512);

        ds[DicomTags.Rows]!.VR.Should().Be(DicomVR.US);
        ds.GetBytes(DicomTags.Rows).ToArray().Should().Equal(0x00, 0x02);
    }

    [Test]
    public void SetDecimals_DS_FormatsEachValue()
    {
        var ds = new DicomDataset().SetDecimals(DicomTags.PixelSpacing, 0.5, 0.25);

        ds[DicomTags.PixelSpacing]!.VR.Should().Be(DicomVR.DS);
        ds.GetBytes(DicomTags.PixelSpacing).ToArray().Should().Equal("0.5\\0.25"u8.ToArray());
        ds.GetDoubles(DicomTags.PixelSpacing).Should().Equal(0.5, 0.25);
    }

    [Test]
    public void SetDecimals_FLAndFD_Binary()
    {
        var ds = new DicomDataset().SetDecimals(Tag, DicomVR.FL, 1.5).SetDecimals(new DicomTag(0x0011, 0x1002), DicomVR.FD, 1.5);

        ds.GetBytes(Tag).ToArray().Should().Equal(0x00, 0x00, 0xC0, 0x3F);
        ds.GetValues<double>(new DicomTag(0x0011, 0x1002)).Should().Equal(1.5);
    }

    [Test]
    public void SetDecimals_NonDecimalVR_Throws() =>
        FluentActions.Invoking(() => new DicomDataset().SetDecimals(Tag, DicomVR.US, 1)).Should().Throw<ArgumentException>();

    private static readonly double[] s_decimals =
    [
        0, 1, -1, 0.5, 1e-20, -1e-20, 1e20, -123456789.123456789, 0.1 + 0.2, 1.0 / 3, -2.0 / 3, Math.PI, Math.E * 1e10,
        double.Epsilon, double.MaxValue, double.MinValue, 1e-300, 123456789012345678, 0.000123456789012345, 9999999999999999,
        -0.000000001234, 12345.6789, 1.7976931348623157e308, 4.9406564584124654e-324, 5e-7, -99999999999999.9, 1234567890123456,
        0.30000000000000004, 2.2250738585072014e-308, 65535, -32768,
    ];

    // PS3.5 table 6.2-1: "0"-"9", "+", "-", "E", "e", "." only, at most 16 bytes, a fixed or floating point number.
    [GeneratedRegex(@"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$")]
    private static partial Regex DecimalString();

    [TestCaseSource(nameof(s_decimals))]
    public void FormatDecimalString_AnyFiniteValue_ValidDSWithinSixteenCharsAndClose(double value)
    {
        var s = DicomDataset.FormatDecimalString(value);

        s.Length.Should().BeLessThanOrEqualTo(16);
        DecimalString().IsMatch(s).Should().BeTrue($"'{s}' must be a DS");
        var parsed = double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (value == 0 || double.IsSubnormal(value))
            Math.Abs(parsed - value).Should().BeLessThanOrEqualTo(Math.Abs(value));
        else
            // Sixteen characters leave at least nine significant digits even with a three-digit exponent.
            (Math.Abs(parsed - value) / Math.Abs(value)).Should().BeLessThan(1e-8, $"'{s}' must be close to {value:R}");
    }

    [TestCase(0.5, "0.5")]
    [TestCase(-1.0, "-1")]
    [TestCase(1e-20, "1E-20")]
    [TestCase(0.1 + 0.2, "0.3")]
    [TestCase(-123456789.123456789, "-123456789.12346")]
    [TestCase(1.0 / 3, "0.33333333333333")]
    [TestCase(12345.6789, "12345.6789")]
    public void FormatDecimalString_KnownValues_ShortestFittingForm(double value, string expected) =>
        DicomDataset.FormatDecimalString(value).Should().Be(expected);

    [Test]
    public void FormatDecimalString_FullPrecisionWhenItFits()
    {
        // 15 significant digits plus the point: no precision is lost when the round-trip form fits.
        var s = DicomDataset.FormatDecimalString(0.1234567890123);

        double.Parse(s, CultureInfo.InvariantCulture).Should().Be(0.1234567890123);
    }

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(double.NegativeInfinity)]
    public void FormatDecimalString_NotFinite_Throws(double value) =>
        FluentActions.Invoking(() => DicomDataset.FormatDecimalString(value)).Should().Throw<ArgumentOutOfRangeException>();

    [Test]
    public void SetDate_SetTime_SetDateTime_FormatPerPs35()
    {
        var ds = new DicomDataset()
            .SetDate(DicomTags.StudyDate, new DateOnly(2024, 2, 29))
            .SetTime(DicomTags.StudyTime, new TimeOnly(7, 5, 9))
            .SetTime(DicomTags.SeriesTime, new TimeOnly(23, 59, 58, 123))
            .SetDateTime(DicomTags.AcquisitionDateTime, new DateTimeOffset(2024, 2, 29, 13, 14, 15, TimeSpan.FromHours(-5)));

        ds.GetString(DicomTags.StudyDate).Should().Be("20240229");
        ds.GetString(DicomTags.StudyTime).Should().Be("070509");
        ds.GetString(DicomTags.SeriesTime).Should().Be("235958.123000");
        ds.GetString(DicomTags.AcquisitionDateTime).Should().Be("20240229131415-0500");
        ds.GetBytes(DicomTags.AcquisitionDateTime).Length.Should().Be(20);
    }

    [Test]
    public void SetPersonNames_GroupsAndValues()
    {
        var ds = new DicomDataset().SetPersonNames(DicomTags.PatientName, new DicomPersonName("Doe^John"), new DicomPersonName("A", "", "P"));

        ds.GetString(DicomTags.PatientName).Should().Be("Doe^John\\A==P");
    }

    [Test]
    public void SetAttributeTags_GroupThenElementLittleEndian()
    {
        var ds = new DicomDataset().SetAttributeTags(DicomTags.FrameIncrementPointer, new DicomTag(0x0018, 0x1063), new DicomTag(0x0018, 0x1065));

        ds[DicomTags.FrameIncrementPointer]!.VR.Should().Be(DicomVR.AT);
        ds.GetBytes(DicomTags.FrameIncrementPointer).ToArray().Should().Equal(0x18, 0x00, 0x63, 0x10, 0x18, 0x00, 0x65, 0x10);
    }

    [Test]
    public void SetSequence_ReturnsSequenceWithParentedItems()
    {
        var ds = new DicomDataset();
        var item = new DicomDataset();

        var seq = ds.SetSequence(DicomTags.ReferencedSeriesSequence, item);

        seq.Items.Should().ContainSingle().Which.Should().BeSameAs(item);
        item.Parent.Should().BeSameAs(ds);
        ds[DicomTags.ReferencedSeriesSequence].Should().BeSameAs(seq);
        seq.UndefinedLength.Should().BeTrue();
    }
}
