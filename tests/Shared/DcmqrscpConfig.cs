namespace TeleRad.Tests.Shared;

/// <summary>
/// The configuration file for DCMTK's dcmqrscp serving one AE title from one storage directory (see dcmqrscp.txt in
/// the dcmtk package). Linked into each test project that starts a dcmqrscp (tests/Shared).
/// </summary>
internal static class DcmqrscpConfig
{
    public static Task WriteAsync(string path, int port, string aeTitle, string storageDirectory) =>
        File.WriteAllTextAsync(path, $"""
            NetworkTCPPort  = {port}
            MaxPDUSize      = 16384
            MaxAssociations = 16
            HostTable BEGIN
            HostTable END
            VendorTable BEGIN
            VendorTable END
            AETable BEGIN
            {aeTitle} {storageDirectory} RW (100, 1024mb) ANY
            AETable END

            """);
}
