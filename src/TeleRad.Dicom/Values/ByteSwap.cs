using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace TeleRad.Dicom.Values;

/// <summary>In-place byte-order reversal of 2-, 4- and 8-byte units (PS3.5 section 7.3, big endian encoding).</summary>
internal static class ByteSwap
{
    /// <summary>Reverses every <paramref name="unit"/>-byte unit of <paramref name="bytes"/>; a trailing partial unit is left as is.</summary>
    public static void InPlace(Span<byte> bytes, int unit)
    {
        switch (unit)
        {
            case 2:
                var u16 = MemoryMarshal.Cast<byte, ushort>(bytes);
                BinaryPrimitives.ReverseEndianness(u16, u16);
                break;
            case 4:
                var u32 = MemoryMarshal.Cast<byte, uint>(bytes);
                BinaryPrimitives.ReverseEndianness(u32, u32);
                break;
            case 8:
                var u64 = MemoryMarshal.Cast<byte, ulong>(bytes);
                BinaryPrimitives.ReverseEndianness(u64, u64);
                break;
        }
    }
}
