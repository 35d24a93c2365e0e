using System.Collections.Frozen;
using TeleRad.Dicom;

namespace TeleRad.Interop.Tests.Corpus;

/// <summary>
/// The corpus files our reader must refuse, and the fault it must name. Every
/// other corpus file must read. Keep this list short and explained: a file
/// added here hides it from every other corpus test.
/// </summary>
public static class ExpectedReadFailures
{
    private static readonly FrozenDictionary<string, DicomFormatFault> Faults = new Dictionary<string, DicomFormatFault>(StringComparer.Ordinal)
    {
        // Deliberately truncated by pydicom's authors: Pixel Data claims 8192
        // bytes, 8130 remain. DCMTK's dcmdump fails too ("larger (8192) than
        // remaining bytes"); pydicom silently returns the short value. Refusing
        // is right: a short pixel value is not the image the header describes.
        ["test_files/MR_truncated.dcm"] = DicomFormatFault.LengthExceedsContainer,

        // Also deliberately truncated: Isocenter Position (300A,012C) claims 50
        // bytes, 29 remain (dcmdump: "Invalid stream"). pydicom stops silently
        // at the previous element.
        ["test_files/rtplan_truncated.dcm"] = DicomFormatFault.LengthExceedsContainer,

        // Starts with one stray byte before an explicit VR little endian data
        // set, so every tag is read shifted by a byte: the first "tag" is
        // (0820,0500). Checked with pydicom 2.3: dcmread(force=True) yields just
        // that one element, VR UN, swallowing the other 38863 bytes as its
        // value; it recovers nothing. dcmdump refuses the file. No plausible
        // first element, no preamble: not DICOM.
        ["test_files/no_meta.dcm"] = DicomFormatFault.NotDicom,

        // Not DICOM at all: documentation, JSON examples, dcmdump text output
        // and a gzip archive that sit among pydicom's test data.
        ["test_files/README.txt"] = DicomFormatFault.NotDicom,
        ["test_files/dicomdirtests/README.txt"] = DicomFormatFault.NotDicom,
        ["test_files/dicomdirtests/TINY_ALPHA/README"] = DicomFormatFault.NotDicom,
        ["test_files/rtplan.dump"] = DicomFormatFault.NotDicom,
        ["test_files/rtstruct.dump"] = DicomFormatFault.NotDicom,
        ["test_files/test1.json"] = DicomFormatFault.NotDicom,
        ["test_files/test_PN.json"] = DicomFormatFault.NotDicom,
        ["test_files/zipMR.gz"] = DicomFormatFault.NotDicom,
        ["charset_files/FileInfo.txt"] = DicomFormatFault.NotDicom,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The keys (see <see cref="CorpusCatalog"/>) of the files expected to fail.</summary>
    public static IReadOnlyCollection<string> Keys => Faults.Keys;

    /// <summary>True when the file with <paramref name="key"/> is expected to fail.</summary>
    public static bool Contains(string key) => Faults.ContainsKey(key);

    /// <summary>The fault expected for <paramref name="key"/>.</summary>
    public static DicomFormatFault FaultOf(string key) => Faults[key];
}
