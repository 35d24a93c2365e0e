namespace TeleRad.Dicom.Network.Tests.Support;

/// <summary>Bounded waits for events: a test fails instead of hanging when an event never comes.</summary>
internal static class Waits
{
    public static async Task<T> Within<T>(this Task<T> task, TimeSpan? timeout = null) =>
        await task.WaitAsync(timeout ?? ScriptedPeer.Patience);

    public static async Task Within(this Task task, TimeSpan? timeout = null) =>
        await task.WaitAsync(timeout ?? ScriptedPeer.Patience);
}
