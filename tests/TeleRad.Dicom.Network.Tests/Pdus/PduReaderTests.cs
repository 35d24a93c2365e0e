using System.Buffers;
using TeleRad.Dicom.Network.Pdus;
using TeleRad.Dicom.Network.Tests.Support;
using static TeleRad.Dicom.Network.Tests.Support.Bytes;

namespace TeleRad.Dicom.Network.Tests.Pdus;

[TestFixture]
[Category("Unit")]
public sealed class PduReaderTests
{
    [Test]
    public void TryReadPdu_AssociateRequest_ReadsEveryField()
    {
        var pdu = ReadSingle<AssociateRequestPdu>(SamplePdus.AssociateRequest);

        pdu.ProtocolVersion.Should().Be(1);
        pdu.CalledAETitle.Should().Be("STORESCP");
        pdu.CallingAETitle.Should().Be("TELERAD");
        pdu.ApplicationContextName.Should().Be(SamplePdus.AppContext);
        pdu.PresentationContexts.Should().BeEquivalentTo(new[]
        {
            new PresentationContextRequest(1, SamplePdus.Verification, [SamplePdus.ImplicitLittle]),
            new PresentationContextRequest(3, SamplePdus.CtImageStorage, [SamplePdus.ExplicitLittle, SamplePdus.ImplicitLittle]),
        }, o => o.WithStrictOrdering());
        var info = pdu.UserInformation;
        info.MaxLength.Should().Be(16384u);
        info.ImplementationClassUid.Should().Be(SamplePdus.ClassUid);
        info.ImplementationVersionName.Should().Be(SamplePdus.VersionName);
        info.OperationsWindow.Should().Be(new AsyncOperationsWindow(5, 3));
        info.RoleSelections.Should().ContainSingle().Which.Should().Be(new RoleSelection(SamplePdus.CtImageStorage, true, false));
        info.ExtendedNegotiations.Should().ContainSingle();
        info.ExtendedNegotiations[0].SopClassUid.Should().Be(SamplePdus.CtImageStorage);
        info.ExtendedNegotiations[0].ApplicationInformation.Should().Equal(1, 0, 2);
        info.UserIdentity!.IdentityType.Should().Be(UserIdentityType.UsernameAndPasscode);
        info.UserIdentity.PositiveResponseRequested.Should().BeTrue();
        info.UserIdentity.PrimaryField.Should().Equal(Ascii("user"));
        info.UserIdentity.SecondaryField.Should().Equal(Ascii("secret"));
        info.UserIdentityResponse!.ServerResponse.Should().Equal(7, 8, 9);
    }

    [Test]
    public void TryReadPdu_AssociateAccept_ReadsResults()
    {
        var pdu = ReadSingle<AssociateAcceptPdu>(SamplePdus.AssociateAccept);

        pdu.CalledAETitle.Should().Be("STORESCP");
        pdu.CallingAETitle.Should().Be("TELERAD");
        pdu.PresentationContexts.Should().Equal(
            new PresentationContextResult(1, PresentationContextResultReason.Acceptance, SamplePdus.ImplicitLittle),
            new PresentationContextResult(3, PresentationContextResultReason.AbstractSyntaxNotSupported, SamplePdus.ExplicitLittle));
        pdu.UserInformation.MaxLength.Should().Be(16384u);
        pdu.UserInformation.ImplementationClassUid.Should().Be(SamplePdus.ClassUid);
    }

    [Test]
    public void TryReadPdu_AssociateReject_ReadsResultSourceReason()
    {
        ReadSingle<AssociateRejectPdu>(SamplePdus.AssociateReject).Rejection
            .Should().Be(AssociateRejection.CalledAETitleNotRecognized);
    }

    [Test]
    public void TryReadPdu_DataTransfer_ReadsEveryPdv()
    {
        var pdu = ReadSingle<DataTransferPdu>(SamplePdus.DataTransfer);

        pdu.Values.Should().HaveCount(2);
        pdu.Values[0].PresentationContextId.Should().Be(1);
        pdu.Values[0].IsCommand.Should().BeTrue();
        pdu.Values[0].IsLastFragment.Should().BeTrue();
        pdu.Values[0].Data.ToArray().Should().Equal(1, 2, 3, 4);
        pdu.Values[1].PresentationContextId.Should().Be(3);
        pdu.Values[1].IsCommand.Should().BeFalse();
        pdu.Values[1].IsLastFragment.Should().BeFalse();
        pdu.Values[1].Data.ToArray().Should().Equal(5, 6, 7);
    }

    [Test]
    public void TryReadPdu_ReleaseAndAbort_ReadTheirFields()
    {
        ReadSingle<ReleaseRequestPdu>(SamplePdus.ReleaseRequest).Type.Should().Be(PduType.ReleaseRequest);
        ReadSingle<ReleaseResponsePdu>(SamplePdus.ReleaseResponse).Type.Should().Be(PduType.ReleaseResponse);
        var abort = ReadSingle<AbortPdu>(SamplePdus.Abort);
        abort.Source.Should().Be(AbortSource.ServiceProvider);
        abort.Reason.Should().Be(AbortReason.InvalidPduParameterValue);
    }

    [Test]
    public void TryReadPdu_PaddedAETitlesAndUids_AreTrimmed()
    {
        var bytes = Pdu(0x01,
            U16(1), Zeros(2), Ascii("  CALLED        "), Concat(Ascii("CALLING"), Zeros(9)), Zeros(32),
            Item(0x10, Ascii(SamplePdus.AppContext + "\0")),
            Item(0x20, [1, 0, 0, 0], Item(0x30, Ascii(SamplePdus.Verification + "\0")), Item(0x40, Ascii(SamplePdus.ImplicitLittle))),
            SamplePdus.UserInformationItem);

        var pdu = ReadSingle<AssociateRequestPdu>(bytes);

        pdu.CalledAETitle.Should().Be("CALLED");
        pdu.CallingAETitle.Should().Be("CALLING");
        pdu.ApplicationContextName.Should().Be(SamplePdus.AppContext);
        pdu.PresentationContexts[0].AbstractSyntax.Should().Be(SamplePdus.Verification);
    }

    [Test]
    public void TryReadPdu_UnknownUserInformationSubItems_AreSkipped()
    {
        // PS3.8 annex D.2 note 2: an acceptor ignores user information sub-items it does not recognise. 0x57 (SOP
        // class common extended negotiation) is not supported by TeleRad and is skipped the same way.
        var bytes = Pdu(0x01,
            AssociateFixed("SCP", "SCU"),
            SamplePdus.ApplicationContextItem,
            SamplePdus.VerificationContext,
            Item(0x50, SamplePdus.MaxLengthSubItem, Item(0x7F, [9, 9, 9]), Item(0x57, U16(3), Ascii("1.2"), U16(0), U16(0)), Item(0xFF), SamplePdus.ClassUidSubItem));

        var info = ReadSingle<AssociateRequestPdu>(bytes).UserInformation;

        info.MaxLength.Should().Be(16384u);
        info.ImplementationClassUid.Should().Be(SamplePdus.ClassUid);
    }

    [Test]
    public void TryReadPdu_MissingUserInformation_GivesDefaults()
    {
        var bytes = Pdu(0x01, AssociateFixed("SCP", "SCU"), SamplePdus.ApplicationContextItem, SamplePdus.VerificationContext);

        var info = ReadSingle<AssociateRequestPdu>(bytes).UserInformation;

        info.MaxLength.Should().BeNull();
        info.ImplementationClassUid.Should().BeNull();
    }

    [Test]
    public void TryReadPdu_RejectedContextWithoutTransferSyntax_IsAccepted()
    {
        // A rejected context's transfer syntax sub-item is not significant (PS3.8 table 9-18).
        var bytes = Pdu(0x02, AssociateFixed("SCP", "SCU"), SamplePdus.ApplicationContextItem, Item(0x21, [1, 0, 4, 0]), SamplePdus.UserInformationItem);

        var context = ReadSingle<AssociateAcceptPdu>(bytes).PresentationContexts.Single();

        context.Result.Should().Be(PresentationContextResultReason.TransferSyntaxesNotSupported);
        context.TransferSyntax.Should().BeEmpty();
    }

    [TestCaseSource(typeof(SamplePdus), nameof(SamplePdus.All))]
    public void TryReadPdu_EveryTruncatedPrefix_ReturnsFalseAndConsumesNothing(byte[] bytes)
    {
        for (var length = 0; length < bytes.Length; length++)
        {
            foreach (var segmentSize in new[] { 1, 3, Math.Max(1, length) })
            {
                var reader = new SequenceReader<byte>(Segmented(bytes[..length], segmentSize));

                var read = PduReader.TryReadPdu(ref reader, UpperLayerLimits.Default, out var pdu);

                read.Should().BeFalse($"a prefix of {length} of {bytes.Length} bytes is not a PDU");
                pdu.Should().BeNull();
                reader.Consumed.Should().Be(0);
            }
        }
    }

    [TestCaseSource(typeof(SamplePdus), nameof(SamplePdus.All))]
    public void TryReadPdu_OneByteSegments_ReadsWholePdu(byte[] bytes)
    {
        var reader = new SequenceReader<byte>(Segmented(bytes, 1));

        PduReader.TryReadPdu(ref reader, UpperLayerLimits.Default, out var pdu).Should().BeTrue();

        pdu.Should().NotBeNull();
        reader.Consumed.Should().Be(bytes.Length);
    }

    [Test]
    public void TryReadPdu_TwoPdusBackToBack_ReadsOneAtATime()
    {
        var bytes = Concat(SamplePdus.DataTransfer, SamplePdus.ReleaseRequest, SamplePdus.Abort[..3]);
        var reader = new SequenceReader<byte>(Segmented(bytes, 7));

        PduReader.TryReadPdu(ref reader, UpperLayerLimits.Default, out var first).Should().BeTrue();
        PduReader.TryReadPdu(ref reader, UpperLayerLimits.Default, out var second).Should().BeTrue();
        PduReader.TryReadPdu(ref reader, UpperLayerLimits.Default, out var third).Should().BeFalse();

        first.Should().BeOfType<DataTransferPdu>();
        second.Should().BeOfType<ReleaseRequestPdu>();
        third.Should().BeNull();
        reader.Consumed.Should().Be(SamplePdus.DataTransfer.Length + SamplePdus.ReleaseRequest.Length);
    }

    [Test]
    public void TryReadPdu_ReservedFieldsSet_AreNotTested()
    {
        // Reserved fields "shall be sent with a value 00H but not tested to this value when received" (PS3.8 9.3).
        var release = Concat([0x05, 0xFF], U32(4), [1, 2, 3, 4]);
        var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(release));

        PduReader.TryReadPdu(ref reader, UpperLayerLimits.Default, out var pdu).Should().BeTrue();

        pdu.Should().BeOfType<ReleaseRequestPdu>();
    }

    internal static T ReadSingle<T>(byte[] bytes)
        where T : Pdu
    {
        var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(bytes));
        PduReader.TryReadPdu(ref reader, UpperLayerLimits.Default, out var pdu).Should().BeTrue();
        reader.End.Should().BeTrue();
        return pdu.Should().BeOfType<T>().Subject;
    }
}
