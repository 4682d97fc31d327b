using System.CommandLine;
using System.Globalization;
using System.CommandLine.Parsing;
using Orkhon.Cli.Output;
using Orkhon.Contracts;
using Orkhon.Storage;
using Spectre.Console;

namespace Orkhon.Cli.Commands;

/// <summary><c>orkhon tone</c>: cooperation and conflict per partner or pillar (mean Goldstein, CAMEO quad classes).</summary>
internal static class ToneCommand
{
    public static Command Create()
    {
        var inputs = new AnalysisInputs();
        var by = new Option<string?>("--by") { Description = "partner|pillar (default: partner)" };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Csv);
        var command = new Command("tone", "Cooperation and conflict: mean Goldstein score and counts per CAMEO quad class, per partner or pillar") { by, format, CommonOptions.Wide };
        inputs.AddTo(command);
        RequestValues Values(SymbolResult r) => inputs.Values(r).Add("by", r.GetValue(by));
        RequestBinding.Validate<ToneRequest>(command, Values, ToneRequest.TryParse);
        command.SetAction(parse => CommandContext.Run(() =>
        {
            var request = RequestBinding.Parse<ToneRequest>(parse, Values, ToneRequest.TryParse);
            using var context = CommandContext.Open(parse, StoreAccessMode.ReadOnly);
            var rows = new AnalysisService(context.Store).Tone(request);
            if (parse.GetValue(format) is OutputFormat.Json or OutputFormat.Jsonl)
            {
                ContractOutput.WriteList(rows, lines: parse.GetValue(format) == OutputFormat.Jsonl);
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
            if (rows.Count > 0 && rows[0].FrameworkProvenance is { } provenance)
            {
                FrameworkFooter.Write(provenance);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
