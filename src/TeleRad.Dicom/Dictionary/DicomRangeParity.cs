namespace TeleRad.Dicom.Dictionary;

/// <summary>Which numbers of a repeating range a dictionary entry covers (DCMTK's dicom.dic notation).</summary>
public enum DicomRangeParity
{
    /// <summary>Even numbers only (the default, e.g. overlay groups 6000-601E).</summary>
    Even,
    /// <summary>Odd numbers only.</summary>
    Odd,
    /// <summary>Every number in the range.</summary>
    Any,
}
