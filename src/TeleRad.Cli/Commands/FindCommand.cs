using System.CommandLine;
using TeleRad.Cli.Network;
using TeleRad.Dicom;
using TeleRad.Dicom.Uids;

namespace TeleRad.Cli.Commands;

/// <summary>
/// <c>telerad find HOST PORT [--aet A] [--called-aet B] [--level L] [--model study|patient] [-k KEY]... [--json]</c>:
/// a C-FIND (PS3.4 annex C, Query/Retrieve FIND) in the manner of DCMTK's findscu.
/// </summary>
internal static class FindCommand
{
    /// <summary>The help section after the options.</summary>
    public const string HelpDetails =
        """
        Opens an association proposing the Study Root (--model study, default) or Patient Root (--model patient)
        Query/Retrieve Information Model - FIND SOP class, sends one C-FIND-RQ and prints each match's identifier,
        as dcmdump-style lines or (--json) one DICOM JSON object per line. Query/Retrieve Level (0008,0052) comes
        from --level. Keys: -k TAG=VALUE sets a matching key (wildcards * and ? as PS3.4 C.2.2.2.4 allows),
        -k TAG asks for the attribute to be returned; TAG is (gggg,eeee), gggg,eeee or a keyword (PatientName).
        A summary line goes to stderr; a final status other than success or warning exits 6.

        """;

    /// <summary>Builds the verb with its arguments, options and action.</summary>
    public static Command Create()
    {
        var scu = new ScuSymbols("Seconds to wait for the connection, the association and each response.");
        var level = new Option<string>("--level")
        {
            Description = "Query/Retrieve Level (0008,0052).",
            DefaultValueFactory = _ => "STUDY",
        };
        level.AcceptOnlyFromAmong("PATIENT", "STUDY", "SERIES", "IMAGE");
        var model = new Option<string>("--model")
        {
            Description = "Query/Retrieve information model.",
            DefaultValueFactory = _ => "study",
        };
        model.AcceptOnlyFromAmong("study", "patient");
        var keys = new Option<string[]>("--key", "-k")
        {
            Description = "A matching or return key: TAG=VALUE or TAG (repeatable).",
            HelpName = "TAG[=VALUE]",
            AllowMultipleArgumentsPerToken = false,
        };
        keys.Validators.Add(result =>
        {
            foreach (var key in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!QueryKeys.TryParse(key, out _, out _, out var problem))
                    result.AddError(problem);
            }
        });
        var json = new Option<bool>("--json") { Description = "Print each match as one DICOM JSON object per line (NDJSON)." };

        var command = new Command("find", "Query a DICOM peer with C-FIND, like DCMTK's findscu.");
        scu.AddEndpointTo(command);
        scu.AddOptionsTo(command);
        command.Options.Add(level);
        command.Options.Add(model);
        command.Options.Add(keys);
        command.Options.Add(json);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var target = scu.ToTarget(parseResult);
            var identifier = new DicomDataset();
            identifier.SetString(DicomTags.QueryRetrieveLevel, parseResult.GetRequiredValue(level));
            foreach (var key in parseResult.GetValue(keys) ?? [])
            {
                if (QueryKeys.TryParse(key, out var entry, out var value, out _))
                    QueryKeys.Apply(identifier, entry, value);
            }

            var sopClass = parseResult.GetRequiredValue(model) == "patient"
                ? DicomUids.PatientRootQueryRetrieveInformationModelFind
                : DicomUids.StudyRootQueryRetrieveInformationModelFind;
            var settings = new FindSettings(target, sopClass, identifier, parseResult.GetValue(json));
            var configuration = parseResult.InvocationConfiguration;
            return await FindRunner.RunAsync(settings, configuration.Output, configuration.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
