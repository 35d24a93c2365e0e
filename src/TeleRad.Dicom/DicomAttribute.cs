namespace TeleRad.Dicom;

/// <summary>
/// One attribute of a data set: a primitive <see cref="DicomElement"/>, a <see cref="DicomSequence"/>, or encapsulated
/// pixel data (<see cref="DicomFragmentSequence"/>).
/// </summary>
public abstract class DicomAttribute
{
    /// <summary>Creates the attribute.</summary>
    protected DicomAttribute(DicomTag tag, DicomVR vr)
    {
        Tag = tag;
        VR = vr;
    }

    /// <summary>The tag.</summary>
    public DicomTag Tag { get; }

    /// <summary>The VR (as read for explicit VR; from the dictionary, or UN, for implicit VR).</summary>
    public DicomVR VR { get; }

    /// <summary>
    /// Where the value started in the stream it was read from (for encapsulated pixel data, its first item), or -1 for
    /// an attribute made in code. Used for Bulk Data URIs (PS3.18 section F.2.6).
    /// </summary>
    public long StreamOffset { get; internal set; } = -1;

    /// <summary>How many bytes the value took in that stream (for encapsulated pixel data, up to and including the sequence delimiter), or -1.</summary>
    public long StreamLength { get; internal set; } = -1;

    /// <inheritdoc />
    public override string ToString() => $"{Tag} {VR.Code()}";
}
