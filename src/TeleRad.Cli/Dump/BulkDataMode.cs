namespace TeleRad.Cli.Dump;

/// <summary>What <c>telerad dump --json</c> writes for bulk values (PS3.18 section F.2.6).</summary>
internal enum BulkDataMode
{
    /// <summary>A <c>BulkDataURI</c>: a <c>file://</c> URI with the byte range of the value in the file.</summary>
    Uri,

    /// <summary>No value: only <c>"vr"</c> is written, as PS3.18 section F.2.5 allows.</summary>
    Omit,
}
