using System.Buffers.Binary;
using System.Text;

namespace TeleRad.Dicom.Network.Storage;

/// <summary>
/// Writes the preamble, "DICM" and the File Meta Information (PS3.10 section 7.1; explicit VR little endian) in front
/// of a data set that arrives as bytes, so the received bytes can follow unchanged, deflated or not.
/// </summary>
internal static class FileMetaWriter
{
    public static byte[] Build(string sopClassUid, string sopInstanceUid, string transferSyntaxUid, string sourceAETitle)
    {
        var elements = new List<byte[]>
        {
            Element(0x0001, "OB", [0, 1]),
            Text(0x0002, "UI", sopClassUid, '\0'),
            Text(0x0003, "UI", sopInstanceUid, '\0'),
            Text(0x0010, "UI", transferSyntaxUid, '\0'),
            Text(0x0012, "UI", DicomImplementation.ClassUid, '\0'),
            Text(0x0013, "SH", DicomImplementation.VersionName, ' '),
        };
        if (sourceAETitle.Length > 0)
            elements.Add(Text(0x0016, "AE", sourceAETitle, ' '));

        var groupLength = elements.Sum(e => e.Length);
        var header = new byte[128 + 4 + 12 + groupLength];
        "DICM"u8.CopyTo(header.AsSpan(128));
        var position = 132;
        Element(0x0000, "UL", UInt32LittleEndian((uint)groupLength)).CopyTo(header, position);
        position += 12;
        foreach (var element in elements)
        {
            element.CopyTo(header, position);
            position += element.Length;
        }

        return header;
    }

    private static byte[] UInt32LittleEndian(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        return bytes;
    }

    private static byte[] Text(ushort element, string vr, string value, char pad)
    {
        var text = (value.Length & 1) == 1 ? value + pad : value;
        return Element(element, vr, Encoding.ASCII.GetBytes(text));
    }

    private static byte[] Element(ushort element, string vr, byte[] value)
    {
        // OB has a 2-byte reserved field and a 4-byte length; the other VRs used here a 2-byte length (PS3.5 7.1.2).
        var longForm = vr == "OB";
        var bytes = new byte[(longForm ? 12 : 8) + value.Length];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, 0x0002);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2), element);
        bytes[4] = (byte)vr[0];
        bytes[5] = (byte)vr[1];
        if (longForm)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), (uint)value.Length);
            value.CopyTo(bytes, 12);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(6), (ushort)value.Length);
            value.CopyTo(bytes, 8);
        }

        return bytes;
    }
}
