using System.Text;
using TeleRad.Dicom.Generator.Model;

namespace TeleRad.Dicom.Generator.Emitters;

/// <summary>Writes <c>Uids/DicomUids.Generated.cs</c>: one constant per UID that has a keyword.</summary>
public static class UidsEmitter
{
    /// <summary>The output path, relative to the TeleRad.Dicom project folder.</summary>
    public const string RelativePath = "Uids/DicomUids.Generated.cs";

    private const string ClassName = "DicomUids";

    /// <summary>The file's content. UIDs are in UID order; of several with the same keyword the first wins.</summary>
    public static string Emit(UidRegistryModel model, IReadOnlyList<SourceDescription> sources)
    {
        var names = CSharpIdentifier.Unique(model.Uids.Select(u => u.Keyword), ClassName);
        var body = new StringBuilder();
        var count = 0;
        for (var i = 0; i < model.Uids.Count; i++)
        {
            if (names[i] is not { } name)
                continue;
            var u = model.Uids[i];
            if (count++ > 0)
                body.Append('\n');
            body.Append("    /// <summary>").Append(CodeText.XmlText(u.Name)).Append(" (").Append(CodeText.XmlText(u.TypeText))
                .Append(u.IsRetired ? ", retired" : "").Append(").</summary>\n");
            body.Append("    public const string ").Append(name).Append(" = ").Append(CodeText.StringLiteral(u.Uid)).Append(";\n");
        }

        var text = new StringBuilder();
        GeneratedHeader.Write(text, sources, [$"{count} UIDs with a keyword."]);
        text.Append("namespace TeleRad.Dicom.Uids;\n\n");
        text.Append("/// <summary>Every registered UID of PS3.6 table A-1 that has a keyword, by keyword, retired ones included.</summary>\n");
        text.Append("public static partial class ").Append(ClassName).Append("\n{\n");
        text.Append(body);
        text.Append("}\n");
        return text.ToString();
    }
}
