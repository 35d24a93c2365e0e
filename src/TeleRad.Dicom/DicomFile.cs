using TeleRad.Dicom.IO;

namespace TeleRad.Dicom;

/// <summary>
/// A DICOM file (PS3.10): File Meta Information and a data set. Values over
/// <see cref="DicomReadOptions.LargeValueThreshold"/> read from a file stay on disk until used, so the file must not
/// change while this object is in use.
/// </summary>
public sealed partial class DicomFile
{
    /// <summary>Creates a file object for writing: a data set and, optionally, meta information to start from.</summary>
    public DicomFile(DicomDataset dataset, DicomDataset? fileMetaInformation = null)
        : this(fileMetaInformation ?? new DicomDataset(), dataset, DicomTransferSyntax.ExplicitVRLittleEndian, DicomFileFormat.Part10, null, true, [], null)
    {
        var uid = FileMetaInformation.GetString(DicomTags.TransferSyntaxUID);
        if (!string.IsNullOrEmpty(uid))
            TransferSyntax = DicomTransferSyntax.Parse(uid);
    }

    internal DicomFile(DicomDataset meta, DicomDataset dataset, DicomTransferSyntax syntax, DicomFileFormat format, byte[]? preamble, bool isComplete, IReadOnlyList<string> warnings, string? path)
    {
        FileMetaInformation = meta;
        Dataset = dataset;
        TransferSyntax = syntax;
        Format = format;
        Preamble = preamble;
        IsComplete = isComplete;
        Warnings = warnings;
        Path = path;
    }

    /// <summary>The File Meta Information group (0002,xxxx); empty for a raw data set.</summary>
    public DicomDataset FileMetaInformation { get; }

    /// <summary>The data set.</summary>
    public DicomDataset Dataset { get; }

    /// <summary>The transfer syntax the data set was read in (or is to be written in by default).</summary>
    public DicomTransferSyntax TransferSyntax { get; }

    /// <summary>How the file was laid out.</summary>
    public DicomFileFormat Format { get; }

    /// <summary>The 128-byte preamble, when the file had one.</summary>
    public byte[]? Preamble { get; }

    /// <summary>False when reading stopped early at <see cref="DicomReadOptions.StopBeforeTag"/>.</summary>
    public bool IsComplete { get; }

    /// <summary>What lenient reading tolerated (offsets, tags and lengths only; never values).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The file read, or null for a stream.</summary>
    public string? Path { get; }

    /// <summary>Reads a file.</summary>
    public static Task<DicomFile> OpenAsync(string path, DicomReadOptions? options = null, CancellationToken cancellationToken = default) =>
        DicomFileReader.ReadAsync(new FileByteSource(path), options ?? DicomReadOptions.Default, cancellationToken);

    /// <summary>Reads from a stream; every value is read into memory (no file to leave it in).</summary>
    public static Task<DicomFile> ReadAsync(Stream stream, DicomReadOptions? options = null, CancellationToken cancellationToken = default) =>
        DicomFileReader.ReadAsync(new StreamByteSource(stream, ownsStream: false), options ?? DicomReadOptions.Default, cancellationToken);
}
