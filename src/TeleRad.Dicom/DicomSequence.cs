namespace TeleRad.Dicom;

/// <summary>A sequence of items (VR SQ, PS3.5 section 7.5). Each item is a nested data set.</summary>
public sealed class DicomSequence : DicomAttribute
{
    /// <summary>Creates a sequence holding <paramref name="items"/>.</summary>
    public DicomSequence(DicomTag tag, IEnumerable<DicomDataset>? items = null, bool undefinedLength = true)
        : base(tag, DicomVR.SQ)
    {
        Items = items is null ? [] : [.. items];
        UndefinedLength = undefinedLength;
    }

    /// <summary>The items, in order.</summary>
    public List<DicomDataset> Items { get; }

    /// <summary>
    /// True when the sequence is (or was read as) encoded with undefined length and a Sequence Delimitation Item;
    /// the writer keeps the form it was read in.
    /// </summary>
    public bool UndefinedLength { get; set; }
}
