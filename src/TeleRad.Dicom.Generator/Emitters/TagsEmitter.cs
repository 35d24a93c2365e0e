using System.Text;
using TeleRad.Dicom.Generator.Model;

namespace TeleRad.Dicom.Generator.Emitters;

/// <summary>Writes <c>Dictionary/DicomTags.Generated.cs</c>: one <c>DicomTag</c> property per single-tag keyword.</summary>
public static class TagsEmitter
{
    /// <summary>The output path, relative to the TeleRad.Dicom project folder.</summary>
    public const string RelativePath = "Dictionary/DicomTags.Generated.cs";

    private const string ClassName = "DicomTags";

    /// <summary>The file's content. Entries are in tag order; of several with the same keyword the first wins.</summary>
    public static string Emit(DictionaryModel model, SourceDescription source)
    {
        var names = CSharpIdentifier.Unique(model.Entries.Select(e => e.Keyword), ClassName);
        var body = new StringBuilder();
        var count = 0;
        for (var i = 0; i < model.Entries.Count; i++)
        {
            if (names[i] is not { } name)
                continue;
            var e = model.Entries[i];
            if (count++ > 0)
                body.Append('\n');
            body.Append("    /// <summary>(").Append(CodeText.Hex4(e.Group)).Append(',').Append(CodeText.Hex4(e.Element))
                .Append(") ").Append(CodeText.XmlText(e.Keyword)).Append(", ")
                .Append(VRMapping.Describe(e.VR, e.AlternateVR)).Append(", VM ").Append(CodeText.XmlText(e.VM))
                .Append(e.IsRetired ? ", retired" : "").Append("</summary>\n");
            // A property, not a static readonly field: 4,919 field initialisers would all run (and be compiled) on the
            // first use of any tag; a property costs nothing until used and is inlined.
            body.Append("    public static DicomTag ").Append(name).Append(" => new(")
                .Append(CodeText.Hex(e.Group)).Append(", ").Append(CodeText.Hex(e.Element)).Append(");\n");
        }

        var text = new StringBuilder();
        GeneratedHeader.Write(text, [source],
            [$"{count} tags; repeating groups such as (60xx,3000) are in DicomDictionary.RangeEntries only."]);
        text.Append("namespace TeleRad.Dicom;\n\n");
        text.Append("/// <summary>Every public single-tag data element of PS3.6 by keyword, retired ones included.</summary>\n");
        text.Append("public static partial class ").Append(ClassName).Append("\n{\n");
        text.Append(body);
        text.Append("}\n");
        return text.ToString();
    }
}
