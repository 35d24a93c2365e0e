namespace TeleRad.Dicom.Tests.Robustness;

/// <summary>
/// Where one header sits in a seed's body, so mutators can aim at its tag, VR and length bytes.
/// </summary>
/// <param name="TagOffset">Offset of the tag.</param>
/// <param name="VROffset">Offset of the two VR bytes, or -1 (implicit VR, items and delimiters).</param>
/// <param name="LengthOffset">Offset of the length field.</param>
/// <param name="LengthSize">2 or 4 bytes.</param>
/// <param name="BigEndian">Byte order of the tag and length.</param>
/// <param name="Length">The length as found.</param>
/// <param name="Kind">What the header introduces.</param>
internal readonly record struct HeaderField(int TagOffset, int VROffset, int LengthOffset, int LengthSize, bool BigEndian, uint Length, HeaderKind Kind)
{
    /// <summary>Offset of the first value byte.</summary>
    public int ValueOffset => LengthOffset + LengthSize;
}
