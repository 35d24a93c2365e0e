using TeleRad.Dicom.Generator.Sources;

namespace TeleRad.Dicom.Generator.Model;

/// <summary>The public data dictionary built from dicom.dic: what the dictionary and tag emitters write.</summary>
/// <param name="Entries">Single-tag entries, sorted by tag.</param>
/// <param name="Ranges">Repeating-range entries, sorted by first group, then first element.</param>
/// <param name="SkippedEntries">dicom.dic entries left out because they are not public DICOM elements.</param>
public sealed record DictionaryModel(
    IReadOnlyList<DictionaryEntryModel> Entries,
    IReadOnlyList<DictionaryRangeModel> Ranges,
    int SkippedEntries)
{
    private const string RetiredPrefix = "RETIRED_";

    /// <summary>
    /// Builds the dictionary. Only entries whose Version is <c>DICOM</c>, <c>DICOM/retired</c>, <c>DICOM/DICONDE</c> or
    /// <c>DICOM/DICOS</c> are kept. DCMTK's <c>PRIVATE</c> (private group lengths and creators), <c>ILLEGAL</c>
    /// (groups 0001-0007) and <c>GENERIC</c> (any group length) entries are left out: <c>DicomDictionary.TryGet</c>
    /// answers private creators and group lengths itself (PS3.5 sections 7.2 and 7.8.1). Any other Version stops the
    /// generator. As dicom.dic's header says, a later entry for the same tag overrides an earlier one.
    /// </summary>
    public static DictionaryModel Build(DicomDicFile file)
    {
        var singles = new Dictionary<uint, DictionaryEntryModel>();
        var ranges = new Dictionary<(TagRange, TagRange), DictionaryRangeModel>();
        var skipped = 0;
        foreach (var entry in file.Entries)
        {
            if (!IsPublic(entry, out var isRetired))
            {
                skipped++;
                continue;
            }
            var keyword = isRetired && entry.Name.StartsWith(RetiredPrefix, StringComparison.Ordinal)
                ? entry.Name[RetiredPrefix.Length..]
                : entry.Name;
            if (!CSharpIdentifier.IsPlainIdentifier(keyword))
                throw new FormatException($"dicom.dic line {entry.LineNumber}: keyword '{keyword}' is not an identifier.");
            var (vr, alternate) = VRMapping.Map(entry.VRCode);
            if (entry.IsRange)
            {
                ranges[(entry.Group, entry.Element)] =
                    new DictionaryRangeModel(entry.Group, entry.Element, keyword, vr, alternate, entry.VM, isRetired);
            }
            else
            {
                var model = new DictionaryEntryModel(
                    entry.Group.First, entry.Element.First, keyword, vr, alternate, entry.VM, isRetired);
                singles[model.Tag] = model;
            }
        }
        return new DictionaryModel(
            [.. singles.Values.OrderBy(e => e.Tag)],
            [.. ranges.Values
                .OrderBy(r => r.Group.First).ThenBy(r => r.Element.First)
                .ThenBy(r => r.Group.Last).ThenBy(r => r.Element.Last)],
            skipped);
    }

    private static bool IsPublic(DicomDicEntry entry, out bool isRetired)
    {
        isRetired = false;
        switch (entry.Version)
        {
            case "DICOM":
            case "DICOM/DICONDE":
            case "DICOM/DICOS":
                return true;
            case "DICOM/retired":
                isRetired = true;
                return true;
            case "PRIVATE":
            case "ILLEGAL":
            case "GENERIC":
                return false;
            default:
                throw new FormatException($"dicom.dic line {entry.LineNumber}: unknown version '{entry.Version}'.");
        }
    }
}
