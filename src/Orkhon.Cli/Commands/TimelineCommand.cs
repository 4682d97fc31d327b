using System.CommandLine;
using System.Globalization;
using Orkhon.Cli.Output;
using Orkhon.Domain;
using Orkhon.Contracts;
using Orkhon.Storage;
using Spectre.Console;

namespace Orkhon.Cli.Commands;

/// <summary><c>orkhon timeline --actor MNG [--partner X]</c>: an actor's events year by year.</summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var actor = CommonOptions.ActorCode("--actor", "Whose timeline (e.g. MNG)");
        actor.Required = true;
        var partner = CommonOptions.ActorCode("--partner", "Only events with this partner");
        var from = CommonOptions.Date("--from", "From this date");
        var to = CommonOptions.Date("--to", "Up to this date");
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Csv);
        var command = new Command("timeline", "An actor's engagements year by year, with direction (→ outgoing, ← incoming)") { actor, partner, from, to, format };
        command.SetAction(parse => CommandContext.Run(() =>
        {
            using var context = CommandContext.Open(parse, StoreAccessMode.ReadOnly);
            var who = parse.GetValue(actor)!;
            var events = context.Store.QueryEvents(new EventQuery { Actor = who, Partner = parse.GetValue(partner), From = parse.GetValue(from), To = parse.GetValue(to) });
            var chosen = parse.GetValue(format);
            if (chosen != OutputFormat.Table)
            {
                // Machine formats carry the same event objects as 'events'; JSON groups them by year.
                if (chosen == OutputFormat.Json)
                {
                    var years = events.GroupBy(e => e.Date?.Year).ToList();
                    EventPrinter.WriteJson(years, (w, g) =>
                    {
                        w.WriteStartObject();
                        if (g.Key is { } year)
                        {
                            w.WriteNumber("year", year);
                        }
                        else
                        {
                            w.WriteNull("year");
                        }

                        w.WriteNumber("count", g.Count());
                        w.WriteStartArray("events");
                        foreach (var e in g)
                        {
                            EventJson.Write(w, e, context.Reference, context.Cameo);
                        }

                        w.WriteEndArray();
                        w.WriteEndObject();
                    }, lines: false);
                }
                else
                {
                    EventPrinter.Print(events, chosen, context.Reference, context.Cameo);
                }

                return ExitCodes.Success;
            }

            var tree = new Tree($"[bold]{CommandContext.Escape(context.Reference.NameOf(who))}[/] — {events.Count} events");
            foreach (var year in events.GroupBy(e => e.Date?.Year))
            {
                var node = tree.AddNode($"[bold]{(year.Key is { } y ? y.ToString(CultureInfo.InvariantCulture) : "undated")}[/] [grey]({year.Count()})[/]");
                foreach (var e in year)
                {
                    node.AddNode(Line(e, who, context));
                }
            }

            AnsiConsole.Write(tree);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Line(Event e, string who, CommandContext context)
    {
        var outgoing = e.Source.Code == who;
        var other = outgoing ? e.Target.Code : e.Source.Code;
        var arrow = outgoing ? "→" : "←";
        var type = context.Cameo.Find(e.Cameo);
        var what = e.Title ?? type?.Name ?? e.Cameo;
        return $"[grey]{CommandContext.Escape(e.Date?.ToString() ?? "?")}[/] {arrow} [bold]{other}[/] [{EventPrinter.ToneColour(type)}]{CommandContext.Escape(type?.Name)}[/]: {CommandContext.Escape(what)}";
    }
}
