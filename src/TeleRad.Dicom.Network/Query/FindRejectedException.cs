using TeleRad.Dicom.Network.Dimse;

namespace TeleRad.Dicom.Network.Query;

/// <summary>
/// Thrown by an <see cref="IQueryHandler"/> to end a C-FIND with a failure status (PS3.4 table C.4-1): A900H Identifier
/// does not match SOP Class, or C000H-CFFFH Unable to process. The message goes out as the Error Comment, so it must
/// not contain element values.
/// </summary>
public sealed class FindRejectedException : Exception
{
    /// <summary>Rejects with <paramref name="status"/> and an error comment (at most 64 ASCII characters are sent).</summary>
    public FindRejectedException(DimseStatus status, string message)
        : base(message)
    {
        Status = status;
    }

    /// <summary>Rejects with Unable to process (C000H).</summary>
    public FindRejectedException()
        : this(DimseStatus.CannotUnderstand, "unable to process")
    {
    }

    /// <summary>Rejects with Unable to process (C000H) and a message.</summary>
    public FindRejectedException(string message)
        : this(DimseStatus.CannotUnderstand, message)
    {
    }

    /// <summary>Rejects with Unable to process (C000H), a message and a cause.</summary>
    public FindRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = DimseStatus.CannotUnderstand;
    }

    /// <summary>The final status sent.</summary>
    public DimseStatus Status { get; }
}
