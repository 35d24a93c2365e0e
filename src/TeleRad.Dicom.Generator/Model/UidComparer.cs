namespace TeleRad.Dicom.Generator.Model;

/// <summary>
/// Orders UIDs component by component, numerically (1.2.840.10008.1.2.4.50 before 1.2.840.10008.1.2.4.100), so the
/// generated tables read in the order of PS3.6. UID components have no leading zeros (PS3.5 section 9.1), so a
/// shorter component is the smaller number; equal lengths compare as text.
/// </summary>
public sealed class UidComparer : IComparer<string>
{
    /// <summary>The one instance.</summary>
    public static UidComparer Instance { get; } = new();

    private UidComparer()
    {
    }

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
            return 0;
        if (x is null)
            return -1;
        if (y is null)
            return 1;
        var a = x.Split('.');
        var b = y.Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var byLength = a[i].Length.CompareTo(b[i].Length);
            if (byLength != 0)
                return byLength;
            var byText = string.CompareOrdinal(a[i], b[i]);
            if (byText != 0)
                return byText;
        }
        return a.Length.CompareTo(b.Length);
    }
}
