using System.IO.Compression;

namespace TeleRad.Dicom.IO;

/// <summary>
/// Reads a Part 10 file (PS3.10 section 7.1) or a bare data set: preamble and "DICM" when present, the File Meta
/// Information group (always explicit VR little endian), then the data set in its transfer syntax.
/// </summary>
internal static class DicomFileReader
{
    private static readonly DicomTag TransferSyntaxUid = new(0x0002, 0x0010);

    public static async Task<DicomFile> ReadAsync(ByteSource source, DicomReadOptions options, CancellationToken ct)
    {
        using var reader = new BufferedByteReader(source);
        var warnings = new List<string>();
        var meta = new DicomDataset();
        byte[]? preamble = null;
        DicomFileFormat format;
        if (await reader.EnsureAsync(132, ct).ConfigureAwait(false) && reader.Buffered[128..132].SequenceEqual("DICM"u8))
        {
            preamble = reader.Buffered[..128].ToArray();
            reader.Advance(132);
            format = DicomFileFormat.Part10;
        }
        else if (await reader.EnsureAsync(4, ct).ConfigureAwait(false) && reader.Buffered[..4].SequenceEqual("DICM"u8))
        {
            reader.Advance(4);
            format = DicomFileFormat.Part10WithoutPreamble;
        }
        else
        {
            format = DicomFileFormat.RawDataset;
        }

        await reader.EnsureAsync(12, ct).ConfigureAwait(false);
        if (!EncodingSniffer.TrySniff(reader.Buffered, reader.Remaining, out var sniffed, out var firstTag))
        {
            if (format == DicomFileFormat.RawDataset)
                throw new DicomFormatException(DicomFormatFault.NotDicom, "neither a Part 10 preamble nor a plausible first data element", 0);
            if (reader.Buffered.Length == 0)
                throw new DicomFormatException(DicomFormatFault.Truncated, "the file ends after the DICM prefix", reader.Position);
            sniffed = ElementEncoding.ExplicitLittle;
        }

        if (format != DicomFileFormat.RawDataset || firstTag.Group == 0x0002)
        {
            if (format == DicomFileFormat.RawDataset)
                format = DicomFileFormat.Part10WithoutPreamble;
            // PS3.10 requires explicit VR little endian for the meta group; some writers used implicit VR, which the
            // sniffer sees. The group length (0002,0000) is not trusted: the group ends where group 0002 ends.
            var metaEncoding = sniffed.BigEndian ? ElementEncoding.ExplicitLittle : sniffed;
            // The meta values are parsed right here (transfer syntax), so none is left on disk whatever the threshold.
            var metaOptions = options with { StopBeforeTag = null, LargeValueThreshold = long.MaxValue };
            var metaReader = new DicomDatasetReader(reader, metaOptions, warnings, metaGroupOnly: true);
            await metaReader.ReadAsync(meta, metaEncoding, ct).ConfigureAwait(false);
        }

        DicomTransferSyntax syntax;
        var uid = TransferSyntaxUidOf(meta, reader.Position);
        if (string.IsNullOrEmpty(uid))
        {
            await reader.EnsureAsync(12, ct).ConfigureAwait(false);
            if (reader.Buffered.Length > 0 && !EncodingSniffer.TrySniff(reader.Buffered, reader.Remaining, out sniffed, out _))
                throw new DicomFormatException(DicomFormatFault.NotDicom, "no transfer syntax in the meta group and the data set encoding cannot be recognised", reader.Position);
            syntax = sniffed.Explicit
                ? sniffed.BigEndian ? DicomTransferSyntax.ExplicitVRBigEndian : DicomTransferSyntax.ExplicitVRLittleEndian
                : DicomTransferSyntax.ImplicitVRLittleEndian;
            if (format != DicomFileFormat.RawDataset)
                warnings.Add($"no transfer syntax UID in the meta group; data set read as {syntax.Name}");
        }
        else
        {
            syntax = DicomTransferSyntax.Parse(uid);
            if (syntax.IsUnknown)
                warnings.Add("unknown transfer syntax UID; data set read as explicit VR little endian");
        }

        var dataset = new DicomDataset();
        bool stopped;
        if (syntax.IsDeflated)
        {
            stopped = await ReadDeflatedAsync(reader, dataset, options, warnings, ct).ConfigureAwait(false);
        }
        else
        {
            var datasetReader = new DicomDatasetReader(reader, options, warnings);
            await datasetReader.ReadAsync(dataset, ElementEncoding.For(syntax), ct).ConfigureAwait(false);
            stopped = datasetReader.Stopped;
        }
        if (!syntax.IsExplicitVR)
            ImplicitVRResolver.Resolve(dataset);
        return new DicomFile(meta, dataset, syntax, format, preamble, !stopped, warnings, source.FilePath);
    }

    /// <summary>
    /// The Transfer Syntax UID (0002,0010), checked before it is decoded: a corrupt one (a VR other than UI, as a
    /// mutated file can have) made the string getter throw without a byte offset (found by fuzzing, docs/fuzzing.md).
    /// </summary>
    /// <param name="meta">The meta group read.</param>
    /// <param name="metaEnd">Where the meta group ended: the offset named when the attribute has none (a sequence).</param>
    private static string? TransferSyntaxUidOf(DicomDataset meta, long metaEnd)
    {
        var attribute = meta[TransferSyntaxUid];
        if (attribute is null)
            return null;
        if (attribute is not DicomElement { VR: DicomVR.UI })
        {
            var offset = attribute.StreamOffset >= 0 ? attribute.StreamOffset : metaEnd;
            throw new DicomFormatException(DicomFormatFault.InvalidMetaInformation, $"the Transfer Syntax UID has VR {attribute.VR.Code()} instead of UI", offset, TransferSyntaxUid);
        }
        return meta.GetString(TransferSyntaxUid);
    }

    /// <summary>Inflates the data set (raw deflate, RFC 1951, PS3.5 section A.5) with a limit on the inflated size.</summary>
    private static async Task<bool> ReadDeflatedAsync(BufferedByteReader reader, DicomDataset dataset, DicomReadOptions options, List<string> warnings, CancellationToken ct)
    {
        var deflate = new DeflateStream(new BufferedReaderStream(reader), CompressionMode.Decompress, leaveOpen: false);
        using var inflated = new BufferedByteReader(new StreamByteSource(deflate, ownsStream: true, limit: options.MaxInflatedLength));
        var datasetReader = new DicomDatasetReader(inflated, options, warnings);
        try
        {
            await datasetReader.ReadAsync(dataset, ElementEncoding.ExplicitLittle, ct).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            throw new DicomFormatException(DicomFormatFault.InvalidDeflate, "the deflated data set is corrupt", inflated.Position, inner: ex);
        }
        return datasetReader.Stopped;
    }
}
