namespace TeleRad.Dicom;

/// <summary>How a file was laid out when read.</summary>
public enum DicomFileFormat
{
    /// <summary>PS3.10 section 7.1: 128-byte preamble, "DICM", File Meta Information, data set.</summary>
    Part10,
    /// <summary>"DICM" and the meta group without the preamble, or the meta group alone (seen from old writers).</summary>
    Part10WithoutPreamble,
    /// <summary>A bare data set with no meta information; its encoding was sniffed from the first element.</summary>
    RawDataset,
}
