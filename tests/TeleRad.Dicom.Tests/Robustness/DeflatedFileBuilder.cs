using System.Buffers.Binary;
using System.IO.Compression;
using TeleRad.Dicom.IO;

namespace TeleRad.Dicom.Tests.Robustness;

/// <summary>
/// Builds Deflated Explicit VR Little Endian files (PS3.5 section A.5) around a hand-made data set body, streamed into
/// the compressor so that a body of many megabytes never exists in memory: the input of a deflate bomb.
/// </summary>
internal static class DeflatedFileBuilder
{
    /// <summary>Preamble, "DICM" and a meta group naming the deflated transfer syntax, written by the toolkit.</summary>
    private static readonly Lazy<byte[]> Prefix = new(() =>
    {
        var meta = new DicomDataset();
        meta.SetString(DicomTags.TransferSyntaxUID, DicomVR.UI, DicomTransferSyntax.DeflatedExplicitVRLittleEndian.Uid);
        var dataset = new DicomDataset();
        dataset.SetString(DicomTags.SOPClassUID, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.7");
        dataset.SetString(DicomTags.SOPInstanceUID, DicomVR.UI, "1.2.826.0.1.3680043.10.543.9");
        using var stream = new MemoryStream();
        new DicomFile(dataset, meta).WriteAsync(stream).GetAwaiter().GetResult();
        var file = stream.ToArray();
        return file[..StructureScanner.ScanFile(file).DatasetOffset];
    });

    /// <summary>A deflated file whose body <paramref name="writeBody"/> writes into the compressor.</summary>
    public static byte[] Build(Action<Stream> writeBody)
    {
        using var output = new MemoryStream();
        output.Write(Prefix.Value);
        using (var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            writeBody(deflate);
        return output.ToArray();
    }

    /// <summary>An explicit VR little endian header with a 32-bit length (PS3.5 section 7.1.2).</summary>
    public static void WriteLongHeader(Stream stream, ushort group, ushort element, string vr, uint length)
    {
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteUInt16LittleEndian(header, group);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], element);
        header[4] = (byte)vr[0];
        header[5] = (byte)vr[1];
        header[6] = header[7] = 0;
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], length);
        stream.Write(header);
    }

    /// <summary>An item or delimiter header (PS3.5 section 7.5).</summary>
    public static void WriteItemHeader(Stream stream, ushort element, uint length)
    {
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteUInt16LittleEndian(header, 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], element);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], length);
        stream.Write(header);
    }

    /// <summary>Writes <paramref name="count"/> zero bytes.</summary>
    public static void WriteZeros(Stream stream, long count)
    {
        var zeros = new byte[64 * 1024];
        for (; count > 0; count -= zeros.Length)
            stream.Write(zeros, 0, (int)Math.Min(zeros.Length, count));
    }

    /// <summary>Reads <paramref name="file"/> from a MemoryStream and measures what the read allocated, on any thread.</summary>
    public static (DicomFormatException? Error, long Allocated) Measure(byte[] file, DicomReadOptions options)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        DicomFormatException? error = null;
        try
        {
            DicomFile.ReadAsync(new MemoryStream(file, writable: false), options).GetAwaiter().GetResult();
        }
        catch (DicomFormatException ex)
        {
            error = ex;
        }
        return (error, GC.GetTotalAllocatedBytes(precise: true) - before);
    }
}
