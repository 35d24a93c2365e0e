using System.Buffers;
using TeleRad.Dicom.Network.Pdus;
using TeleRad.Dicom.Network.UpperLayer;

namespace TeleRad.Dicom.Network.Tests.Support;

/// <summary>An Upper Layer user that records what it is given (copying P-DATA out of the receive buffer).</summary>
internal sealed class RecordingUser : IAssociationUser
{
    private readonly TaskCompletionSource<UpperLayerException?> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstValue = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public List<(byte ContextId, bool IsCommand, bool IsLast, byte[] Data)> Values { get; } = [];

    public Task<UpperLayerException?> Ended => _ended.Task;

    public Task FirstValue => _firstValue.Task;

    public ValueTask OnPDataAsync(Association association, PresentationDataValue value, CancellationToken cancellationToken)
    {
        lock (Values)
            Values.Add((value.PresentationContextId, value.IsCommand, value.IsLastFragment, value.Data.ToArray()));
        _firstValue.TrySetResult();
        return ValueTask.CompletedTask;
    }

    public ValueTask OnEndedAsync(Association association, UpperLayerException? failure)
    {
        _ended.TrySetResult(failure);
        return ValueTask.CompletedTask;
    }
}
