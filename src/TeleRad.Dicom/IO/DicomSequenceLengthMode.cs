namespace TeleRad.Dicom.IO;

/// <summary>How the writer encodes sequence and item lengths (PS3.5 section 7.5).</summary>
public enum DicomSequenceLengthMode
{
    /// <summary>As each sequence and item was read (undefined length for those created in code).</summary>
    AsRead,
    /// <summary>Undefined length with delimiters everywhere: streams without computing sizes first.</summary>
    Undefined,
    /// <summary>Explicit lengths everywhere.</summary>
    Defined,
}
