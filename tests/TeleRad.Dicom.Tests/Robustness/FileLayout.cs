namespace TeleRad.Dicom.Tests.Robustness;

/// <summary>What <see cref="StructureScanner.ScanFile"/> found in a file.</summary>
/// <param name="Fields">The headers, in stream order.</param>
/// <param name="DatasetOffset">Where the data set starts (after preamble and meta group).</param>
/// <param name="Deflated">True when the data set is deflated (PS3.5 section A.5); its headers are then not scanned.</param>
internal sealed record FileLayout(IReadOnlyList<HeaderField> Fields, int DatasetOffset, bool Deflated);
