namespace TeleRad.Dicom.Dictionary;

/// <summary>A dictionary entry that covers a range of groups and/or elements, such as the overlay group (60xx,3000).</summary>
public sealed record DicomDictionaryRangeEntry(
    ushort GroupFirst,
    ushort GroupLast,
    DicomRangeParity GroupParity,
    ushort ElementFirst,
    ushort ElementLast,
    DicomRangeParity ElementParity,
    string Keyword,
    DicomVR VR,
    DicomVR AlternateVR,
    string VM,
    bool IsRetired)
{
    /// <summary>True when <paramref name="tag"/> lies in this range.</summary>
    public bool Matches(DicomTag tag) =>
        InRange(tag.Group, GroupFirst, GroupLast, GroupParity) &&
        InRange(tag.Element, ElementFirst, ElementLast, ElementParity);

    /// <summary>The entry for one tag of the range.</summary>
    public DicomDictionaryEntry ToEntry(DicomTag tag) => new(tag, Keyword, VR, AlternateVR, VM, IsRetired);

    private static bool InRange(ushort value, ushort first, ushort last, DicomRangeParity parity) =>
        value >= first && value <= last && parity switch
        {
            DicomRangeParity.Even => ((value - first) & 1) == 0,
            DicomRangeParity.Odd => (value & 1) == 1,
            _ => true,
        };
}
