namespace TeleRad.Dicom.Network.Pdus;

/// <summary>Maps Upper Layer faults to what goes on the wire.</summary>
public static class UpperLayerFaultExtensions
{
    /// <summary>
    /// The A-ABORT reason (PS3.8 table 9-26) sent when this fault ends an association. Length faults are
    /// "invalid-PDU-parameter value": the length is a parameter of the PDU and its value cannot be right. A missing
    /// item is "unexpected-PDU parameter" in the sense that the items present are not the ones the PDU must carry.
    /// </summary>
    public static AbortReason ToAbortReason(this UpperLayerFault fault) => fault switch
    {
        UpperLayerFault.UnrecognizedPdu => AbortReason.UnrecognizedPdu,
        UpperLayerFault.UnexpectedPdu => AbortReason.UnexpectedPdu,
        UpperLayerFault.UnrecognizedItem => AbortReason.UnrecognizedPduParameter,
        UpperLayerFault.UnexpectedItem or UpperLayerFault.MissingItem => AbortReason.UnexpectedPduParameter,
        UpperLayerFault.PduTooLong or UpperLayerFault.InvalidLength or UpperLayerFault.LengthExceedsContainer
            or UpperLayerFault.InvalidValue => AbortReason.InvalidPduParameterValue,
        _ => AbortReason.NotSpecified,
    };
}
