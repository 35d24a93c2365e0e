using TeleRad.Dicom.IO;

namespace TeleRad.Dicom.Tests.IO;

/// <summary>The item-count limits bound how many data set objects a small (e.g. deflated) input can make the reader create.</summary>
[TestFixture]
public sealed class DicomReadItemLimitsTests
{
    private static readonly DicomTag FirstSequence = new(0x0008, 0x1140);
    private static readonly DicomTag SecondSequence = new(0x0008, 0x1199);

    [TestCase(false)]
    [TestCase(true)]
    public async Task ReadAsync_MoreItemsInOneSequenceThanAllowed_FailsWithLimitExceeded(bool deflated)
    {
        var bytes = await EncodeAsync(itemsPerSequence: 5, deflated);

        var act = () => DicomFile.ReadAsync(new MemoryStream(bytes), new DicomReadOptions { MaxItemsPerSequence = 4 });

        (await act.Should().ThrowAsync<DicomFormatException>()).Which.Fault.Should().Be(DicomFormatFault.LimitExceeded);
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task ReadAsync_MoreItemsInTheDataSetThanAllowed_FailsWithLimitExceeded(bool deflated)
    {
        var bytes = await EncodeAsync(itemsPerSequence: 3, deflated);

        var act = () => DicomFile.ReadAsync(new MemoryStream(bytes), new DicomReadOptions { MaxTotalItems = 5 });

        var error = (await act.Should().ThrowAsync<DicomFormatException>()).Which;
        error.Fault.Should().Be(DicomFormatFault.LimitExceeded);
        error.Tag.Should().Be(SecondSequence);
    }

    [Test]
    public async Task ReadAsync_ItemsAtTheLimits_Succeeds()
    {
        var bytes = await EncodeAsync(itemsPerSequence: 3, deflated: false);

        var file = await DicomFile.ReadAsync(new MemoryStream(bytes), new DicomReadOptions { MaxTotalItems = 6, MaxItemsPerSequence = 3 });

        file.Dataset.GetSequence(FirstSequence).Should().HaveCount(3);
        file.Dataset.GetSequence(SecondSequence).Should().HaveCount(3);
    }

    private static async Task<byte[]> EncodeAsync(int itemsPerSequence, bool deflated)
    {
        var ds = new DicomDataset();
        ds.SetSequence(FirstSequence, [.. Enumerable.Range(0, itemsPerSequence).Select(_ => new DicomDataset())]);
        ds.SetSequence(SecondSequence, [.. Enumerable.Range(0, itemsPerSequence).Select(_ => new DicomDataset())]);
        var file = new DicomFile(ds);
        using var ms = new MemoryStream();
        var syntax = deflated ? DicomTransferSyntax.DeflatedExplicitVRLittleEndian : DicomTransferSyntax.ExplicitVRLittleEndian;
        await file.WriteAsync(ms, new DicomWriteOptions { TransferSyntax = syntax });
        return ms.ToArray();
    }
}
