namespace TeleRad.Dicom.Generator.Model;

/// <summary>Turns PS3.6 keywords into C# member names.</summary>
public static class CSharpIdentifier
{
    private static readonly HashSet<string> s_reserved = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>True for ASCII letters, digits and '_' only, not starting with a digit.</summary>
    public static bool IsPlainIdentifier(string text) =>
        text.Length > 0 && !char.IsAsciiDigit(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>
    /// The member name for <paramref name="keyword"/>: the keyword itself; prefixed with '_' when it starts with a
    /// digit; prefixed with '@' when it is a C# keyword. The caller has checked it is otherwise a plain identifier.
    /// </summary>
    public static string ForKeyword(string keyword)
    {
        if (keyword.Length > 0 && char.IsAsciiDigit(keyword[0]))
            return "_" + keyword;
        return s_reserved.Contains(keyword) ? "@" + keyword : keyword;
    }

    /// <summary>
    /// Picks member names for <paramref name="keywords"/> in order: the first of several equal names wins and the
    /// later ones get null (they are left out), so the choice depends only on the order of the input. A keyword
    /// equal to <paramref name="enclosingTypeName"/>, which C# does not allow as a member name, is left out too.
    /// </summary>
    public static IReadOnlyList<string?> Unique(IEnumerable<string> keywords, string enclosingTypeName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { enclosingTypeName };
        var result = new List<string?>();
        foreach (var keyword in keywords)
        {
            if (keyword.Length == 0)
            {
                result.Add(null);
                continue;
            }
            var name = ForKeyword(keyword);
            result.Add(seen.Add(name.TrimStart('@')) ? name : null);
        }
        return result;
    }
}
