using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace TeleRad.Cli.Network;

/// <summary>The options the network verbs share: AE titles, ports and timeouts, validated while parsing.</summary>
internal static class NetworkOptions
{
    /// <summary>The AE title telerad uses for itself unless told otherwise.</summary>
    public const string DefaultAETitle = "TELERAD";

    /// <summary>The called AE title of storescu and echoscu, which most SCPs accept.</summary>
    public const string DefaultCalledAETitle = "ANY-SCP";

    /// <summary><c>--aet</c>: this side's AE title.</summary>
    public static Option<string> OwnAETitle(string description) => AETitle("--aet", description, DefaultAETitle);

    /// <summary><c>--called-aet</c>: the peer's AE title.</summary>
    public static Option<string> CalledAETitle() =>
        AETitle("--called-aet", "The AE title of the SCP called.", DefaultCalledAETitle);

    /// <summary><c>--timeout SECONDS</c>, a positive whole number of seconds.</summary>
    public static Option<int> Timeout(string description, int defaultSeconds)
    {
        var option = new Option<int>("--timeout")
        {
            Description = description,
            HelpName = "seconds",
            DefaultValueFactory = _ => defaultSeconds,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
                result.AddError("--timeout must be a positive number of seconds.");
        });
        return option;
    }

    /// <summary>A TCP port argument, 1-65535 (or 0 when <paramref name="allowZero"/>: the system picks one).</summary>
    public static void ValidatePort(ArgumentResult result, bool allowZero) => CheckPort(result, result.GetValueOrDefault<int>(), allowZero, "PORT");

    /// <summary>A TCP port option, 1-65535 (or 0 when <paramref name="allowZero"/>).</summary>
    public static void ValidatePort(OptionResult result, bool allowZero) => CheckPort(result, result.GetValueOrDefault<int>(), allowZero, "--port");

    private static void CheckPort(SymbolResult result, int port, bool allowZero, string name)
    {
        if (port < (allowZero ? 0 : 1) || port > 65535)
            result.AddError($"{name} must be between {(allowZero ? 0 : 1)} and 65535.");
    }

    private static Option<string> AETitle(string name, string description, string defaultValue)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            HelpName = "title",
            DefaultValueFactory = _ => defaultValue,
        };
        option.Validators.Add(result =>
        {
            var error = CheckAETitle(result.GetValueOrDefault<string>() ?? string.Empty);
            if (error is not null)
                result.AddError($"{name}: {error}");
        });
        return option;
    }

    /// <summary>An AE title is 1-16 printable ISO 646 characters, not backslash, not only spaces (PS3.5 table 6.2-1, AE).</summary>
    private static string? CheckAETitle(string title)
    {
        if (title.Length is 0 or > 16 || string.IsNullOrWhiteSpace(title))
            return string.Create(CultureInfo.InvariantCulture, $"an AE title has 1 to 16 characters and is not only spaces (got {title.Length}).");
        return title.Any(c => c is < ' ' or > '~' or '\\')
            ? "an AE title holds printable ISO 646 characters other than backslash."
            : null;
    }
}
