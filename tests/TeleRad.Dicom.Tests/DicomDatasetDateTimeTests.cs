using System.Text;
using TeleRad.Dicom.Values;

namespace TeleRad.Dicom.Tests;

[TestFixture]
public sealed class DicomDatasetDateTimeTests
{
    private static DicomDataset With(DicomTag tag, DicomVR vr, string raw)
    {
        var ds = new DicomDataset();
        ds.Add(new DicomElement(tag, vr, DicomBuffer.FromBytes(Encoding.ASCII.GetBytes(raw))));
        return ds;
    }

    [Test]
    public void GetDate_FirstValueOfMultiValued() =>
        With(DicomTags.StudyDate, DicomVR.DA, "20240101\\20240202").GetDate(DicomTags.StudyDate).Should().Be(new DateOnly(2024, 1, 1));

    [Test]
    public void GetDate_AcrNemaForm() =>
        With(DicomTags.StudyDate, DicomVR.DA, "1993.08.22").GetDate(DicomTags.StudyDate).Should().Be(new DateOnly(1993, 8, 22));

    [Test]
    public void GetTime_PaddedFraction() =>
        With(DicomTags.StudyTime, DicomVR.TM, "101112.5 ").GetTime(DicomTags.StudyTime).Should().Be(new TimeOnly(10, 11, 12, 500));

    [Test]
    public void GetDateTime_WithOffset()
    {
        var v = With(DicomTags.AcquisitionDateTime, DicomVR.DT, "20240229131415.000001+0100 ").GetDateTime(DicomTags.AcquisitionDateTime)!.Value;

        v.HasOffset.Should().BeTrue();
        v.Value.Should().Be(new DateTimeOffset(2024, 2, 29, 13, 14, 15, TimeSpan.FromHours(1)).AddTicks(10));
    }

    [Test]
    public void Getters_AbsentOrEmpty_AreNull()
    {
        var ds = With(DicomTags.StudyDate, DicomVR.DA, "");

        ds.GetDate(DicomTags.StudyDate).Should().BeNull();
        ds.GetTime(DicomTags.StudyTime).Should().BeNull();
        ds.GetDateTime(DicomTags.AcquisitionDateTime).Should().BeNull();
    }

    [TestCase(DicomVR.DA, "20230229")]
    [TestCase(DicomVR.TM, "256000")]
    [TestCase(DicomVR.DT, "2024133")]
    public void Getters_Invalid_ThrowInvalidValueWithoutTheValue(DicomVR vr, string raw)
    {
        var tag = new DicomTag(0x0011, 0x1001);
        var ds = With(tag, vr, raw);
        Action act = vr switch
        {
            DicomVR.DA => () => ds.GetDate(tag),
            DicomVR.TM => () => ds.GetTime(tag),
            _ => () => ds.GetDateTime(tag),
        };

        var ex = act.Should().Throw<DicomFormatException>().Which;

        ex.Fault.Should().Be(DicomFormatFault.InvalidValue);
        ex.Tag.Should().Be(tag);
        ex.Message.Should().NotContain(raw).And.Contain(vr.Code());
    }
}
