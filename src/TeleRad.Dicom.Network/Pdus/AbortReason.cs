namespace TeleRad.Dicom.Network.Pdus;

/// <summary>The reason of a service-provider A-ABORT (PS3.8 table 9-26, byte 10); not significant for a service-user abort.</summary>
public enum AbortReason : byte
{
    /// <summary>reason-not-specified.</summary>
    NotSpecified = 0,

    /// <summary>unrecognized-PDU.</summary>
    UnrecognizedPdu = 1,

    /// <summary>unexpected-PDU.</summary>
    UnexpectedPdu = 2,

    /// <summary>Reserved value 3.</summary>
    Reserved = 3,

    /// <summary>unrecognized-PDU parameter.</summary>
    UnrecognizedPduParameter = 4,

    /// <summary>unexpected-PDU parameter.</summary>
    UnexpectedPduParameter = 5,

    /// <summary>invalid-PDU-parameter value.</summary>
    InvalidPduParameterValue = 6,
}
