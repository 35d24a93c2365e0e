using System.Text.RegularExpressions;

namespace TeleRad.Interop.Tests.Cli;

/// <summary>
/// One element line of a dcmdump-style dump, as printed by DCMTK's dcmdump and by <c>telerad dump</c>:
/// <c>(gggg,eeee) VR value # length, VM Keyword</c>, indented two spaces per nesting level.
/// </summary>
public sealed partial record DumpLine(int Depth, string Tag, string VR, string Value, string Length, string Keyword)
{
    /// <summary>The value without its brackets, for a string value; otherwise as printed.</summary>
    public string Text => Value.Length >= 2 && Value[0] == '[' && Value[^1] == ']' ? Value[1..^1] : Value;

    /// <summary>Every element line of <paramref name="dump"/>; comment and blank lines are skipped.</summary>
    public static IReadOnlyList<DumpLine> Parse(string dump) =>
        dump.Split('\n')
            .Select(line => Pattern().Match(line))
            .Where(match => match.Success)
            .Select(match => new DumpLine(
                match.Groups["indent"].Length / 2,
                match.Groups["tag"].Value.ToLowerInvariant(),
                match.Groups["vr"].Value,
                match.Groups["value"].Value.TrimEnd(),
                match.Groups["length"].Value,
                match.Groups["keyword"].Value))
            .ToList();

    // dcmdump writes "# 242,15 Keyword" when the VM has two digits, so the space after the comma is optional.
    [GeneratedRegex(@"^(?<indent> *)\((?<tag>[0-9a-fA-F]{4},[0-9a-fA-F]{4})\) (?<vr>\S\S) (?<value>.*) #\s*(?<length>[^,\s]+),\s*(?<vm>\d+) (?<keyword>\S+)$")]
    private static partial Regex Pattern();
}
