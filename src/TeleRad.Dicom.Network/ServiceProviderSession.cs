using System.Buffers;
using TeleRad.Dicom.Network.Dimse;
using TeleRad.Dicom.Network.Pdus;
using TeleRad.Dicom.Network.Query;
using TeleRad.Dicom.Network.Storage;
using TeleRad.Dicom.Network.UpperLayer;
using TeleRad.Dicom.Uids;

namespace TeleRad.Dicom.Network;

/// <summary>
/// The SCP side of one association: C-ECHO (PS3.4 annex A) and C-STORE (PS3.4 annex B) requests, answered one at a
/// time in arrival order. A C-STORE data set streams into the sink's target; the response goes out only after the
/// target's commit. C-FIND (PS3.4 annex C) goes to the query handler when one is set (ServiceProviderSession.Find.cs).
/// Other requests are answered "unrecognized operation" (0211H).
/// </summary>
internal sealed partial class ServiceProviderSession : IAssociationUser, IDimseMessageHandler
{
    private readonly IStoreSink? _sink;
    private readonly IQueryHandler? _queryHandler;
    private readonly DimseMessageAssembler _assembler;
    private Association? _association;
    private PresentationContext? _context;
    private DimseCommand? _request;
    private IStoreTarget? _target;
    private DimseStatus? _failedStatus;

    public ServiceProviderSession(IStoreSink? sink, IQueryHandler? queryHandler, int maxCommandLength)
    {
        _sink = sink;
        _queryHandler = queryHandler;
        _assembler = new DimseMessageAssembler(this, maxCommandLength);
    }

    public ValueTask OnPDataAsync(Association association, PresentationDataValue value, CancellationToken cancellationToken)
    {
        _association = association;
        return _assembler.OnPDataAsync(value, association.PresentationContexts, cancellationToken);
    }

    public async ValueTask OnEndedAsync(Association association, UpperLayerException? failure)
    {
        // Aborted or closed in the middle of a data set: the instance is incomplete and must not be kept.
        if (_target is { } target)
        {
            _target = null;
            await AbortTargetAsync(target).ConfigureAwait(false);
        }

        await EndFindAsync(cancel: true).ConfigureAwait(false);
        _identifierBytes?.Dispose();
        _assembler.Dispose();
    }

    public async ValueTask OnCommandAsync(PresentationContext context, DimseCommand command, CancellationToken cancellationToken)
    {
        if (command.IsResponse)
            throw new DimseException(DimseFault.UnexpectedMessage, $"a {command.CommandField} arrived, but this SCP sent no request.");
        if (command.CommandField == DimseCommandField.CCancelRequest)
        {
            OnCancel(command); // Only a running C-FIND can be cancelled; C-CANCEL has no response (PS3.7 section 9.3.2.3).
            return;
        }

        await EndFindAsync(cancel: false).ConfigureAwait(false);
        if (command.MessageId is null)
            throw new DimseException(DimseFault.MalformedCommand, $"a {command.CommandField} without a Message ID (0000,0110) cannot be answered.");

        _context = context;
        _request = command;
        _failedStatus = null;
        if (command.CommandField == DimseCommandField.CStoreRequest && command.HasDataSet)
        {
            await BeginStoreAsync(context, command, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (command.CommandField == DimseCommandField.CFindRequest && BeginFind(context, command))
            return;

        var status = command.CommandField switch
        {
            DimseCommandField.CEchoRequest when context.AbstractSyntax == DicomUids.Verification => DimseStatus.Success,
            DimseCommandField.CEchoRequest => DimseStatus.SopClassNotSupported,
            DimseCommandField.CStoreRequest => DimseStatus.CannotUnderstand, // a C-STORE-RQ without a data set
            _ => DimseStatus.UnrecognizedOperation,
        };
        if (command.HasDataSet)
        {
            _failedStatus = status; // The data set follows and is discarded; answer after it.
            return;
        }

        await RespondAsync(status, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask OnDataFragmentAsync(ReadOnlySequence<byte> fragment, CancellationToken cancellationToken)
    {
        if (TakeIdentifierFragment(fragment))
            return;
        if (_target is not { } target)
            return;
        try
        {
            await target.WriteAsync(fragment, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The target cannot take the data (disk full, I/O error): discard the rest and refuse the instance.
            _target = null;
            _failedStatus = DimseStatus.OutOfResources;
            await AbortTargetAsync(target).ConfigureAwait(false);
        }
    }

    public async ValueTask OnDataSetCompleteAsync(CancellationToken cancellationToken)
    {
        if (await StartFindAsync(cancellationToken).ConfigureAwait(false))
            return;
        var status = _failedStatus ?? DimseStatus.OutOfResources;
        if (_target is { } target)
        {
            try
            {
                status = await target.CommitAsync(cancellationToken).ConfigureAwait(false);
                _target = null;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                _target = null;
                status = DimseStatus.OutOfResources;
                await AbortTargetAsync(target).ConfigureAwait(false);
            }
        }

        await RespondAsync(status, cancellationToken).ConfigureAwait(false);
    }

    private async Task BeginStoreAsync(PresentationContext context, DimseCommand command, CancellationToken cancellationToken)
    {
        if (_sink is null || command.AffectedSopClassUid != context.AbstractSyntax)
        {
            // The SOP class must be the context's abstract syntax (PS3.7 section 9.1.1.1.1); refuse the data set.
            _failedStatus = DimseStatus.SopClassNotSupported;
            return;
        }

        if (string.IsNullOrEmpty(command.AffectedSopInstanceUid))
        {
            _failedStatus = DimseStatus.CannotUnderstand;
            return;
        }

        var association = _association!;
        var info = new StoreRequestInfo
        {
            AssociationId = association.Id,
            CallingAETitle = association.CallingAETitle,
            CalledAETitle = association.CalledAETitle,
            RemoteEndPoint = association.RemoteEndPoint,
            SopClassUid = command.AffectedSopClassUid,
            SopInstanceUid = command.AffectedSopInstanceUid,
            TransferSyntax = context.TransferSyntax!,
            MessageId = command.MessageId!.Value,
            Priority = command.Priority ?? DimsePriority.Medium,
            MoveOriginatorAETitle = command.MoveOriginatorAETitle,
            MoveOriginatorMessageId = command.MoveOriginatorMessageId,
        };
        try
        {
            _target = await _sink.BeginAsync(info, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _failedStatus = DimseStatus.OutOfResources;
        }
    }

    private async Task RespondAsync(DimseStatus status, CancellationToken cancellationToken)
    {
        var response = DimseCommand.ResponseTo(_request!, status);
        var contextId = _context!.Id;
        _request = null;
        _context = null;
        await DimseSender.SendCommandAsync(_association!, contextId, response, cancellationToken).ConfigureAwait(false);
    }

    private static async Task AbortTargetAsync(IStoreTarget target)
    {
        try
        {
            await target.AbortAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Nothing more can be done for an instance that was not stored; its status already says so.
        }
    }
}
