using TeleRad.Dicom;
using TeleRad.Dicom.Values;

namespace TeleRad.Interop.Tests.Corpus;

/// <summary>
/// Lists how two data sets read by our own reader differ: attributes by tag
/// path, kind, VR and value bytes, recursively through sequence items and
/// pixel data fragments. Used to check that two ways of reading the same
/// bytes agree, not to judge against a peer.
/// </summary>
public static class DatasetDifferences
{
    /// <summary>The differences between <paramref name="actual"/> and <paramref name="expected"/> (empty when equal).</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(DicomDataset actual, DicomDataset expected)
    {
        var differences = new List<string>();
        await CompareAsync(string.Empty, actual, expected, differences);
        return differences;
    }

    private static async Task CompareAsync(string path, DicomDataset actual, DicomDataset expected, List<string> differences)
    {
        var tags = actual.Select(a => a.Tag).Union(expected.Select(a => a.Tag)).Order();
        foreach (var tag in tags)
        {
            var tagPath = path + tag;
            var (a, e) = (actual[tag], expected[tag]);
            if (a is null || e is null)
            {
                differences.Add($"{tagPath}: only in {(a is null ? "expected" : "actual")}");
            }
            else if (a.GetType() != e.GetType() || a.VR != e.VR)
            {
                differences.Add($"{tagPath}: {a.GetType().Name} {a.VR.Code()} vs {e.GetType().Name} {e.VR.Code()}");
            }
            else if (a is DicomSequence sa && e is DicomSequence se)
            {
                if (sa.Items.Count != se.Items.Count)
                {
                    differences.Add($"{tagPath}: {sa.Items.Count} items vs {se.Items.Count}");
                    continue;
                }

                for (var i = 0; i < sa.Items.Count; i++)
                {
                    await CompareAsync($"{tagPath}[{i}]", sa.Items[i], se.Items[i], differences);
                }
            }
            else if (a is DicomFragmentSequence fa && e is DicomFragmentSequence fe)
            {
                List<DicomBuffer> actualItems = [fa.OffsetTable, .. fa.Fragments];
                List<DicomBuffer> expectedItems = [fe.OffsetTable, .. fe.Fragments];
                if (actualItems.Count != expectedItems.Count)
                {
                    differences.Add($"{tagPath}: {fa.Fragments.Count} fragments vs {fe.Fragments.Count}");
                    continue;
                }

                for (var i = 0; i < actualItems.Count; i++)
                {
                    await CompareBytesAsync($"{tagPath}[{i}]", actualItems[i], expectedItems[i], differences);
                }
            }
            else if (a is DicomElement ea && e is DicomElement ee)
            {
                await CompareBytesAsync(tagPath, ea.Buffer, ee.Buffer, differences);
            }
        }
    }

    private static async Task CompareBytesAsync(string path, DicomBuffer actual, DicomBuffer expected, List<string> differences)
    {
        var a = await actual.LoadAsync(CancellationToken.None);
        var e = await expected.LoadAsync(CancellationToken.None);
        if (!a.Span.SequenceEqual(e.Span))
        {
            differences.Add($"{path}: {a.Length} value bytes vs {e.Length}, first difference at byte {a.Span.CommonPrefixLength(e.Span)}");
        }
    }
}
