using System.Diagnostics.CodeAnalysis;
using TeleRad.Dicom;
using TeleRad.Dicom.Dictionary;
using TeleRad.Dicom.Values;

namespace TeleRad.Cli.Network;

/// <summary>
/// Builds a C-FIND identifier (PS3.4 section C.2.2) from findscu-style <c>-k</c> keys: <c>TAG=VALUE</c> sets a matching
/// key, <c>TAG</c> alone (or <c>TAG=</c>) asks for the attribute to be returned (universal matching, PS3.4 section
/// C.2.2.2.3). TAG is <c>(gggg,eeee)</c>, <c>gggg,eeee</c> or a dictionary keyword such as <c>PatientName</c>.
/// </summary>
internal static class QueryKeys
{
    /// <summary>Parses one key; on failure <paramref name="error"/> says why (the value is never echoed).</summary>
    public static bool TryParse(string key, [NotNullWhen(true)] out DicomDictionaryEntry? entry, out string value, [NotNullWhen(false)] out string? error)
    {
        var equals = key.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? key : key[..equals];
        value = equals < 0 ? string.Empty : key[(equals + 1)..];
        entry = null;
        if (DicomTag.TryParse(name, out var tag))
        {
            if (!DicomDictionary.TryGet(tag, out var found))
            {
                error = $"-k {name}: the tag is not in the data dictionary, so its VR is unknown.";
                return false;
            }

            entry = found with { Tag = tag };
        }
        else if (DicomDictionary.TryGetByKeyword(name.Trim(), out var byKeyword))
        {
            entry = byKeyword;
        }
        else
        {
            error = $"-k {name}: neither a tag (gggg,eeee) nor a data dictionary keyword.";
            return false;
        }

        if (value.Length > 0 && !entry.VR.IsString())
        {
            error = $"-k {name}: only string VRs take a matching value here; {entry.Keyword} is {entry.VR.Code()}.";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>Adds the key to <paramref name="identifier"/>; an empty value is a zero-length element (return key).</summary>
    public static void Apply(DicomDataset identifier, DicomDictionaryEntry entry, string value)
    {
        if (entry.VR == DicomVR.SQ)
            identifier.SetSequence(entry.Tag);
        else if (value.Length == 0)
            identifier.Add(new DicomElement(entry.Tag, entry.VR, DicomBuffer.FromBytes(ReadOnlyMemory<byte>.Empty)));
        else
            identifier.SetString(entry.Tag, entry.VR, value);
    }
}
