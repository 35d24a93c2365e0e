using System.Buffers;
using TeleRad.Dicom.Network.Pdus;
using TeleRad.Dicom.Network.UpperLayer;

namespace TeleRad.Dicom.Network.Dimse;

/// <summary>
/// Reassembles DIMSE messages from PDVs (PS3.7 annex E, PS3.8 annex E.2): command fragments are gathered in a pooled
/// buffer up to a limit (a command set is small), data set fragments are passed straight on, never gathered. A
/// message's command comes first, its data set follows on the same presentation context; anything else is a fault
/// that ends the association.
/// </summary>
internal sealed class DimseMessageAssembler(IDimseMessageHandler handler, int maxCommandLength) : IDisposable
{
    private byte[] _command = [];
    private int _commandLength;
    private byte _commandContext;
    private PresentationContext? _dataContext;

    /// <summary>True between a command announcing a data set and that data set's last fragment.</summary>
    public bool InDataSet => _dataContext is not null;

    /// <summary>Takes the next PDV; <paramref name="contexts"/> are the association's negotiated presentation contexts.</summary>
    public async ValueTask OnPDataAsync(PresentationDataValue value, IReadOnlyList<PresentationContext> contexts, CancellationToken cancellationToken)
    {
        var context = contexts.FirstOrDefault(c => c.Id == value.PresentationContextId && c.IsAccepted)
            ?? throw new DimseException(DimseFault.UnknownPresentationContext, $"a PDV arrived on presentation context {value.PresentationContextId}, which was not accepted.");
        if (value.IsCommand)
        {
            if (_dataContext is not null)
                throw new DimseException(DimseFault.UnexpectedFragment, "a command fragment arrived before the previous message's data set was complete.");
            if (_commandLength > 0 && value.PresentationContextId != _commandContext)
                throw new DimseException(DimseFault.PresentationContextMismatch, "command fragments of one message arrived on different presentation contexts.");
            Append(value.Data);
            _commandContext = value.PresentationContextId;
            if (!value.IsLastFragment)
                return;

            var command = DimseCommandCodec.Decode(new ReadOnlySequence<byte>(_command, 0, _commandLength));
            _commandLength = 0;
            if (command.HasDataSet)
                _dataContext = context;
            await handler.OnCommandAsync(context, command, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (_dataContext is null)
            throw new DimseException(DimseFault.UnexpectedFragment, "a data set fragment arrived without a command announcing it.");
        if (value.PresentationContextId != _dataContext.Id)
            throw new DimseException(DimseFault.PresentationContextMismatch, "a data set arrived on another presentation context than its command (PS3.7 annex E.2).");
        await handler.OnDataFragmentAsync(value.Data, cancellationToken).ConfigureAwait(false);
        if (value.IsLastFragment)
        {
            _dataContext = null;
            await handler.OnDataSetCompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        var buffer = _command;
        _command = [];
        if (buffer.Length > 0)
            ArrayPool<byte>.Shared.Return(buffer);
    }

    private void Append(ReadOnlySequence<byte> fragment)
    {
        var needed = _commandLength + fragment.Length;
        if (needed > maxCommandLength)
            throw new DimseException(DimseFault.CommandTooLong, $"a command set of more than {maxCommandLength} bytes.");
        if (needed > _command.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Max(needed, 1024));
            _command.AsSpan(0, _commandLength).CopyTo(larger);
            if (_command.Length > 0)
                ArrayPool<byte>.Shared.Return(_command);
            _command = larger;
        }

        fragment.CopyTo(_command.AsSpan(_commandLength));
        _commandLength = (int)needed;
    }
}
