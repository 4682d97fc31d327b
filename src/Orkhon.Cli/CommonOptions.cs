using System.CommandLine;
using Orkhon.Cli.Output;
using Orkhon.Contracts;
using Orkhon.Domain;

namespace Orkhon.Cli;

/// <summary>Options shared by several verbs, so they are spelled and documented the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>Recursive: <c>orkhon --db x.db events</c> and <c>orkhon events --db x.db</c> both work.</summary>
    public static readonly Option<string?> Database = new("--db")
    {
        Description = $"Database: an SQLite file, or a PostgreSQL URL postgres://user@host:port/db (default: ${DatabaseLocation.EnvironmentVariable}, else a file in the user's data directory)",
        Recursive = true,
    };

    /// <summary>
    /// One instance on every verb that prints tables (read once in Program.cs): all columns at their natural
    /// width instead of the ones that fit the terminal.
    /// </summary>
    public static readonly Option<bool> Wide = new("--wide")
    {
        Description = "Tables: show every column at full width, even past the terminal's edge (default: leave out low-priority columns to fit)",
    };

    /// <summary>The minimum sample of <see cref="MinimumSample"/>, as text so the library's parser refuses a bad value with the API's message.</summary>
    public static Option<string?> MinEvents() => new("--min-events")
    {
        Description = $"Fewest events for a share, a tilt or a pivot to be read; below it the table says 'too few events' (default: {MinimumSample.DefaultEvents}; 0 flags nothing)",
    };

    public static Option<OutputFormat> Format(params OutputFormat[] allowed)
    {
        var option = new Option<OutputFormat>("--format", "-f")
        {
            Description = "Output format: " + string.Join("|", allowed.Select(f => f.ToString().ToLowerInvariant())),
            DefaultValueFactory = _ => OutputFormat.Table,
        };
        option.AcceptOnlyFromAmong(allowed.Select(f => f.ToString().ToLowerInvariant()).ToArray());
        return option;
    }

    /// <summary>A positive count; 0 or a negative number is refused, as the API refuses it, instead of meaning "all".</summary>
    public static Option<int?> Limit(string description)
    {
        var option = new Option<int?>("--limit") { Description = description + " (a positive number)" };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is { } n && n < 1)
            {
                r.AddError($"--limit: '{n}' is not a positive number");
            }
        });
        return option;
    }

    public static Option<FuzzyDate?> Date(string name, string description) => new(name)
    {
        Description = description + " (ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD)",
        CustomParser = result =>
        {
            // The library's one date reader, the API's too: the same dates accepted, the same message.
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Parameters.TryDate(new RequestValues().Add(name.TrimStart('-'), text), name.TrimStart('-'), out var date, out var error))
            {
                return date;
            }

            result.AddError(RequestBinding.Describe(error!));
            return null;
        },
    };

    /// <summary><c>--origin</c>, read by the library's reader so a wrong name is refused in the API's words.</summary>
    public static Option<EventOrigin?> Origin(string description) => new("--origin")
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Parameters.TryOrigin(new RequestValues().Add("origin", text), "origin", out var origin, out var error))
            {
                return origin;
            }

            result.AddError(RequestBinding.Describe(error!));
            return null;
        },
    };

    public static Option<string?> ActorCode(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (Parameters.TryActor(new RequestValues().Add(name.TrimStart('-'), text), name.TrimStart('-'), null, out var code, out var error))
            {
                return code;
            }

            result.AddError(RequestBinding.Describe(error!));
            return null;
        },
    };
}
