using TeleRad.Dicom;
using TeleRad.Interop.Tests.Corpus;
using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Network;

/// <summary>The pydicom files the network tests send, and how received copies are checked against them.</summary>
public static class ReceivedFiles
{
    private static readonly DicomTag TrailingPadding = new(0xFFFC, 0xFFFC);

    /// <summary>CT (explicit VR little endian), MR (explicit VR little endian) and RT Plan (implicit VR little endian).</summary>
    public static IReadOnlyList<string> Originals() =>
        [TestCorpus.TestFile("CT_small.dcm"), TestCorpus.TestFile("MR_small.dcm"), TestCorpus.TestFile("rtplan.dcm")];

    /// <summary>Every file under <paramref name="directory"/> read by the toolkit, keyed by SOP Instance UID.</summary>
    public static async Task<IReadOnlyDictionary<string, DicomFile>> BySopInstanceUidAsync(string directory)
    {
        var files = new Dictionary<string, DicomFile>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var file = await DicomFile.OpenAsync(path);
            files.Add(file.Dataset.GetString(DicomTags.SOPInstanceUID)!, file);
        }

        return files;
    }

    /// <summary>
    /// The differences, element by element (tag, VR, value bytes, through sequences), between each original's data set
    /// and the received file with its SOP Instance UID; the File Meta Information (group 0002) is not compared, nor is
    /// Data Set Trailing Padding (FFFC,FFFC), which has no meaning (PS3.10 section 7.2) and which DCMTK drops when it
    /// sends (storescu) or writes (storescp) a data set.
    /// </summary>
    public static async Task<IReadOnlyList<string>> DifferencesAsync(IEnumerable<string> originals, IReadOnlyDictionary<string, DicomFile> received)
    {
        var differences = new List<string>();
        foreach (var path in originals)
        {
            var original = await DicomFile.OpenAsync(path);
            var uid = original.Dataset.GetString(DicomTags.SOPInstanceUID)!;
            if (!received.TryGetValue(uid, out var copy))
            {
                differences.Add($"{Path.GetFileName(path)}: not received");
                continue;
            }

            var expected = original.Dataset.Clone();
            expected.Remove(TrailingPadding);
            var actual = copy.Dataset.Clone();
            actual.Remove(TrailingPadding);
            differences.AddRange((await DatasetDifferences.FindAsync(actual, expected)).Select(d => $"{Path.GetFileName(path)}: {d}"));
        }

        return differences;
    }
}
