namespace TeleRad.Dicom.Network.UpperLayer;

/// <summary>The actions of the DICOM Upper Layer protocol machine (PS3.8 section 9.2.2, tables 9-6 to 9-9).</summary>
internal enum UpperLayerAction
{
    /// <summary>AE-1: issue TRANSPORT CONNECT request primitive to local transport service; next Sta4.</summary>
    Ae1IssueTransportConnect = 1,

    /// <summary>AE-2: send A-ASSOCIATE-RQ PDU; next Sta5.</summary>
    Ae2SendAssociateRq,

    /// <summary>AE-3: issue A-ASSOCIATE confirmation (accept) primitive; next Sta6.</summary>
    Ae3ConfirmAccept,

    /// <summary>AE-4: issue A-ASSOCIATE confirmation (reject) primitive and close transport connection; next Sta1.</summary>
    Ae4ConfirmReject,

    /// <summary>AE-5: issue transport connection response primitive, start ARTIM timer; next Sta2.</summary>
    Ae5AcceptTransportConnection,

    /// <summary>AE-6: stop ARTIM; if the A-ASSOCIATE-RQ is acceptable to the service-provider issue the A-ASSOCIATE indication (next Sta3), else send A-ASSOCIATE-RJ and start ARTIM (next Sta13).</summary>
    Ae6ExamineAssociateRq,

    /// <summary>AE-7: send A-ASSOCIATE-AC PDU; next Sta6.</summary>
    Ae7SendAssociateAc,

    /// <summary>AE-8: send A-ASSOCIATE-RJ PDU and start ARTIM timer; next Sta13.</summary>
    Ae8SendAssociateRj,

    /// <summary>DT-1: send P-DATA-TF PDU; next Sta6.</summary>
    Dt1SendPData,

    /// <summary>DT-2: send P-DATA indication primitive; next Sta6.</summary>
    Dt2IndicatePData,

    /// <summary>AR-1: send A-RELEASE-RQ PDU; next Sta7.</summary>
    Ar1SendReleaseRq,

    /// <summary>AR-2: issue A-RELEASE indication primitive; next Sta8.</summary>
    Ar2IndicateRelease,

    /// <summary>AR-3: issue A-RELEASE confirmation primitive and close transport connection; next Sta1.</summary>
    Ar3ConfirmReleaseAndClose,

    /// <summary>AR-4: issue A-RELEASE-RP PDU and start ARTIM timer; next Sta13.</summary>
    Ar4SendReleaseRp,

    /// <summary>AR-5: stop ARTIM timer; next Sta1.</summary>
    Ar5StopArtim,

    /// <summary>AR-6: issue P-DATA indication; next Sta7.</summary>
    Ar6IndicatePData,

    /// <summary>AR-7: issue P-DATA-TF PDU; next Sta8.</summary>
    Ar7SendPData,

    /// <summary>AR-8: issue A-RELEASE indication (release collision); next Sta9 for the association-requestor, else Sta10.</summary>
    Ar8IndicateReleaseCollision,

    /// <summary>AR-9: send A-RELEASE-RP PDU; next Sta11.</summary>
    Ar9SendReleaseRp,

    /// <summary>AR-10: issue A-RELEASE confirmation primitive; next Sta12.</summary>
    Ar10ConfirmRelease,

    /// <summary>AA-1: send A-ABORT PDU (service-user source) and start (or restart) ARTIM timer; next Sta13.</summary>
    Aa1SendAbort,

    /// <summary>AA-2: stop ARTIM timer if running, close transport connection; next Sta1.</summary>
    Aa2CloseTransport,

    /// <summary>AA-3: issue A-ABORT (service-user) or A-P-ABORT (service-provider) indication and close transport connection; next Sta1.</summary>
    Aa3IndicateAbort,

    /// <summary>AA-4: issue A-P-ABORT indication primitive; next Sta1.</summary>
    Aa4IndicateProviderAbort,

    /// <summary>AA-5: stop ARTIM timer; next Sta1.</summary>
    Aa5StopArtim,

    /// <summary>AA-6: ignore PDU; next Sta13.</summary>
    Aa6IgnorePdu,

    /// <summary>AA-7: send A-ABORT PDU; next Sta13.</summary>
    Aa7SendAbort,

    /// <summary>AA-8: send A-ABORT PDU (service-provider source), issue an A-P-ABORT indication and start ARTIM timer; next Sta13.</summary>
    Aa8SendProviderAbort,
}
