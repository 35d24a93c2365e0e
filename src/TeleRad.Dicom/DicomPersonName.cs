namespace TeleRad.Dicom;

/// <summary>
/// A person name (VR PN, PS3.5 section 6.2.1): up to three component groups (alphabetic, ideographic, phonetic) separated
/// by '=', each of up to five components separated by '^'.
/// </summary>
/// <param name="Alphabetic">The single-byte (alphabetic) group, e.g. <c>Yamada^Tarou</c>.</param>
/// <param name="Ideographic">The ideographic group, or empty.</param>
/// <param name="Phonetic">The phonetic group, or empty.</param>
public sealed record DicomPersonName(string Alphabetic, string Ideographic = "", string Phonetic = "")
{
    /// <summary>The family name of the alphabetic group.</summary>
    public string FamilyName => Component(Alphabetic, 0);

    /// <summary>The given name of the alphabetic group.</summary>
    public string GivenName => Component(Alphabetic, 1);

    /// <summary>The middle name of the alphabetic group.</summary>
    public string MiddleName => Component(Alphabetic, 2);

    /// <summary>The name prefix of the alphabetic group.</summary>
    public string NamePrefix => Component(Alphabetic, 3);

    /// <summary>The name suffix of the alphabetic group.</summary>
    public string NameSuffix => Component(Alphabetic, 4);

    /// <summary>How many component groups the value carried (1 to 3), counting empty ones before the last non-empty one.</summary>
    public int GroupCount => Phonetic.Length > 0 ? 3 : Ideographic.Length > 0 ? 2 : 1;

    /// <summary>Parses one PN value (already decoded from its character set).</summary>
    public static DicomPersonName Parse(string value)
    {
        var groups = value.Split('=');
        return new DicomPersonName(
            groups[0],
            groups.Length > 1 ? groups[1] : string.Empty,
            groups.Length > 2 ? groups[2] : string.Empty);
    }

    /// <summary>Formats as PS3.5 encodes it: groups joined with '=', trailing empty groups omitted.</summary>
    public override string ToString() => GroupCount switch
    {
        3 => $"{Alphabetic}={Ideographic}={Phonetic}",
        2 => $"{Alphabetic}={Ideographic}",
        _ => Alphabetic,
    };

    private static string Component(string group, int index)
    {
        var parts = group.Split('^');
        return index < parts.Length ? parts[index] : string.Empty;
    }
}
