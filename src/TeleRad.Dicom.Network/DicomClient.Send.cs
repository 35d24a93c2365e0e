using TeleRad.Dicom.IO;
using TeleRad.Dicom.Network.Dimse;
using TeleRad.Dicom.Network.Pdus;

namespace TeleRad.Dicom.Network;

public sealed partial class DicomClient
{
    private static readonly DicomTag AfterSopInstanceUid = new(0x0008, 0x0019);

    /// <summary>
    /// Sends files with C-STORE, as <c>storescu</c> does: reads each file's SOP class and transfer syntax, proposes the
    /// contexts they need (<see cref="PresentationContextProposal.ForStorage"/>; more than 128 are spread over several
    /// associations), sends the files in order and releases. The options' own presentation contexts are replaced.
    /// Returns one result per path, in the order given; a file that cannot be read or sent is reported, not thrown.
    /// Throws only when an association cannot be established.
    /// </summary>
    public static async Task<IReadOnlyList<StoreFileResult>> SendFilesAsync(DicomClientOptions options, IReadOnlyList<string> paths, IProgress<StoreFileResult>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(paths);
        var results = new StoreFileResult?[paths.Count];
        var pending = new List<(int Index, string SopClass, DicomTransferSyntax Syntax)>();
        for (var i = 0; i < paths.Count; i++)
        {
            var scanned = await ScanAsync(paths[i], cancellationToken).ConfigureAwait(false);
            if (scanned.Error is not null)
                Report(results, i, new StoreFileResult(paths[i], null, scanned.Error), progress);
            else
                pending.Add((i, scanned.SopClass!, scanned.Syntax!));
        }

        foreach (var batch in Batches(pending))
        {
            var contexts = PresentationContextProposal.ForStorage(batch.Select(b => (b.SopClass, b.Syntax)));
            var client = await ConnectAsync(options with { PresentationContexts = contexts }, cancellationToken).ConfigureAwait(false);
            await using (client.ConfigureAwait(false))
            {
                string? broken = null;
                foreach (var (index, _, _) in batch)
                {
                    var path = paths[index];
                    if (broken is not null)
                    {
                        Report(results, index, new StoreFileResult(path, null, broken), progress);
                        continue;
                    }

                    try
                    {
                        var status = await client.StoreAsync(path, cancellationToken).ConfigureAwait(false);
                        Report(results, index, new StoreFileResult(path, status, null), progress);
                    }
                    catch (Exception e) when (e is DimseException or DicomFormatException or IOException or UnauthorizedAccessException or ArgumentException)
                    {
                        Report(results, index, new StoreFileResult(path, null, e.Message), progress);
                    }
                    catch (UpperLayerException e)
                    {
                        broken = "not sent: " + e.Message;
                        Report(results, index, new StoreFileResult(path, null, e.Message), progress);
                    }
                }

                if (broken is null)
                    await client.ReleaseAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return results.Select(r => r!).ToList();
    }

    private static void Report(StoreFileResult?[] results, int index, StoreFileResult result, IProgress<StoreFileResult>? progress)
    {
        results[index] = result;
        progress?.Report(result);
    }

    private static async Task<(string? SopClass, DicomTransferSyntax? Syntax, string? Error)> ScanAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var head = await DicomFile.OpenAsync(path, new DicomReadOptions { StopBeforeTag = AfterSopInstanceUid }, cancellationToken).ConfigureAwait(false);
            var sopClass = head.Dataset.GetString(DicomTags.SOPClassUID) ?? head.FileMetaInformation.GetString(DicomTags.MediaStorageSOPClassUID);
            return string.IsNullOrEmpty(sopClass)
                ? (null, null, "the file has no SOP Class UID (0008,0016).")
                : (sopClass, head.TransferSyntax, null);
        }
        catch (Exception e) when (e is DicomFormatException or IOException or UnauthorizedAccessException)
        {
            return (null, null, e.Message);
        }
    }

    /// <summary>Groups files so that no association needs more than 128 presentation contexts (PS3.8 section 7.1.1.13).</summary>
    private static IEnumerable<List<(int Index, string SopClass, DicomTransferSyntax Syntax)>> Batches(List<(int Index, string SopClass, DicomTransferSyntax Syntax)> files)
    {
        var batch = new List<(int, string, DicomTransferSyntax)>();
        var keys = new HashSet<(string, string)>();
        foreach (var file in files)
        {
            var key = (file.SopClass, file.Syntax.Uid);
            if (!keys.Contains(key) && keys.Count == 128)
            {
                yield return batch;
                batch = [];
                keys.Clear();
            }

            keys.Add(key);
            batch.Add(file);
        }

        if (batch.Count > 0)
            yield return batch;
    }
}
