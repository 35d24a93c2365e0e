using System.Buffers;
using TeleRad.Dicom.Network.Pdus;
using TeleRad.Dicom.Network.Tests.Support;
using static TeleRad.Dicom.Network.Tests.Support.Bytes;

namespace TeleRad.Dicom.Network.Tests.Pdus;

[TestFixture]
[Category("Unit")]
public sealed class PduWriterTests
{
    private static readonly UserInformation FullUserInformation = new()
    {
        MaxLength = 16384,
        ImplementationClassUid = SamplePdus.ClassUid,
        ImplementationVersionName = SamplePdus.VersionName,
        OperationsWindow = new AsyncOperationsWindow(5, 3),
        RoleSelections = [new RoleSelection(SamplePdus.CtImageStorage, true, false)],
        ExtendedNegotiations = [new ExtendedNegotiation(SamplePdus.CtImageStorage, [1, 0, 2])],
        UserIdentity = new UserIdentityRequest(UserIdentityType.UsernameAndPasscode, true, Ascii("user"), Ascii("secret")),
        UserIdentityResponse = new UserIdentityResponse([7, 8, 9]),
    };

    private static readonly UserInformation BasicUserInformation = new()
    {
        MaxLength = 16384,
        ImplementationClassUid = SamplePdus.ClassUid,
        ImplementationVersionName = SamplePdus.VersionName,
    };

    [Test]
    public void Write_AssociateRequest_MatchesPs38Layout()
    {
        var pdu = new AssociateRequestPdu
        {
            CalledAETitle = "STORESCP",
            CallingAETitle = "TELERAD",
            PresentationContexts =
            [
                new PresentationContextRequest(1, SamplePdus.Verification, [SamplePdus.ImplicitLittle]),
                new PresentationContextRequest(3, SamplePdus.CtImageStorage, [SamplePdus.ExplicitLittle, SamplePdus.ImplicitLittle]),
            ],
            UserInformation = FullUserInformation,
        };

        Write(pdu).Should().Equal(SamplePdus.AssociateRequest);
    }

    [Test]
    public void Write_AssociateAccept_MatchesPs38Layout()
    {
        var pdu = new AssociateAcceptPdu
        {
            CalledAETitle = "STORESCP",
            CallingAETitle = "TELERAD",
            PresentationContexts =
            [
                new PresentationContextResult(1, PresentationContextResultReason.Acceptance, SamplePdus.ImplicitLittle),
                new PresentationContextResult(3, PresentationContextResultReason.AbstractSyntaxNotSupported, SamplePdus.ExplicitLittle),
            ],
            UserInformation = BasicUserInformation,
        };

        Write(pdu).Should().Equal(SamplePdus.AssociateAccept);
    }

    [Test]
    public void Write_FixedLengthPdus_MatchPs38Layout()
    {
        Write(new AssociateRejectPdu(AssociateRejection.CalledAETitleNotRecognized)).Should().Equal(SamplePdus.AssociateReject);
        Write(ReleaseRequestPdu.Instance).Should().Equal(SamplePdus.ReleaseRequest);
        Write(ReleaseResponsePdu.Instance).Should().Equal(SamplePdus.ReleaseResponse);
        Write(new AbortPdu(AbortSource.ServiceProvider, AbortReason.InvalidPduParameterValue)).Should().Equal(SamplePdus.Abort);
    }

    [Test]
    public void Write_ServiceUserAbort_SendsReasonZero()
    {
        Write(new AbortPdu(AbortSource.ServiceUser, AbortReason.UnexpectedPdu)).Should().Equal(Pdu(0x07, [0, 0, 0, 0]));
    }

    [Test]
    public void Write_DataTransfer_MatchesPs38Layout()
    {
        var pdu = new DataTransferPdu(
        [
            new PresentationDataValue(1, true, true, new byte[] { 1, 2, 3, 4 }.AsMemory()),
            new PresentationDataValue(3, false, false, Segmented([5, 6, 7], 1)),
        ]);

        Write(pdu).Should().Equal(SamplePdus.DataTransfer);
    }

    [Test]
    public void WriteDataTransferHeader_ThenData_IsOnePdvPdu()
    {
        var output = new ArrayBufferWriter<byte>();

        PduWriter.WriteDataTransferHeader(output, 5, isCommand: false, isLastFragment: true, 3);
        output.Write(new byte[] { 7, 8, 9 });

        output.WrittenSpan.ToArray().Should().Equal(Pdu(0x04, Pdv(5, 0x02, [7, 8, 9])));
    }

    [TestCaseSource(typeof(SamplePdus), nameof(SamplePdus.All))]
    public void WriteThenRead_EverySample_RoundTripsByteForByte(byte[] bytes)
    {
        var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(bytes));
        PduReader.TryReadPdu(ref reader, UpperLayerLimits.Default, out var pdu).Should().BeTrue();

        Write(pdu!).Should().Equal(bytes);
    }

    [Test]
    public void WriteThenRead_AssociateRequestWithEveryItem_RoundTrips()
    {
        var pdu = new AssociateRequestPdu
        {
            ProtocolVersion = 3,
            CalledAETitle = "A",
            CallingAETitle = "0123456789ABCDEF",
            PresentationContexts = Enumerable.Range(0, 128)
                .Select(i => new PresentationContextRequest((byte)(2 * i + 1), "1.2.840.10008.5.1.4.1.1." + i, ["1.2.840.10008.1.2.1", "1.2.840.10008.1.2"]))
                .ToList(),
            UserInformation = FullUserInformation with
            {
                MaxLength = 0,
                RoleSelections = [new RoleSelection("1.2.3", true, true), new RoleSelection("1.2.4", false, true)],
                ExtendedNegotiations = [new ExtendedNegotiation("1.2.3", []), new ExtendedNegotiation("1.2.4", [0, 1])],
                UserIdentity = new UserIdentityRequest(UserIdentityType.Jwt, false, new byte[3000], []),
            },
        };

        var read = PduReaderTests.ReadSingle<AssociateRequestPdu>(Write(pdu));

        read.Should().BeEquivalentTo(pdu, o => o.WithStrictOrdering().Excluding(p => p.UserInformation.UserIdentity));
        read.UserInformation.UserIdentity!.IdentityType.Should().Be(UserIdentityType.Jwt);
        read.UserInformation.UserIdentity.PositiveResponseRequested.Should().BeFalse();
        read.UserInformation.UserIdentity.PrimaryField.Should().HaveCount(3000);
        read.UserInformation.UserIdentity.SecondaryField.Should().BeEmpty();
    }

    [Test]
    public void WriteThenRead_MinimalUserInformation_RoundTrips()
    {
        var pdu = new AssociateAcceptPdu
        {
            CalledAETitle = "SCP",
            CallingAETitle = "SCU",
            PresentationContexts = [new PresentationContextResult(255, PresentationContextResultReason.UserRejection, string.Empty)],
            UserInformation = new UserInformation(),
        };

        var read = PduReaderTests.ReadSingle<AssociateAcceptPdu>(Write(pdu));

        read.Should().BeEquivalentTo(pdu);
    }

    [TestCase("")]
    [TestCase("                ")]
    [TestCase("SEVENTEEN_CHARSXX")]
    [TestCase("BACK\\SLASH")]
    [TestCase("TAB\tHERE")]
    public void Write_InvalidAETitle_Throws(string title)
    {
        var pdu = new AssociateRequestPdu
        {
            CalledAETitle = title,
            CallingAETitle = "SCU",
            PresentationContexts = [new PresentationContextRequest(1, "1.2", ["1.2"])],
        };

        FluentActions.Invoking(() => Write(pdu)).Should().Throw<ArgumentException>();
    }

    [TestCase("")]
    [TestCase("1.2.a")]
    [TestCase("1.2.840.10008.5.1.4.1.1.2.1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18")]
    public void Write_InvalidUid_Throws(string uid)
    {
        var pdu = new AssociateRequestPdu
        {
            CalledAETitle = "SCP",
            CallingAETitle = "SCU",
            PresentationContexts = [new PresentationContextRequest(1, uid, ["1.2"])],
        };

        FluentActions.Invoking(() => Write(pdu)).Should().Throw<ArgumentException>();
    }

    [Test]
    public void Write_BadPresentationContexts_Throw()
    {
        AssociateRequestPdu Request(params PresentationContextRequest[] contexts) => new()
        {
            CalledAETitle = "SCP",
            CallingAETitle = "SCU",
            PresentationContexts = contexts,
        };

        FluentActions.Invoking(() => Write(Request())).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Write(Request(new PresentationContextRequest(2, "1.2", ["1.2"])))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Write(Request(new PresentationContextRequest(1, "1.2", [])))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Write(Request(new PresentationContextRequest(1, "1.2", ["1.2"]), new PresentationContextRequest(1, "1.3", ["1.2"]))))
            .Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Write(new DataTransferPdu([]))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Write(new DataTransferPdu([new PresentationDataValue(4, true, true, ReadOnlyMemory<byte>.Empty)]))).Should().Throw<ArgumentException>();
    }

    [Test]
    public void Write_OversizedUserIdentity_Throws()
    {
        var pdu = new AssociateRequestPdu
        {
            CalledAETitle = "SCP",
            CallingAETitle = "SCU",
            PresentationContexts = [new PresentationContextRequest(1, "1.2", ["1.2"])],
            UserInformation = new UserInformation { UserIdentity = new UserIdentityRequest(UserIdentityType.Saml, false, new byte[70000], []) },
        };

        FluentActions.Invoking(() => Write(pdu)).Should().Throw<ArgumentException>();
    }

    [Test]
    public void UserIdentity_ToString_HidesCredentials()
    {
        var identity = new UserIdentityRequest(UserIdentityType.UsernameAndPasscode, false, Ascii("alice"), Ascii("hunter2"));

        identity.ToString().Should().NotContain("alice").And.NotContain("hunter2").And.NotContain("Byte");
    }

    internal static byte[] Write(Pdu pdu)
    {
        var output = new ArrayBufferWriter<byte>();
        PduWriter.Write(pdu, output);
        return output.WrittenSpan.ToArray();
    }
}
