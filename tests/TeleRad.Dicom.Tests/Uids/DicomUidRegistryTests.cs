using System.Reflection;
using TeleRad.Dicom.Uids;

namespace TeleRad.Dicom.Tests.Uids;

/// <summary>Spot checks of the generated UID registry against PS3.6 table A-1.</summary>
[TestFixture]
public sealed class DicomUidRegistryTests
{
    [Test]
    public void TryGet_CTImageStorage_IsStorageSopClass()
    {
        DicomUidRegistry.TryGet("1.2.840.10008.5.1.4.1.1.2", out var info).Should().BeTrue();

        info.Name.Should().Be("CT Image Storage");
        info.Keyword.Should().Be("CTImageStorage");
        info.Type.Should().Be(DicomUidType.SopClass);
        info.IsStorageSopClass.Should().BeTrue();
        info.IsRetired.Should().BeFalse();
        DicomUids.CTImageStorage.Should().Be("1.2.840.10008.5.1.4.1.1.2");
    }

    [Test]
    public void TryGet_StorageCommitmentPushModel_IsSopClassButNotStorage()
    {
        DicomUidRegistry.TryGet("1.2.840.10008.1.20.1", out var info).Should().BeTrue();

        info.Name.Should().Be("Storage Commitment Push Model SOP Class");
        info.Type.Should().Be(DicomUidType.SopClass);
        info.IsStorageSopClass.Should().BeFalse();
    }

    [Test]
    public void TryGet_ExplicitVRLittleEndian_IsTransferSyntax()
    {
        DicomUidRegistry.TryGet("1.2.840.10008.1.2.1", out var info).Should().BeTrue();

        info.Name.Should().Be("Explicit VR Little Endian");
        info.Type.Should().Be(DicomUidType.TransferSyntax);
        DicomUids.ExplicitVRLittleEndian.Should().Be("1.2.840.10008.1.2.1");
        DicomUids.ImplicitVRLittleEndian.Should().Be("1.2.840.10008.1.2");
    }

    [TestCase("1.2.840.10008.1.2.4.201", "HTJ2KLossless", "High-Throughput JPEG 2000 Image Compression (Lossless Only)")]
    [TestCase("1.2.840.10008.1.2.4.202", "HTJ2KLosslessRPCL", "High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)")]
    [TestCase("1.2.840.10008.1.2.4.203", "HTJ2K", "High-Throughput JPEG 2000 Image Compression")]
    [TestCase("1.2.840.10008.1.2.4.204", "JPIPHTJ2KReferenced", "JPIP HTJ2K Referenced")]
    [TestCase("1.2.840.10008.1.2.4.205", "JPIPHTJ2KReferencedDeflate", "JPIP HTJ2K Referenced Deflate")]
    public void TryGet_HTJ2KFromSupplement_IsCurrentTransferSyntax(string uid, string keyword, string name)
    {
        DicomUidRegistry.TryGet(uid, out var info).Should().BeTrue();

        info.Keyword.Should().Be(keyword);
        info.Name.Should().Be(name);
        info.Type.Should().Be(DicomUidType.TransferSyntax);
        info.IsRetired.Should().BeFalse();
    }

    [Test]
    public void DicomUids_HTJ2KLossless_IsItsUid()
    {
        DicomUids.HTJ2KLossless.Should().Be("1.2.840.10008.1.2.4.201");
    }

    [TestCase("1.2.840.10008.1.2.2", "Explicit VR Big Endian", DicomUidType.TransferSyntax)]
    [TestCase("1.2.840.10008.5.1.4.1.1.5", "Nuclear Medicine Image Storage", DicomUidType.SopClass)]
    [TestCase("1.2.840.10008.3.1.2.1.4", "Detached Patient Management Meta SOP Class", DicomUidType.MetaSopClass)]
    public void TryGet_RetiredUid_IsFlaggedRetired(string uid, string name, DicomUidType type)
    {
        DicomUidRegistry.TryGet(uid, out var info).Should().BeTrue();

        info.Name.Should().Be(name);
        info.Type.Should().Be(type);
        info.IsRetired.Should().BeTrue();
    }

    [TestCase("1.2.840.10008.5.1.1.9", DicomUidType.MetaSopClass)]
    [TestCase("1.2.840.10008.1.5.1", DicomUidType.WellKnownSopInstance)]
    [TestCase("1.2.840.10008.5.1.1.17", DicomUidType.WellKnownSopInstance)]
    [TestCase("1.2.840.10008.1.4.1.1", DicomUidType.WellKnownFrameOfReference)]
    [TestCase("1.2.840.10008.15.1.1", DicomUidType.WellKnownFrameOfReference)]
    [TestCase("1.2.840.10008.3.1.1.1", DicomUidType.ApplicationContextName)]
    [TestCase("1.2.840.10008.4.2", DicomUidType.ServiceClass)]
    [TestCase("1.2.840.10008.2.16.4", DicomUidType.Other)]
    [TestCase("1.2.840.10008.15.0.3.1", DicomUidType.Other)]
    public void TryGet_UidOfEachKind_HasMappedType(string uid, DicomUidType type)
    {
        DicomUidRegistry.TryGet(uid, out var info).Should().BeTrue();

        info.Type.Should().Be(type);
    }

    [Test]
    public void NameOf_UnregisteredUid_IsNull()
    {
        DicomUidRegistry.NameOf("1.2.3.4.5").Should().BeNull();
        DicomUidRegistry.NameOf("1.2.840.10008.1.1").Should().Be("Verification SOP Class");
    }

    [Test]
    public void All_Count_IsInPlausibleRange()
    {
        // pydicom 2.3's table (DICOM 2022a) has 454 UIDs; the supplement adds later ones.
        DicomUidRegistry.All.Count().Should().BeInRange(470, 700);
    }

    [Test]
    public void StorageSopClasses_AreSopClassesIncludingNewOnes()
    {
        var storage = DicomUidRegistry.StorageSopClasses.ToList();

        storage.Should().HaveCountGreaterThan(100);
        storage.Should().OnlyContain(u => u.Type == DicomUidType.SopClass);
        storage.Select(u => u.Uid).Should().Contain("1.2.840.10008.5.1.4.1.1.66.7", "Label Map Segmentation Storage is in the supplement");
    }

    [Test]
    public void DicomUids_EveryConstant_IsRegisteredUnderThatKeyword()
    {
        var constants = typeof(DicomUids).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToList();

        constants.Should().HaveCount(DicomUidRegistry.All.Count(u => u.Keyword.Length > 0));
        foreach (var field in constants)
        {
            var uid = (string)field.GetRawConstantValue()!;
            DicomUidRegistry.TryGet(uid, out var info).Should().BeTrue($"{field.Name} = {uid}");
            info.Keyword.Should().Be(field.Name);
        }
    }
}
