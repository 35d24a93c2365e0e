using System.Buffers.Binary;
using System.Text;

namespace TeleRad.Dicom.Network.Dimse;

/// <summary>
/// Parses a small data set received in a DIMSE message (a C-FIND identifier) whose transfer syntax is the presentation
/// context's. The bytes are prefixed with a File Meta group naming that syntax, so the toolkit's reader decodes them in
/// it rather than guessing the encoding from the first element.
/// </summary>
internal static class DimseDataSetReader
{
    /// <summary>Decodes <paramref name="bytes"/>, a bare data set in <paramref name="syntax"/>.</summary>
    public static async Task<DicomDataset> ReadAsync(ReadOnlyMemory<byte> bytes, DicomTransferSyntax syntax, CancellationToken cancellationToken)
    {
        if (bytes.IsEmpty)
            return new DicomDataset();
        var uid = syntax.Uid.Length % 2 == 0 ? syntax.Uid : syntax.Uid + "\0";
        var prefix = new byte[4 + 8 + uid.Length];
        "DICM"u8.CopyTo(prefix);
        // (0002,0010) UI, explicit VR little endian with a 16-bit length (PS3.10 section 7.1).
        BinaryPrimitives.WriteUInt16LittleEndian(prefix.AsSpan(4), 0x0002);
        BinaryPrimitives.WriteUInt16LittleEndian(prefix.AsSpan(6), 0x0010);
        prefix[8] = (byte)'U';
        prefix[9] = (byte)'I';
        BinaryPrimitives.WriteUInt16LittleEndian(prefix.AsSpan(10), (ushort)uid.Length);
        Encoding.ASCII.GetBytes(uid, prefix.AsSpan(12));
        var whole = new byte[prefix.Length + bytes.Length];
        prefix.CopyTo(whole, 0);
        bytes.CopyTo(whole.AsMemory(prefix.Length));
        using var stream = new MemoryStream(whole, writable: false);
        var file = await DicomFile.ReadAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!file.IsComplete)
            throw new DicomFormatException(DicomFormatFault.Truncated, "the DIMSE data set ends inside an element", bytes.Length);
        return file.Dataset;
    }
}
