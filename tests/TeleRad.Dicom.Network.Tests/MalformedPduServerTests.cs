using System.Buffers.Binary;
using System.Net.Sockets;
using TeleRad.Dicom.Network.Dimse;
using TeleRad.Dicom.Network.Tests.Support;
using static TeleRad.Dicom.Network.Tests.Support.Bytes;

namespace TeleRad.Dicom.Network.Tests;

/// <summary>
/// Thousands of seeded mutations of a whole association (A-ASSOCIATE-RQ, a C-ECHO in P-DATA, A-RELEASE-RQ) sent to a
/// live server: each connection must end (A-ABORT, A-ASSOCIATE-RJ or a close) within the ARTIM bound, and the server
/// must keep serving. Mutations are deterministic from the seed printed in a failure message.
/// </summary>
[TestFixture]
[Category("Unit")]
public sealed class MalformedPduServerTests
{
    private const int Cases = 2500;
    private const int Seed = 20261125;
    private const int Parallelism = 8;

    [Test]
    public async Task SeededMutations_EveryConnectionEndsAndServerKeepsServing()
    {
        await using var server = ServerFixture.Start();
        var valid = ValidAssociation();
        var failures = new List<string>();
        var next = -1;

        async Task Worker()
        {
            while (true)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= Cases)
                    return;
                var (mutation, bytes) = Mutate(valid, new Random(Seed + index));
                await using var peer = await ScriptedPeer.ConnectAsync(server.LocalEndPoint);
                try
                {
                    await peer.SendAsync(bytes);
                    peer.ShutdownSend();
                }
                catch (SocketException)
                {
                    // The server may already have aborted and closed: that is an allowed answer.
                }
                // ARTIM is 2 s in the fixture; the bound below is the watchdog, generous for a loaded CI machine.
                if (!await peer.WaitForCloseAsync(TimeSpan.FromSeconds(15)))
                {
                    lock (failures)
                        failures.Add($"case {index} (seed {Seed + index}, {mutation}): connection still open");
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Parallelism).Select(_ => Task.Run(Worker))).Within(TimeSpan.FromMinutes(5));

        failures.Should().BeEmpty();
        await using var client = await DicomClient.ConnectAsync(ServerFixture.Client(server));
        (await client.EchoAsync()).Should().Be(DimseStatus.Success);
        await client.ReleaseAsync();
    }

    [Test]
    public async Task ValidAssociationBytes_AreServedAndReleased()
    {
        // The base of the mutations must itself be a working association, or mutating it proves little.
        await using var server = ServerFixture.Start();
        await using var peer = await ScriptedPeer.ConnectAsync(server.LocalEndPoint);

        await peer.SendAsync(ValidAssociation());

        (await peer.ReceiveAsync()).Should().BeOfType<TeleRad.Dicom.Network.Pdus.AssociateAcceptPdu>();
        (await peer.ReceiveAsync()).Should().BeOfType<TeleRad.Dicom.Network.Pdus.DataTransferPdu>();
        (await peer.ReceiveAsync()).Should().BeOfType<TeleRad.Dicom.Network.Pdus.ReleaseResponsePdu>();
        (await peer.WaitForCloseAsync()).Should().BeTrue();
    }

    [Test]
    public async Task SlowSender_StalledInsideAssociateRequest_IsClosedByArtim()
    {
        await using var server = ServerFixture.Start();
        await using var slow = await ScriptedPeer.ConnectAsync(server.LocalEndPoint);

        await slow.SendAsync(ValidAssociation()[..10]);

        (await slow.WaitForCloseAsync(TimeSpan.FromSeconds(15))).Should().BeTrue("ARTIM bounds how long a half-sent PDU is waited for");
        await using var client = await DicomClient.ConnectAsync(ServerFixture.Client(server));
        (await client.EchoAsync()).Should().Be(DimseStatus.Success);
        await client.ReleaseAsync();
    }

    private static byte[] ValidAssociation() => Concat(
        Pdu(0x01, AssociateFixed(ServerFixture.AETitle, "MUTANT"), SamplePdus.ApplicationContextItem, SamplePdus.VerificationContext, SamplePdus.UserInformationItem),
        Pdu(0x04, Pdv(1, 0x03, EchoCommand())),
        SamplePdus.ReleaseRequest);

    /// <summary>A C-ECHO-RQ command set, implicit VR little endian with its group length (PS3.7 section 9.3.5).</summary>
    private static byte[] EchoCommand()
    {
        var body = Concat(
            Element(0x0002, Ascii("1.2.840.10008.1.1\0")),
            Element(0x0100, Le16(0x0030)),
            Element(0x0110, Le16(1)),
            Element(0x0800, Le16(0x0101)));
        return Concat(Element(0x0000, Le32((uint)body.Length)), body);
    }

    private static byte[] Element(ushort element, byte[] value)
    {
        var header = new byte[8];
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(2), element);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), (uint)value.Length);
        return Concat(header, value);
    }

    private static byte[] Le16(ushort v) => [(byte)v, (byte)(v >> 8)];

    private static byte[] Le32(uint v) => [(byte)v, (byte)(v >> 8), (byte)(v >> 16), (byte)(v >> 24)];

    private static (string Mutation, byte[] Bytes) Mutate(byte[] valid, Random random)
    {
        var bytes = (byte[])valid.Clone();
        var at = random.Next(bytes.Length);
        switch (random.Next(7))
        {
            case 0:
                return ($"truncated at {at}", bytes[..at]);
            case 1:
                bytes[at] ^= (byte)(1 << random.Next(8));
                return ($"bit flip at {at}", bytes);
            case 2:
                var lie = random.Next(4) switch { 0 => 0xFFFFFFFFu, 1 => 0u, 2 => (uint)random.Next(), _ => 0x7FFFFFFFu };
                at = Math.Min(at, bytes.Length - 4);
                BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(at), lie);
                return ($"lying 32-bit value {lie:X8} at {at}", bytes);
            case 3:
                at = Math.Min(at, bytes.Length - 2);
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(at), (ushort)random.Next(0x10000));
                return ($"lying 16-bit value at {at}", bytes);
            case 4:
                var noise = new byte[random.Next(1, 64)];
                random.NextBytes(noise);
                return ($"{noise.Length} random bytes inserted at {at}", Concat(bytes[..at], noise, bytes[at..]));
            case 5:
                bytes[0] = (byte)random.Next(256);
                return ($"PDU type {bytes[0]:X2}", bytes);
            default:
                var length = random.Next(1, Math.Min(200, bytes.Length - at) + 1);
                return ($"{length} bytes at {at} repeated", Concat(bytes[..(at + length)], bytes[at..]));
        }
    }
}
