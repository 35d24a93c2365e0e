namespace TeleRad.Interop.Tests.Support;

[TestFixture]
[Category("Interop")]
public sealed class RepoPathsTests
{
    [Test]
    public void Root_FromTestBinaries_HoldsSolutionAndTestProject()
    {
        var root = RepoPaths.Root;

        File.Exists(Path.Combine(root, "TeleRad.sln")).Should().BeTrue();
        File.Exists(Path.Combine(root, "tests", "TeleRad.Interop.Tests", "TeleRad.Interop.Tests.csproj")).Should().BeTrue();
    }

    [TestCase("pydicom_json.py")]
    [TestCase("pydicom_values.py")]
    [TestCase("make_dcmtk_variants.sh")]
    public void Script_ExistingScript_ReturnsPathInSourceTree(string name)
    {
        var path = RepoPaths.Script(name);

        File.Exists(path).Should().BeTrue();
        path.Should().StartWith(RepoPaths.Root);
    }

    [Test]
    public void Script_UnknownScript_Throws()
    {
        var act = () => RepoPaths.Script("no_such_script.py");

        act.Should().Throw<FileNotFoundException>().WithMessage("*no_such_script.py*");
    }

    [Test]
    public void FindRoot_DirectoryOutsideAnyRepository_Throws()
    {
        var act = () => RepoPaths.FindRoot("/");

        act.Should().Throw<DirectoryNotFoundException>();
    }
}
