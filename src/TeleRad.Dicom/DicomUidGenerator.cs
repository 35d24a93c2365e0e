using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;

namespace TeleRad.Dicom;

/// <summary>
/// Makes new UIDs: either the 2.25 form derived from a random UUID (PS3.5 annex B.2), or under an organisation's root
/// (PS3.5 section 9.1) followed by random digits. Either way at most 64 characters.
/// </summary>
public sealed class DicomUidGenerator
{
    private readonly string? _root;

    /// <summary>Creates a generator; with no root, UIDs are of the 2.25 UUID form.</summary>
    public DicomUidGenerator(string? root = null)
    {
        if (root is not null && (!IsValid(root) || root.Length > 40))
            throw new ArgumentException("The UID root must be a valid UID of at most 40 characters.", nameof(root));
        _root = root;
    }

    /// <summary>A new UID.</summary>
    public string Generate()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        if (_root is null)
        {
            // RFC 4122 version 4 variant bits, so the number is a genuine UUID as PS3.5 B.2 describes.
            bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            return "2.25." + new BigInteger(bytes, isUnsigned: true, isBigEndian: true).ToString(CultureInfo.InvariantCulture);
        }
        var suffix = new BigInteger(bytes, isUnsigned: true, isBigEndian: true).ToString(CultureInfo.InvariantCulture);
        var room = 64 - _root.Length - 1;
        suffix = suffix.Length > room ? suffix[..room] : suffix;
        return _root + "." + suffix.TrimStart('0').PadLeft(1, '1');
    }

    /// <summary>True when <paramref name="uid"/> is a syntactically valid UID (PS3.5 section 9.1): at most 64 characters, digits and dots, no empty component, no leading zero in a multi-digit component.</summary>
    public static bool IsValid(ReadOnlySpan<char> uid)
    {
        if (uid.IsEmpty || uid.Length > 64)
            return false;
        var componentStart = 0;
        for (var i = 0; i <= uid.Length; i++)
        {
            if (i == uid.Length || uid[i] == '.')
            {
                var len = i - componentStart;
                if (len == 0 || (len > 1 && uid[componentStart] == '0'))
                    return false;
                componentStart = i + 1;
            }
            else if (uid[i] is < '0' or > '9')
            {
                return false;
            }
        }
        return true;
    }
}
