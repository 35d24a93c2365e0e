namespace TeleRad.Dicom.Network.Dimse;

/// <summary>
/// A fault of the DIMSE layer itself (not an operation's outcome, which is a <see cref="DimseStatus"/>). Messages name
/// tags, lengths and UIDs of SOP classes and transfer syntaxes only, never element values.
/// </summary>
public sealed class DimseException : Exception
{
    /// <summary>Creates an exception for <paramref name="fault"/>.</summary>
    public DimseException(DimseFault fault, string message, Exception? innerException = null)
        : base($"{fault}: {message}", innerException)
    {
        Fault = fault;
    }

    /// <summary>Creates an exception without detail.</summary>
    public DimseException()
        : this(DimseFault.MalformedCommand, "the DIMSE message is not valid.")
    {
    }

    /// <summary>Creates an exception with a message (fault <see cref="DimseFault.MalformedCommand"/>).</summary>
    public DimseException(string message)
        : this(DimseFault.MalformedCommand, message)
    {
    }

    /// <summary>Creates an exception with a message and a cause (fault <see cref="DimseFault.MalformedCommand"/>).</summary>
    public DimseException(string message, Exception innerException)
        : this(DimseFault.MalformedCommand, message, innerException)
    {
    }

    /// <summary>What went wrong.</summary>
    public DimseFault Fault { get; }
}
