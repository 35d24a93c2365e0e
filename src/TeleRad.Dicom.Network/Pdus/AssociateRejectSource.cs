namespace TeleRad.Dicom.Network.Pdus;

/// <summary>The Source field of an A-ASSOCIATE-RJ (PS3.8 table 9-21, byte 9): who rejected.</summary>
public enum AssociateRejectSource : byte
{
    /// <summary>DICOM UL service-user (the application: AE titles, application context).</summary>
    ServiceUser = 1,

    /// <summary>DICOM UL service-provider, ACSE related function (protocol version).</summary>
    ServiceProviderAcse = 2,

    /// <summary>DICOM UL service-provider, presentation related function (congestion, local limit).</summary>
    ServiceProviderPresentation = 3,
}
