using TeleRad.Dicom.Network;
using TeleRad.Dicom.Network.UpperLayer;

namespace TeleRad.Cli.Network;

/// <summary>The SCP an SCU verb talks to, and how long it waits for it.</summary>
/// <param name="Host">Host name or address.</param>
/// <param name="Port">TCP port.</param>
/// <param name="CallingAETitle">This side's AE title.</param>
/// <param name="CalledAETitle">The SCP's AE title.</param>
/// <param name="Timeout">The bound on the TCP connect, the association answer (ARTIM) and each DIMSE response.</param>
internal sealed record ScuTarget(string Host, int Port, string CallingAETitle, string CalledAETitle, TimeSpan Timeout)
{
    /// <summary>The client options for this target.</summary>
    public DicomClientOptions ToClientOptions() => new()
    {
        Host = Host,
        Port = Port,
        CallingAETitle = CallingAETitle,
        CalledAETitle = CalledAETitle,
        DimseTimeout = Timeout,
        Association = AssociationOptions.Default with { ConnectTimeout = Timeout, ArtimTimeout = Timeout },
    };

    /// <summary>How the target is named in output: <c>HOST:PORT (CALLED-AET)</c>.</summary>
    public override string ToString() => $"{Host}:{Port} ({CalledAETitle})";
}
