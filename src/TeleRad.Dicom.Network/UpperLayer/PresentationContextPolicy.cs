namespace TeleRad.Dicom.Network.UpperLayer;

/// <summary>
/// Which presentation contexts an association-acceptor accepts: the abstract syntaxes it serves and the transfer
/// syntaxes it takes, in its order of preference (the first of these that the requestor proposed wins).
/// </summary>
public sealed record PresentationContextPolicy
{
    /// <summary>Accepted abstract syntax (SOP class) UIDs.</summary>
    public required IReadOnlySet<string> AbstractSyntaxes { get; init; }

    /// <summary>Accepted transfer syntax UIDs, most preferred first.</summary>
    public required IReadOnlyList<string> TransferSyntaxes { get; init; }
}
