using System.Collections.Frozen;

namespace TeleRad.Interop.Tests.Corpus;

/// <summary>
/// Elements where pydicom 2.3's JSON model is wrong and ours is right: each
/// entry is one file and one tag path, with the reason. Kept narrow on
/// purpose, so that a new difference anywhere else still fails.
/// </summary>
public static class KnownPydicomDefects
{
    private static readonly FrozenDictionary<(string File, string TagPath), string> Defects =
        new Dictionary<(string File, string TagPath), string>
        {
        }.ToFrozenDictionary();

    /// <summary>Why the element at <paramref name="tagPath"/> of <paramref name="fileKey"/> is not compared, or null.</summary>
    public static string? Reason(string fileKey, string tagPath) =>
        Defects.TryGetValue((fileKey, tagPath), out var reason) ? reason : null;
}
