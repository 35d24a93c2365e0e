using System.Globalization;

namespace TeleRad.Dicom.Network.Pdus;

/// <summary>
/// The three fields of an A-ASSOCIATE-RJ (PS3.8 table 9-21): result, source and a reason whose meaning depends on
/// the source. The well-known combinations are provided as static properties.
/// </summary>
/// <param name="Result">Permanent or transient.</param>
/// <param name="Source">Who rejected.</param>
/// <param name="Reason">The Reason/Diag. byte, interpreted per <paramref name="Source"/>.</param>
public readonly record struct AssociateRejection(AssociateRejectResult Result, AssociateRejectSource Source, byte Reason)
{
    /// <summary>Service-user, no-reason-given (1).</summary>
    public static AssociateRejection NoReasonGiven { get; } = new(AssociateRejectResult.Permanent, AssociateRejectSource.ServiceUser, 1);

    /// <summary>Service-user, application-context-name-not-supported (2).</summary>
    public static AssociateRejection ApplicationContextNotSupported { get; } = new(AssociateRejectResult.Permanent, AssociateRejectSource.ServiceUser, 2);

    /// <summary>Service-user, calling-AE-title-not-recognized (3).</summary>
    public static AssociateRejection CallingAETitleNotRecognized { get; } = new(AssociateRejectResult.Permanent, AssociateRejectSource.ServiceUser, 3);

    /// <summary>Service-user, called-AE-title-not-recognized (7).</summary>
    public static AssociateRejection CalledAETitleNotRecognized { get; } = new(AssociateRejectResult.Permanent, AssociateRejectSource.ServiceUser, 7);

    /// <summary>Service-provider (ACSE), protocol-version-not-supported (2).</summary>
    public static AssociateRejection ProtocolVersionNotSupported { get; } = new(AssociateRejectResult.Permanent, AssociateRejectSource.ServiceProviderAcse, 2);

    /// <summary>Service-provider (presentation), temporary-congestion (1), transient.</summary>
    public static AssociateRejection TemporaryCongestion { get; } = new(AssociateRejectResult.Transient, AssociateRejectSource.ServiceProviderPresentation, 1);

    /// <summary>Service-provider (presentation), local-limit-exceeded (2), transient: too many associations.</summary>
    public static AssociateRejection LocalLimitExceeded { get; } = new(AssociateRejectResult.Transient, AssociateRejectSource.ServiceProviderPresentation, 2);

    /// <summary>The standard's name of the reason, e.g. "called-AE-title-not-recognized".</summary>
    public string ReasonName => (Source, Reason) switch
    {
        (AssociateRejectSource.ServiceUser, 1) => "no-reason-given",
        (AssociateRejectSource.ServiceUser, 2) => "application-context-name-not-supported",
        (AssociateRejectSource.ServiceUser, 3) => "calling-AE-title-not-recognized",
        (AssociateRejectSource.ServiceUser, 7) => "called-AE-title-not-recognized",
        (AssociateRejectSource.ServiceProviderAcse, 1) => "no-reason-given",
        (AssociateRejectSource.ServiceProviderAcse, 2) => "protocol-version-not-supported",
        (AssociateRejectSource.ServiceProviderPresentation, 1) => "temporary-congestion",
        (AssociateRejectSource.ServiceProviderPresentation, 2) => "local-limit-exceeded",
        _ => "reserved-" + Reason.ToString(CultureInfo.InvariantCulture),
    };

    /// <inheritdoc />
    public override string ToString() => $"{Result} rejection by {Source}: {ReasonName}";
}
