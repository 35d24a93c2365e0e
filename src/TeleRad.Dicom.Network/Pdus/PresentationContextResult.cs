namespace TeleRad.Dicom.Network.Pdus;

/// <summary>A presentation context item of an A-ASSOCIATE-AC (PS3.8 section 9.3.3.2, table 9-18).</summary>
/// <param name="Id">The ID of the proposed context this answers.</param>
/// <param name="Result">Accepted, or why not.</param>
/// <param name="TransferSyntax">The accepted transfer syntax UID; not significant (may be empty) when rejected.</param>
public sealed record PresentationContextResult(byte Id, PresentationContextResultReason Result, string TransferSyntax)
{
    /// <summary>True when the context was accepted.</summary>
    public bool IsAccepted => Result == PresentationContextResultReason.Acceptance;
}
