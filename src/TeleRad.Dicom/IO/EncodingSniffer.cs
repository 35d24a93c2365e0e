using System.Buffers.Binary;

namespace TeleRad.Dicom.IO;

/// <summary>
/// Guesses the encoding of a data set that comes without (or with an incomplete) File Meta Information, from its first
/// element header, as DCMTK and pydicom do: a VR in bytes 4-5 means explicit VR; a zero low byte in the group means big endian.
/// </summary>
internal static class EncodingSniffer
{
    /// <summary>The highest group a data set plausibly starts with.</summary>
    private const ushort MaxFirstGroup = 0x0028;

    public static bool TrySniff(ReadOnlySpan<byte> first, long? remaining, out ElementEncoding encoding, out DicomTag firstTag)
    {
        encoding = ElementEncoding.ImplicitLittle;
        firstTag = default;
        if (first.Length < 8)
            return false;
        var explicitVR = DicomVRExtensions.TryParse(first[4], first[5], out _);
        var groupLE = BinaryPrimitives.ReadUInt16LittleEndian(first);
        var groupBE = BinaryPrimitives.ReadUInt16BigEndian(first);
        if (explicitVR && groupLE > MaxFirstGroup && groupBE <= MaxFirstGroup)
        {
            encoding = ElementEncoding.ExplicitBig;
            firstTag = new DicomTag(groupBE, BinaryPrimitives.ReadUInt16BigEndian(first[2..]));
            return true;
        }
        if (groupLE > MaxFirstGroup)
            return false;
        firstTag = new DicomTag(groupLE, BinaryPrimitives.ReadUInt16LittleEndian(first[2..]));
        if (explicitVR)
        {
            encoding = ElementEncoding.ExplicitLittle;
            return true;
        }
        // Implicit VR: the 32-bit length must at least fit in what is left.
        var length = BinaryPrimitives.ReadUInt32LittleEndian(first[4..]);
        // A group length element is UL, 4 bytes (PS3.5 section 7.2). Eight zero bytes are not (0000,0000) but zeros,
        // typically a preamble cut short before "DICM".
        if (firstTag.IsGroupLength && length != 4)
            return false;
        if (remaining is { } r && length != 0xFFFFFFFF && length > r - 8)
            return false;
        return true;
    }
}
