using TeleRad.Dicom.Values;

namespace TeleRad.Dicom;

public sealed partial class DicomDataset
{
    /// <summary>The first value of a DA element (PS3.5 table 6.2-1: YYYYMMDD; the ACR-NEMA form YYYY.MM.DD is accepted), or null.</summary>
    public DateOnly? GetDate(DicomTag tag)
    {
        var s = GetString(tag, 0);
        return s is null ? null : DicomDateTimeParser.ParseDate(s) ?? throw Invalid(tag, "DA");
    }

    /// <summary>The first value of a TM element (HH[MM[SS[.FFFFFF]]]; the ACR-NEMA form HH:MM:SS is accepted), or null.</summary>
    public TimeOnly? GetTime(DicomTag tag)
    {
        var s = GetString(tag, 0);
        return s is null ? null : DicomDateTimeParser.ParseTime(s) ?? throw Invalid(tag, "TM");
    }

    /// <summary>
    /// The first value of a DT element (YYYY[MM[DD[HH[MM[SS[.FFFFFF]]]]]][&amp;ZZXX]). Without a UTC offset the value is
    /// returned with offset zero and <see cref="DicomDateTimeValue.HasOffset"/> false.
    /// </summary>
    public DicomDateTimeValue? GetDateTime(DicomTag tag)
    {
        var s = GetString(tag, 0);
        return s is null ? null : DicomDateTimeParser.ParseDateTime(s) ?? throw Invalid(tag, "DT");
    }

    private static DicomFormatException Invalid(DicomTag tag, string vr) =>
        new(DicomFormatFault.InvalidValue, $"the value is not a valid {vr}", tag: tag);
}
