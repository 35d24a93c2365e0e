namespace TeleRad.Dicom.CharacterSets;

/// <summary>
/// The ISO 2022 view of a Specific Character Set: the sets designated at the start of every value (from value 1 of
/// (0008,0005), PS3.5 6.1.2.5.1) and every set declared by the values, in their order, for the encoder to choose from.
/// </summary>
internal sealed class Iso2022Profile
{
    internal Iso2022Profile(GraphicSet initialG0, GraphicSet? initialG1, IReadOnlyList<GraphicSet> declaredSets, bool latin1Fallback)
    {
        InitialG0 = initialG0;
        InitialG1 = initialG1;
        DeclaredSets = declaredSets;
        Latin1Fallback = latin1Fallback;
    }

    /// <summary>The default repertoire: ASCII in G0, nothing in G1, bytes above 0x7F as ISO 8859-1.</summary>
    internal static Iso2022Profile Default { get; } = new(GraphicSets.Ascii, null, [GraphicSets.Ascii], latin1Fallback: true);

    /// <summary>The G0 set at the start of a value and after each delimiter: ASCII or JIS X 0201 Romaji.</summary>
    internal GraphicSet InitialG0 { get; }

    /// <summary>The G1 set at the start of a value and after each delimiter, if any.</summary>
    internal GraphicSet? InitialG1 { get; }

    /// <summary>Every set named by the defined terms, in their order.</summary>
    internal IReadOnlyList<GraphicSet> DeclaredSets { get; }

    /// <summary>True when characters U+0080-U+00FF without a set are written as ISO 8859-1 bytes (default repertoire only).</summary>
    internal bool Latin1Fallback { get; }

    /// <summary>Decodes a whole value.</summary>
    internal string Decode(ReadOnlySpan<byte> bytes, ValueDelimiters delimiters) =>
        Iso2022Decoder.Decode(bytes, InitialG0, InitialG1, delimiters);
}
