using System.Buffers;
using System.Threading.Channels;
using TeleRad.Dicom.Network.Dimse;
using TeleRad.Dicom.Network.Pdus;
using TeleRad.Dicom.Network.Query;
using TeleRad.Dicom.Network.UpperLayer;

namespace TeleRad.Dicom.Network;

public sealed partial class DicomClient
{
    /// <summary>
    /// The SCU's DIMSE user: matches responses to the one outstanding request. A single-response operation (C-ECHO,
    /// C-STORE) completes a task; a multi-response one (C-FIND) streams every response, with its identifier, through a
    /// bounded channel, so a slow consumer holds back the receive loop (and through TCP, the SCP) rather than memory.
    /// </summary>
    private sealed class ClientUser : IAssociationUser, IDimseMessageHandler
    {
        /// <summary>The largest identifier held in memory (a C-FIND match is a few hundred bytes).</summary>
        private const int MaxIdentifierLength = 16 * 1024 * 1024;

        private readonly DimseMessageAssembler _assembler;
        private readonly Lock _gate = new();
        private TaskCompletionSource<DimseCommand>? _pending;
        private Channel<FindResponse>? _stream;
        private ushort _pendingId;
        private DimseCommand? _withDataSet;
        private PresentationContext? _dataContext;
        private MemoryStream? _dataBytes;

        public ClientUser(int maxCommandLength) => _assembler = new DimseMessageAssembler(this, maxCommandLength);

        public Task<DimseCommand> Expect(ushort messageId)
        {
            lock (_gate)
            {
                _pending = new TaskCompletionSource<DimseCommand>(TaskCreationOptions.RunContinuationsAsynchronously);
                _stream = null;
                _pendingId = messageId;
                return _pending.Task;
            }
        }

        public ChannelReader<FindResponse> ExpectStream(ushort messageId)
        {
            lock (_gate)
            {
                _pending = null;
                _stream = Channel.CreateBounded<FindResponse>(new BoundedChannelOptions(32) { SingleReader = true, SingleWriter = true });
                _pendingId = messageId;
                return _stream.Reader;
            }
        }

        public void Forget()
        {
            lock (_gate)
            {
                _pending = null;
                _stream = null;
            }
        }

        public ValueTask OnPDataAsync(Association association, PresentationDataValue value, CancellationToken cancellationToken) =>
            _assembler.OnPDataAsync(value, association.PresentationContexts, cancellationToken);

        public ValueTask OnEndedAsync(Association association, UpperLayerException? failure)
        {
            TaskCompletionSource<DimseCommand>? pending;
            Channel<FindResponse>? stream;
            lock (_gate)
            {
                pending = _pending;
                stream = _stream;
            }

            Exception ended = failure is null
                ? new UpperLayerException(UpperLayerFault.ConnectionClosed, "the association was released before the response arrived.")
                : new UpperLayerException(failure, "the association ended before the response arrived.");
            pending?.TrySetException(ended);
            stream?.Writer.TryComplete(ended);
            _assembler.Dispose();
            _dataBytes?.Dispose();
            return ValueTask.CompletedTask;
        }

        public async ValueTask OnCommandAsync(PresentationContext context, DimseCommand command, CancellationToken cancellationToken)
        {
            if (!command.IsResponse)
                throw new DimseException(DimseFault.UnexpectedMessage, $"a {command.CommandField} arrived; this SCU serves no requests.");
            if (command.Status is null)
                throw new DimseException(DimseFault.MalformedCommand, $"a {command.CommandField} without a Status (0000,0900).");
            if (command.HasDataSet)
            {
                // Answered once its data set has passed; only a streamed (C-FIND) response keeps it, as its identifier.
                _withDataSet = command;
                _dataContext = context;
                bool streaming;
                lock (_gate)
                    streaming = _stream is not null;
                _dataBytes = streaming ? new MemoryStream() : null;
            }
            else
            {
                await CompleteAsync(command, null, cancellationToken).ConfigureAwait(false);
            }
        }

        public ValueTask OnDataFragmentAsync(ReadOnlySequence<byte> fragment, CancellationToken cancellationToken)
        {
            if (_dataBytes is not { } bytes)
                return ValueTask.CompletedTask;
            if (bytes.Length + fragment.Length > MaxIdentifierLength)
                throw new DimseException(DimseFault.DataSetTooLong, $"a response identifier of more than {MaxIdentifierLength} bytes.");
            foreach (var segment in fragment)
                bytes.Write(segment.Span);
            return ValueTask.CompletedTask;
        }

        public async ValueTask OnDataSetCompleteAsync(CancellationToken cancellationToken)
        {
            if (_withDataSet is not { } command)
                return;
            _withDataSet = null;
            DicomDataset? identifier = null;
            if (_dataBytes is { } bytes)
            {
                _dataBytes = null;
                using (bytes)
                    identifier = await DimseDataSetReader.ReadAsync(bytes.GetBuffer().AsMemory(0, (int)bytes.Length), _dataContext!.TransferSyntax!, cancellationToken).ConfigureAwait(false);
            }

            await CompleteAsync(command, identifier, cancellationToken).ConfigureAwait(false);
        }

        private async ValueTask CompleteAsync(DimseCommand response, DicomDataset? identifier, CancellationToken cancellationToken)
        {
            Channel<FindResponse>? stream;
            lock (_gate)
            {
                if ((_pending is null && _stream is null) || response.MessageIdBeingRespondedTo != _pendingId)
                    throw new DimseException(DimseFault.UnexpectedMessage, $"a {response.CommandField} answers no outstanding request.");
                stream = _stream;
                // A pending status (FF00H) is followed by more responses; only the final one completes the operation.
                if (stream is null && response.Status!.Value.Category != DimseStatusCategory.Pending)
                    _pending!.TrySetResult(response);
            }

            if (stream is null)
                return;
            var item = new FindResponse(response.Status!.Value, identifier, response.ErrorComment);
            await stream.Writer.WriteAsync(item, cancellationToken).ConfigureAwait(false);
            if (!item.IsPending)
                stream.Writer.TryComplete();
        }
    }
}
