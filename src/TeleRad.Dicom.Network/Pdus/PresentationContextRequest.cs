namespace TeleRad.Dicom.Network.Pdus;

/// <summary>A presentation context item of an A-ASSOCIATE-RQ (PS3.8 section 9.3.2.2, table 9-13).</summary>
/// <param name="Id">The presentation context ID, an odd number 1-255.</param>
/// <param name="AbstractSyntax">The abstract syntax (SOP class) UID.</param>
/// <param name="TransferSyntaxes">The proposed transfer syntax UIDs, at least one.</param>
public sealed record PresentationContextRequest(byte Id, string AbstractSyntax, IReadOnlyList<string> TransferSyntaxes);
