using System.Globalization;

namespace TeleRad.Dicom.Generator.Sources;

/// <summary>The group or element half of a dicom.dic tag: one number, or a range with a parity.</summary>
/// <param name="First">The first number.</param>
/// <param name="Last">The last number (equal to <paramref name="First"/> for a single number).</param>
/// <param name="Parity">Which numbers of the range are covered; <see cref="TagRangeParity.Any"/> for a single number.</param>
public sealed record TagRange(ushort First, ushort Last, TagRangeParity Parity)
{
    /// <summary>True when this is one number rather than a range.</summary>
    public bool IsSingle => First == Last;

    /// <summary>
    /// Parses <c>gggg</c>, <c>gggg-gggg</c> (even numbers), <c>gggg-o-gggg</c> (odd) or <c>gggg-u-gggg</c> (any),
    /// the notation documented in the header of dicom.dic.
    /// </summary>
    public static TagRange Parse(string text)
    {
        var parts = text.Split('-');
        return parts.Length switch
        {
            1 => Single(ParseHex(parts[0])),
            2 => Range(ParseHex(parts[0]), ParseHex(parts[1]), TagRangeParity.Even),
            3 => Range(ParseHex(parts[0]), ParseHex(parts[2]), parts[1] switch
            {
                "o" => TagRangeParity.Odd,
                "u" => TagRangeParity.Any,
                _ => throw new FormatException($"Unknown range qualifier '{parts[1]}' in '{text}'."),
            }),
            _ => throw new FormatException($"Malformed tag range '{text}'."),
        };
    }

    private static TagRange Single(ushort value) => new(value, value, TagRangeParity.Any);

    private static TagRange Range(ushort first, ushort last, TagRangeParity parity)
    {
        if (last < first)
            throw new FormatException($"Tag range {first:X4}-{last:X4} ends before it starts.");
        // TeleRad.Dicom counts even-only ranges from their first number, so an even range must start on an even
        // number (and an odd range on an odd one) for the two readings to agree.
        if (parity == TagRangeParity.Even && (first & 1) != 0)
            throw new FormatException($"Even-only tag range {first:X4}-{last:X4} starts on an odd number.");
        if (parity == TagRangeParity.Odd && (first & 1) == 0)
            throw new FormatException($"Odd-only tag range {first:X4}-{last:X4} starts on an even number.");
        return new TagRange(first, last, parity);
    }

    private static ushort ParseHex(string text) =>
        text.Length == 4 && ushort.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a four-digit hexadecimal number.");
}
