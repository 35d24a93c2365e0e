namespace TeleRad.Dicom.Generator.Sources;

/// <summary>
/// Reads DCMTK's dicom.dic. Its header documents the format: one entry per line, five tab-separated fields
/// (Tag, VR, Name, VM, Version); tags written <c>(gggg,eeee)</c> where either half may be a range; '#' starts a comment.
/// </summary>
public static class DicomDicParser
{
    private const string ProvenancePrefix = "Generated automatically from ";

    /// <summary>Reads and parses the file at <paramref name="path"/>.</summary>
    public static DicomDicFile ParseFile(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses the text of a dicom.dic file.</summary>
    public static DicomDicFile Parse(string text)
    {
        var entries = new List<DicomDicEntry>();
        string? provenance = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.StartsWith('#'))
            {
                var comment = line.TrimStart('#').Trim();
                if (provenance is null && comment.StartsWith(ProvenancePrefix, StringComparison.Ordinal))
                    provenance = comment[ProvenancePrefix.Length..].TrimEnd('.');
                continue;
            }
            if (line.Trim().Length == 0)
                continue;
            entries.Add(ParseLine(line, i + 1));
        }
        return new DicomDicFile(entries, provenance);
    }

    private static DicomDicEntry ParseLine(string line, int lineNumber)
    {
        var fields = line.Split('\t');
        if (fields.Length != 5)
            throw new FormatException($"dicom.dic line {lineNumber}: expected 5 tab-separated fields, found {fields.Length}.");
        var tag = fields[0];
        if (tag.Length < 11 || tag[0] != '(' || tag[^1] != ')')
            throw new FormatException($"dicom.dic line {lineNumber}: malformed tag '{tag}'.");
        var halves = tag[1..^1].Split(',');
        if (halves.Length != 2)
            throw new FormatException($"dicom.dic line {lineNumber}: malformed tag '{tag}'.");
        try
        {
            return new DicomDicEntry(
                TagRange.Parse(halves[0]), TagRange.Parse(halves[1]),
                fields[1], fields[2], fields[3], fields[4], lineNumber);
        }
        catch (FormatException e)
        {
            throw new FormatException($"dicom.dic line {lineNumber}: {e.Message}", e);
        }
    }
}
