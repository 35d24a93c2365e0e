using System.Buffers;
using System.Text;
using TeleRad.Dicom.Network.Dimse;
using TeleRad.Dicom.Network.Query;
using TeleRad.Dicom.Network.UpperLayer;
using TeleRad.Dicom.Uids;

namespace TeleRad.Dicom.Network;

/// <summary>
/// The C-FIND SCP part of the session (PS3.4 annex C, PS3.7 section 9.1.2). The identifier is gathered (it is small),
/// then the query runs in a task of its own so the receive loop stays free to see a C-CANCEL-RQ (PS3.7 section
/// 9.3.2.3); the next request waits for it, as requests are answered one at a time.
/// </summary>
internal sealed partial class ServiceProviderSession
{
    /// <summary>The largest identifier accepted; a longer one is refused with Out of Resources (A700H).</summary>
    private const int MaxIdentifierLength = 1024 * 1024;

    /// <summary>The FIND SOP classes served when a query handler is set: Patient Root and Study Root (PS3.4 C.6).</summary>
    internal static readonly string[] FindSopClasses =
    [
        DicomUids.PatientRootQueryRetrieveInformationModelFind,
        DicomUids.StudyRootQueryRetrieveInformationModelFind,
    ];

    private MemoryStream? _identifierBytes;
    private Task? _find;
    private CancellationTokenSource? _findCancel;
    private ushort _findMessageId;
    private volatile bool _findCancelRequested;

    private bool BeginFind(PresentationContext context, DimseCommand command)
    {
        if (_queryHandler is null || !command.HasDataSet || command.AffectedSopClassUid != context.AbstractSyntax || !FindSopClasses.Contains(context.AbstractSyntax))
            return false;
        _identifierBytes = new MemoryStream();
        return true;
    }

    private void OnCancel(DimseCommand command)
    {
        if (_find is { IsCompleted: false } && command.MessageIdBeingRespondedTo == _findMessageId)
        {
            _findCancelRequested = true;
            _findCancel!.Cancel();
        }
    }

    private bool TakeIdentifierFragment(ReadOnlySequence<byte> fragment)
    {
        if (_identifierBytes is not { } bytes)
            return _failedStatus is not null && _request?.CommandField == DimseCommandField.CFindRequest;
        if (bytes.Length + fragment.Length > MaxIdentifierLength)
        {
            _identifierBytes = null;
            bytes.Dispose();
            _failedStatus = DimseStatus.OutOfResources;
            return true;
        }

        foreach (var segment in fragment)
            bytes.Write(segment.Span);
        return true;
    }

    /// <summary>The identifier is complete: decode it and start the query. False when this data set is not a C-FIND's.</summary>
    private async Task<bool> StartFindAsync(CancellationToken cancellationToken)
    {
        if (_identifierBytes is not { } bytes)
            return false;
        _identifierBytes = null;
        var request = _request!;
        var context = _context!;
        _request = null;
        _context = null;
        DicomDataset identifier;
        using (bytes)
        {
            try
            {
                identifier = await DimseDataSetReader.ReadAsync(bytes.GetBuffer().AsMemory(0, (int)bytes.Length), context.TransferSyntax!, cancellationToken).ConfigureAwait(false);
            }
            catch (DicomFormatException e)
            {
                await SendAsync(context, DimseCommand.ResponseTo(request, DimseStatus.CannotUnderstand, $"identifier not decodable: {e.Fault}"), cancellationToken).ConfigureAwait(false);
                return true;
            }
        }

        _findCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _findCancelRequested = false;
        _findMessageId = request.MessageId!.Value;
        _find = Task.Run(() => RunFindAsync(_association!, context, request, identifier, _findCancel.Token, cancellationToken), CancellationToken.None);
        return true;
    }

    /// <summary>Waits for a running query to finish before the next request is handled, or when the association ends.</summary>
    private async Task EndFindAsync(bool cancel)
    {
        if (_find is not { } find)
            return;
        if (cancel)
            await _findCancel!.CancelAsync().ConfigureAwait(false);
        await find.ConfigureAwait(false);
        _find = null;
        _findCancel!.Dispose();
        _findCancel = null;
    }

    private async Task RunFindAsync(Association association, PresentationContext context, DimseCommand request, DicomDataset identifier, CancellationToken queryToken, CancellationToken lifetime)
    {
        DimseStatus status;
        string? comment = null;
        try
        {
            var level = identifier.GetString(DicomTags.QueryRetrieveLevel);
            if (string.IsNullOrWhiteSpace(level))
            {
                // PS3.4 section C.4.1.1.3.1: the identifier must name the level.
                status = DimseStatus.DataSetDoesNotMatchSopClass;
                comment = "no Query/Retrieve Level (0008,0052)";
            }
            else
            {
                var info = new FindRequestInfo
                {
                    AssociationId = association.Id,
                    CallingAETitle = association.CallingAETitle,
                    CalledAETitle = association.CalledAETitle,
                    RemoteEndPoint = association.RemoteEndPoint,
                    SopClassUid = request.AffectedSopClassUid!,
                    Level = level.Trim(),
                    MessageId = request.MessageId!.Value,
                    Priority = request.Priority ?? DimsePriority.Medium,
                };
                var pending = DimseCommand.ResponseTo(request, DimseStatus.Pending) with { HasDataSet = true };
                await foreach (var match in _queryHandler!.FindAsync(info, identifier, queryToken).WithCancellation(queryToken).ConfigureAwait(false))
                {
                    if (_findCancelRequested)
                        break;
                    await SendAsync(context, pending, lifetime).ConfigureAwait(false);
                    await DimseSender.SendDataSetAsync(association, context.Id, match, context.TransferSyntax!, lifetime).ConfigureAwait(false);
                }

                status = _findCancelRequested ? DimseStatus.Cancel : DimseStatus.Success;
            }
        }
        catch (OperationCanceledException) when (_findCancelRequested)
        {
            status = DimseStatus.Cancel;
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
            return; // The association is gone; nobody is left to answer.
        }
        catch (FindRejectedException e)
        {
            status = e.Status;
            comment = e.Message;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The handler failed, or a response could not be sent: if half a message went out, the final response
            // fails as well and the association is aborted below.
            status = DimseStatus.CannotUnderstand;
        }

        try
        {
            await SendAsync(context, DimseCommand.ResponseTo(request, status, ErrorComment(comment)), lifetime).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await association.AbortAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private Task SendAsync(PresentationContext context, DimseCommand command, CancellationToken cancellationToken) =>
        DimseSender.SendCommandAsync(_association!, context.Id, command, cancellationToken);

    /// <summary>Error Comment (0000,0902) is at most 64 characters of the default repertoire (PS3.7 table C.4-1).</summary>
    private static string? ErrorComment(string? comment)
    {
        if (comment is null)
            return null;
        var ascii = new StringBuilder(Math.Min(comment.Length, 64));
        foreach (var c in comment)
        {
            if (ascii.Length == 64)
                break;
            ascii.Append(c is >= ' ' and <= '~' ? c : '?');
        }

        return ascii.ToString();
    }
}
