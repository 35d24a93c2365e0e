namespace TeleRad.Dicom.Network.Pdus;

/// <summary>The Result/Reason of a presentation context in an A-ASSOCIATE-AC (PS3.8 table 9-18, byte 7).</summary>
public enum PresentationContextResultReason : byte
{
    /// <summary>acceptance.</summary>
    Acceptance = 0,

    /// <summary>user-rejection.</summary>
    UserRejection = 1,

    /// <summary>no-reason (provider rejection).</summary>
    NoReason = 2,

    /// <summary>abstract-syntax-not-supported (provider rejection).</summary>
    AbstractSyntaxNotSupported = 3,

    /// <summary>transfer-syntaxes-not-supported (provider rejection).</summary>
    TransferSyntaxesNotSupported = 4,
}
