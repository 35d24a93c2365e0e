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
        text.Append("    private static DicomDictionaryEntry[] GeneratedEntries() =>\n    [\n");
        foreach (var e in model.Entries)
        {
            text.Append("        new(new(").Append(CodeText.Hex(e.Group)).Append(", ").Append(CodeText.Hex(e.Element))
                .Append("), ").Append(CodeText.StringLiteral(e.Keyword))
                .Append(", DicomVR.").Append(e.VR).Append(", DicomVR.").Append(e.AlternateVR)
                .Append(", ").Append(CodeText.StringLiteral(e.VM)).Append(", ").Append(CodeText.Bool(e.IsRetired))
                .Append("),\n");
        }
        text.Append("    ];\n\n");
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
