namespace TeleRad.Dicom.Values;

/// <summary>A DT value: the date and time, and whether the value carried its own UTC offset (PS3.5 table 6.2-1).</summary>
/// <param name="Value">The date and time (offset zero when none was given).</param>
/// <param name="HasOffset">True when the value carried &amp;ZZXX.</param>
public readonly record struct DicomDateTimeValue(DateTimeOffset Value, bool HasOffset);
