using System.Runtime.ExceptionServices;

namespace TeleRad.Dicom.Tests.Robustness;

/// <summary>Runs work on a thread with a small stack, so that deep recursion would overflow where iteration does not.</summary>
internal static class SmallStack
{
    public const int Size = 256 * 1024;

    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception ex)
            {
                error = ExceptionDispatchInfo.Capture(ex);
            }
        }, Size);
        thread.Start();
        thread.Join();
        error?.Throw();
        return result;
    }
}
