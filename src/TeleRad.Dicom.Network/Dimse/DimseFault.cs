namespace TeleRad.Dicom.Network.Dimse;

/// <summary>Why the DIMSE layer gave up on a message or an association (PS3.7 section 9, annex E).</summary>
public enum DimseFault
{
    /// <summary>A command set that cannot be decoded: bad lengths, wrong group, a missing mandatory field.</summary>
    MalformedCommand,

    /// <summary>A command set longer than the configured maximum.</summary>
    CommandTooLong,

    /// <summary>A fragment out of order: data without a command, a command inside a data set.</summary>
    UnexpectedFragment,

    /// <summary>A PDV on a presentation context that was not accepted.</summary>
    UnknownPresentationContext,

    /// <summary>Command and data set fragments on different presentation contexts (PS3.7 annex E.2).</summary>
    PresentationContextMismatch,

    /// <summary>A message this side did not expect (a response to no request, a request where none is served).</summary>
    UnexpectedMessage,

    /// <summary>No accepted presentation context can carry the operation.</summary>
    NoPresentationContext,

    /// <summary>A data set that must be held whole (a C-FIND identifier) longer than the configured maximum.</summary>
    DataSetTooLong,

    /// <summary>The peer did not answer a request within the DIMSE timeout.</summary>
    ResponseTimeout,
}
