namespace TeleRad.Dicom.IO;

/// <summary>How elements are encoded at one point of the stream: explicit or implicit VR, little or big endian (PS3.5 section 7.1).</summary>
internal readonly record struct ElementEncoding(bool Explicit, bool BigEndian)
{
    public static ElementEncoding ImplicitLittle => new(false, false);

    public static ElementEncoding ExplicitLittle => new(true, false);

    public static ElementEncoding ExplicitBig => new(true, true);

    public bool Implicit => !Explicit;

    public static ElementEncoding For(DicomTransferSyntax syntax) => new(syntax.IsExplicitVR, syntax.IsBigEndian);
}
