namespace TeleRad.Dicom.IO;

/// <summary>How a file or data set is written. Writing is strict: what cannot be encoded correctly is refused.</summary>
public sealed record DicomWriteOptions
{
    /// <summary>The defaults: keep the file's transfer syntax, sequence lengths as read, the original character set.</summary>
    public static DicomWriteOptions Default { get; } = new();

    /// <summary>The transfer syntax to write; null keeps the file's. Only the native syntaxes transcode into each other; encapsulated pixel data is never decoded.</summary>
    public DicomTransferSyntax? TransferSyntax { get; init; }

    /// <summary>How sequence and item lengths are written.</summary>
    public DicomSequenceLengthMode SequenceLengths { get; init; } = DicomSequenceLengthMode.AsRead;

    /// <summary>True re-encodes every character-set dependent string as UTF-8 and sets Specific Character Set to ISO_IR 192.</summary>
    public bool ConvertToUtf8 { get; init; }

    /// <summary>The deflate level for Deflated Explicit VR Little Endian.</summary>
    public System.IO.Compression.CompressionLevel DeflateLevel { get; init; } = System.IO.Compression.CompressionLevel.Optimal;

    /// <summary>
    /// When saving to a path: flush the file to disk (fsync), then the directory entry, before reporting success, and
    /// write under a temporary name renamed into place so no reader ever sees half a file.
    /// </summary>
    public bool Durable { get; init; }
}
