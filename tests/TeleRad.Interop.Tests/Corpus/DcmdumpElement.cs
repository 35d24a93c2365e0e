namespace TeleRad.Interop.Tests.Corpus;

/// <summary>One element line of a dcmdump listing: its path in the data set, VR and printed value.</summary>
public sealed record DcmdumpElement(string Path, string VR, string Value);
