using System.Net;
using TeleRad.Dicom.Network.Storage;
using TeleRad.Dicom.Network.UpperLayer;

namespace TeleRad.Dicom.Network.Tests.Support;

/// <summary>Starts a <see cref="DicomServer"/> on 127.0.0.1 port 0 and builds client options that reach it.</summary>
internal static class ServerFixture
{
    public const string AETitle = "TELERAD_SCP";

    public static readonly AssociationOptions FastOptions = new() { ArtimTimeout = TimeSpan.FromSeconds(2) };

    public static DicomServer Start(IStoreSink? sink = null, Func<DicomServerOptions, DicomServerOptions>? configure = null)
    {
        var options = new DicomServerOptions
        {
            EndPoint = new IPEndPoint(IPAddress.Loopback, 0),
            AETitle = AETitle,
            StoreSink = sink,
            Association = FastOptions,
        };
        return DicomServer.Start(configure is null ? options : configure(options));
    }

    public static DicomClientOptions Client(DicomServer server, params PresentationContextProposal[] contexts) => new()
    {
        Host = "127.0.0.1",
        Port = server.LocalEndPoint.Port,
        CalledAETitle = AETitle,
        CallingAETitle = "TEST_SCU",
        PresentationContexts = contexts.Length > 0 ? contexts : [PresentationContextProposal.Verification],
        Association = FastOptions,
    };
}
