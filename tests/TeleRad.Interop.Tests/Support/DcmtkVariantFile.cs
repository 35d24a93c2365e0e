namespace TeleRad.Interop.Tests.Support;

/// <summary>
/// A DCMTK-written variant of a pydicom test file: <see cref="Path"/> was made
/// from <see cref="SourcePath"/> by the tool for <see cref="Kind"/>.
/// </summary>
public sealed record DcmtkVariantFile(string Path, string SourcePath, DcmtkVariantKind Kind)
{
    /// <summary>The source file's name without extension, e.g. <c>CT_small</c>.</summary>
    public string SourceName => System.IO.Path.GetFileNameWithoutExtension(SourcePath);

    /// <summary>Short name for test case names, e.g. <c>CT_small.rle</c>.</summary>
    public override string ToString() => $"{SourceName}.{Kind.Name}";
}
