using System.IO.Compression;
using TeleRad.Dicom.IO;

namespace TeleRad.Dicom;

public sealed partial class DicomFile
{
    private static readonly DicomTag SopClassUid = new(0x0008, 0x0016);
    private static readonly DicomTag SopInstanceUid = new(0x0008, 0x0018);

    /// <summary>Writes the file to <paramref name="path"/>; with <see cref="DicomWriteOptions.Durable"/>, fsynced and renamed into place.</summary>
    public async Task SaveAsync(string path, DicomWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= DicomWriteOptions.Default;
        if (options.Durable)
        {
            await DurableFile.WriteAsync(path, (s, ct) => WriteAsync(s, options, ct), cancellationToken).ConfigureAwait(false);
            return;
        }
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
            await WriteAsync(stream, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes preamble, "DICM", File Meta Information (PS3.10 section 7.1) and the data set. The target transfer syntax
    /// must be native when the data set has native pixel data, and the same encapsulated syntax when it has fragments.
    /// </summary>
    public async Task WriteAsync(Stream stream, DicomWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= DicomWriteOptions.Default;
        var syntax = options.TransferSyntax ?? TransferSyntax;
        CheckTranscodable(syntax);
        var dataset = options.ConvertToUtf8 ? Utf8Transcoder.Convert(Dataset) : Dataset;
        var meta = BuildMeta(syntax, dataset);

        var preamble = new byte[132];
        "DICM"u8.CopyTo(preamble.AsSpan(128));
        await stream.WriteAsync(preamble, cancellationToken).ConfigureAwait(false);
        await WriteMetaAsync(stream, meta, cancellationToken).ConfigureAwait(false);

        await WriteDatasetAsync(stream, dataset, syntax, options, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a bare data set (no preamble, no meta group) in <paramref name="syntax"/>, e.g. for a DIMSE data set.</summary>
    public static async Task WriteDatasetAsync(Stream stream, DicomDataset dataset, DicomTransferSyntax syntax, DicomWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= DicomWriteOptions.Default;
        if (syntax.IsDeflated)
        {
            // PS3.5 A.5: in Deflated Explicit VR Little Endian the data set itself is deflated, in a file and on the
            // network alike, so the bare data set is deflated here too (it used to be written uncompressed).
            var deflate = new DeflateStream(stream, options.DeflateLevel, leaveOpen: true);
            await using (deflate.ConfigureAwait(false))
                await WriteEncodedAsync(deflate, dataset, syntax, options, cancellationToken).ConfigureAwait(false);
            return;
        }
        await WriteEncodedAsync(stream, dataset, syntax, options, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteEncodedAsync(Stream stream, DicomDataset dataset, DicomTransferSyntax syntax, DicomWriteOptions options, CancellationToken cancellationToken)
    {
        using var writer = new DicomDatasetWriter(stream, new ElementEncoding(syntax.IsExplicitVR, syntax.IsBigEndian), options.SequenceLengths, syntax.IsEncapsulated);
        await writer.WriteAsync(dataset, cancellationToken).ConfigureAwait(false);
    }

    private void CheckTranscodable(DicomTransferSyntax target)
    {
        var hasFragments = Dataset[DicomTag.PixelData] is DicomFragmentSequence;
        if (hasFragments && target.Uid != TransferSyntax.Uid && !target.IsEncapsulated)
            throw new DicomFormatException(DicomFormatFault.UnsupportedEncoding, $"encapsulated pixel data cannot be written as {target.Name}: TeleRad does not decode compressed pixel data");
        if (hasFragments && target.Uid != TransferSyntax.Uid)
            throw new DicomFormatException(DicomFormatFault.UnsupportedEncoding, $"compressed pixel data of {TransferSyntax.Name} cannot be re-labelled as {target.Name}");
    }

    private DicomDataset BuildMeta(DicomTransferSyntax syntax, DicomDataset dataset)
    {
        var meta = new DicomDataset();
        foreach (var a in FileMetaInformation)
        {
            if (a.Tag.Group == 0x0002 && !a.Tag.IsGroupLength)
                meta.Add(a);
        }
        meta.SetBytes(new DicomTag(0x0002, 0x0001), DicomVR.OB, new byte[] { 0, 1 });
        var sopClass = dataset.GetString(SopClassUid) ?? FileMetaInformation.GetString(new DicomTag(0x0002, 0x0002));
        var sopInstance = dataset.GetString(SopInstanceUid) ?? FileMetaInformation.GetString(new DicomTag(0x0002, 0x0003));
        if (!string.IsNullOrEmpty(sopClass))
            meta.SetString(new DicomTag(0x0002, 0x0002), DicomVR.UI, sopClass);
        if (!string.IsNullOrEmpty(sopInstance))
            meta.SetString(new DicomTag(0x0002, 0x0003), DicomVR.UI, sopInstance);
        meta.SetString(DicomTags.TransferSyntaxUID, DicomVR.UI, syntax.Uid);
        meta.SetString(new DicomTag(0x0002, 0x0012), DicomVR.UI, DicomImplementation.ClassUid);
        meta.SetString(new DicomTag(0x0002, 0x0013), DicomVR.SH, DicomImplementation.VersionName);
        return meta;
    }

    private static async Task WriteMetaAsync(Stream stream, DicomDataset meta, CancellationToken ct)
    {
        // The group length (0002,0000) counts every meta element after it (PS3.10 section 7.1); compute it by encoding.
        using var body = new MemoryStream();
        using (var writer = new DicomDatasetWriter(body, ElementEncoding.ExplicitLittle, DicomSequenceLengthMode.AsRead, encapsulated: false, metaGroup: true))
            await writer.WriteAsync(meta, ct).ConfigureAwait(false);
        var groupLength = new byte[12];
        groupLength[0] = 0x02;
        groupLength[4] = (byte)'U';
        groupLength[5] = (byte)'L';
        groupLength[6] = 4;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(groupLength.AsSpan(8), (uint)body.Length);
        await stream.WriteAsync(groupLength, ct).ConfigureAwait(false);
        body.Position = 0;
        await body.CopyToAsync(stream, ct).ConfigureAwait(false);
    }
}
