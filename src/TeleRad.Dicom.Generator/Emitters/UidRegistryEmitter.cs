using System.Text;
using TeleRad.Dicom.Generator.Model;

namespace TeleRad.Dicom.Generator.Emitters;

/// <summary>Writes <c>Uids/DicomUidRegistry.Generated.cs</c>: the rows behind <c>DicomUidRegistry</c>.</summary>
public static class UidRegistryEmitter
{
    /// <summary>The output path, relative to the TeleRad.Dicom project folder.</summary>
    public const string RelativePath = "Uids/DicomUidRegistry.Generated.cs";

    /// <summary>The file's content, in UID order.</summary>
    public static string Emit(UidRegistryModel model, IReadOnlyList<SourceDescription> sources)
    {
        var text = new StringBuilder();
        GeneratedHeader.Write(text, sources,
            [$"{model.Uids.Count} UIDs: {model.FromPydicom} from pydicom's table, {model.FromSupplement} from the supplement."]);
        text.Append("namespace TeleRad.Dicom.Uids;\n\n");
        text.Append("public static partial class DicomUidRegistry\n{\n");
        text.Append("    private static DicomUidInfo[] GeneratedUids() =>\n    [\n");
        foreach (var u in model.Uids)
        {
            text.Append("        new(").Append(CodeText.StringLiteral(u.Uid)).Append(", ")
                .Append(CodeText.StringLiteral(u.Name)).Append(", ").Append(CodeText.StringLiteral(u.Keyword))
                .Append(", DicomUidType.").Append(u.Type).Append(", ").Append(CodeText.Bool(u.IsRetired)).Append("),\n");
        }
        text.Append("    ];\n}\n");
        return text.ToString();
    }
}
