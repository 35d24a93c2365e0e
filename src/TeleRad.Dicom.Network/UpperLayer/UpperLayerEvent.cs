namespace TeleRad.Dicom.Network.UpperLayer;

/// <summary>The events of the DICOM Upper Layer protocol machine (PS3.8 section 9.2, table 9-10 rows).</summary>
internal enum UpperLayerEvent
{
    /// <summary>A-ASSOCIATE request (local user).</summary>
    Evt1AssociateRequest = 1,

    /// <summary>Transport connect confirmation (local transport service).</summary>
    Evt2TransportConnectConfirm,

    /// <summary>A-ASSOCIATE-AC PDU received on the transport connection.</summary>
    Evt3AssociateAcceptReceived,

    /// <summary>A-ASSOCIATE-RJ PDU received on the transport connection.</summary>
    Evt4AssociateRejectReceived,

    /// <summary>Transport connection indication (local transport service).</summary>
    Evt5TransportConnectIndication,

    /// <summary>A-ASSOCIATE-RQ PDU received on the transport connection.</summary>
    Evt6AssociateRequestReceived,

    /// <summary>A-ASSOCIATE response primitive (accept).</summary>
    Evt7AssociateAccept,

    /// <summary>A-ASSOCIATE response primitive (reject).</summary>
    Evt8AssociateReject,

    /// <summary>P-DATA request primitive.</summary>
    Evt9PDataRequest,

    /// <summary>P-DATA-TF PDU received.</summary>
    Evt10PDataReceived,

    /// <summary>A-RELEASE request primitive.</summary>
    Evt11ReleaseRequest,

    /// <summary>A-RELEASE-RQ PDU received.</summary>
    Evt12ReleaseRequestReceived,

    /// <summary>A-RELEASE-RP PDU received.</summary>
    Evt13ReleaseResponseReceived,

    /// <summary>A-RELEASE response primitive.</summary>
    Evt14ReleaseResponse,

    /// <summary>A-ABORT request primitive.</summary>
    Evt15AbortRequest,

    /// <summary>A-ABORT PDU received.</summary>
    Evt16AbortReceived,

    /// <summary>Transport connection closed indication.</summary>
    Evt17TransportClosed,

    /// <summary>ARTIM timer expired.</summary>
    Evt18ArtimExpired,

    /// <summary>Unrecognized or invalid PDU received.</summary>
    Evt19InvalidPdu,
}
