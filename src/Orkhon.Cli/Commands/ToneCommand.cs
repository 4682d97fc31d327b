using System.CommandLine;
using System.Globalization;
using Orkhon.Analysis;
using Orkhon.Cli.Output;
using Orkhon.Interop;
using Spectre.Console;

namespace Orkhon.Cli.Commands;

/// <summary><c>orkhon tone</c>: cooperation and conflict per partner or pillar (mean Goldstein, CAMEO quad classes).</summary>
internal static class ToneCommand
{
    public static Command Create()
    {
        var inputs = new AnalysisInputs();
        var by = new Option<string>("--by") { Description = "partner|pillar", DefaultValueFactory = _ => "partner" };
        by.AcceptOnlyFromAmong("partner", "pillar");
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Csv);
        var command = new Command("tone", "Cooperation and conflict: mean Goldstein score and counts per CAMEO quad class, per partner or pillar") { by, format, CommonOptions.Wide };
        inputs.AddTo(command);
        inputs.SetAction(command, (parse, context, framework) =>
        {
            var engagements = inputs.Engagements(parse, context, framework);
            var rows = ToneSummary.By(engagements, parse.GetValue(by) == "pillar" ? e => e.Pillar : e => e.Partner, context.Cameo);
            if (parse.GetValue(format) is OutputFormat.Json or OutputFormat.Jsonl)
            {
                EventPrinter.WriteJson(rows, (w, t) =>
                {
                    w.WriteStartObject();
                    w.WriteString("id", t.Id);
                    w.WriteNumber("events", t.Events);
                    w.WriteNumberOrNull("mean_goldstein", t.MeanGoldstein);
                    w.WriteNumber("verbal_cooperation", t.VerbalCooperation);
                    w.WriteNumber("material_cooperation", t.MaterialCooperation);
                    w.WriteNumber("verbal_conflict", t.VerbalConflict);
                    w.WriteNumber("material_conflict", t.MaterialConflict);
                    w.WriteNumber("conflict_share", t.ConflictShare);
                    w.WriteEndObject();
                }, lines: parse.GetValue(format) == OutputFormat.Jsonl);
                return ExitCodes.Success;
            }

            if (parse.GetValue(format) == OutputFormat.Csv)
            {
                CsvOutput.Write(
                    ["id", "events", "mean_goldstein", "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict", "conflict_share"],
                    rows,
                    t => [t.Id, t.Events, t.MeanGoldstein, t.VerbalCooperation, t.MaterialCooperation, t.VerbalConflict, t.MaterialConflict, t.ConflictShare]);
                return ExitCodes.Success;
            }

            var table = new FittedTable(t => t.Border(TableBorder.Rounded));
            table.AddColumn("Id").AddColumn("Events").AddColumn("Mean Goldstein").AddColumn("Verbal coop.", priority: 2).AddColumn("Material coop.", priority: 2)
                .AddColumn("Verbal conflict", priority: 1).AddColumn("Material conflict", priority: 1);
            foreach (var t in rows)
            {
                table.AddRow(CommandContext.Escape(t.Id), t.Events.ToString(CultureInfo.InvariantCulture), BalanceCommand.Number(t.MeanGoldstein),
                    t.VerbalCooperation.ToString(CultureInfo.InvariantCulture), t.MaterialCooperation.ToString(CultureInfo.InvariantCulture),
                    t.VerbalConflict > 0 ? $"[red]{t.VerbalConflict}[/]" : "0", t.MaterialConflict > 0 ? $"[red]{t.MaterialConflict}[/]" : "0");
            }

            table.Write();
            return ExitCodes.Success;
        });
        return command;
    }
}
