using static TeleRad.Dicom.Network.UpperLayer.UpperLayerAction;
using static TeleRad.Dicom.Network.UpperLayer.UpperLayerState;

namespace TeleRad.Dicom.Network.UpperLayer;

/// <summary>
/// PS3.8 table 9-10, the DICOM Upper Layer protocol state transition table, one method per event (row). Each returns
/// the action for the current state, or null for a blank cell: an event that cannot happen in that state (a local
/// primitive issued at the wrong time is a programming error of the caller).
/// </summary>
internal static class UpperLayerStateTable
{
    /// <summary>Looks up the cell of table 9-10 for <paramref name="evt"/> in <paramref name="state"/>.</summary>
    public static UpperLayerAction? Lookup(UpperLayerState state, UpperLayerEvent evt) => evt switch
    {
        UpperLayerEvent.Evt1AssociateRequest => AssociateRequest(state),
        UpperLayerEvent.Evt2TransportConnectConfirm => TransportConnectConfirm(state),
        UpperLayerEvent.Evt3AssociateAcceptReceived => AssociateAcceptReceived(state),
        UpperLayerEvent.Evt4AssociateRejectReceived => AssociateRejectReceived(state),
        UpperLayerEvent.Evt5TransportConnectIndication => TransportConnectIndication(state),
        UpperLayerEvent.Evt6AssociateRequestReceived => AssociateRequestReceived(state),
        UpperLayerEvent.Evt7AssociateAccept => AssociateAccept(state),
        UpperLayerEvent.Evt8AssociateReject => AssociateReject(state),
        UpperLayerEvent.Evt9PDataRequest => PDataRequest(state),
        UpperLayerEvent.Evt10PDataReceived => PDataReceived(state),
        UpperLayerEvent.Evt11ReleaseRequest => ReleaseRequest(state),
        UpperLayerEvent.Evt12ReleaseRequestReceived => ReleaseRequestReceived(state),
        UpperLayerEvent.Evt13ReleaseResponseReceived => ReleaseResponseReceived(state),
        UpperLayerEvent.Evt14ReleaseResponse => ReleaseResponse(state),
        UpperLayerEvent.Evt15AbortRequest => AbortRequest(state),
        UpperLayerEvent.Evt16AbortReceived => AbortReceived(state),
        UpperLayerEvent.Evt17TransportClosed => TransportClosed(state),
        UpperLayerEvent.Evt18ArtimExpired => ArtimExpired(state),
        UpperLayerEvent.Evt19InvalidPdu => InvalidPdu(state),
        _ => null,
    };

    /// <summary>Evt1, A-ASSOCIATE request (local user).</summary>
    public static UpperLayerAction? AssociateRequest(UpperLayerState state) => state == Sta1 ? Ae1IssueTransportConnect : null;

    /// <summary>Evt2, transport connect confirmation.</summary>
    public static UpperLayerAction? TransportConnectConfirm(UpperLayerState state) => state == Sta4 ? Ae2SendAssociateRq : null;

    /// <summary>Evt3, A-ASSOCIATE-AC PDU received.</summary>
    public static UpperLayerAction? AssociateAcceptReceived(UpperLayerState state) => state switch
    {
        Sta2 => Aa1SendAbort,
        Sta5 => Ae3ConfirmAccept,
        Sta13 => Aa6IgnorePdu,
        Sta1 or Sta4 => null,
        _ => Aa8SendProviderAbort,
    };

    /// <summary>Evt4, A-ASSOCIATE-RJ PDU received.</summary>
    public static UpperLayerAction? AssociateRejectReceived(UpperLayerState state) => state switch
    {
        Sta2 => Aa1SendAbort,
        Sta5 => Ae4ConfirmReject,
        Sta13 => Aa6IgnorePdu,
        Sta1 or Sta4 => null,
        _ => Aa8SendProviderAbort,
    };

    /// <summary>Evt5, transport connection indication.</summary>
    public static UpperLayerAction? TransportConnectIndication(UpperLayerState state) => state == Sta1 ? Ae5AcceptTransportConnection : null;

    /// <summary>Evt6, A-ASSOCIATE-RQ PDU received.</summary>
    public static UpperLayerAction? AssociateRequestReceived(UpperLayerState state) => state switch
    {
        Sta2 => Ae6ExamineAssociateRq,
        Sta13 => Aa7SendAbort,
        Sta1 or Sta4 => null,
        _ => Aa8SendProviderAbort,
    };

    /// <summary>Evt7, A-ASSOCIATE response primitive (accept).</summary>
    public static UpperLayerAction? AssociateAccept(UpperLayerState state) => state == Sta3 ? Ae7SendAssociateAc : null;

    /// <summary>Evt8, A-ASSOCIATE response primitive (reject).</summary>
    public static UpperLayerAction? AssociateReject(UpperLayerState state) => state == Sta3 ? Ae8SendAssociateRj : null;

    /// <summary>Evt9, P-DATA request primitive.</summary>
    public static UpperLayerAction? PDataRequest(UpperLayerState state) => state switch
    {
        Sta6 => Dt1SendPData,
        Sta8 => Ar7SendPData,
        _ => null,
    };

    /// <summary>Evt10, P-DATA-TF PDU received.</summary>
    public static UpperLayerAction? PDataReceived(UpperLayerState state) => state switch
    {
        Sta2 => Aa1SendAbort,
        Sta6 => Dt2IndicatePData,
        Sta7 => Ar6IndicatePData,
        Sta13 => Aa6IgnorePdu,
        Sta1 or Sta4 => null,
        _ => Aa8SendProviderAbort,
    };

    /// <summary>Evt11, A-RELEASE request primitive.</summary>
    public static UpperLayerAction? ReleaseRequest(UpperLayerState state) => state == Sta6 ? Ar1SendReleaseRq : null;

    /// <summary>Evt12, A-RELEASE-RQ PDU received.</summary>
    public static UpperLayerAction? ReleaseRequestReceived(UpperLayerState state) => state switch
    {
        Sta2 => Aa1SendAbort,
        Sta6 => Ar2IndicateRelease,
        Sta7 => Ar8IndicateReleaseCollision,
        Sta13 => Aa6IgnorePdu,
        Sta1 or Sta4 => null,
        _ => Aa8SendProviderAbort,
    };

    /// <summary>Evt13, A-RELEASE-RP PDU received.</summary>
    public static UpperLayerAction? ReleaseResponseReceived(UpperLayerState state) => state switch
    {
        Sta2 => Aa1SendAbort,
        Sta7 or Sta11 => Ar3ConfirmReleaseAndClose,
        Sta10 => Ar10ConfirmRelease,
        Sta13 => Aa6IgnorePdu,
        Sta1 or Sta4 => null,
        _ => Aa8SendProviderAbort,
    };

    /// <summary>Evt14, A-RELEASE response primitive.</summary>
    public static UpperLayerAction? ReleaseResponse(UpperLayerState state) => state switch
    {
        Sta8 or Sta12 => Ar4SendReleaseRp,
        Sta9 => Ar9SendReleaseRp,
        _ => null,
    };

    /// <summary>Evt15, A-ABORT request primitive.</summary>
    public static UpperLayerAction? AbortRequest(UpperLayerState state) => state switch
    {
        Sta4 => Aa2CloseTransport,
        Sta3 or Sta5 or Sta6 or Sta7 or Sta8 or Sta9 or Sta10 or Sta11 or Sta12 => Aa1SendAbort,
        _ => null,
    };

    /// <summary>Evt16, A-ABORT PDU received.</summary>
    public static UpperLayerAction? AbortReceived(UpperLayerState state) => state switch
    {
        Sta2 or Sta13 => Aa2CloseTransport,
        Sta1 or Sta4 => null,
        _ => Aa3IndicateAbort,
    };

    /// <summary>Evt17, transport connection closed indication.</summary>
    public static UpperLayerAction? TransportClosed(UpperLayerState state) => state switch
    {
        Sta2 => Aa5StopArtim,
        Sta13 => Ar5StopArtim,
        Sta1 => null,
        _ => Aa4IndicateProviderAbort,
    };

    /// <summary>Evt18, ARTIM timer expired.</summary>
    public static UpperLayerAction? ArtimExpired(UpperLayerState state) => state is Sta2 or Sta13 ? Aa2CloseTransport : null;

    /// <summary>Evt19, unrecognized or invalid PDU received.</summary>
    public static UpperLayerAction? InvalidPdu(UpperLayerState state) => state switch
    {
        Sta2 => Aa1SendAbort,
        Sta13 => Aa7SendAbort,
        Sta1 or Sta4 => null,
        _ => Aa8SendProviderAbort,
    };
}
