namespace TeleRad.Dicom.Network.Pdus;

/// <summary>Who initiated an A-ABORT (PS3.8 table 9-26, byte 9).</summary>
public enum AbortSource : byte
{
    /// <summary>The DICOM UL service-user (A-ABORT service).</summary>
    ServiceUser = 0,

    /// <summary>Reserved value 1.</summary>
    Reserved = 1,

    /// <summary>The DICOM UL service-provider (A-P-ABORT service).</summary>
    ServiceProvider = 2,
}
