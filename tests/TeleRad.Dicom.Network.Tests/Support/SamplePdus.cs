using static TeleRad.Dicom.Network.Tests.Support.Bytes;

namespace TeleRad.Dicom.Network.Tests.Support;

/// <summary>Hand-made PDUs of every type (PS3.8 section 9.3), with the UIDs they carry.</summary>
internal static class SamplePdus
{
    public const string AppContext = "1.2.840.10008.3.1.1.1";
    public const string Verification = "1.2.840.10008.1.1";
    public const string CtImageStorage = "1.2.840.10008.5.1.4.1.1.2";
    public const string ImplicitLittle = "1.2.840.10008.1.2";
    public const string ExplicitLittle = "1.2.840.10008.1.2.1";
    public const string ClassUid = "1.2.3.4.5";
    public const string VersionName = "TEST_1";

    public static byte[] ApplicationContextItem => Item(0x10, Ascii(AppContext));

    public static byte[] VerificationContext => Item(0x20, [1, 0, 0, 0], Item(0x30, Ascii(Verification)), Item(0x40, Ascii(ImplicitLittle)));

    public static byte[] CtContext => Item(0x20, [3, 0, 0, 0], Item(0x30, Ascii(CtImageStorage)), Item(0x40, Ascii(ExplicitLittle)), Item(0x40, Ascii(ImplicitLittle)));

    public static byte[] MaxLengthSubItem => Item(0x51, U32(16384));

    public static byte[] ClassUidSubItem => Item(0x52, Ascii(ClassUid));

    public static byte[] VersionNameSubItem => Item(0x55, Ascii(VersionName));

    public static byte[] UserInformationItem => Item(0x50, MaxLengthSubItem, ClassUidSubItem, VersionNameSubItem);

    /// <summary>An A-ASSOCIATE-RQ with two contexts and every user information sub-item TeleRad knows.</summary>
    public static byte[] FullUserInformationItem => Item(0x50,
        MaxLengthSubItem,
        ClassUidSubItem,
        Item(0x53, U16(5), U16(3)),
        Item(0x54, U16(CtImageStorage.Length), Ascii(CtImageStorage), [1, 0]),
        VersionNameSubItem,
        Item(0x56, U16(CtImageStorage.Length), Ascii(CtImageStorage), [1, 0, 2]),
        Item(0x58, [2, 1], U16(4), Ascii("user"), U16(6), Ascii("secret")),
        Item(0x59, U16(3), [7, 8, 9]));

    public static byte[] AssociateRequest => Pdu(0x01,
        AssociateFixed("STORESCP", "TELERAD"),
        ApplicationContextItem,
        VerificationContext,
        CtContext,
        FullUserInformationItem);

    public static byte[] AssociateAccept => Pdu(0x02,
        AssociateFixed("STORESCP", "TELERAD"),
        ApplicationContextItem,
        Item(0x21, [1, 0, 0, 0], Item(0x40, Ascii(ImplicitLittle))),
        Item(0x21, [3, 0, 3, 0], Item(0x40, Ascii(ExplicitLittle))),
        UserInformationItem);

    public static byte[] AssociateReject => Pdu(0x03, [0, 1, 1, 7]);

    public static byte[] DataTransfer => Pdu(0x04, Pdv(1, 0x03, [1, 2, 3, 4]), Pdv(3, 0x00, [5, 6, 7]));

    public static byte[] ReleaseRequest => Pdu(0x05, Zeros(4));

    public static byte[] ReleaseResponse => Pdu(0x06, Zeros(4));

    public static byte[] Abort => Pdu(0x07, [0, 0, 2, 6]);

    /// <summary>Every sample, named for test case output.</summary>
    public static IEnumerable<TestCaseData> All()
    {
        yield return new TestCaseData(AssociateRequest).SetArgDisplayNames("A-ASSOCIATE-RQ");
        yield return new TestCaseData(AssociateAccept).SetArgDisplayNames("A-ASSOCIATE-AC");
        yield return new TestCaseData(AssociateReject).SetArgDisplayNames("A-ASSOCIATE-RJ");
        yield return new TestCaseData(DataTransfer).SetArgDisplayNames("P-DATA-TF");
        yield return new TestCaseData(ReleaseRequest).SetArgDisplayNames("A-RELEASE-RQ");
        yield return new TestCaseData(ReleaseResponse).SetArgDisplayNames("A-RELEASE-RP");
        yield return new TestCaseData(Abort).SetArgDisplayNames("A-ABORT");
    }
}
