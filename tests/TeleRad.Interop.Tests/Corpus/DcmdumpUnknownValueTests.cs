namespace TeleRad.Interop.Tests.Corpus;

[TestFixture]
[Category("Interop")]
public sealed class DcmdumpUnknownValueTests
{
    [TestCase("45\\43\\3d\\31\\5c\\4c\\20\\20", "LO", "[EC=1\\L]")]
    [TestCase("41\\e9\\00\\00", "PN", "[A\\351]")]
    [TestCase("01\\00\\ff\\ff", "US", "1\\65535")]
    [TestCase("01\\00\\ff\\ff", "SS", "1\\-1")]
    [TestCase("01\\00\\ff\\ff", "OW", "0001\\ffff")]
    [TestCase("01\\00\\00\\80", "SL", "-2147483647")]
    [TestCase("(no value available)", "LO", "(no value available)")]
    public void TryRender_KnownVR_PrintsAsDcmdumpWould(string hex, string vr, string expected)
    {
        DcmdumpUnknownValue.TryRender(hex, vr, out var rendered).Should().BeTrue();
        rendered.Should().Be(expected);
    }

    [TestCase("01\\00\\00", "US")]
    [TestCase("00\\00\\80\\3f", "FL")]
    [TestCase("[text]", "LO")]
    public void TryRender_NotRenderable_False(string value, string vr)
    {
        DcmdumpUnknownValue.TryRender(value, vr, out _).Should().BeFalse();
    }
}
