namespace TeleRad.Cli.Network;

/// <summary>
/// Expands the FILE|DIR arguments of <c>telerad send</c>: files as given, directories scanned (their files in ordinal
/// name order, subdirectories only with <c>--recursive</c>), like storescu's <c>+sd</c> and <c>+r</c>.
/// </summary>
internal static class InputFiles
{
    /// <summary>The files to send, and the arguments that name nothing.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Collect(IEnumerable<string> arguments, bool recursive)
    {
        var files = new List<string>();
        var missing = new List<string>();
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = recursive,
            IgnoreInaccessible = false,
            AttributesToSkip = 0,
            ReturnSpecialDirectories = false,
        };
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
                files.AddRange(Directory.EnumerateFiles(argument, "*", options).Order(StringComparer.Ordinal));
            else if (File.Exists(argument))
                files.Add(argument);
            else
                missing.Add(argument);
        }

        return (files, missing);
    }
}
