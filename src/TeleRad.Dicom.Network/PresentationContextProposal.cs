using TeleRad.Dicom.Uids;

namespace TeleRad.Dicom.Network;

/// <summary>A presentation context a requestor proposes: an abstract syntax and the transfer syntaxes it can send it in.</summary>
/// <param name="AbstractSyntax">The abstract syntax (SOP class) UID.</param>
/// <param name="TransferSyntaxes">The transfer syntaxes, in the requestor's order of preference.</param>
public sealed record PresentationContextProposal(string AbstractSyntax, IReadOnlyList<DicomTransferSyntax> TransferSyntaxes)
{
    /// <summary>Verification (C-ECHO) in explicit or implicit VR little endian.</summary>
    public static PresentationContextProposal Verification { get; } =
        new(DicomUids.Verification, [DicomTransferSyntax.ExplicitVRLittleEndian, DicomTransferSyntax.ImplicitVRLittleEndian]);

    /// <summary>A query SOP class (e.g. Study Root Query/Retrieve - FIND) in explicit or implicit VR little endian.</summary>
    public static PresentationContextProposal ForQuery(string sopClassUid) =>
        new(sopClassUid, [DicomTransferSyntax.ExplicitVRLittleEndian, DicomTransferSyntax.ImplicitVRLittleEndian]);

    /// <summary>
    /// The contexts to send instances of these SOP classes and transfer syntaxes: one per distinct pair, proposing the
    /// instance's own syntax first and, for a native (uncompressed) one, explicit and implicit VR little endian as
    /// fallbacks the toolkit can convert to. Compressed data is never decoded, so it is proposed in its own syntax only.
    /// </summary>
    public static IReadOnlyList<PresentationContextProposal> ForStorage(IEnumerable<(string SopClassUid, DicomTransferSyntax TransferSyntax)> instances)
    {
        ArgumentNullException.ThrowIfNull(instances);
        return instances
            .DistinctBy(i => (i.SopClassUid, i.TransferSyntax.Uid))
            .Select(i => new PresentationContextProposal(
                i.SopClassUid,
                i.TransferSyntax.IsEncapsulated || i.TransferSyntax.IsUnknown
                    ? [i.TransferSyntax]
                    : new[] { i.TransferSyntax, DicomTransferSyntax.ExplicitVRLittleEndian, DicomTransferSyntax.ImplicitVRLittleEndian }.DistinctBy(t => t.Uid).ToList()))
            .ToList();
    }
}
