using System.CommandLine;
using Orkhon.Analysis;
using Orkhon.Cli.Output;
using Orkhon.Domain;
using Orkhon.Storage;

namespace Orkhon.Cli.Commands;

/// <summary><c>orkhon events</c>: list stored events, filtered.</summary>
internal static class EventsCommand
{
    public static Command Create()
    {
        var actor = CommonOptions.ActorCode("--actor", "Events where this actor is source or target (e.g. MNG)");
        var partner = CommonOptions.ActorCode("--partner", "With --actor: events between the two, either direction; alone: events involving it");
        var source = CommonOptions.ActorCode("--source", "Events done by this actor (e.g. --source KGZ --target MNG: Kyrgyzstan's visits to Mongolia)");
        var target = CommonOptions.ActorCode("--target", "Events done to this actor (e.g. --target MNG --code 042: who visited Mongolia)");
        var from = CommonOptions.Date("--from", "Events on or after this date");
        var to = CommonOptions.Date("--to", "Events on or before this date");
        var code = new Option<string?>("--code") { Description = "CAMEO code prefix: 04 = all consultations, 042 = visits" };
        code.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string?>();
            if (value is not null && (value.Length is < 2 or > 4 || !value.All(char.IsAsciiDigit)))
            {
                r.AddError($"--code: '{value}' is not a CAMEO code prefix (2 to 4 digits, e.g. 04 or 042)");
            }
        });
        var origin = new Option<EventOrigin?>("--origin") { Description = "curated|extracted|imported" };
        var eventClass = new Option<string?>("--class") { Description = "visit (CAMEO 042/043), agreement (signed treaties, agreements, partnerships; CAMEO 054/057) or conflict (CAMEO 09-20)" };
        eventClass.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string?>();
            if (value is not null && !EventClasses.TryParse(value, out _))
            {
                r.AddError($"--class: '{value}' is not one of {string.Join(", ", EventClasses.All.Select(EventClasses.Name))}");
            }
        });
        var pillar = new Option<string?>("--pillar") { Description = "With --actor: events with partners in this pillar of the actor's framework at the event's date (e.g. central-asia)" };
        var framework = new Option<string?>("--framework") { Description = "With --pillar: the framework (default: the actor's latest)" };
        var limit = CommonOptions.Limit("At most this many events");
        var newest = new Option<bool>("--newest-first") { Description = "Newest events first" };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Csv);

        var command = new Command("events", "List events, oldest first, filtered by actor, partner, date, CAMEO code and origin")
        {
            actor, partner, source, target, from, to, code, origin, eventClass, pillar, framework, limit, newest, format, CommonOptions.Wide,
        };
        command.SetAction(parse => CommandContext.Run(() =>
        {
            if (PillarScope.Resolve(parse.GetValue(actor), parse.GetValue(pillar), parse.GetValue(framework), out var scope) is { } problem)
            {
                CommandContext.Error($"--{problem.Parameter}: {problem.Message}");
                return ExitCodes.Usage;
            }

            using var context = CommandContext.Open(parse, StoreAccessMode.ReadOnly);
            EventClass? cls = EventClasses.TryParse(parse.GetValue(eventClass), out var c) ? c : null;
            var listing = EventListing.Query(context.Store, new EventQuery
            {
                Actor = parse.GetValue(actor),
                Partner = parse.GetValue(partner),
                Source = parse.GetValue(source),
                Target = parse.GetValue(target),
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                CodePrefix = parse.GetValue(code),
                Origin = parse.GetValue(origin),
                Limit = parse.GetValue(limit),
                Descending = parse.GetValue(newest),
            }, cls, scope);
            EventPrinter.Print(listing.Items, parse.GetValue(format), context.Reference, context.Cameo);
            return ExitCodes.Success;
        }));
        return command;
    }
}
