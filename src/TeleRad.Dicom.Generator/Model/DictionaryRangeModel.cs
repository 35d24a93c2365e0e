using TeleRad.Dicom.Generator.Sources;

namespace TeleRad.Dicom.Generator.Model;

/// <summary>A repeating-range dictionary entry ready to emit, e.g. Overlay Data (60xx,3000).</summary>
/// <param name="Group">The group range.</param>
/// <param name="Element">The element range.</param>
/// <param name="Keyword">The PS3.6 keyword.</param>
/// <param name="VR">The name of the <c>DicomVR</c> member for Implicit VR reading.</param>
/// <param name="AlternateVR">The name of the other allowed <c>DicomVR</c> member, or <c>None</c>.</param>
/// <param name="VM">The value multiplicity as written in PS3.6.</param>
/// <param name="IsRetired">True for retired elements.</param>
public sealed record DictionaryRangeModel(
    TagRange Group, TagRange Element, string Keyword, string VR, string AlternateVR, string VM, bool IsRetired);
