using System.Buffers;
using TeleRad.Dicom.Network.Dimse;
using TeleRad.Dicom.Network.Pdus;
using TeleRad.Dicom.Network.UpperLayer;

namespace TeleRad.Dicom.Network;

public sealed partial class DicomClient
{
    /// <summary>The SCU's DIMSE user: matches responses to the one outstanding request.</summary>
    private sealed class ClientUser : IAssociationUser, IDimseMessageHandler
    {
        private readonly DimseMessageAssembler _assembler;
        private readonly Lock _gate = new();
        private TaskCompletionSource<DimseCommand>? _pending;
        private ushort _pendingId;
        private DimseCommand? _withDataSet;

        public ClientUser(int maxCommandLength) => _assembler = new DimseMessageAssembler(this, maxCommandLength);

        public Task<DimseCommand> Expect(ushort messageId)
        {
            lock (_gate)
            {
                _pending = new TaskCompletionSource<DimseCommand>(TaskCreationOptions.RunContinuationsAsynchronously);
                _pendingId = messageId;
                return _pending.Task;
            }
        }

        public void Forget()
        {
            lock (_gate)
                _pending = null;
        }

        public ValueTask OnPDataAsync(Association association, PresentationDataValue value, CancellationToken cancellationToken) =>
            _assembler.OnPDataAsync(value, association.PresentationContexts, cancellationToken);

        public ValueTask OnEndedAsync(Association association, UpperLayerException? failure)
        {
            TaskCompletionSource<DimseCommand>? pending;
            lock (_gate)
                pending = _pending;
            pending?.TrySetException(failure is null
                ? new UpperLayerException(UpperLayerFault.ConnectionClosed, "the association was released before the response arrived.")
                : new UpperLayerException(failure, "the association ended before the response arrived."));
            _assembler.Dispose();
            return ValueTask.CompletedTask;
        }

        public ValueTask OnCommandAsync(PresentationContext context, DimseCommand command, CancellationToken cancellationToken)
        {
            if (!command.IsResponse)
                throw new DimseException(DimseFault.UnexpectedMessage, $"a {command.CommandField} arrived; this SCU serves no requests.");
            if (command.Status is null)
                throw new DimseException(DimseFault.MalformedCommand, $"a {command.CommandField} without a Status (0000,0900).");
            if (command.HasDataSet)
                _withDataSet = command; // Answered once its data set (not used by C-ECHO or C-STORE) has passed.
            else
                Complete(command);
            return ValueTask.CompletedTask;
        }

        public ValueTask OnDataFragmentAsync(ReadOnlySequence<byte> fragment, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask OnDataSetCompleteAsync(CancellationToken cancellationToken)
        {
            if (_withDataSet is { } command)
            {
                _withDataSet = null;
                Complete(command);
            }

            return ValueTask.CompletedTask;
        }

        private void Complete(DimseCommand response)
        {
            lock (_gate)
            {
                if (_pending is null || response.MessageIdBeingRespondedTo != _pendingId)
                    throw new DimseException(DimseFault.UnexpectedMessage, $"a {response.CommandField} answers no outstanding request.");
                // A pending status (FF00H) is followed by more responses; only the final one completes the operation.
                if (response.Status!.Value.Category != DimseStatusCategory.Pending)
                    _pending.TrySetResult(response);
            }
        }
    }
}
