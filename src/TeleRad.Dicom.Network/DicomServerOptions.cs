using System.Net;
using TeleRad.Dicom.Network.Pdus;
using TeleRad.Dicom.Network.Query;
using TeleRad.Dicom.Network.Storage;
using TeleRad.Dicom.Network.UpperLayer;
using TeleRad.Dicom.Uids;

namespace TeleRad.Dicom.Network;

/// <summary>How a <see cref="DicomServer"/> listens, whom it accepts and what it serves.</summary>
public sealed record DicomServerOptions
{
    /// <summary>
    /// The transfer syntaxes accepted by default, most preferred first: explicit then implicit VR little endian, then
    /// every encapsulated syntax the toolkit knows (a received data set is stored as it arrives, never decoded), then
    /// deflated and explicit VR big endian.
    /// </summary>
    public static IReadOnlyList<DicomTransferSyntax> DefaultTransferSyntaxes { get; } =
    [
        DicomTransferSyntax.ExplicitVRLittleEndian,
        DicomTransferSyntax.ImplicitVRLittleEndian,
        .. DicomTransferSyntax.All.Where(ts => ts.IsEncapsulated).OrderBy(ts => ts.Uid, StringComparer.Ordinal),
        DicomTransferSyntax.DeflatedExplicitVRLittleEndian,
        DicomTransferSyntax.ExplicitVRBigEndian,
    ];

    /// <summary>Address and port to listen on; port 0 picks a free one (see <see cref="DicomServer.LocalEndPoint"/>).</summary>
    public required IPEndPoint EndPoint { get; init; }

    /// <summary>This SCP's AE title; a request calling another title is rejected (called-AE-title-not-recognized).</summary>
    public required string AETitle { get; init; }

    /// <summary>Calling AE titles allowed to associate; null allows any (else calling-AE-title-not-recognized).</summary>
    public IReadOnlySet<string>? AllowedCallingAETitles { get; init; }

    /// <summary>
    /// The most associations at once; one more is rejected with local-limit-exceeded (transient, PS3.8 table 9-21).
    /// Connections that have not yet sent their A-ASSOCIATE-RQ count too, until ARTIM closes them.
    /// </summary>
    public int MaxAssociations { get; init; } = 16;

    /// <summary>Where C-STORE data sets go; null serves Verification only.</summary>
    public IStoreSink? StoreSink { get; init; }

    /// <summary>The storage SOP classes accepted when <see cref="StoreSink"/> is set; null means every storage SOP class of PS3.4.</summary>
    public IReadOnlyCollection<string>? StorageSopClasses { get; init; }

    /// <summary>
    /// Answers C-FIND queries; when set, Patient Root and Study Root Query/Retrieve Information Model - FIND are
    /// accepted (PS3.4 annex C). Null serves no queries.
    /// </summary>
    public IQueryHandler? QueryHandler { get; init; }

    /// <summary>Transfer syntaxes accepted, most preferred first.</summary>
    public IReadOnlyList<DicomTransferSyntax> TransferSyntaxes { get; init; } = DefaultTransferSyntaxes;

    /// <summary>
    /// The largest asynchronous operations window granted; requests are processed in order either way, so more than
    /// one only lets a peer pipeline them. Default (1, 1).
    /// </summary>
    public AsyncOperationsWindow MaxOperationsWindow { get; init; } = AsyncOperationsWindow.Synchronous;

    /// <summary>Upper Layer settings: PDU size, limits, ARTIM and idle timeouts.</summary>
    public AssociationOptions Association { get; init; } = AssociationOptions.Default;

    /// <summary>The largest command set accepted (a command is a few hundred bytes).</summary>
    public int MaxCommandLength { get; init; } = 64 * 1024;

    /// <summary>Called (on a pool thread) after each association has ended, accepted or not; for logging and tests.</summary>
    public Action<Association>? AssociationEnded { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> for inconsistent settings.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(EndPoint);
        WireText.CheckAETitle(AETitle, nameof(AETitle));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxAssociations, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCommandLength, 64);
        if (TransferSyntaxes.Count == 0)
            throw new ArgumentException("At least one transfer syntax must be accepted.", nameof(TransferSyntaxes));
        ArgumentNullException.ThrowIfNull(Association);
        Association.Validate();
    }

    /// <summary>The presentation context policy these options describe.</summary>
    internal PresentationContextPolicy BuildPolicy()
    {
        var abstractSyntaxes = new HashSet<string>(StringComparer.Ordinal) { DicomUids.Verification };
        if (StoreSink is not null)
            abstractSyntaxes.UnionWith(StorageSopClasses ?? DicomUidRegistry.StorageSopClasses.Select(u => u.Uid));
        if (QueryHandler is not null)
            abstractSyntaxes.UnionWith(ServiceProviderSession.FindSopClasses);
        return new PresentationContextPolicy
        {
            AbstractSyntaxes = abstractSyntaxes,
            TransferSyntaxes = TransferSyntaxes.Select(ts => ts.Uid).Distinct(StringComparer.Ordinal).ToList(),
        };
    }
}
