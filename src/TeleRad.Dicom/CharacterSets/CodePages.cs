using System.Text;

namespace TeleRad.Dicom.CharacterSets;

/// <summary>
/// Code page encodings from <see cref="CodePagesEncodingProvider"/>, asked for directly so that the process-wide
/// <see cref="Encoding.RegisterProvider"/> list is never touched. The provider's tables ship with the shared framework
/// and work with InvariantGlobalization (globalization data is not involved in byte-to-char mapping).
/// </summary>
internal static class CodePages
{
    /// <summary>The replacement for bytes that map to no character (Unicode's own replacement character).</summary>
    internal const char Replacement = '\uFFFD';

    /// <summary>A decoder that never throws (bad bytes become U+FFFD) and an encoder that throws on any unmappable character.</summary>
    internal static Encoding Get(int codePage)
    {
        var encoderFallback = EncoderFallback.ExceptionFallback;
        var decoderFallback = new DecoderReplacementFallback(Replacement.ToString());
        return codePage switch
        {
            28591 or 65001 => Encoding.GetEncoding(codePage, encoderFallback, decoderFallback),
            _ => CodePagesEncodingProvider.Instance.GetEncoding(codePage, encoderFallback, decoderFallback)
                 ?? throw new PlatformNotSupportedException($"Code page {codePage} is not available from CodePagesEncodingProvider."),
        };
    }
}
