namespace TeleRad.Interop.Tests.Support;

/// <summary>
/// Locates the source tree from the test binaries, so peer scripts are run
/// from <c>tests/TeleRad.Interop.Tests/scripts</c> in place instead of being
/// copied to the build output.
/// </summary>
public static class RepoPaths
{
    private const string SolutionFileName = "TeleRad.sln";

    /// <summary>
    /// The repository root: the nearest directory above the test assembly
    /// that holds <c>TeleRad.sln</c>.
    /// </summary>
    public static string Root => FindRoot(AppContext.BaseDirectory);

    /// <summary>The folder holding the interop peer scripts.</summary>
    public static string ScriptsDirectory => Path.Combine(Root, "tests", "TeleRad.Interop.Tests", "scripts");

    /// <summary>Full path of a peer script; fails if it does not exist.</summary>
    public static string Script(string fileName)
    {
        var path = Path.Combine(ScriptsDirectory, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Interop peer script '{fileName}' not found in {ScriptsDirectory}.", path);
        }

        return path;
    }

    /// <summary>Walks up from <paramref name="start"/> to the directory holding the solution file.</summary>
    public static string FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No directory above '{start}' contains {SolutionFileName}.");
    }
}
