using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace TeleRad.Interop.Tests.Corpus;

/// <summary>
/// Renders the bytes dcmdump prints for an element of unknown VR (UN, as hex
/// bytes "45\43\3d") the way dcmdump prints the same value with a known VR, so
/// an element whose VR one encoding carries and the other does not (a private
/// element in implicit VR, PS3.5 6.2.2) can still be compared by value. The
/// bytes of a UN value are little endian whatever the transfer syntax
/// (PS3.5 6.2.2: a reader that learns the VR decodes them as Implicit VR
/// Little Endian), so numbers are read little endian.
/// </summary>
public static class DcmdumpUnknownValue
{
    private const string Empty = "(no value available)";

    /// <summary>
    /// The value as dcmdump would print it with <paramref name="vr"/>, with
    /// trailing padding removed; false for VRs it does not render (floats,
    /// sequences...), whose values are then left uncompared.
    /// </summary>
    public static bool TryRender(string unknownValue, string vr, out string rendered)
    {
        rendered = string.Empty;
        if (!TryParseHex(unknownValue, out var bytes))
        {
            return false;
        }

        if (bytes.Length == 0)
        {
            rendered = Empty;
            return true;
        }

        rendered = vr switch
        {
            "AE" or "AS" or "CS" or "DA" or "DS" or "DT" or "IS" or "LO" or "LT" or "PN" or "SH" or "ST" or "TM" or "UC" or "UI" or "UR" or "UT"
                => $"[{Text(bytes)}]",
            "OB" or "UN" => string.Join('\\', bytes.Select(b => b.ToString("x2", CultureInfo.InvariantCulture))),
            "OW" => Words(bytes, 2, b => BinaryPrimitives.ReadUInt16LittleEndian(b).ToString("x4", CultureInfo.InvariantCulture)),
            "US" => Words(bytes, 2, b => BinaryPrimitives.ReadUInt16LittleEndian(b).ToString(CultureInfo.InvariantCulture)),
            "SS" => Words(bytes, 2, b => BinaryPrimitives.ReadInt16LittleEndian(b).ToString(CultureInfo.InvariantCulture)),
            "UL" => Words(bytes, 4, b => BinaryPrimitives.ReadUInt32LittleEndian(b).ToString(CultureInfo.InvariantCulture)),
            "SL" => Words(bytes, 4, b => BinaryPrimitives.ReadInt32LittleEndian(b).ToString(CultureInfo.InvariantCulture)),
            _ => string.Empty,
        };
        return rendered.Length > 0;
    }

    /// <summary>A printed string value without the trailing padding (spaces, NULs) dcmdump may or may not show.</summary>
    public static string TrimPadding(string printed) =>
        printed.StartsWith('[') && printed.EndsWith(']')
            ? $"[{printed[1..^1].TrimEnd(' ').Replace("\\000", string.Empty, StringComparison.Ordinal).TrimEnd(' ')}]"
            : printed;

    private static bool TryParseHex(string value, out byte[] bytes)
    {
        bytes = [];
        if (value == Empty)
        {
            return true;
        }

        var parts = value.Split('\\');
        var result = new byte[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length != 2 || !byte.TryParse(parts[i], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out result[i]))
            {
                return false;
            }
        }

        bytes = result;
        return true;
    }

    // dcmdump +Qo prints bytes outside printable ASCII as backslash and three octal digits.
    private static string Text(byte[] bytes)
    {
        var text = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (b is >= 0x20 and < 0x7F)
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
            }
        }

        return TrimPadding($"[{text}]")[1..^1];
    }

    private static string Words(byte[] bytes, int size, Func<ReadOnlySpan<byte>, string> format)
    {
        if (bytes.Length % size != 0)
        {
            return string.Empty;
        }

        return string.Join('\\', Enumerable.Range(0, bytes.Length / size).Select(i => format(bytes.AsSpan(i * size, size))));
    }
}
