using System.Globalization;

namespace TeleRad.Dicom.Values;

/// <summary>Parses and formats DA, TM and DT values (PS3.5 table 6.2-1). Parsing returns null for invalid text.</summary>
public static class DicomDateTimeParser
{
    /// <summary>Parses YYYYMMDD, or the ACR-NEMA YYYY.MM.DD.</summary>
    public static DateOnly? ParseDate(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        if (s.Length == 10 && s[4] == '.' && s[7] == '.')
            return Date(s[..4], s[5..7], s[8..10]);
        return s.Length == 8 ? Date(s[..4], s[4..6], s[6..8]) : null;
    }

    /// <summary>Parses HH[MM[SS[.FFFFFF]]], or the ACR-NEMA HH:MM:SS.frac.</summary>
    public static TimeOnly? ParseTime(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        if (s.Contains(':'))
            return s.Length > 32 ? null : ParseTime(s.ToString().Replace(":", string.Empty, StringComparison.Ordinal));
        if (s.Length < 2)
            return null;
        var fracAt = s.IndexOf('.');
        var whole = fracAt >= 0 ? s[..fracAt] : s;
        if (whole.Length is not (2 or 4 or 6))
            return null;
        if (!Int(whole[..2], out var h) || h > 23)
            return null;
        int m = 0, sec = 0;
        if (whole.Length >= 4 && (!Int(whole[2..4], out m) || m > 59))
            return null;
        // PS3.5 allows a leap second (SS = 60); TimeOnly cannot hold it, so it is clamped.
        if (whole.Length == 6 && (!Int(whole[4..6], out sec) || sec > 60))
            return null;
        long ticks = 0;
        // PS3.5 table 6.2-1: the fraction (.FFFFFF) only follows seconds (HHMMSS).
        if (fracAt >= 0 && whole.Length != 6)
            return null;
        if (fracAt >= 0)
        {
            var frac = s[(fracAt + 1)..];
            if (frac.Length is 0 or > 6 || !Int(frac, out var f))
                return null;
            ticks = f * (long)Math.Pow(10, 7 - frac.Length);
        }
        return new TimeOnly(h, m, Math.Min(sec, 59)).Add(TimeSpan.FromTicks(ticks));
    }

    /// <summary>Parses YYYY[MM[DD[HH[MM[SS[.FFFFFF]]]]]][&amp;ZZXX].</summary>
    public static DicomDateTimeValue? ParseDateTime(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        var offset = TimeSpan.Zero;
        var hasOffset = false;
        var signAt = s.IndexOfAny('+', '-');
        if (signAt >= 4)
        {
            var z = s[(signAt + 1)..];
            if (z.Length != 4 || !Int(z[..2], out var zh) || !Int(z[2..], out var zm) || zh > 14 || zm > 59)
                return null;
            offset = new TimeSpan(zh, zm, 0) * (s[signAt] == '-' ? -1 : 1);
            hasOffset = true;
            s = s[..signAt];
        }
        if (s.Length < 4 || !Int(s[..4], out var year) || year < 1)
            return null;
        int month = 1, day = 1;
        if (s.Length >= 6 && (!Int(s[4..6], out month) || month is < 1 or > 12))
            return null;
        if (s.Length >= 8 && (!Int(s[6..8], out day) || day < 1 || day > DateTime.DaysInMonth(year, month)))
            return null;
        if (s.Length is 5 or 7)
            return null;
        var time = TimeOnly.MinValue;
        if (s.Length > 8)
        {
            var t = ParseTime(s[8..]);
            if (t is null)
                return null;
            time = t.Value;
        }
        return new DicomDateTimeValue(new DateTimeOffset(new DateOnly(year, month, day), time, offset), hasOffset);
    }

    /// <summary>Formats a date as DA.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Formats a time as TM, with fractional seconds only when present.</summary>
    public static string FormatTime(TimeOnly time) =>
        time.Ticks % TimeSpan.TicksPerSecond == 0
            ? time.ToString("HHmmss", CultureInfo.InvariantCulture)
            : time.ToString("HHmmss.ffffff", CultureInfo.InvariantCulture);

    /// <summary>Formats a date and time as DT with its UTC offset.</summary>
    public static string FormatDateTime(DateTimeOffset value) =>
        FormatDate(DateOnly.FromDateTime(value.DateTime)) + FormatTime(TimeOnly.FromDateTime(value.DateTime)) +
        (value.Offset < TimeSpan.Zero ? "-" : "+") + value.Offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);

    private static DateOnly? Date(ReadOnlySpan<char> y, ReadOnlySpan<char> m, ReadOnlySpan<char> d) =>
        Int(y, out var year) && Int(m, out var month) && Int(d, out var day) && year >= 1 && month is >= 1 and <= 12 &&
        day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static bool Int(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.IsEmpty || s.Length > 9)
            return false;
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
                return false;
            value = (value * 10) + (c - '0');
        }
        return true;
    }
}
