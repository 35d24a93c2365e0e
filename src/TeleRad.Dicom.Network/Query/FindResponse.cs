using TeleRad.Dicom.Network.Dimse;

namespace TeleRad.Dicom.Network.Query;

/// <summary>
/// One C-FIND-RSP (PS3.7 section 9.1.2.1, PS3.4 section C.4.1.1.4): a pending response carries a match's identifier,
/// the final one (success, cancel, failure) carries the outcome and usually no identifier.
/// </summary>
/// <param name="Status">The response's status; pending is FF00H or FF01H.</param>
/// <param name="Identifier">The matching identifier of a pending response; null when none was sent.</param>
/// <param name="ErrorComment">Error Comment (0000,0902) of a failure, when the SCP sent one.</param>
public sealed record FindResponse(DimseStatus Status, DicomDataset? Identifier, string? ErrorComment = null)
{
    /// <summary>True for a pending response (a match); false for the final one.</summary>
    public bool IsPending => Status.Category == DimseStatusCategory.Pending;
}
