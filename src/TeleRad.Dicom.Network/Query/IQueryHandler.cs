namespace TeleRad.Dicom.Network.Query;

/// <summary>
/// What a C-FIND SCP answers queries with (PS3.4 annex C), supplied by the application. The session sends one pending
/// response per identifier yielded, then a final success; a C-CANCEL-RQ cancels the token and the final status
/// becomes Cancel (FE00H). Throw <see cref="FindRejectedException"/> to refuse an identifier with a status (A900H,
/// Cxxx); any other exception ends the query with Unable to process (C000H).
/// </summary>
public interface IQueryHandler
{
    /// <summary>The matches of <paramref name="identifier"/>, each with the requested return keys filled in.</summary>
    IAsyncEnumerable<DicomDataset> FindAsync(FindRequestInfo request, DicomDataset identifier, CancellationToken cancellationToken);
}
