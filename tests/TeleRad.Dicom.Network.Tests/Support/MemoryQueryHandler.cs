using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using TeleRad.Dicom.Network.Query;

namespace TeleRad.Dicom.Network.Tests.Support;

/// <summary>
/// A query handler over studies held in memory, matching Patient Name (0010,0010) with the * and ? wildcards of PS3.4
/// section C.2.2.2.4. <see cref="Endless"/> yields the first study over and over, for cancellation tests.
/// </summary>
internal sealed class MemoryQueryHandler(params (string PatientName, string StudyUid)[] studies) : IQueryHandler
{
    private volatile bool _sawCancellation;

    public bool Endless { get; init; }

    public Exception? Reject { get; init; }

    public bool SawCancellation => _sawCancellation;

    public List<FindRequestInfo> Requests { get; } = [];

    public async IAsyncEnumerable<DicomDataset> FindAsync(FindRequestInfo request, DicomDataset identifier, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        lock (Requests)
            Requests.Add(request);
        if (Reject is not null)
            throw Reject;
        using var registration = cancellationToken.Register(() => _sawCancellation = true);
        var pattern = identifier.GetString(DicomTags.PatientName) ?? string.Empty;
        var regex = new Regex("^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$", RegexOptions.None, TimeSpan.FromSeconds(1));
        do
        {
            foreach (var (name, uid) in studies)
            {
                if (pattern.Length > 0 && !regex.IsMatch(name))
                    continue;
                await Task.Delay(Endless ? 20 : 0, cancellationToken);
                var match = new DicomDataset();
                match.SetString(DicomTags.QueryRetrieveLevel, request.Level);
                match.SetString(DicomTags.PatientName, name);
                match.SetString(DicomTags.StudyInstanceUID, uid);
                yield return match;
            }
        }
        while (Endless);
    }
}
