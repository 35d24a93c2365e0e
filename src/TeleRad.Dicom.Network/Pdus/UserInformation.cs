namespace TeleRad.Dicom.Network.Pdus;

/// <summary>
/// The User Information item (PS3.8 section 9.3.2.3 and annex D; sub-items in PS3.7 annex D.3.3). Sub-items of
/// unknown types are skipped when read, as PS3.8 annex D.2 requires of an acceptor.
/// </summary>
public sealed record UserInformation
{
    /// <summary>
    /// Maximum Length Received (PS3.8 annex D.1): the longest P-DATA-TF variable field the sender accepts; 0 means no
    /// limit. Null when the sub-item is absent.
    /// </summary>
    public uint? MaxLength { get; init; }

    /// <summary>Implementation Class UID (PS3.7 annex D.3.3.2), mandatory on the wire but tolerated missing.</summary>
    public string? ImplementationClassUid { get; init; }

    /// <summary>Implementation Version Name (PS3.7 annex D.3.3.2), at most 16 characters.</summary>
    public string? ImplementationVersionName { get; init; }

    /// <summary>Asynchronous Operations Window (PS3.7 annex D.3.3.3); null when not negotiated (1, 1).</summary>
    public AsyncOperationsWindow? OperationsWindow { get; init; }

    /// <summary>SCP/SCU Role Selection sub-items (PS3.7 annex D.3.3.4), at most one per SOP class.</summary>
    public IReadOnlyList<RoleSelection> RoleSelections { get; init; } = [];

    /// <summary>SOP Class Extended Negotiation sub-items (PS3.7 annex D.3.3.5).</summary>
    public IReadOnlyList<ExtendedNegotiation> ExtendedNegotiations { get; init; } = [];

    /// <summary>User Identity Negotiation, requestor side (PS3.7 annex D.3.3.7.1).</summary>
    public UserIdentityRequest? UserIdentity { get; init; }

    /// <summary>User Identity Negotiation, acceptor side (PS3.7 annex D.3.3.7.2).</summary>
    public UserIdentityResponse? UserIdentityResponse { get; init; }
}
