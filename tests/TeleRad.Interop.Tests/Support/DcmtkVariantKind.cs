namespace TeleRad.Interop.Tests.Support;

/// <summary>
/// One kind of DCMTK-written variant made by <c>scripts/make_dcmtk_variants.sh</c>
/// (files named <c>&lt;base&gt;.&lt;Name&gt;.dcm</c>) and the transfer syntax
/// (PS3.5 Annex A, UIDs from PS3.6 Table A-1) DCMTK encodes it in.
/// </summary>
public sealed record DcmtkVariantKind(string Name, string TransferSyntaxUid, bool IsEncapsulated)
{
    /// <summary>Every kind the script produces; keep in step with the script's table.</summary>
    public static IReadOnlyList<DcmtkVariantKind> All { get; } =
    [
        new("explicit-little", "1.2.840.10008.1.2.1", false),
        new("explicit-big", "1.2.840.10008.1.2.2", false),
        new("deflated", "1.2.840.10008.1.2.1.99", false),
        new("implicit-little", "1.2.840.10008.1.2", false),
        new("jpeg-lossless", "1.2.840.10008.1.2.4.70", true),
        new("jpeg-baseline", "1.2.840.10008.1.2.4.50", true),
        new("jpegls-lossless", "1.2.840.10008.1.2.4.80", true),
        new("rle", "1.2.840.10008.1.2.5", true),
    ];

    /// <inheritdoc />
    public override string ToString() => Name;
}
