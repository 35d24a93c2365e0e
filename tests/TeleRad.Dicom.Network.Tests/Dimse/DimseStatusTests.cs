using TeleRad.Dicom.Network.Dimse;

namespace TeleRad.Dicom.Network.Tests.Dimse;

[TestFixture]
[Category("Unit")]
public sealed class DimseStatusTests
{
    [TestCase((ushort)0x0000, DimseStatusCategory.Success)]
    [TestCase((ushort)0x0001, DimseStatusCategory.Warning)]
    [TestCase((ushort)0x0107, DimseStatusCategory.Warning)]
    [TestCase((ushort)0x0116, DimseStatusCategory.Warning)]
    [TestCase((ushort)0xB000, DimseStatusCategory.Warning)]
    [TestCase((ushort)0xB007, DimseStatusCategory.Warning)]
    [TestCase((ushort)0xBFFF, DimseStatusCategory.Warning)]
    [TestCase((ushort)0xFE00, DimseStatusCategory.Cancel)]
    [TestCase((ushort)0xFF00, DimseStatusCategory.Pending)]
    [TestCase((ushort)0xFF01, DimseStatusCategory.Pending)]
    [TestCase((ushort)0x0122, DimseStatusCategory.Failure)]
    [TestCase((ushort)0xA700, DimseStatusCategory.Failure)]
    [TestCase((ushort)0xA900, DimseStatusCategory.Failure)]
    [TestCase((ushort)0xC000, DimseStatusCategory.Failure)]
    [TestCase((ushort)0xC123, DimseStatusCategory.Failure)]
    public void Category_FollowsPs37AnnexC(ushort code, DimseStatusCategory expected)
    {
        new DimseStatus(code).Category.Should().Be(expected);
    }

    [Test]
    public void NamedStatuses_HaveTheirPs34Codes()
    {
        DimseStatus.Success.Code.Should().Be(0x0000);
        DimseStatus.OutOfResources.Code.Should().Be(0xA700);
        DimseStatus.DataSetDoesNotMatchSopClass.Code.Should().Be(0xA900);
        DimseStatus.CannotUnderstand.Code.Should().Be(0xC000);
        DimseStatus.SopClassNotSupported.Code.Should().Be(0x0122);
        DimseStatus.CoercionOfDataElements.Code.Should().Be(0xB000);
        DimseStatus.UnrecognizedOperation.Code.Should().Be(0x0211);
        DimseStatus.OutOfResources.ToString().Should().Be("0xA700 (Failure)");
        DimseStatus.CoercionOfDataElements.IsSuccessOrWarning.Should().BeTrue();
        DimseStatus.OutOfResources.IsFailure.Should().BeTrue();
    }
}
