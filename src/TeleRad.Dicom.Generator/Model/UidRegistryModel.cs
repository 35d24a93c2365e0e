using TeleRad.Dicom.Generator.Sources;

namespace TeleRad.Dicom.Generator.Model;

/// <summary>The registered UIDs: pydicom's table with the supplement merged in, sorted by UID.</summary>
/// <param name="Uids">Every UID, sorted with <see cref="UidComparer"/>.</param>
/// <param name="FromPydicom">How many came from pydicom's table (and were not replaced by the supplement).</param>
/// <param name="FromSupplement">How many came from the supplement.</param>
public sealed record UidRegistryModel(IReadOnlyList<UidModel> Uids, int FromPydicom, int FromSupplement)
{
    /// <summary>
    /// Merges the two sources. A UID listed in both takes the supplement's row, so the supplement can also correct
    /// an outdated pydicom row. A UID listed twice in one source is an error.
    /// </summary>
    public static UidRegistryModel Build(IReadOnlyList<UidRecord> pydicom, IReadOnlyList<UidRecord> supplement)
    {
        var byUid = new Dictionary<string, UidModel>(StringComparer.Ordinal);
        Add(byUid, pydicom, fromSupplement: false, "pydicom's UID table");
        var supplementByUid = new Dictionary<string, UidModel>(StringComparer.Ordinal);
        Add(supplementByUid, supplement, fromSupplement: true, "the UID supplement");
        foreach (var (uid, model) in supplementByUid)
            byUid[uid] = model;
        var sorted = byUid.Values.OrderBy(u => u.Uid, UidComparer.Instance).ToList();
        var fromSupplement = sorted.Count(u => u.FromSupplement);
        return new UidRegistryModel(sorted, sorted.Count - fromSupplement, fromSupplement);
    }

    private static void Add(Dictionary<string, UidModel> target, IReadOnlyList<UidRecord> records, bool fromSupplement, string source)
    {
        foreach (var r in records)
        {
            if (!IsUid(r.Uid))
                throw new FormatException($"'{r.Uid}' in {source} is not a valid UID (PS3.5 section 9.1).");
            if (r.Keyword.Length > 0 && !CSharpIdentifier.IsPlainIdentifier(r.Keyword) && !CSharpIdentifier.IsPlainIdentifier("_" + r.Keyword))
                throw new FormatException($"UID {r.Uid} in {source}: keyword '{r.Keyword}' cannot be made an identifier.");
            var model = new UidModel(r.Uid, r.Name, r.Keyword, r.TypeText, UidTypeMapping.Map(r.TypeText), r.IsRetired, fromSupplement);
            if (!target.TryAdd(r.Uid, model))
                throw new FormatException($"UID {r.Uid} is listed twice in {source}.");
        }
    }

    // PS3.5 section 9.1: components of digits separated by '.', no leading zero in a multi-digit component, at most 64 characters.
    private static bool IsUid(string uid) =>
        uid.Length is > 0 and <= 64 &&
        uid.Split('.').All(c => c.Length > 0 && c.All(char.IsAsciiDigit) && (c.Length == 1 || c[0] != '0'));
}
