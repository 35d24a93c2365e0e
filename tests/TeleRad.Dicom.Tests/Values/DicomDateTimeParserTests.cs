using TeleRad.Dicom.Values;

namespace TeleRad.Dicom.Tests.Values;

/// <summary>DA, TM and DT per PS3.5 table 6.2-1, plus the ACR-NEMA forms PS3.5 mentions for DA and TM.</summary>
[TestFixture]
public sealed class DicomDateTimeParserTests
{
    [TestCase("20240229", 2024, 2, 29)]
    [TestCase("19000101", 1900, 1, 1)]
    [TestCase("00010101", 1, 1, 1)]
    [TestCase("99991231", 9999, 12, 31)]
    [TestCase(" 20240101 ", 2024, 1, 1)]
    [TestCase("2024.02.29", 2024, 2, 29)]
    public void ParseDate_Valid(string text, int y, int m, int d) =>
        DicomDateTimeParser.ParseDate(text).Should().Be(new DateOnly(y, m, d));

    [TestCase("20230229")]
    [TestCase("20241301")]
    [TestCase("20240001")]
    [TestCase("20240100")]
    [TestCase("20240431")]
    [TestCase("00000101")]
    [TestCase("2024010")]
    [TestCase("202401011")]
    [TestCase("2024-01-01")]
    [TestCase("2024.1.01")]
    [TestCase("2024a101")]
    [TestCase("")]
    [TestCase("20240101-20240201")]
    public void ParseDate_Invalid_IsNull(string text) => DicomDateTimeParser.ParseDate(text).Should().BeNull();

    [TestCase("07", 7, 0, 0, 0L)]
    [TestCase("0705", 7, 5, 0, 0L)]
    [TestCase("070509", 7, 5, 9, 0L)]
    [TestCase("070509.1", 7, 5, 9, 1_000_000L)]
    [TestCase("070509.123456", 7, 5, 9, 1_234_560L)]
    [TestCase("070509.000001", 7, 5, 9, 10L)]
    [TestCase("235959.999999", 23, 59, 59, 9_999_990L)]
    [TestCase("000000", 0, 0, 0, 0L)]
    [TestCase("07:05:09", 7, 5, 9, 0L)]
    [TestCase("07:05:09.5", 7, 5, 9, 5_000_000L)]
    [TestCase("07:05", 7, 5, 0, 0L)]
    [TestCase("070509 ", 7, 5, 9, 0L)]
    public void ParseTime_Valid(string text, int h, int m, int s, long fractionTicks) =>
        DicomDateTimeParser.ParseTime(text).Should().Be(new TimeOnly(h, m, s).Add(TimeSpan.FromTicks(fractionTicks)));

    [Test]
    public void ParseTime_LeapSecond_ClampedTo59() =>
        DicomDateTimeParser.ParseTime("235960").Should().Be(new TimeOnly(23, 59, 59));

    [TestCase("24")]
    [TestCase("2360")]
    [TestCase("235961")]
    [TestCase("7")]
    [TestCase("075")]
    [TestCase("07050")]
    [TestCase("0705091")]
    [TestCase("070509.")]
    [TestCase("070509.1234567")]
    [TestCase("0705.5")]
    [TestCase("ab")]
    [TestCase("")]
    [TestCase("07-05")]
    public void ParseTime_Invalid_IsNull(string text) => DicomDateTimeParser.ParseTime(text).Should().BeNull();

    [TestCase("2024", 2024, 1, 1, 0, 0, 0, 0L)]
    [TestCase("202402", 2024, 2, 1, 0, 0, 0, 0L)]
    [TestCase("20240229", 2024, 2, 29, 0, 0, 0, 0L)]
    [TestCase("2024022913", 2024, 2, 29, 13, 0, 0, 0L)]
    [TestCase("202402291314", 2024, 2, 29, 13, 14, 0, 0L)]
    [TestCase("20240229131415", 2024, 2, 29, 13, 14, 15, 0L)]
    [TestCase("20240229131415.25", 2024, 2, 29, 13, 14, 15, 2_500_000L)]
    public void ParseDateTime_NoOffset_OffsetZeroAndFlagFalse(string text, int y, int mo, int d, int h, int mi, int s, long ticks)
    {
        var v = DicomDateTimeParser.ParseDateTime(text)!.Value;

        v.HasOffset.Should().BeFalse();
        v.Value.Offset.Should().Be(TimeSpan.Zero);
        v.Value.DateTime.Should().Be(new DateTime(y, mo, d, h, mi, s).AddTicks(ticks));
    }

    [TestCase("20240229131415+0100", 60)]
    [TestCase("20240229131415-0500", -300)]
    [TestCase("20240229131415.5+0530", 330)]
    [TestCase("2024-1200", -720)]
    [TestCase("2024+1400", 840)]
    [TestCase("20240229+0000", 0)]
    public void ParseDateTime_WithOffset_KeepsOffset(string text, int offsetMinutes)
    {
        var v = DicomDateTimeParser.ParseDateTime(text)!.Value;

        v.HasOffset.Should().BeTrue();
        v.Value.Offset.Should().Be(TimeSpan.FromMinutes(offsetMinutes));
    }

    [Test]
    public void ParseDateTime_WithOffset_ClockTimeIsLocal()
    {
        var v = DicomDateTimeParser.ParseDateTime("20240229131415-0500")!.Value;

        v.Value.Should().Be(new DateTimeOffset(2024, 2, 29, 13, 14, 15, TimeSpan.FromHours(-5)));
        v.Value.UtcDateTime.Should().Be(new DateTime(2024, 2, 29, 18, 14, 15, DateTimeKind.Utc));
    }

    [TestCase("202")]
    [TestCase("20241")]
    [TestCase("2024011")]
    [TestCase("202413")]
    [TestCase("20240230")]
    [TestCase("2024022925")]
    [TestCase("202402291")]
    [TestCase("20240229131415+01")]
    [TestCase("20240229131415+1500")]
    [TestCase("20240229131415+0160")]
    [TestCase("0000")]
    [TestCase("abcd")]
    [TestCase("")]
    public void ParseDateTime_Invalid_IsNull(string text) => DicomDateTimeParser.ParseDateTime(text).Should().BeNull();

    [Test]
    public void FormatDate_EightDigits() => DicomDateTimeParser.FormatDate(new DateOnly(7, 3, 4)).Should().Be("00070304");

    [TestCase(0L, "101112")]
    [TestCase(5_000_000L, "101112.500000")]
    [TestCase(10L, "101112.000001")]
    public void FormatTime_FractionOnlyWhenPresent(long ticks, string expected) =>
        DicomDateTimeParser.FormatTime(new TimeOnly(10, 11, 12).Add(TimeSpan.FromTicks(ticks))).Should().Be(expected);

    [Test]
    public void FormatDateTime_OffsetSign()
    {
        DicomDateTimeParser.FormatDateTime(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero)).Should().Be("20240102030405+0000");
        DicomDateTimeParser.FormatDateTime(new DateTimeOffset(2024, 1, 2, 3, 4, 5, new TimeSpan(-9, -30, 0))).Should().Be("20240102030405-0930");
    }

    [Test]
    public void FormatThenParse_RoundTrips()
    {
        var dto = new DateTimeOffset(2031, 12, 31, 23, 59, 59, TimeSpan.FromHours(9)).AddTicks(1_234_560);

        var v = DicomDateTimeParser.ParseDateTime(DicomDateTimeParser.FormatDateTime(dto))!.Value;

        v.Value.Should().Be(dto);
        v.Value.Offset.Should().Be(dto.Offset);
    }
}
