using System.Buffers;
using TeleRad.Dicom.Network.Pdus;
using TeleRad.Dicom.Network.Tests.Support;
using static TeleRad.Dicom.Network.Tests.Support.Bytes;

namespace TeleRad.Dicom.Network.Tests.Pdus;

/// <summary>Every length field set to a lie, and every structural fault, is rejected with the right fault.</summary>
[TestFixture]
[Category("Unit")]
public sealed class PduReaderFaultTests
{
    private static readonly byte[] Fixed = AssociateFixed("SCP", "SCU");
    private static readonly byte[] App = SamplePdus.ApplicationContextItem;
    private static readonly byte[] Ctx = SamplePdus.VerificationContext;
    private static readonly byte[] User = SamplePdus.UserInformationItem;

    [TestCase((byte)0x00)]
    [TestCase((byte)0x08)]
    [TestCase((byte)0x10)]
    [TestCase((byte)0xFF)]
    public void TryReadPdu_UnknownPduType_FaultsOnTheHeaderAlone(byte type)
    {
        Read(Concat([type, 0], U32(4))).Should().Be(UpperLayerFault.UnrecognizedPdu);
    }

    [TestCase(0xFFFFFFFFu)]
    [TestCase(0x80000000u)]
    [TestCase(1024u * 1024 + 1)]
    public void TryReadPdu_HugePduLength_FaultsBeforeTheBodyArrives(uint length)
    {
        foreach (var type in new byte[] { 1, 2, 4 })
            Read(Concat([type, 0], U32(length))).Should().Be(UpperLayerFault.PduTooLong);
    }

    [Test]
    public void TryReadPdu_PduLongerThanConfiguredMaximum_FaultsPduTooLong()
    {
        var limits = UpperLayerLimits.Default with { MaxPduLength = 100 };

        Read(SamplePdus.AssociateRequest, limits).Should().Be(UpperLayerFault.PduTooLong);
        Read(SamplePdus.DataTransfer, limits).Should().BeNull();
    }

    [TestCase((byte)0x03, 0u)]
    [TestCase((byte)0x03, 3u)]
    [TestCase((byte)0x03, 5u)]
    [TestCase((byte)0x05, 0u)]
    [TestCase((byte)0x05, 3u)]
    [TestCase((byte)0x05, 6u)]
    [TestCase((byte)0x06, 1u)]
    [TestCase((byte)0x06, 8u)]
    [TestCase((byte)0x07, 2u)]
    [TestCase((byte)0x07, 5u)]
    public void TryReadPdu_FixedLengthPduWithOtherLength_FaultsInvalidLength(byte type, uint length)
    {
        Read(Concat([type, 0], U32(length))).Should().Be(UpperLayerFault.InvalidLength);
    }

    [TestCase((byte)0x01, 0u)]
    [TestCase((byte)0x01, 67u)]
    [TestCase((byte)0x02, 1u)]
    [TestCase((byte)0x04, 0u)]
    [TestCase((byte)0x04, 5u)]
    public void TryReadPdu_PduLengthTooSmallForFixedFields_FaultsInvalidLength(byte type, uint length)
    {
        Read(Concat([type, 0], U32(length))).Should().Be(UpperLayerFault.InvalidLength);
    }

    [Test]
    public void TryReadPdu_PduLengthCutsTheLastItem_FaultsLengthExceedsContainer()
    {
        var body = Concat(Fixed, App, Ctx, User);

        Read(PduWithLength(0x01, (uint)body.Length - 1, body)).Should().Be(UpperLayerFault.LengthExceedsContainer);
    }

    [Test]
    public void TryReadPdu_PduLengthLeavesPartialItemHeader_FaultsInvalidLength()
    {
        Read(Pdu(0x01, Fixed, App, Ctx, User, [0x50, 0])).Should().Be(UpperLayerFault.InvalidLength);
    }

    [TestCase(0xFFFF)]
    [TestCase(22)]
    public void TryReadPdu_ApplicationContextLengthBeyondPdu_FaultsLengthExceedsContainer(int declared)
    {
        // 21 real bytes, nothing after them.
        Read(Pdu(0x01, Fixed, ItemWithLength(0x10, declared, Ascii(SamplePdus.AppContext)))).Should().Be(UpperLayerFault.LengthExceedsContainer);
    }

    [Test]
    public void TryReadPdu_ApplicationContextLengthTooSmall_IsCaughtByWhatFollows()
    {
        // Declaring 20 of 21 bytes leaves the UID's last "1" (0x31) to be read as the next item's type, with the
        // presentation context's first bytes as reserved byte and length: an item type no PDU defines.
        Read(Pdu(0x01, Fixed, ItemWithLength(0x10, 20, Ascii(SamplePdus.AppContext)), Ctx, User)).Should().Be(UpperLayerFault.UnrecognizedItem);
    }

    [TestCase(0)]
    [TestCase(2)]
    [TestCase(3)]
    public void TryReadPdu_PresentationContextShorterThanFixedFields_FaultsInvalidLength(int declared)
    {
        Read(Pdu(0x01, Fixed, App, ItemWithLength(0x20, declared, [1, 0, 0, 0]), User)).Should().Be(UpperLayerFault.InvalidLength);
    }

    [Test]
    public void TryReadPdu_AbstractSyntaxLongerThanItsContext_FaultsLengthExceedsContainer()
    {
        var abstractSyntax = ItemWithLength(0x30, 200, Ascii(SamplePdus.Verification));
        var context = Item(0x20, [1, 0, 0, 0], abstractSyntax, Item(0x40, Ascii(SamplePdus.ImplicitLittle)));

        Read(Pdu(0x01, Fixed, App, context, User)).Should().Be(UpperLayerFault.LengthExceedsContainer);
    }

    [Test]
    public void TryReadPdu_TransferSyntaxLongerThanItsContext_FaultsLengthExceedsContainer()
    {
        var context = Item(0x20, [1, 0, 0, 0], Item(0x30, Ascii(SamplePdus.Verification)), ItemWithLength(0x40, 18, Ascii(SamplePdus.ImplicitLittle)));

        Read(Pdu(0x01, Fixed, App, context, User)).Should().Be(UpperLayerFault.LengthExceedsContainer);
    }

    [Test]
    public void TryReadPdu_UserInformationLongerThanPdu_FaultsLengthExceedsContainer()
    {
        var user = ItemWithLength(0x50, 0xFFFF, SamplePdus.MaxLengthSubItem);

        Read(Pdu(0x01, Fixed, App, Ctx, user)).Should().Be(UpperLayerFault.LengthExceedsContainer);
    }

    [TestCase(0)]
    [TestCase(3)]
    [TestCase(5)]
    [TestCase(8)]
    public void TryReadPdu_MaximumLengthSubItemNotFourBytes_FaultsInvalidLength(int actual)
    {
        Read(Pdu(0x01, Fixed, App, Ctx, Item(0x50, Item(0x51, Zeros(actual))))).Should().Be(UpperLayerFault.InvalidLength);
    }

    [TestCase(3)]
    [TestCase(5)]
    public void TryReadPdu_AsyncWindowSubItemNotFourBytes_FaultsInvalidLength(int actual)
    {
        Read(Pdu(0x01, Fixed, App, Ctx, Item(0x50, Item(0x53, Zeros(actual))))).Should().Be(UpperLayerFault.InvalidLength);
    }

    [Test]
    public void TryReadPdu_SubItemLongerThanUserInformation_FaultsLengthExceedsContainer()
    {
        var user = Item(0x50, ItemWithLength(0x52, 50, Ascii(SamplePdus.ClassUid)));

        Read(Pdu(0x01, Fixed, App, Ctx, user)).Should().Be(UpperLayerFault.LengthExceedsContainer);
    }

    [TestCase(0xFFFF, UpperLayerFault.LengthExceedsContainer)]
    [TestCase(26, UpperLayerFault.LengthExceedsContainer)]
    [TestCase(24, UpperLayerFault.InvalidLength)]
    [TestCase(0, UpperLayerFault.InvalidLength)]
    public void TryReadPdu_RoleSelectionUidLengthLies_Faults(int declaredUidLength, UpperLayerFault expected)
    {
        var role = Item(0x54, U16(declaredUidLength), Ascii(SamplePdus.CtImageStorage), [1, 1]);

        Read(Pdu(0x01, Fixed, App, Ctx, Item(0x50, role))).Should().Be(expected);
    }

    [Test]
    public void TryReadPdu_RoleSelectionTooShortForItsLength_FaultsInvalidLength()
    {
        Read(Pdu(0x01, Fixed, App, Ctx, Item(0x50, Item(0x54, [0])))).Should().Be(UpperLayerFault.InvalidLength);
    }

    [TestCase(0xFFFF)]
    [TestCase(30)]
    public void TryReadPdu_ExtendedNegotiationUidLengthBeyondItem_FaultsLengthExceedsContainer(int declaredUidLength)
    {
        var extended = Item(0x56, U16(declaredUidLength), Ascii(SamplePdus.CtImageStorage), [1]);

        Read(Pdu(0x01, Fixed, App, Ctx, Item(0x50, extended))).Should().Be(UpperLayerFault.LengthExceedsContainer);
    }

    [TestCase(0xFFFF, 6, UpperLayerFault.LengthExceedsContainer)]
    [TestCase(20, 6, UpperLayerFault.LengthExceedsContainer)]
    [TestCase(4, 0xFFFF, UpperLayerFault.LengthExceedsContainer)]
    [TestCase(4, 7, UpperLayerFault.LengthExceedsContainer)]
    [TestCase(4, 5, UpperLayerFault.InvalidLength)]
    [TestCase(3, 6, UpperLayerFault.LengthExceedsContainer)] // "r" and the next length byte are misread as a huge secondary length
    public void TryReadPdu_UserIdentityFieldLengthsLie_Fault(int primary, int secondary, UpperLayerFault expected)
    {
        var identity = Item(0x58, [2, 0], U16(primary), Ascii("user"), U16(secondary), Ascii("secret"));

        Read(Pdu(0x01, Fixed, App, Ctx, Item(0x50, identity))).Should().Be(expected);
    }

    [Test]
    public void TryReadPdu_UserIdentityShorterThanFixedFields_FaultsInvalidLength()
    {
        Read(Pdu(0x01, Fixed, App, Ctx, Item(0x50, Item(0x58, [1, 0, 0, 0, 0])))).Should().Be(UpperLayerFault.InvalidLength);
    }

    [TestCase(0xFFFF, UpperLayerFault.LengthExceedsContainer)]
    [TestCase(4, UpperLayerFault.LengthExceedsContainer)]
    [TestCase(2, UpperLayerFault.InvalidLength)]
    public void TryReadPdu_UserIdentityResponseLengthLies_Faults(int declared, UpperLayerFault expected)
    {
        Read(Pdu(0x02, Fixed, App, Item(0x21, [1, 0, 0, 0], Item(0x40, Ascii(SamplePdus.ImplicitLittle))), Item(0x50, Item(0x59, U16(declared), [1, 2, 3]))))
            .Should().Be(expected);
    }

    [Test]
    public void TryReadPdu_ImplementationVersionNameOverSixteen_FaultsInvalidValue()
    {
        Read(Pdu(0x01, Fixed, App, Ctx, Item(0x50, Item(0x55, Ascii(new string('V', 17)))))).Should().Be(UpperLayerFault.InvalidValue);
    }

    [Test]
    public void TryReadPdu_EmptyImplementationVersionName_FaultsInvalidLength()
    {
        Read(Pdu(0x01, Fixed, App, Ctx, Item(0x50, Item(0x55)))).Should().Be(UpperLayerFault.InvalidLength);
    }

    [TestCase(0u)]
    [TestCase(1u)]
    public void TryReadPdu_PdvLengthTooSmall_FaultsInvalidLength(uint declared)
    {
        Read(Pdu(0x04, U32(declared), [1, 3])).Should().Be(UpperLayerFault.InvalidLength);
    }

    [TestCase(0xFFFFFFFFu)]
    [TestCase(0x80000000u)]
    [TestCase(7u)]
    public void TryReadPdu_PdvLengthBeyondPdu_FaultsLengthExceedsContainer(uint declared)
    {
        Read(Pdu(0x04, U32(declared), [1, 3, 9, 9, 9])).Should().Be(UpperLayerFault.LengthExceedsContainer);
    }

    [Test]
    public void TryReadPdu_PdvLeavesPartialItemHeader_FaultsInvalidLength()
    {
        Read(Pdu(0x04, Pdv(1, 2, [1, 2]), [0, 0])).Should().Be(UpperLayerFault.InvalidLength);
    }

    [TestCase((byte)0)]
    [TestCase((byte)2)]
    [TestCase((byte)254)]
    public void TryReadPdu_EvenPresentationContextId_FaultsInvalidValue(byte id)
    {
        Read(Pdu(0x04, Pdv(id, 2, [1, 2]))).Should().Be(UpperLayerFault.InvalidValue);
        Read(Pdu(0x01, Fixed, App, Item(0x20, [id, 0, 0, 0], Item(0x30, Ascii(SamplePdus.Verification)), Item(0x40, Ascii(SamplePdus.ImplicitLittle))), User))
            .Should().Be(UpperLayerFault.InvalidValue);
    }

    [Test]
    public void TryReadPdu_DuplicatePresentationContextId_FaultsInvalidValue()
    {
        Read(Pdu(0x01, Fixed, App, Ctx, Ctx, User)).Should().Be(UpperLayerFault.InvalidValue);
    }

    [TestCase("")]
    [TestCase("\0")]
    [TestCase("1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.19.20.21.22.23.24.25.26.27.28")]
    public void TryReadPdu_InvalidUid_FaultsInvalidValue(string uid)
    {
        Read(Pdu(0x01, Fixed, Item(0x10, Ascii(uid)), Ctx, User)).Should().Be(UpperLayerFault.InvalidValue);
        Read(Pdu(0x01, Fixed, App, Item(0x20, [1, 0, 0, 0], Item(0x30, Ascii(uid)), Item(0x40, Ascii(SamplePdus.ImplicitLittle))), User))
            .Should().Be(UpperLayerFault.InvalidValue);
    }

    [TestCase((byte)0x60)]
    [TestCase((byte)0x00)]
    [TestCase((byte)0xFF)]
    public void TryReadPdu_UnknownItemInAssociateRequest_FaultsUnrecognizedItem(byte type)
    {
        Read(Pdu(0x01, Fixed, App, Ctx, Item(type, [1]), User)).Should().Be(UpperLayerFault.UnrecognizedItem);
    }

    [TestCase((byte)0x21)]
    [TestCase((byte)0x30)]
    [TestCase((byte)0x40)]
    [TestCase((byte)0x51)]
    public void TryReadPdu_KnownItemOutOfPlace_FaultsUnexpectedItem(byte type)
    {
        Read(Pdu(0x01, Fixed, App, Ctx, Item(type, [1, 0, 0, 0]), User)).Should().Be(UpperLayerFault.UnexpectedItem);
    }

    [Test]
    public void TryReadPdu_RequestContextItemInAccept_FaultsUnexpectedItem()
    {
        Read(Pdu(0x02, Fixed, App, Ctx, User)).Should().Be(UpperLayerFault.UnexpectedItem);
    }

    [Test]
    public void TryReadPdu_RepeatedSingletonItems_FaultUnexpectedItem()
    {
        Read(Pdu(0x01, Fixed, App, App, Ctx, User)).Should().Be(UpperLayerFault.UnexpectedItem);
        Read(Pdu(0x01, Fixed, App, Ctx, User, User)).Should().Be(UpperLayerFault.UnexpectedItem);
        Read(Pdu(0x01, Fixed, App, Ctx, Item(0x50, SamplePdus.MaxLengthSubItem, SamplePdus.MaxLengthSubItem))).Should().Be(UpperLayerFault.UnexpectedItem);
        Read(Pdu(0x01, Fixed, App, Item(0x20, [1, 0, 0, 0], Item(0x30, Ascii("1.2")), Item(0x30, Ascii("1.2")), Item(0x40, Ascii("1.2"))), User))
            .Should().Be(UpperLayerFault.UnexpectedItem);
    }

    [Test]
    public void TryReadPdu_MissingMandatoryItems_FaultMissingItem()
    {
        Read(Pdu(0x01, Fixed, Ctx, User)).Should().Be(UpperLayerFault.MissingItem);
        Read(Pdu(0x01, Fixed, App, User)).Should().Be(UpperLayerFault.MissingItem);
        Read(Pdu(0x01, Fixed, App, Item(0x20, [1, 0, 0, 0], Item(0x40, Ascii("1.2"))), User)).Should().Be(UpperLayerFault.MissingItem);
        Read(Pdu(0x01, Fixed, App, Item(0x20, [1, 0, 0, 0], Item(0x30, Ascii("1.2"))), User)).Should().Be(UpperLayerFault.MissingItem);
        Read(Pdu(0x02, Fixed, App, Item(0x21, [1, 0, 0, 0]), User)).Should().Be(UpperLayerFault.MissingItem);
    }

    [Test]
    public void TryReadPdu_MoreItemsThanLimit_FaultsTooManyItems()
    {
        var limits = UpperLayerLimits.Default with { MaxItems = 3 };
        var contexts = Enumerable.Range(0, 3).Select(i => Item(0x20, [(byte)(2 * i + 1), 0, 0, 0], Item(0x30, Ascii("1.2")), Item(0x40, Ascii("1.2")))).ToArray();

        Read(Pdu(0x01, Fixed, App, Concat(contexts), User), limits).Should().Be(UpperLayerFault.TooManyItems);
        Read(Pdu(0x04, Pdv(1, 0, [1]), Pdv(1, 0, [1]), Pdv(1, 0, [1]), Pdv(1, 2, [1])), limits).Should().Be(UpperLayerFault.TooManyItems);
        Read(Pdu(0x01, Fixed, App, Ctx, Item(0x50, Item(0x70), Item(0x71), Item(0x72), Item(0x73))), limits).Should().Be(UpperLayerFault.TooManyItems);
        Read(Pdu(0x04, Pdv(1, 0, [1]), Pdv(1, 0, [1]), Pdv(1, 2, [1])), limits).Should().BeNull();
    }

    [Test]
    public void UpperLayerException_MessageNamesLengthsButNoValues()
    {
        var secret = "SECRETPATIENT";
        var bytes = Pdu(0x01, AssociateFixed("SCP", "SCU"), App, Ctx, Item(0x50, Item(0x58, [1, 0], U16(0xFFFF), Ascii(secret), U16(0))));
        var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(bytes));

        UpperLayerException? caught = null;
        try
        {
            PduReader.TryReadPdu(ref reader, UpperLayerLimits.Default, out _);
        }
        catch (UpperLayerException e)
        {
            caught = e;
        }

        caught.Should().NotBeNull();
        caught!.Message.Should().Contain("65535").And.NotContain(secret);
        reader.Consumed.Should().Be(0);
    }

    [TestCase(UpperLayerFault.UnrecognizedPdu, AbortReason.UnrecognizedPdu)]
    [TestCase(UpperLayerFault.UnexpectedPdu, AbortReason.UnexpectedPdu)]
    [TestCase(UpperLayerFault.UnrecognizedItem, AbortReason.UnrecognizedPduParameter)]
    [TestCase(UpperLayerFault.UnexpectedItem, AbortReason.UnexpectedPduParameter)]
    [TestCase(UpperLayerFault.MissingItem, AbortReason.UnexpectedPduParameter)]
    [TestCase(UpperLayerFault.PduTooLong, AbortReason.InvalidPduParameterValue)]
    [TestCase(UpperLayerFault.InvalidLength, AbortReason.InvalidPduParameterValue)]
    [TestCase(UpperLayerFault.LengthExceedsContainer, AbortReason.InvalidPduParameterValue)]
    [TestCase(UpperLayerFault.InvalidValue, AbortReason.InvalidPduParameterValue)]
    [TestCase(UpperLayerFault.TooManyItems, AbortReason.NotSpecified)]
    public void ToAbortReason_MapsToTable926(UpperLayerFault fault, AbortReason expected)
    {
        fault.ToAbortReason().Should().Be(expected);
    }

    /// <summary>Reads <paramref name="bytes"/>; returns the fault, or null when a PDU was read.</summary>
    private static UpperLayerFault? Read(byte[] bytes, UpperLayerLimits? limits = null)
    {
        var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(bytes));
        try
        {
            PduReader.TryReadPdu(ref reader, limits ?? UpperLayerLimits.Default, out var pdu).Should().BeTrue("the whole PDU is there");
            pdu.Should().NotBeNull();
            return null;
        }
        catch (UpperLayerException e)
        {
            reader.Consumed.Should().Be(0, "a fault consumes nothing");
            return e.Fault;
        }
    }
}
