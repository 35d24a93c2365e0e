namespace TeleRad.Dicom.Network.Pdus;

/// <summary>The Result field of an A-ASSOCIATE-RJ (PS3.8 table 9-21, byte 8).</summary>
public enum AssociateRejectResult : byte
{
    /// <summary>rejected-permanent: retrying with the same parameters will fail again.</summary>
    Permanent = 1,

    /// <summary>rejected-transient: the peer may accept later (e.g. it is busy).</summary>
    Transient = 2,
}
