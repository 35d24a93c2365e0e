using TeleRad.Dicom.Network.Pdus;

namespace TeleRad.Dicom.Network.UpperLayer;

/// <summary>A negotiated presentation context: what was proposed and what the acceptor answered (PS3.8 section 7.1.1.13).</summary>
/// <param name="Id">The presentation context ID.</param>
/// <param name="AbstractSyntax">The abstract syntax (SOP class) UID.</param>
/// <param name="Result">Accepted, or why not.</param>
/// <param name="TransferSyntax">The accepted transfer syntax; null when rejected.</param>
public sealed record PresentationContext(byte Id, string AbstractSyntax, PresentationContextResultReason Result, DicomTransferSyntax? TransferSyntax)
{
    /// <summary>True when the context may carry messages.</summary>
    public bool IsAccepted => Result == PresentationContextResultReason.Acceptance && TransferSyntax is not null;
}
