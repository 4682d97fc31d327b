using System.CommandLine;
using Orkhon.Reading;

namespace Orkhon.Cli;

/// <summary>
/// The one line printed for a command line that does not parse: the first error, and where to read about
/// the verb. Later errors are usually consequences of the first (a refused value leaves a required option
/// missing), so one line says what to fix.
/// </summary>
internal static class UsageError
{
    public static string Describe(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var message = parse.Errors.Count > 0 ? parse.Errors[0].Message : "the command line does not parse";
        var verb = parse.CommandResult.Command.Name == "orkhon" ? "orkhon" : "orkhon " + parse.CommandResult.Command.Name;

        // System.CommandLine lays some messages out over several lines (the allowed values, one per line);
        // joined with spaces first, then anything typed that carries control characters is shown escaped.
        var oneLine = string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return $"orkhon: error: {TerminalText.Escape(oneLine)} (see '{verb} --help')";
    }
}
