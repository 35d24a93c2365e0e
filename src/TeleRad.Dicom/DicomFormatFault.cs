namespace TeleRad.Dicom;

/// <summary>Why a DICOM stream could not be read or written (<see cref="DicomFormatException.Fault"/>).</summary>
public enum DicomFormatFault
{
    /// <summary>The stream ended inside an element, item or the meta group.</summary>
    Truncated,
    /// <summary>The stream is neither a Part 10 file nor a recognisable raw data set.</summary>
    NotDicom,
    /// <summary>The File Meta Information (PS3.10 section 7.1) is malformed.</summary>
    InvalidMetaInformation,
    /// <summary>A value length is odd where it must be even, or otherwise impossible for its VR.</summary>
    InvalidLength,
    /// <summary>A value length is longer than what is left of the enclosing item, sequence or stream.</summary>
    LengthExceedsContainer,
    /// <summary>A value length, item count or inflated size is over a configured limit.</summary>
    LimitExceeded,
    /// <summary>An explicit VR is not one of PS3.5 table 6.2-1.</summary>
    InvalidVR,
    /// <summary>Sequences nest deeper than the configured limit.</summary>
    NestingTooDeep,
    /// <summary>A sequence holds something other than items and delimiters, or a delimiter has a non-zero length.</summary>
    InvalidItem,
    /// <summary>The deflated data set could not be inflated.</summary>
    InvalidDeflate,
    /// <summary>A value cannot be converted to the requested type.</summary>
    InvalidValue,
    /// <summary>The requested write is not possible (for example, encapsulated pixel data in a native syntax).</summary>
    UnsupportedEncoding,
}
