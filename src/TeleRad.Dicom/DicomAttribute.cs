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

    /// <inheritdoc />
    public override string ToString() => $"{Tag} {VR.Code()}";
}
