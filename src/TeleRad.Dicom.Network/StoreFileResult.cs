using TeleRad.Dicom.Network.Dimse;

namespace TeleRad.Dicom.Network;

/// <summary>What became of one file sent by <see cref="DicomClient.SendFilesAsync"/>.</summary>
/// <param name="Path">The file.</param>
/// <param name="Status">The SCP's C-STORE status; null when the file was not sent.</param>
/// <param name="Error">Why the file was not sent or not answered (no values, no patient data); null when it was answered.</param>
public sealed record StoreFileResult(string Path, DimseStatus? Status, string? Error)
{
    /// <summary>True when the SCP answered success or a warning.</summary>
    public bool Stored => Status is { IsSuccessOrWarning: true };
}
