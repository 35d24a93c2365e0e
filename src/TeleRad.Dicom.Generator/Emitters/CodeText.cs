using System.Globalization;
using System.Text;

namespace TeleRad.Dicom.Generator.Emitters;

/// <summary>Small helpers for writing C# source text.</summary>
public static class CodeText
{
    /// <summary>A C# string literal for <paramref name="value"/>, escaping quotes, backslashes and control characters.</summary>
    public static string StringLiteral(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\n' => text.Append("\\n"),
                '\r' => text.Append("\\r"),
                '\t' => text.Append("\\t"),
                _ when char.IsControl(c) || c > '\x7E' =>
                    text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }
        return text.Append('"').ToString();
    }

    /// <summary>Text safe inside an XML doc comment: '&amp;', '&lt;' and '&gt;' escaped, line breaks flattened.</summary>
    public static string XmlText(string value) => value
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace('\r', ' ')
        .Replace('\n', ' ');

    /// <summary>A 16-bit number as a C# literal <c>0xGGGG</c>.</summary>
    public static string Hex(ushort value) => "0x" + value.ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>A 16-bit number as four upper-case hexadecimal digits, as PS3.6 writes tags.</summary>
    public static string Hex4(ushort value) => value.ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>A C# Boolean literal.</summary>
    public static string Bool(bool value) => value ? "true" : "false";
}
