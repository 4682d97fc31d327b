using System.CommandLine;
using System.Globalization;
using Orkhon.Analysis;
using Orkhon.Cli.Output;
using Orkhon.Interop;
using Spectre.Console;

namespace Orkhon.Cli.Commands;

/// <summary><c>orkhon reciprocity</c>: visits received versus made, by level, per partner.</summary>
internal static class ReciprocityCommand
{
    public static Command Create()
    {
        var inputs = new AnalysisInputs();
        var partner = CommonOptions.ActorCode("--partner", "Only this partner");
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Csv);
        var command = new Command("reciprocity", "Visits made and received per partner, by level (state, official, working, ministerial)") { partner, format, CommonOptions.Wide };
        inputs.AddTo(command);
        inputs.SetAction(command, (parse, context, framework) =>
        {
            var rows = VisitReciprocity.Compute(inputs.Engagements(parse, context, framework))
                .Where(r => parse.GetValue(partner) is not { } p || r.Partner == p).ToList();
            if (parse.GetValue(format) is OutputFormat.Json or OutputFormat.Jsonl)
            {
                EventPrinter.WriteJson(rows, (w, r) =>
                {
                    w.WriteStartObject();
                    w.WriteString("partner", r.Partner);
                    w.WriteNumber("made", r.TotalMade);
                    w.WriteNumber("received", r.TotalReceived);
                    w.WriteNumberOrNull("balance", r.Balance);
                    foreach (var (name, counts) in new[] { ("made_by_level", r.Made), ("received_by_level", r.Received) })
                    {
                        w.WriteStartObject(name);
                        foreach (var level in VisitReciprocity.Levels)
                        {
                            w.WriteNumber(level, counts[level]);
                        }

                        w.WriteEndObject();
                    }

                    w.WriteStartArray("event_ids");
                    r.EventIds.ToList().ForEach(w.WriteStringValue);
                    w.WriteEndArray();
                    w.WriteEndObject();
                }, lines: parse.GetValue(format) == OutputFormat.Jsonl);
                return ExitCodes.Success;
            }

            if (parse.GetValue(format) == OutputFormat.Csv)
            {
                // The JSON's two by-level objects flattened into made_<level> and received_<level> columns.
                CsvOutput.Write(
                    ["partner", "made", "received", "balance", .. VisitReciprocity.Levels.Select(l => "made_" + l), .. VisitReciprocity.Levels.Select(l => "received_" + l), "event_ids"],
                    rows,
                    r => [r.Partner, r.TotalMade, r.TotalReceived, r.Balance, .. VisitReciprocity.Levels.Select(l => (object?)r.Made[l]), .. VisitReciprocity.Levels.Select(l => (object?)r.Received[l]), CsvOutput.List(r.EventIds)]);
                return ExitCodes.Success;
            }

            var country = parse.GetValue(inputs.Country)!;
            var table = new FittedTable(t => t.Border(TableBorder.Rounded));
            table.AddColumn("Partner").AddColumn($"{country} visited").AddColumn("Received").AddColumn("Balance")
                .AddColumn("State (made/ received)", priority: 1).AddColumn("Official", priority: 2).AddColumn("Working", priority: 3).AddColumn("Ministerial", priority: 2);
            foreach (var r in rows)
            {
                string Pair(string level) => $"{r.Made[level]}/{r.Received[level]}";
                table.AddRow($"[bold]{r.Partner}[/] {CommandContext.Escape(context.Reference.NameOf(r.Partner))}", r.TotalMade.ToString(CultureInfo.InvariantCulture),
                    r.TotalReceived.ToString(CultureInfo.InvariantCulture), BalanceCommand.Number(r.Balance), Pair("state"), Pair("official"), Pair("working"), Pair("ministerial"));
            }

            table.Write();
            AnsiConsole.MarkupLine("[grey]Balance = (received − made) / (received + made).[/]");
            return ExitCodes.Success;
        });
        return command;
    }
}
