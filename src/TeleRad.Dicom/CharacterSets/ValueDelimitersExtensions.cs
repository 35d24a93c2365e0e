namespace TeleRad.Dicom.CharacterSets;

/// <summary>Delimiters by VR.</summary>
internal static class ValueDelimitersExtensions
{
    /// <summary>The delimiters that reset ISO 2022 designations in values of this VR.</summary>
    internal static ValueDelimiters For(DicomVR vr) => vr switch
    {
        DicomVR.PN => ValueDelimiters.Backslash | ValueDelimiters.PersonName,
        _ when vr.IsMultiValuedString() => ValueDelimiters.Backslash,
        _ => ValueDelimiters.None,
    };

    /// <summary>True when this ASCII byte or character is one of the delimiters.</summary>
    internal static bool Contains(this ValueDelimiters delimiters, int c) =>
        (c == '\\' && (delimiters & ValueDelimiters.Backslash) != 0) ||
        ((c == '^' || c == '=') && (delimiters & ValueDelimiters.PersonName) != 0);
}
