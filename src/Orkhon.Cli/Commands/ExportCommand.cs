using System.CommandLine;
using Orkhon.Exchange;
using Orkhon.Storage;

namespace Orkhon.Cli.Commands;

/// <summary>
/// <c>orkhon export FORMAT</c>: write the events <c>events</c> would list in another coder's format (GDELT,
/// ICEWS, PLOVER), Orkhon's own (CSV, JSON lines) or as a TimelineJS file, to stdout or <c>--out</c>.
/// </summary>
internal static class ExportCommand
{
    /// <summary>Events an export names one by one on stderr when a format cannot take them; past it they are only counted.</summary>
    private const int MaxNamedOmissions = 10;

    public static Command Create()
    {
        var names = string.Join("|", ExchangeFormats.Exportable.Select(f => f.ToName()));
        var format = new Argument<string>("format") { Description = names };
        format.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string>();
            if (!ExchangeFormats.TryParse(value, out _))
            {
                r.AddError($"format: '{value}' is not one of {names.Replace("|", ", ", StringComparison.Ordinal)}");
            }
        });
        var output = new Option<string?>("--out") { Description = "Write to this file (replaced whole when the export succeeds) instead of stdout" };
        var filters = new EventFilters();
        var command = new Command("export", "Write the events 'events' selects as GDELT 2.0 TSV, ICEWS TSV, PLOVER JSON lines, CSV, JSON lines or TimelineJS JSON") { format, output };
        foreach (var option in filters.Options)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => CommandContext.Run(() =>
        {
            if (filters.ResolveScope(parse, out var scope) is { } problem)
            {
                CommandContext.Error(problem);
                return ExitCodes.Usage;
            }

            ExchangeFormats.TryParse(parse.GetValue(format), out var exchange);
            using var context = CommandContext.Open(parse, StoreAccessMode.ReadOnly);
            var events = filters.Query(parse, context.Store, scope).Items;
            var plover = filters.QueryPlover(parse, context.Store, events.Count).Items;
            ExportResult result;
            if (parse.GetValue(output) is { } path)
            {
                // Written beside the target and moved over it: a failed export never leaves half a file.
                var temporary = path + ".part";
                try
                {
                    using (var file = File.Create(temporary))
                    {
                        result = EventExport.Write(exchange, file, events, context.Reference, context.Cameo, plover: plover);
                    }

                    File.Move(temporary, path, overwrite: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    if (File.Exists(temporary))
                    {
                        File.Delete(temporary);
                    }

                    CommandContext.Error($"{path}: {e.Message}");
                    return ExitCodes.BadInput;
                }
            }
            else
            {
                using var stdout = Console.OpenStandardOutput();
                result = EventExport.Write(exchange, stdout, events, context.Reference, context.Cameo, plover: plover);
            }

            foreach (var (id, reason) in result.Omitted.Take(MaxNamedOmissions))
            {
                CommandContext.Warning($"{id}: not exported: {reason}");
            }

            if (result.Omitted.Count > MaxNamedOmissions)
            {
                CommandContext.Warning($"{result.Omitted.Count - MaxNamedOmissions} more events not exported");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
