namespace TeleRad.Dicom.Generator.Sources;

/// <summary>
/// Which numbers of a <c>gggg-gggg</c> range a dicom.dic entry covers. The member names match
/// <c>TeleRad.Dicom.Dictionary.DicomRangeParity</c>, which the emitted code refers to by name.
/// </summary>
public enum TagRangeParity
{
    /// <summary>Even numbers only: dicom.dic's default for <c>gggg-gggg</c>.</summary>
    Even,
    /// <summary>Odd numbers only: <c>gggg-o-gggg</c>.</summary>
    Odd,
    /// <summary>Every number: <c>gggg-u-gggg</c>, and every single (non-range) number.</summary>
    Any,
}
