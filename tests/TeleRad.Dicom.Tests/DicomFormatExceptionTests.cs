namespace TeleRad.Dicom.Tests;

[TestFixture]
public sealed class DicomFormatExceptionTests
{
    [Test]
    public void Message_WithOffsetAndTag_NamesFaultOffsetAndElement()
    {
        var ex = new DicomFormatException(DicomFormatFault.Truncated, "the stream ends inside a value", 1234, new DicomTag(0x7FE0, 0x0010));

        ex.Message.Should().Be("Truncated: the stream ends inside a value at byte offset 1234 in element (7FE0,0010).");
        ex.Fault.Should().Be(DicomFormatFault.Truncated);
        ex.Offset.Should().Be(1234);
        ex.Tag.Should().Be(new DicomTag(0x7FE0, 0x0010));
    }

    [Test]
    public void Message_WithoutOffsetOrTag_OmitsThem()
    {
        var inner = new InvalidOperationException();
        var ex = new DicomFormatException(DicomFormatFault.UnsupportedEncoding, "cannot", inner: inner);

        ex.Message.Should().Be("UnsupportedEncoding: cannot.");
        ex.Offset.Should().Be(-1);
        ex.Tag.Should().BeNull();
        ex.InnerException.Should().BeSameAs(inner);
    }
}
