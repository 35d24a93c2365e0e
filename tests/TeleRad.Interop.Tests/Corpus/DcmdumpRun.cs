using TeleRad.Interop.Tests.Support;

namespace TeleRad.Interop.Tests.Corpus;

/// <summary>What dcmdump did with one file, and its parsed view of the data set.</summary>
public sealed record DcmdumpRun(PeerResult Result, DcmdumpView View);
