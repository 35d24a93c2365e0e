using TeleRad.Dicom.Values;

namespace TeleRad.Dicom;

/// <summary>A primitive data element: tag, VR and the value's bytes (little endian, as in PS3.5 section 7.3).</summary>
public sealed class DicomElement : DicomAttribute
{
    /// <summary>Creates the element.</summary>
    public DicomElement(DicomTag tag, DicomVR vr, DicomBuffer buffer)
        : base(tag, vr) => Buffer = buffer;

    /// <summary>The value's bytes, including any padding byte.</summary>
    public DicomBuffer Buffer { get; }

    /// <summary>The value length in bytes.</summary>
    public long Length => Buffer.Length;

    /// <summary>True for a zero-length value.</summary>
    public bool IsEmpty => Buffer.Length == 0;
}
