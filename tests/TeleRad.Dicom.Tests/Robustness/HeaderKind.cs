namespace TeleRad.Dicom.Tests.Robustness;

/// <summary>What a header found by <see cref="StructureScanner"/> introduces (PS3.5 sections 7.1 and 7.5).</summary>
internal enum HeaderKind
{
    /// <summary>A data element with a value.</summary>
    Element,
    /// <summary>A data element holding a sequence (SQ, or UN of undefined length).</summary>
    Sequence,
    /// <summary>An item (FFFE,E000) holding a data set.</summary>
    Item,
    /// <summary>An item of encapsulated pixel data holding raw bytes.</summary>
    Fragment,
    /// <summary>An item or sequence delimiter (FFFE,E00D or FFFE,E0DD).</summary>
    Delimiter,
}
