using System.CommandLine;
using System.Text.Json;
using Orkhon.Cli.Output;
using Orkhon.Contracts;
using Orkhon.Domain;
using Orkhon.Storage;
using Spectre.Console;

namespace Orkhon.Cli.Commands;

/// <summary><c>orkhon show ID</c>: one event with all its evidence and sources.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("event-id") { Description = "The event's id, as listed by 'orkhon events'" };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("show", "Show one event with its evidence sentences and sources") { id, format };
        command.SetAction(parse => CommandContext.Run(() =>
        {
            using var context = CommandContext.Open(parse, StoreAccessMode.ReadOnly);
            var eventId = parse.GetValue(id)!;
            var e = context.Store.GetEvent(eventId);
            if (e is null)
            {
                CommandContext.Error($"no event with id '{eventId}' (list ids with 'orkhon events')");
                return ExitCodes.NotFound;
            }

            if (parse.GetValue(format) == OutputFormat.Json)
            {
                using var stdout = Console.OpenStandardOutput();
                using (var writer = new Utf8JsonWriter(stdout, EventJson.WriterOptions(indented: true)))
                {
                    EventJson.Write(writer, e, context.Reference, context.Cameo);
                }

                stdout.WriteByte((byte)'\n');
                return ExitCodes.Success;
            }

            var type = context.Cameo.Find(e.Cameo);
            var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
            void Row(string label, string value) => grid.AddRow(new Markup($"[grey]{label}[/]"), new Markup(value));
            Row("Id", CommandContext.Escape(e.Id));
            Row("Date", CommandContext.Escape(e.Date?.ToString() ?? "unknown"));
            Row("Source", $"[bold]{e.Source.Code}[/] {CommandContext.Escape(context.Reference.NameOf(e.Source.Code))}{Role(e.Source.Role)}");
            Row("Target", $"[bold]{e.Target.Code}[/] {CommandContext.Escape(context.Reference.NameOf(e.Target.Code))}{Role(e.Target.Role)}");
            Row("CAMEO", $"[{EventPrinter.ToneColour(type)}]{e.Cameo}[/] {CommandContext.Escape(type?.Name)} (root {type?.Root}, quad class {(int?)type?.QuadClass}, Goldstein {type?.Goldstein:0.0}, PLOVER {CommandContext.Escape(type?.PloverType ?? "—")})");
            Row("Kind", CommandContext.Escape(e.Kind?.ToName() ?? "—"));
            Row("Location", CommandContext.Escape(e.Location ?? "—"));
            Row("Origin", $"{e.Origin.ToString().ToLowerInvariant()}, confidence {e.Confidence:0.00}");
            if (e.Title is not null)
            {
                Row("Summary", CommandContext.Escape(e.Title));
            }

            AnsiConsole.Write(new Panel(grid).Header("Event").Border(BoxBorder.Rounded));
            var n = 0;
            foreach (var v in e.Evidences)
            {
                n++;
                var lines = new List<string>();
                if (v is DocumentEvidence d)
                {
                    var document = context.Store.GetDocument(d.DocumentId);
                    lines.Add($"[grey]document[/] {CommandContext.Escape(document?.Title ?? d.DocumentId)} [grey]({d.DocumentId}, characters {d.Start}–{d.End})[/]");
                }

                if (v.Text is not null)
                {
                    lines.Add($"[italic]{CommandContext.Escape(v.Text)}[/]");
                }

                if (v.Url is not null)
                {
                    lines.Add($"[link]{CommandContext.Escape(v.Url)}[/]");
                }

                AnsiConsole.Write(new Panel(new Markup(string.Join('\n', lines))).Header($"Source {n}").Border(BoxBorder.Rounded));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Role(Domain.ActorRole? role) => role is { } r ? $" [grey]({Domain.ActorRoles.ToName(r)})[/]" : "";
}
