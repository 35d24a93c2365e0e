using System.Collections.Frozen;

namespace TeleRad.Dicom;

/// <summary>
/// A transfer syntax (PS3.5 section 10): how the data set is encoded. The toolkit reads and writes every encapsulated
/// syntax byte for byte, without decoding pixel data; only the four native encodings change how elements are encoded.
/// </summary>
public sealed class DicomTransferSyntax
{
    private DicomTransferSyntax(string uid, string name, bool explicitVR, bool bigEndian, bool deflated, bool encapsulated)
    {
        Uid = uid;
        Name = name;
        IsExplicitVR = explicitVR;
        IsBigEndian = bigEndian;
        IsDeflated = deflated;
        IsEncapsulated = encapsulated;
    }

    /// <summary>The transfer syntax UID.</summary>
    public string Uid { get; }

    /// <summary>Its PS3.6 name.</summary>
    public string Name { get; }

    /// <summary>True when elements carry their VR (every syntax but Implicit VR Little Endian).</summary>
    public bool IsExplicitVR { get; }

    /// <summary>True for the retired Explicit VR Big Endian.</summary>
    public bool IsBigEndian { get; }

    /// <summary>True when the data set after the meta group is deflated (PS3.5 section A.5).</summary>
    public bool IsDeflated { get; }

    /// <summary>True when Pixel Data is encapsulated in fragments (PS3.5 section A.4).</summary>
    public bool IsEncapsulated { get; }

    /// <summary>True when this object came from a UID the toolkit does not know; it is then read as explicit VR little endian.</summary>
    public bool IsUnknown { get; private init; }

    /// <summary>Implicit VR Little Endian, the default transfer syntax (PS3.5 section A.1).</summary>
    public static DicomTransferSyntax ImplicitVRLittleEndian { get; } = Native("1.2.840.10008.1.2", "Implicit VR Little Endian", explicitVR: false);

    /// <summary>Explicit VR Little Endian (PS3.5 section A.2).</summary>
    public static DicomTransferSyntax ExplicitVRLittleEndian { get; } = Native("1.2.840.10008.1.2.1", "Explicit VR Little Endian");

    /// <summary>Explicit VR Big Endian, retired (PS3.5 section A.3).</summary>
    public static DicomTransferSyntax ExplicitVRBigEndian { get; } = new("1.2.840.10008.1.2.2", "Explicit VR Big Endian", true, true, false, false);

    /// <summary>Deflated Explicit VR Little Endian (PS3.5 section A.5).</summary>
    public static DicomTransferSyntax DeflatedExplicitVRLittleEndian { get; } = new("1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", true, false, true, false);

    /// <summary>Encapsulated Uncompressed Explicit VR Little Endian (PS3.5 section A.4.11).</summary>
    public static DicomTransferSyntax EncapsulatedUncompressedExplicitVRLittleEndian { get; } = Encapsulated("1.2.840.10008.1.2.1.98", "Encapsulated Uncompressed Explicit VR Little Endian");

    /// <summary>JPEG Baseline (Process 1).</summary>
    public static DicomTransferSyntax JpegBaseline { get; } = Encapsulated("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)");

    /// <summary>JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14, Selection Value 1).</summary>
    public static DicomTransferSyntax JpegLosslessSV1 { get; } = Encapsulated("1.2.840.10008.1.2.4.70", "JPEG Lossless, Non-Hierarchical, First-Order Prediction");

    /// <summary>JPEG-LS Lossless.</summary>
    public static DicomTransferSyntax JpegLSLossless { get; } = Encapsulated("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless Image Compression");

    /// <summary>JPEG 2000 (Lossless Only).</summary>
    public static DicomTransferSyntax Jpeg2000Lossless { get; } = Encapsulated("1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)");

    /// <summary>RLE Lossless (PS3.5 annex G).</summary>
    public static DicomTransferSyntax RleLossless { get; } = Encapsulated("1.2.840.10008.1.2.5", "RLE Lossless");

    private static readonly FrozenDictionary<string, DicomTransferSyntax> s_known = BuildKnown();

    /// <summary>Every transfer syntax the toolkit knows.</summary>
    public static IEnumerable<DicomTransferSyntax> All => s_known.Values;

    /// <summary>The four native (uncompressed, non-encapsulated) syntaxes the toolkit can transcode between.</summary>
    public static IReadOnlyList<DicomTransferSyntax> Uncompressed { get; } =
        [ImplicitVRLittleEndian, ExplicitVRLittleEndian, ExplicitVRBigEndian, DeflatedExplicitVRLittleEndian];

    /// <summary>
    /// The syntax for a UID. An unknown UID gives an object read as explicit VR little endian with encapsulated pixel
    /// data, which is how every syntax defined after the native ones encodes (PS3.5 section 10).
    /// </summary>
    public static DicomTransferSyntax Parse(string uid)
    {
        uid = uid.TrimEnd('\0', ' ');
        return s_known.TryGetValue(uid, out var ts)
            ? ts
            : new DicomTransferSyntax(uid, "Unknown transfer syntax", true, false, false, true) { IsUnknown = true };
    }

    /// <summary>True when the UID names a syntax the toolkit knows.</summary>
    public static bool IsKnownUid(string uid) => s_known.ContainsKey(uid);

    /// <inheritdoc />
    public override string ToString() => $"{Name} [{Uid}]";

    private static DicomTransferSyntax Native(string uid, string name, bool explicitVR = true) => new(uid, name, explicitVR, false, false, false);

    private static DicomTransferSyntax Encapsulated(string uid, string name) => new(uid, name, true, false, false, true);

    private static FrozenDictionary<string, DicomTransferSyntax> BuildKnown()
    {
        // PS3.6 table A-1 and PS3.5 section 10; JPEG processes 2-29, JPEG-LS, JPEG 2000 (incl. Part 2 multi-component),
        // JPIP, MPEG-2/4, HEVC, HTJ2K (Sup 232) and SMPTE ST 2110 all encapsulate (or reference) the pixel data.
        var list = new List<DicomTransferSyntax>
        {
            ImplicitVRLittleEndian, ExplicitVRLittleEndian, ExplicitVRBigEndian, DeflatedExplicitVRLittleEndian,
            EncapsulatedUncompressedExplicitVRLittleEndian, JpegBaseline, JpegLosslessSV1, JpegLSLossless,
            Jpeg2000Lossless, RleLossless,
            Encapsulated("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 and 4)"),
            Encapsulated("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)"),
            Encapsulated("1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless) Image Compression"),
            Encapsulated("1.2.840.10008.1.2.4.91", "JPEG 2000 Image Compression"),
            Encapsulated("1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only)"),
            Encapsulated("1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2 Multi-component Image Compression"),
            Encapsulated("1.2.840.10008.1.2.4.94", "JPIP Referenced"),
            Encapsulated("1.2.840.10008.1.2.4.95", "JPIP Referenced Deflate"),
            Encapsulated("1.2.840.10008.1.2.4.100", "MPEG2 Main Profile / Main Level"),
            Encapsulated("1.2.840.10008.1.2.4.100.1", "Fragmentable MPEG2 Main Profile / Main Level"),
            Encapsulated("1.2.840.10008.1.2.4.101", "MPEG2 Main Profile / High Level"),
            Encapsulated("1.2.840.10008.1.2.4.101.1", "Fragmentable MPEG2 Main Profile / High Level"),
            Encapsulated("1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile / Level 4.1"),
            Encapsulated("1.2.840.10008.1.2.4.102.1", "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.1"),
            Encapsulated("1.2.840.10008.1.2.4.103", "MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1"),
            Encapsulated("1.2.840.10008.1.2.4.103.1", "Fragmentable MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1"),
            Encapsulated("1.2.840.10008.1.2.4.104", "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video"),
            Encapsulated("1.2.840.10008.1.2.4.104.1", "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 2D Video"),
            Encapsulated("1.2.840.10008.1.2.4.105", "MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video"),
            Encapsulated("1.2.840.10008.1.2.4.105.1", "Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.2 For 3D Video"),
            Encapsulated("1.2.840.10008.1.2.4.106", "MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2"),
            Encapsulated("1.2.840.10008.1.2.4.106.1", "Fragmentable MPEG-4 AVC/H.264 Stereo High Profile / Level 4.2"),
            Encapsulated("1.2.840.10008.1.2.4.107", "HEVC/H.265 Main Profile / Level 5.1"),
            Encapsulated("1.2.840.10008.1.2.4.108", "HEVC/H.265 Main 10 Profile / Level 5.1"),
            Encapsulated("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Image Compression (Lossless Only)"),
            Encapsulated("1.2.840.10008.1.2.4.202", "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)"),
            Encapsulated("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000 Image Compression"),
            Encapsulated("1.2.840.10008.1.2.4.204", "JPIP HTJ2K Referenced"),
            Encapsulated("1.2.840.10008.1.2.4.205", "JPIP HTJ2K Referenced Deflate"),
            Encapsulated("1.2.840.10008.1.2.7.1", "SMPTE ST 2110-20 Uncompressed Progressive Active Video"),
            Encapsulated("1.2.840.10008.1.2.7.2", "SMPTE ST 2110-20 Uncompressed Interlaced Active Video"),
            Encapsulated("1.2.840.10008.1.2.7.3", "SMPTE ST 2110-30 PCM Digital Audio"),
        };
        foreach (var (uid, name) in RetiredJpeg())
            list.Add(Encapsulated(uid, name));
        return list.ToFrozenDictionary(t => t.Uid, StringComparer.Ordinal);
    }

    private static IEnumerable<(string Uid, string Name)> RetiredJpeg()
    {
        // Retired JPEG processes (PS3.6 table A-1): still seen in old archives, still encapsulated.
        string[] names =
        [
            "JPEG Extended (Process 3 and 5)", "JPEG Spectral Selection, Non-Hierarchical (Process 6 and 8)",
            "JPEG Spectral Selection, Non-Hierarchical (Process 7 and 9)", "JPEG Full Progression, Non-Hierarchical (Process 10 and 12)",
            "JPEG Full Progression, Non-Hierarchical (Process 11 and 13)",
        ];
        for (var i = 0; i < names.Length; i++)
            yield return ($"1.2.840.10008.1.2.4.{52 + i}", names[i]);
        string[] hierarchical =
        [
            "JPEG Lossless, Non-Hierarchical (Process 15)", "JPEG Extended, Hierarchical (Process 16 and 18)",
            "JPEG Extended, Hierarchical (Process 17 and 19)", "JPEG Spectral Selection, Hierarchical (Process 20 and 22)",
            "JPEG Spectral Selection, Hierarchical (Process 21 and 23)", "JPEG Full Progression, Hierarchical (Process 24 and 26)",
            "JPEG Full Progression, Hierarchical (Process 25 and 27)", "JPEG Lossless, Hierarchical (Process 28)",
            "JPEG Lossless, Hierarchical (Process 29)",
        ];
        for (var i = 0; i < hierarchical.Length; i++)
            yield return ($"1.2.840.10008.1.2.4.{58 + i}", hierarchical[i]);
    }
}
