using TeleRad.Dicom;

namespace TeleRad.Cli.Network;

/// <summary>What <c>telerad find</c> asks and how it prints the matches.</summary>
/// <param name="Target">The SCP.</param>
/// <param name="SopClassUid">The query information model's FIND SOP class.</param>
/// <param name="Identifier">The identifier: matching and return keys, with Query/Retrieve Level (0008,0052).</param>
/// <param name="Json">True for NDJSON (PS3.18 annex F), one match per line; false for dump-style text.</param>
internal sealed record FindSettings(ScuTarget Target, string SopClassUid, DicomDataset Identifier, bool Json);
