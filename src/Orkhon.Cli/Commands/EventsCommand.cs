using System.CommandLine;
using Orkhon.Cli.Output;
using Orkhon.Storage;

namespace Orkhon.Cli.Commands;

/// <summary><c>orkhon events</c>: list stored events, filtered.</summary>
internal static class EventsCommand
{
    public static Command Create()
    {
        var filters = new EventFilters();
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Csv);

        var command = new Command("events", "List events, oldest first, filtered by actor, partner, date, CAMEO code and origin");
        foreach (var option in filters.Options)
        {
            command.Options.Add(option);
        }

        var plover = new Option<bool>("--plover")
        {
            Description = "List the imported PLOVER records that have no one CAMEO code (kept as PLOVER codes them, counted by no analysis) instead of events",
        };
        command.Options.Add(format);
        command.Options.Add(plover);
        command.Options.Add(CommonOptions.Wide);
        command.SetAction(parse => CommandContext.Run(() =>
        {
            if (filters.ResolveScope(parse, out var scope) is { } problem)
            {
                CommandContext.Error(problem);
                return ExitCodes.Usage;
            }

            using var context = CommandContext.Open(parse, StoreAccessMode.ReadOnly);
            if (parse.GetValue(plover))
            {
                PloverEventPrinter.Print(filters.QueryPlover(parse, context.Store).Items, parse.GetValue(format), context.Reference);
                return ExitCodes.Success;
            }

            var listing = filters.Query(parse, context.Store, scope);
            EventPrinter.Print(listing.Items, parse.GetValue(format), context.Reference, context.Cameo);
            return ExitCodes.Success;
        }));
        return command;
    }
}
