namespace TeleRad.Dicom.Tests.Robustness;

/// <summary>The mutators of the robustness suite (see <see cref="Mutations"/>).</summary>
public enum MutationKind
{
    /// <summary>Cut at evenly spaced offsets, then at random offsets inside and just after headers.</summary>
    Truncate,
    /// <summary>Flip one to four bits, mostly in headers.</summary>
    BitFlip,
    /// <summary>Set one to four bytes to 0x00 or 0xFF, mostly in headers.</summary>
    ByteSet,
    /// <summary>Replace element and item lengths with 0xFFFFFFFF, 0xFFFFFFFE, huge, odd, just-too-long and zero values.</summary>
    LyingLength,
    /// <summary>Replace VR bytes with invalid codes or a VR of the other header layout.</summary>
    InvalidVR,
    /// <summary>Insert item and sequence delimiters or items, or remove existing ones.</summary>
    Delimiter,
    /// <summary>Duplicate or repeat runs of whole elements elsewhere in the stream.</summary>
    Duplicate,
    /// <summary>Replace a tag with an item or delimiter tag, Pixel Data, a meta tag, a repeated or out-of-order tag.</summary>
    TagSwap,
}
