using System.Text;
using TeleRad.Dicom.Generator.Model;

namespace TeleRad.Dicom.Generator.Emitters;

/// <summary>Writes <c>Dictionary/DicomDictionary.Generated.cs</c>: the entries behind <c>DicomDictionary</c>.</summary>
public static class DictionaryEmitter
{
    /// <summary>The output path, relative to the TeleRad.Dicom project folder.</summary>
    public const string RelativePath = "Dictionary/DicomDictionary.Generated.cs";

    /// <summary>The file's content.</summary>
    public static string Emit(DictionaryModel model, SourceDescription source)
    {
        var text = new StringBuilder();
        GeneratedHeader.Write(text, [source],
        [
            $"{model.Entries.Count} single-tag entries and {model.Ranges.Count} repeating-range entries;",
            $"{model.SkippedEntries} private, illegal-group and generic group length entries of dicom.dic left out.",
        ]);
        text.Append("namespace TeleRad.Dicom.Dictionary;\n\n");
        text.Append("public static partial class DicomDictionary\n{\n");
        // The single-tag entries are a text table parsed once at start-up, not thousands of constructor calls: a
        // method that large takes the JIT about half a second, and `telerad dump` would pay it on every run.
        text.Append("    /// <summary>\n");
        text.Append("    /// One line per entry, sorted by tag: tag (eight hexadecimal digits), keyword, VR, alternate VR, VM, and R when\n");
        text.Append("    /// retired; fields separated by one space, \"-\" for an absent alternate VR or retired flag.\n");
        text.Append("    /// </summary>\n");
        text.Append("    private const string GeneratedEntryTable = \"\"\"\n");
        foreach (var e in model.Entries)
        {
            text.Append("        ").Append(CodeText.Hex4(e.Group)).Append(CodeText.Hex4(e.Element))
                .Append(' ').Append(e.Keyword)
                .Append(' ').Append(e.VR)
                .Append(' ').Append(e.AlternateVR == "None" ? "-" : e.AlternateVR)
                .Append(' ').Append(e.VM)
                .Append(' ').Append(e.IsRetired ? "R" : "-")
                .Append('\n');
        }
        text.Append("        \"\"\";\n\n");
        text.Append("    private static DicomDictionaryRangeEntry[] GeneratedRangeEntries() =>\n    [\n");
        foreach (var r in model.Ranges)
        {
            text.Append("        new(")
                .Append(CodeText.Hex(r.Group.First)).Append(", ").Append(CodeText.Hex(r.Group.Last))
                .Append(", DicomRangeParity.").Append(r.Group.Parity).Append(", ")
                .Append(CodeText.Hex(r.Element.First)).Append(", ").Append(CodeText.Hex(r.Element.Last))
                .Append(", DicomRangeParity.").Append(r.Element.Parity).Append(", ")
                .Append(CodeText.StringLiteral(r.Keyword))
                .Append(", DicomVR.").Append(r.VR).Append(", DicomVR.").Append(r.AlternateVR)
                .Append(", ").Append(CodeText.StringLiteral(r.VM)).Append(", ").Append(CodeText.Bool(r.IsRetired))
                .Append("),\n");
        }
        text.Append("    ];\n}\n");
        return text.ToString();
    }
}
