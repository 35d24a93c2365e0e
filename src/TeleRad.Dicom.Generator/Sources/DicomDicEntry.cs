namespace TeleRad.Dicom.Generator.Sources;

/// <summary>One line of DCMTK's dicom.dic, as written (VR codes and names are not interpreted yet).</summary>
/// <param name="Group">The group number or range.</param>
/// <param name="Element">The element number or range.</param>
/// <param name="VRCode">The VR column: a PS3.5 VR or one of DCMTK's lower-case pseudo VRs (ox, xs, lt, up, na, px).</param>
/// <param name="Name">The name column; DCMTK uses the PS3.6 keyword, prefixed with <c>RETIRED_</c> for retired elements.</param>
/// <param name="VM">The value multiplicity, e.g. <c>1-n</c>.</param>
/// <param name="Version">The version column, e.g. <c>DICOM</c>, <c>DICOM/retired</c>, <c>DICOM/DICONDE</c>, <c>PRIVATE</c>.</param>
/// <param name="LineNumber">The 1-based line number, for error messages.</param>
public sealed record DicomDicEntry(
    TagRange Group,
    TagRange Element,
    string VRCode,
    string Name,
    string VM,
    string Version,
    int LineNumber)
{
    /// <summary>True when either half of the tag is a range.</summary>
    public bool IsRange => !Group.IsSingle || !Element.IsSingle;
}
