using TeleRad.Dicom;

namespace TeleRad.Cli.Dump;

/// <summary>
/// The encoded length of sequences and items of defined length, for the "# length" column of the text dump. The
/// toolkit keeps no stream length for containers, so it is computed from their content with the header sizes of
/// PS3.5 section 7.1.2 (explicit VR: 12 bytes for VRs with a 32-bit length, else 8; implicit VR: 8) and section 7.5
/// (item and delimiter headers: 8). For a well-formed file this is the length the file holds.
/// </summary>
internal static class EncodedLength
{
    private const long ItemHeader = 8;
    private const long DelimiterLength = 8;

    /// <summary>The value length of a sequence: its items, with their headers and delimiters.</summary>
    public static long OfSequence(DicomSequence sequence, bool explicitVR)
    {
        long total = 0;
        foreach (var item in sequence.Items)
            total += ItemHeader + OfItem(item, explicitVR) + (item.UndefinedLength ? DelimiterLength : 0);
        return total;
    }

    /// <summary>The value length of an item: its attributes with their headers.</summary>
    public static long OfItem(DicomDataset item, bool explicitVR)
    {
        long total = 0;
        foreach (var attribute in item)
            total += OfAttribute(attribute, explicitVR);
        return total;
    }

    private static long OfAttribute(DicomAttribute attribute, bool explicitVR)
    {
        var header = explicitVR && attribute.VR.Has32BitLength() ? 12 : 8;
        return attribute switch
        {
            DicomSequence s => header + OfSequence(s, explicitVR) + (s.UndefinedLength ? DelimiterLength : 0),
            DicomFragmentSequence f => header + OfFragments(f),
            DicomElement e => header + e.Length,
            _ => header,
        };
    }

    private static long OfFragments(DicomFragmentSequence fragments)
    {
        var total = ItemHeader + fragments.OffsetTable.Length + DelimiterLength;
        foreach (var fragment in fragments.Fragments)
            total += ItemHeader + fragment.Length;
        return total;
    }
}
