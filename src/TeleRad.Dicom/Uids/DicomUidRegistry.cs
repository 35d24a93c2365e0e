using System.Collections.Frozen;

namespace TeleRad.Dicom.Uids;

/// <summary>Lookup of the registered UIDs of PS3.6 table A-1 (generated; see <c>src/TeleRad.Dicom.Generator</c>).</summary>
public static partial class DicomUidRegistry
{
    private static readonly FrozenDictionary<string, DicomUidInfo> s_byUid =
        GeneratedUids().ToFrozenDictionary(u => u.Uid, StringComparer.Ordinal);

    /// <summary>Every registered UID.</summary>
    public static IEnumerable<DicomUidInfo> All => s_byUid.Values;

    /// <summary>Looks up a registered UID.</summary>
    public static bool TryGet(string uid, out DicomUidInfo info) => s_byUid.TryGetValue(uid, out info!);

    /// <summary>The name of a registered UID, or null.</summary>
    public static string? NameOf(string uid) => s_byUid.TryGetValue(uid, out var info) ? info.Name : null;

    /// <summary>Every storage SOP class of the standard.</summary>
    public static IEnumerable<DicomUidInfo> StorageSopClasses => s_byUid.Values.Where(u => u.IsStorageSopClass);
}
