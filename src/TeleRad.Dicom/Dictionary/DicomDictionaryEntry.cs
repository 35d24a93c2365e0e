namespace TeleRad.Dicom.Dictionary;

/// <summary>One data element of the PS3.6 data dictionary (PS3.6 section 6).</summary>
/// <param name="Tag">The tag; for a repeating-group entry, the tag that was looked up.</param>
/// <param name="Keyword">The PS3.6 keyword, e.g. <c>PatientName</c>.</param>
/// <param name="VR">The VR, or the one used for implicit VR where PS3.6 allows several (US for "US or SS", OW for "OB or OW", PS3.5 A.1).</param>
/// <param name="AlternateVR">The other VR where PS3.6 allows two (SS for "US or SS", OB for "OB or OW"); otherwise None.</param>
/// <param name="VM">The value multiplicity as written in PS3.6, e.g. <c>1</c>, <c>1-n</c>, <c>2-2n</c>.</param>
/// <param name="IsRetired">True for retired elements.</param>
public sealed record DicomDictionaryEntry(DicomTag Tag, string Keyword, DicomVR VR, DicomVR AlternateVR, string VM, bool IsRetired)
{
    /// <summary>True where PS3.6 allows more than one VR.</summary>
    public bool IsAmbiguousVR => AlternateVR != DicomVR.None;
}
