using System.Buffers.Binary;
using System.Text;

namespace TeleRad.Dicom.Tests.IO;

/// <summary>
/// PS3.5 A.4: encapsulated Pixel Data has VR OB. Some writers label it OW, and
/// one that encodes the data set with implicit VR under an encapsulated
/// transfer syntax (pydicom's SC_rgb_jpeg.dcm) gives no VR, for which the
/// dictionary's native-format choice is OW (PS3.5 A.1). Kept as read, OW would
/// be written out again, a header DCMTK warns about.
/// </summary>
[TestFixture]
public sealed class EncapsulatedPixelDataVRTests
{
    private const string JpegBaseline = "1.2.840.10008.1.2.4.50";

    [Test]
    public async Task ReadAsync_ImplicitVREncapsulatedPixelData_IsOB()
    {
        var file = await DicomFile.ReadAsync(new MemoryStream(File(explicitVR: null)));

        var pixels = file.Dataset[DicomTag.PixelData];

        pixels.Should().BeOfType<DicomFragmentSequence>().Which.VR.Should().Be(DicomVR.OB);
        ((DicomFragmentSequence)pixels!).Fragments.Should().ContainSingle().Which.Memory.ToArray().Should().Equal(1, 2, 3, 4);
    }

    [Test]
    public async Task WriteAsync_ImplicitVREncapsulatedPixelDataReadBack_WritesOBHeader()
    {
        var file = await DicomFile.ReadAsync(new MemoryStream(File(explicitVR: null)));
        using var output = new MemoryStream();

        await file.WriteAsync(output);

        var bytes = output.ToArray();
        var header = bytes.AsSpan().IndexOf(new byte[] { 0xE0, 0x7F, 0x10, 0x00 });
        Encoding.ASCII.GetString(bytes, header + 4, 2).Should().Be("OB");
    }

    [TestCase("OB")]
    [TestCase("OW")]
    public async Task ReadAsync_ExplicitVREncapsulatedPixelData_IsOB(string vr)
    {
        // Some writers put OW there (pydicom's MR_small_jp2klossless.dcm, rtdose_rle.dcm...).
        var file = await DicomFile.ReadAsync(new MemoryStream(File(vr)));

        file.Dataset[DicomTag.PixelData]!.VR.Should().Be(DicomVR.OB);
    }

    // Preamble, "DICM", a meta group holding only the Transfer Syntax UID, then
    // Pixel Data of undefined length: an empty Basic Offset Table, one 4-byte
    // fragment and the sequence delimiter (PS3.5 A.4). explicitVR null encodes
    // the Pixel Data header with implicit VR.
    private static byte[] File(string? explicitVR)
    {
        var bytes = new List<byte>(new byte[128]);
        bytes.AddRange("DICM"u8.ToArray());
        bytes.AddRange([0x02, 0x00, 0x10, 0x00, (byte)'U', (byte)'I']);
        bytes.AddRange(U16((ushort)JpegBaseline.Length));
        bytes.AddRange(Encoding.ASCII.GetBytes(JpegBaseline));
        bytes.AddRange([0xE0, 0x7F, 0x10, 0x00]);
        if (explicitVR is not null)
        {
            bytes.AddRange([(byte)explicitVR[0], (byte)explicitVR[1], 0, 0]);
        }

        bytes.AddRange(U32(0xFFFFFFFF));
        bytes.AddRange([0xFE, 0xFF, 0x00, 0xE0, .. U32(0)]);
        bytes.AddRange([0xFE, 0xFF, 0x00, 0xE0, .. U32(4), 1, 2, 3, 4]);
        bytes.AddRange([0xFE, 0xFF, 0xDD, 0xE0, .. U32(0)]);
        return [.. bytes];
    }

    private static byte[] U16(ushort value)
    {
        var result = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(result, value);
        return result;
    }

    private static byte[] U32(uint value)
    {
        var result = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(result, value);
        return result;
    }
}
