namespace TeleRad.Dicom.Generator.Sources;

/// <summary>
/// Reads the checked-in <c>uids-supplement.tsv</c>: UIDs added to PS3.6 table A-1 after the pydicom table that is
/// installed. Lines starting with '#' and blank lines are ignored; every other line has six tab-separated fields:
/// UID, Name, Type (as PS3.6 writes it), Status (<c>current</c> or <c>retired</c>), Keyword, Reference.
/// </summary>
public static class UidSupplementParser
{
    /// <summary>Reads and parses the file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<UidRecord> ParseFile(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses the text of a supplement file.</summary>
    public static IReadOnlyList<UidRecord> Parse(string text)
    {
        var records = new List<UidRecord>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.StartsWith('#') || line.Trim().Length == 0)
                continue;
            var fields = line.Split('\t');
            if (fields.Length != 6)
                throw new FormatException($"UID supplement line {i + 1}: expected 6 tab-separated fields, found {fields.Length}.");
            if (fields[0].Length == 0 || fields[1].Length == 0 || fields[2].Length == 0)
                throw new FormatException($"UID supplement line {i + 1}: UID, Name and Type are required.");
            var retired = fields[3] switch
            {
                "current" => false,
                "retired" => true,
                _ => throw new FormatException($"UID supplement line {i + 1}: status must be 'current' or 'retired'."),
            };
            records.Add(new UidRecord(fields[0], fields[1], fields[2], retired, fields[4]));
        }
        return records;
    }
}
