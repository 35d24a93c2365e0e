namespace TeleRad.Dicom.Network.Storage;

/// <summary>
/// Where a C-STORE SCP puts incoming instances. The data set is streamed into the target as it arrives and never held
/// whole in memory (TeleRad style guide section 5); the C-STORE-RSP is sent only after
/// <see cref="IStoreTarget.CommitAsync"/> returns, so a success status means the instance is durable.
/// </summary>
public interface IStoreSink
{
    /// <summary>
    /// A C-STORE-RQ arrived; its data set follows. Return the target for it, or <see cref="StoreTargets.Refuse"/> to
    /// answer with a status without keeping anything. Throwing refuses with Out of Resources (A700H).
    /// </summary>
    Task<IStoreTarget> BeginAsync(StoreRequestInfo request, CancellationToken cancellationToken);
}
