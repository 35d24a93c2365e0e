using TeleRad.Dicom.Network.Dimse;
using TeleRad.Dicom.Network.Pdus;
using TeleRad.Dicom.Network.UpperLayer;

namespace TeleRad.Dicom.Network;

/// <summary>Where a <see cref="DicomClient"/> connects and what it proposes.</summary>
public sealed record DicomClientOptions
{
    /// <summary>Host name or address of the SCP.</summary>
    public required string Host { get; init; }

    /// <summary>TCP port of the SCP.</summary>
    public required int Port { get; init; }

    /// <summary>This side's AE title.</summary>
    public string CallingAETitle { get; init; } = "TELERAD";

    /// <summary>The SCP's AE title.</summary>
    public required string CalledAETitle { get; init; }

    /// <summary>The presentation contexts to propose (IDs 1, 3, 5, ... in this order); at most 128.</summary>
    public IReadOnlyList<PresentationContextProposal> PresentationContexts { get; init; } = [PresentationContextProposal.Verification];

    /// <summary>Upper Layer settings: PDU size, limits, timers.</summary>
    public AssociationOptions Association { get; init; } = AssociationOptions.Default;

    /// <summary>How long to wait for the response to a request once it is sent; then the association is aborted.</summary>
    public TimeSpan DimseTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Priority of C-STORE requests.</summary>
    public DimsePriority Priority { get; init; } = DimsePriority.Medium;

    /// <summary>An asynchronous operations window to propose; null proposes none (1, 1). Operations are sent one at a time regardless.</summary>
    public AsyncOperationsWindow? OperationsWindow { get; init; }

    /// <summary>SCP/SCU role selections to propose.</summary>
    public IReadOnlyList<RoleSelection> RoleSelections { get; init; } = [];

    /// <summary>SOP class extended negotiation sub-items to propose.</summary>
    public IReadOnlyList<ExtendedNegotiation> ExtendedNegotiations { get; init; } = [];

    /// <summary>A user identity to present (PS3.7 annex D.3.3.7).</summary>
    public UserIdentityRequest? UserIdentity { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> for inconsistent settings.</summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrEmpty(Host);
        ArgumentOutOfRangeException.ThrowIfLessThan(Port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Port, 65535);
        WireText.CheckAETitle(CallingAETitle, nameof(CallingAETitle));
        WireText.CheckAETitle(CalledAETitle, nameof(CalledAETitle));
        if (PresentationContexts.Count is 0 or > 128)
            throw new ArgumentException("Between 1 and 128 presentation contexts can be proposed (PS3.8 section 7.1.1.13).", nameof(PresentationContexts));
        if (PresentationContexts.Any(c => c.TransferSyntaxes.Count == 0))
            throw new ArgumentException("Every presentation context proposes at least one transfer syntax.", nameof(PresentationContexts));
        if (DimseTimeout <= TimeSpan.Zero && DimseTimeout != Timeout.InfiniteTimeSpan)
            throw new ArgumentException("DimseTimeout must be positive or infinite.", nameof(DimseTimeout));
        ArgumentNullException.ThrowIfNull(Association);
        Association.Validate();
    }
}
