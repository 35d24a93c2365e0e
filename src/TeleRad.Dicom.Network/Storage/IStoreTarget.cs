using System.Buffers;
using TeleRad.Dicom.Network.Dimse;

namespace TeleRad.Dicom.Network.Storage;

/// <summary>
/// One incoming instance's data set. The SCP calls <see cref="WriteAsync"/> for each fragment in order, then exactly one
/// of <see cref="CommitAsync"/> or <see cref="AbortAsync"/> (also <see cref="AbortAsync"/> when a write or the commit
/// throws). Calls never overlap.
/// </summary>
public interface IStoreTarget
{
    /// <summary>
    /// A fragment of the data set, in the request's transfer syntax, without File Meta Information. The bytes are valid
    /// only during the call; the receive loop waits for it, which holds the peer back when the target is slow.
    /// </summary>
    ValueTask WriteAsync(ReadOnlySequence<byte> fragment, CancellationToken cancellationToken);

    /// <summary>
    /// The whole data set arrived. Make the instance durable, then return the status for the C-STORE-RSP
    /// (<see cref="DimseStatus.Success"/>, a warning, or a failure such as <see cref="DimseStatus.OutOfResources"/>).
    /// </summary>
    Task<DimseStatus> CommitAsync(CancellationToken cancellationToken);

    /// <summary>The data set will not be completed (association aborted or closed, write or commit failed): discard it.</summary>
    Task AbortAsync(CancellationToken cancellationToken);
}
