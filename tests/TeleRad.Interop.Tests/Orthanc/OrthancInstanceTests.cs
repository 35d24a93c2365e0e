using System.Globalization;

namespace TeleRad.Interop.Tests.Orthanc;

/// <summary>The test Orthanc itself: it must answer and must not be reachable from the network.</summary>
[TestFixture]
[Category("Interop")]
public sealed class OrthancInstanceTests
{
    private const string ListenState = "0A";
    private const string IPv4Loopback = "0100007F";
    private const string IPv6Loopback = "00000000000000000000000001000000";

    [Test]
    public async Task StartAsync_WithBindShim_ListensOnLoopbackOnly()
    {
        await using var orthanc = await OrthancInstance.StartAsync();

        foreach (var port in new[] { orthanc.HttpPort, orthanc.DicomPort })
        {
            var addresses = ListeningAddresses(port);
            addresses.Should().NotBeEmpty($"Orthanc listens on port {port}");
            addresses.Should().OnlyContain(a => a == IPv4Loopback || a == IPv6Loopback, $"port {port} must be bound to loopback, not a wildcard");
        }
    }

    [Test]
    public async Task InstanceIdsAsync_FreshInstance_IsEmpty()
    {
        await using var orthanc = await OrthancInstance.StartAsync();

        (await orthanc.InstanceIdsAsync()).Should().BeEmpty();
    }

    /// <summary>
    /// The local addresses (kernel hex form) of the sockets listening on <paramref name="port"/>, from
    /// /proc/net/tcp and /proc/net/tcp6: "sl local_address rem_address st ...", local_address "ADDRESS:PORT".
    /// </summary>
    private static List<string> ListeningAddresses(int port)
    {
        var portHex = port.ToString("X4", CultureInfo.InvariantCulture);
        var addresses = new List<string>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var local = fields[1].Split(':');
                if (fields[3] == ListenState && local[1] == portHex)
                    addresses.Add(local[0]);
            }
        }

        return addresses;
    }
}
