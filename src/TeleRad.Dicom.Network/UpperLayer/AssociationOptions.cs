using TeleRad.Dicom.Network.Pdus;

namespace TeleRad.Dicom.Network.UpperLayer;

/// <summary>Upper Layer settings shared by both sides of an association: PDU sizes, limits, timers, identity.</summary>
public sealed record AssociationOptions
{
    /// <summary>The defaults.</summary>
    public static AssociationOptions Default { get; } = new();

    /// <summary>
    /// The Maximum Length Received advertised to the peer (PS3.8 annex D.1): P-DATA-TF PDUs up to this size are
    /// expected. Also the size used toward a peer that advertises 0 (no limit). Default 256 KiB.
    /// </summary>
    public uint MaxPduLength { get; init; } = 256 * 1024;

    /// <summary>Hard parser limits; <see cref="UpperLayerLimits.MaxPduLength"/> must be at least <see cref="MaxPduLength"/>.</summary>
    public UpperLayerLimits Limits { get; init; } = UpperLayerLimits.Default;

    /// <summary>
    /// The ARTIM timer (PS3.8 section 9.1.5): how long to wait for an A-ASSOCIATE-RQ after a connection opens and for
    /// the peer to close after a rejection, release or abort. TeleRad also bounds the waits for an A-ASSOCIATE-AC/RJ
    /// (Sta5) and an A-RELEASE-RP (Sta7, Sta10, Sta11) with it, as DCMTK does for Sta7.
    /// </summary>
    public TimeSpan ArtimTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an established association may stay without receiving a PDU before it is aborted.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the association-requestor waits for the TCP connection to open.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The Implementation Class UID sent in the user information (PS3.7 annex D.3.3.2).</summary>
    public string ImplementationClassUid { get; init; } = DicomImplementation.ClassUid;

    /// <summary>The Implementation Version Name sent in the user information (PS3.7 annex D.3.3.2).</summary>
    public string ImplementationVersionName { get; init; } = DicomImplementation.VersionName;

    /// <summary>Throws <see cref="ArgumentException"/> for inconsistent settings.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Limits);
        if (MaxPduLength < MinimumPduLength)
            throw new ArgumentException($"MaxPduLength must be at least {MinimumPduLength} bytes.", nameof(MaxPduLength));
        if (Limits.MaxPduLength < MaxPduLength)
            throw new ArgumentException("Limits.MaxPduLength must be at least MaxPduLength: the advertised PDUs must be accepted.", nameof(Limits));
        if (Limits.MaxItems < 1)
            throw new ArgumentException("Limits.MaxItems must be positive.", nameof(Limits));
        foreach (var (value, name) in new[] { (ArtimTimeout, nameof(ArtimTimeout)), (IdleTimeout, nameof(IdleTimeout)), (ConnectTimeout, nameof(ConnectTimeout)) })
        {
            if (value <= TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
                throw new ArgumentException($"{name} must be positive or infinite.", name);
        }

        WireText.CheckUid(ImplementationClassUid, nameof(ImplementationClassUid));
        WireText.CheckVersionName(ImplementationVersionName, nameof(ImplementationVersionName));
    }

    /// <summary>
    /// The smallest Maximum Length accepted from a peer or configured: a P-DATA-TF needs 6 bytes of headers per PDV,
    /// and a smaller limit would turn one data set into millions of PDUs.
    /// </summary>
    public const uint MinimumPduLength = 64;
}
