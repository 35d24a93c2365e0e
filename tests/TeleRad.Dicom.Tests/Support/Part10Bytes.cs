namespace TeleRad.Dicom.Tests.Support;

/// <summary>Hand-built Part 10 framing (PS3.10 section 7.1): preamble, "DICM", File Meta Information in explicit VR little endian.</summary>
internal static class Part10Bytes
{
    public const string SecondaryCaptureStorage = "1.2.840.10008.5.1.4.1.1.7";
    public const string InstanceUid = "1.2.826.0.1.3680043.2.1125.1";
    public const string ImplicitLE = "1.2.840.10008.1.2";
    public const string ExplicitLE = "1.2.840.10008.1.2.1";
    public const string ExplicitBE = "1.2.840.10008.1.2.2";
    public const string Deflated = "1.2.840.10008.1.2.1.99";
    public const string JpegBaseline = "1.2.840.10008.1.2.4.50";

    /// <summary>The meta elements after (0002,0000); <paramref name="transferSyntaxUid"/> null leaves (0002,0010) out.</summary>
    public static DicomStreamBuilder MetaBody(string? transferSyntaxUid)
    {
        var b = DicomStreamBuilder.ExplicitLittle
            .Element(0x0002, 0x0001, "OB", [0x00, 0x01])
            .Text(0x0002, 0x0002, "UI", Uid(SecondaryCaptureStorage))
            .Text(0x0002, 0x0003, "UI", Uid(InstanceUid));
        if (transferSyntaxUid is not null)
            b.Text(0x0002, 0x0010, "UI", Uid(transferSyntaxUid));
        return b.Text(0x0002, 0x0012, "UI", Uid("1.2.3.4.5")).Text(0x0002, 0x0013, "SH", "HANDMADE");
    }

    /// <summary>(0002,0000) with the correct group length (or <paramref name="groupLength"/>), then the body.</summary>
    public static DicomStreamBuilder Meta(string? transferSyntaxUid, uint? groupLength = null)
    {
        var body = MetaBody(transferSyntaxUid);
        return DicomStreamBuilder.ExplicitLittle.UL(0x0002, 0x0000, groupLength ?? (uint)body.Length).Raw(body);
    }

    /// <summary>A complete Part 10 file: 128-byte preamble (filled with <paramref name="preambleByte"/>), "DICM", meta, data set.</summary>
    public static byte[] File(string? transferSyntaxUid, byte[] dataset, byte preambleByte = 0, uint? groupLength = null)
    {
        var preamble = new byte[128];
        Array.Fill(preamble, preambleByte);
        return [.. preamble, .. "DICM"u8, .. Meta(transferSyntaxUid, groupLength).ToArray(), .. dataset];
    }

    /// <summary>Pads a UID to even length with a NUL (PS3.5 section 9.1).</summary>
    public static string Uid(string uid) => uid.Length % 2 == 1 ? uid + "\0" : uid;

    /// <summary>Pads text to even length with a space (PS3.5 section 6.2).</summary>
    public static string Pad(string text) => text.Length % 2 == 1 ? text + " " : text;
}
