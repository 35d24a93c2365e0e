namespace TeleRad.Dicom.Generator.Model;

/// <summary>A single-tag dictionary entry ready to emit.</summary>
/// <param name="Group">The group number.</param>
/// <param name="Element">The element number.</param>
/// <param name="Keyword">The PS3.6 keyword (DCMTK's <c>RETIRED_</c> prefix removed).</param>
/// <param name="VR">The name of the <c>DicomVR</c> member for Implicit VR reading.</param>
/// <param name="AlternateVR">The name of the other allowed <c>DicomVR</c> member, or <c>None</c>.</param>
/// <param name="VM">The value multiplicity as written in PS3.6.</param>
/// <param name="IsRetired">True for retired elements.</param>
public sealed record DictionaryEntryModel(
    ushort Group, ushort Element, string Keyword, string VR, string AlternateVR, string VM, bool IsRetired)
{
    /// <summary>The tag as one number, group in the high half: the sort key.</summary>
    public uint Tag => ((uint)Group << 16) | Element;
}
