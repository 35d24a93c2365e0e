using System.Runtime.CompilerServices;
using System.Threading.Channels;
using TeleRad.Dicom.Network.Dimse;
using TeleRad.Dicom.Network.Pdus;
using TeleRad.Dicom.Network.Query;
using TeleRad.Dicom.Network.UpperLayer;

namespace TeleRad.Dicom.Network;

public sealed partial class DicomClient
{
    /// <summary>
    /// Sends a C-FIND-RQ with <paramref name="identifier"/> (PS3.4 annex C, PS3.7 section 9.1.2) on the accepted
    /// context of <paramref name="sopClassUid"/> (propose it with <see cref="PresentationContextProposal.ForQuery"/>) and
    /// yields every response: one pending response per match with its identifier, then the final one (success,
    /// cancel or failure), after which the enumeration ends. Stopping the enumeration before the final response sends
    /// a C-CANCEL-RQ (PS3.7 section 9.3.2.3) and reads the remaining responses, so the association stays usable;
    /// cancelling <paramref name="cancellationToken"/> aborts the association instead. Each response is awaited at
    /// most the DIMSE timeout.
    /// </summary>
    public async IAsyncEnumerable<FindResponse> FindAsync(string sopClassUid, DicomDataset identifier, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sopClassUid);
        ArgumentNullException.ThrowIfNull(identifier);
        var context = _association.PresentationContexts.FirstOrDefault(c => c.IsAccepted && c.AbstractSyntax == sopClassUid)
            ?? throw new DimseException(DimseFault.NoPresentationContext, $"the SCP accepted no presentation context for {sopClassUid}.");
        await _operation.WaitAsync(cancellationToken).ConfigureAwait(false);
        var finished = false;
        var sent = false;
        ushort messageId = 0;
        ChannelReader<FindResponse>? responses = null;
        try
        {
            _lastMessageId = (ushort)(_lastMessageId == ushort.MaxValue ? 1 : _lastMessageId + 1);
            messageId = _lastMessageId;
            responses = _user.ExpectStream(messageId);
            await SendFindAsync(context, DimseCommand.FindRequest(messageId, sopClassUid, _options.Priority), identifier, cancellationToken).ConfigureAwait(false);
            sent = true;
            while (true)
            {
                var response = await NextResponseAsync(responses, cancellationToken).ConfigureAwait(false);
                finished = !response.IsPending;
                yield return response;
                if (finished)
                    yield break;
            }
        }
        finally
        {
            if (!finished)
                await StopFindAsync(context, messageId, sent ? responses : null, cancellationToken).ConfigureAwait(false);
            _user.Forget();
            _operation.Release();
        }
    }

    private async Task SendFindAsync(PresentationContext context, DimseCommand command, DicomDataset identifier, CancellationToken cancellationToken)
    {
        try
        {
            await DimseSender.SendCommandAsync(_association, context.Id, command, cancellationToken).ConfigureAwait(false);
            await DimseSender.SendDataSetAsync(_association, context.Id, identifier, context.TransferSyntax!, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Half a message may be on the wire: the association cannot be reused.
            await _association.AbortAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The next response, bounded by the DIMSE timeout; a timeout aborts the association.</summary>
    private async Task<FindResponse> NextResponseAsync(ChannelReader<FindResponse> responses, CancellationToken cancellationToken)
    {
        try
        {
            return await responses.ReadAsync(cancellationToken).AsTask().WaitAsync(_options.DimseTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            await _association.AbortAsync(CancellationToken.None).ConfigureAwait(false);
            throw new DimseException(DimseFault.ResponseTimeout, $"no C-FIND response within {_options.DimseTimeout}.", e);
        }
        catch (ChannelClosedException e) when (e.InnerException is { } ended)
        {
            throw ended is UpperLayerException upper ? new UpperLayerException(upper, "the association ended during a C-FIND.") : ended;
        }
    }

    /// <summary>
    /// The caller left the enumeration before the final response. When it merely stopped, C-CANCEL the operation and
    /// read responses until the final one (PS3.7 section 9.3.2.3: the SCP may still send matches before it); when its
    /// token was cancelled, the request was not fully sent (<paramref name="responses"/> null), or the association failed, abort.
    /// </summary>
    private async Task StopFindAsync(PresentationContext context, ushort messageId, ChannelReader<FindResponse>? responses, CancellationToken cancellationToken)
    {
        if (responses is not null && !cancellationToken.IsCancellationRequested && _association.State == UpperLayerState.Sta6)
        {
            try
            {
                await DimseSender.SendCommandAsync(_association, context.Id, DimseCommand.CancelRequest(messageId), CancellationToken.None).ConfigureAwait(false);
                while (true)
                {
                    var response = await NextResponseAsync(responses, CancellationToken.None).ConfigureAwait(false);
                    if (!response.IsPending)
                        return;
                }
            }
            catch (Exception e) when (e is DimseException or UpperLayerException or ChannelClosedException)
            {
                // The association failed while cancelling; it is aborted below.
            }
        }

        await _association.AbortAsync(CancellationToken.None).ConfigureAwait(false);
    }
}
