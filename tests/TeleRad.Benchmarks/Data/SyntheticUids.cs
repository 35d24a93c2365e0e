using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace TeleRad.Benchmarks.Data;

/// <summary>
/// Deterministic UIDs for the synthetic data: the 2.25 form (PS3.5 annex B.2) with the number taken from a hash of a
/// label, so that regenerating the data gives byte-identical files and benchmark runs stay comparable.
/// </summary>
internal static class SyntheticUids
{
    public static string For(string label)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("telerad-bench/" + label));
        var bytes = hash.AsSpan(0, 16);
        // Version 4 / variant bits, as a UUID-derived UID requires (PS3.5 annex B.2, RFC 4122).
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return "2.25." + new BigInteger(bytes, isUnsigned: true, isBigEndian: true).ToString(CultureInfo.InvariantCulture);
    }
}
