using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace TeleRad.Dicom.CharacterSets;

/// <summary>
/// The character repertoire of a data set, from Specific Character Set (0008,0005) (PS3.5 section 6.1, PS3.3
/// C.12.1.1.2). Decodes and encodes the character-set dependent VRs (SH, LO, UC, ST, LT, UT, PN); every other string
/// VR uses the default repertoire.
/// </summary>
/// <remarks>
/// <para>
/// Supported defined terms: ISO_IR 6, 100, 101, 109, 110, 126, 127, 138, 144, 148, 166, 203, 13 and 192, GB18030 and
/// GBK (no code extensions); ISO 2022 IR 6, 100, 101, 109, 110, 126, 127, 138, 144, 148, 166, 203 and 13 (single-byte
/// with code extensions); ISO 2022 IR 87, 159, 149 and 58 (JIS X 0208, JIS X 0212, KS X 1001, GB 2312). Several
/// values mean ISO 2022 code extensions, an empty value 1 standing for ISO 2022 IR 6.
/// </para>
/// <para>
/// Reading is lenient and never throws: the default repertoire reads bytes above 0x7F as ISO 8859-1, unknown escape
/// sequences and invalid bytes become U+FFFD (see <see cref="Iso2022Decoder"/>). Writing is strict: a character the
/// set cannot represent raises <see cref="ArgumentException"/>; <see cref="CanEncode"/> checks beforehand.
/// </para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class DicomCharacterSet
{
    private const int Utf8CodePage = 65001;

    private readonly Iso2022Profile? _profile;
    private readonly Encoding? _encoding;

    private DicomCharacterSet(IReadOnlyList<string> definedTerms, Iso2022Profile profile)
    {
        DefinedTerms = definedTerms;
        _profile = profile;
    }

    private DicomCharacterSet(IReadOnlyList<string> definedTerms, int codePage)
    {
        DefinedTerms = definedTerms;
        _encoding = CodePages.Get(codePage);
        IsUtf8 = codePage == Utf8CodePage;
    }

    /// <summary>The default repertoire, ISO_IR 6 (ASCII), used when (0008,0005) is absent or empty.</summary>
    public static DicomCharacterSet Default { get; } = new([], Iso2022Profile.Default);

    /// <summary>ISO_IR 192, UTF-8.</summary>
    public static DicomCharacterSet Utf8 { get; } = new(["ISO_IR 192"], Utf8CodePage);

    /// <summary>The defined terms of (0008,0005) this set was built from, trimmed (empty for the default repertoire).</summary>
    public IReadOnlyList<string> DefinedTerms { get; }

    /// <summary>True for ISO_IR 192.</summary>
    public bool IsUtf8 { get; }

    /// <summary>
    /// Builds the set for the values of (0008,0005). Reading is lenient: an unknown term falls back to the default
    /// repertoire (bytes above 0x7F read as ISO 8859-1) and is reported through <paramref name="warnings"/>, as are
    /// misspelt terms that were recognised and code extensions that ISO_IR 192, GB18030 and GBK do not allow
    /// (PS3.5 6.1.2.5.4 d); the terms themselves are not patient data.
    /// </summary>
    /// <param name="terms">The values of (0008,0005), in order.</param>
    /// <param name="warnings">Receives a message for each term that was corrected, ignored or not recognised.</param>
    public static DicomCharacterSet FromDefinedTerms(IReadOnlyList<string> terms, ICollection<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(terms);
        string[] trimmed = [.. terms.Select(t => (t ?? string.Empty).Trim(' ', '\0'))];
        if (trimmed.Length == 0 || (trimmed.Length == 1 && trimmed[0].Length == 0))
            return Default;

        var resolved = new List<CharacterSetTerm?>(trimmed.Length);
        for (int i = 0; i < trimmed.Length; i++)
            resolved.Add(Resolve(trimmed[i], isFirst: i == 0, trimmed.Length, warnings));

        var first = resolved[0];
        if (first is { IsStandAlone: true })
        {
            if (trimmed.Length > 1)
                warnings?.Add($"Specific Character Set term '{first.Term}' allows no code extensions; the other terms are ignored.");
            return first.StandAloneCodePage == Utf8CodePage && trimmed.Length == 1
                ? Utf8
                : new DicomCharacterSet(trimmed, first.StandAloneCodePage);
        }

        for (int i = 1; i < resolved.Count; i++)
        {
            if (resolved[i] is { IsStandAlone: true } standAlone)
            {
                warnings?.Add($"Specific Character Set term '{standAlone.Term}' cannot be a code extension; it is ignored.");
                resolved[i] = null;
            }
        }

        return new DicomCharacterSet(trimmed, BuildProfile(resolved));
    }

    /// <summary>
    /// Decodes a whole value (all its multiple values, backslash-delimited, which stay in the text) of a string VR.
    /// Padding is kept. Never throws.
    /// </summary>
    /// <param name="bytes">The value bytes.</param>
    /// <param name="vr">The VR; only SH, LO, UC, ST, LT, UT and PN use this set.</param>
    public string Decode(ReadOnlySpan<byte> bytes, DicomVR vr)
    {
        if (!vr.IsCharacterSetDependent())
            return Encoding.Latin1.GetString(bytes);
        return _encoding is not null
            ? _encoding.GetString(bytes)
            : _profile!.Decode(bytes, ValueDelimitersExtensions.For(vr));
    }

    /// <summary>
    /// Encodes a whole value of a string VR in this set, without padding. With code extensions the escape sequences
    /// are inserted as needed and the initial sets restored before each delimiter and at the end (PS3.5 6.1.2.5.3).
    /// </summary>
    /// <param name="text">The text, multiple values joined with backslashes.</param>
    /// <param name="vr">The VR; only SH, LO, UC, ST, LT, UT and PN use this set, the others take ISO 8859-1 characters.</param>
    /// <exception cref="ArgumentException">A character cannot be represented; the message gives its index, not the text.</exception>
    public byte[] Encode(string text, DicomVR vr)
    {
        if (TryEncode(text, vr, out byte[]? bytes, out int failedIndex))
            return bytes;
        string terms = DefinedTerms.Count == 0 ? "ISO_IR 6" : string.Join('\\', DefinedTerms);
        throw new ArgumentException(
            $"The character at index {failedIndex} of the {vr} value cannot be encoded with Specific Character Set '{terms}'.",
            nameof(text));
    }

    /// <summary>True when <see cref="Encode"/> can represent every character of the text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="vr">The VR.</param>
    public bool CanEncode(string text, DicomVR vr) => TryEncode(text, vr, out _, out _);

    /// <inheritdoc/>
    public override string ToString() => DefinedTerms.Count == 0 ? "ISO_IR 6" : string.Join('\\', DefinedTerms);

    private bool TryEncode(string text, DicomVR vr, [NotNullWhen(true)] out byte[]? bytes, out int failedIndex)
    {
        ArgumentNullException.ThrowIfNull(text);
        bytes = null;
        if (!vr.IsCharacterSetDependent())
        {
            failedIndex = text.AsSpan().IndexOfAnyExceptInRange('\0', '\u00FF');
            if (failedIndex >= 0)
                return false;
            bytes = Encoding.Latin1.GetBytes(text);
            return true;
        }

        if (_encoding is not null)
        {
            try
            {
                bytes = _encoding.GetBytes(text);
                failedIndex = -1;
                return true;
            }
            catch (EncoderFallbackException e)
            {
                failedIndex = e.Index;
                return false;
            }
        }

        var output = new List<byte>(text.Length + 8);
        failedIndex = Iso2022Encoder.Encode(text, _profile!, ValueDelimitersExtensions.For(vr), output);
        if (failedIndex >= 0)
            return false;
        bytes = [.. output];
        return true;
    }

    private static CharacterSetTerm? Resolve(string term, bool isFirst, int count, ICollection<string>? warnings)
    {
        // An empty value 1 of a multi-valued (0008,0005) stands for ISO 2022 IR 6 (PS3.3 C.12.1.1.2).
        if (term.Length == 0)
            return isFirst ? CharacterSetTerm.Find("ISO 2022 IR 6") : null;

        var known = CharacterSetTerm.Find(term);
        if (known is not null)
            return known;

        known = CharacterSetTerm.FindLoose(term);
        string shown = term.Length > 64 ? term[..64] + "..." : term;
        if (known is not null)
        {
            warnings?.Add($"Specific Character Set term '{shown}' is not a defined term; read as '{known.Term}'.");
            return known;
        }

        warnings?.Add(isFirst && count == 1
            ? $"Specific Character Set term '{shown}' is unknown; text is decoded as ISO_IR 6, bytes above 0x7F as ISO 8859-1."
            : $"Specific Character Set term '{shown}' is unknown; it is ignored.");
        return null;
    }

    private static Iso2022Profile BuildProfile(IReadOnlyList<CharacterSetTerm?> terms)
    {
        var first = terms[0];
        if (first is null)
            return Iso2022Profile.Default;

        // Value 1 sets the initial designations. A double-byte G0 set (JIS X 0208/0212) cannot be initial, as the
        // delimiters must stay readable, so G0 starts as ASCII then; a double-byte G1 set (KS X 1001, GB 2312) can.
        var initialG0 = first.G0 is { IsDoubleByte: false } g0 ? g0 : GraphicSets.Ascii;
        var initialG1 = first.G1;
        var declared = new List<GraphicSet> { initialG0 };
        foreach (var term in terms)
        {
            foreach (var set in new[] { term?.G0, term?.G1 })
            {
                if (set is not null && !declared.Contains(set))
                    declared.Add(set);
            }
        }

        bool defaultOnly = initialG1 is null && declared.TrueForAll(s => s.Kind == GraphicSetKind.Ascii);
        return new Iso2022Profile(initialG0, initialG1, declared, latin1Fallback: defaultOnly);
    }
}
