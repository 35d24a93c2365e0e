using TeleRad.Dicom;

namespace TeleRad.Interop.Tests.Corpus;

/// <summary>
/// A transfer syntax corpus files are written back in: one of the four native
/// syntaxes (PS3.5 A.1, A.2, A.3, A.5), or <see cref="Own"/> — the file's own
/// syntax, for encapsulated pixel data, which is never decoded.
/// </summary>
public sealed record WriteBackTarget(string Name, DicomTransferSyntax? Syntax)
{
    /// <summary>The file's own transfer syntax.</summary>
    public static WriteBackTarget Own { get; } = new("own-syntax", null);

    /// <summary>The native syntaxes every file with native (or no) pixel data is written in.</summary>
    public static IReadOnlyList<WriteBackTarget> Native { get; } =
    [
        new("implicit-little", DicomTransferSyntax.ImplicitVRLittleEndian),
        new("explicit-little", DicomTransferSyntax.ExplicitVRLittleEndian),
        new("explicit-big", DicomTransferSyntax.ExplicitVRBigEndian),
        new("deflated", DicomTransferSyntax.DeflatedExplicitVRLittleEndian),
    ];

    /// <summary>The target called <paramref name="name"/>.</summary>
    public static WriteBackTarget Named(string name) =>
        name == Own.Name ? Own : Native.Single(t => t.Name == name);

    /// <summary>The targets for a file: its own syntax when its pixel data is encapsulated, otherwise the native ones.</summary>
    public static IReadOnlyList<WriteBackTarget> For(DicomFile file) =>
        file.Dataset[DicomTag.PixelData] is DicomFragmentSequence ? [Own] : Native;

    /// <inheritdoc />
    public override string ToString() => Name;
}
