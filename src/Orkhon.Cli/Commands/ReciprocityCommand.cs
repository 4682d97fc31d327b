using System.CommandLine;
using System.Globalization;
using Orkhon.Analysis;
using Orkhon.Cli.Output;
using System.CommandLine.Parsing;
using Orkhon.Contracts;
using Orkhon.Storage;
using Spectre.Console;

namespace Orkhon.Cli.Commands;

/// <summary><c>orkhon reciprocity</c>: visits received versus made, by level, per partner.</summary>
internal static class ReciprocityCommand
{
    public static Command Create()
    {
        var inputs = new AnalysisInputs();
        var partner = new Option<string?>("--partner") { Description = "Only this partner" };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Jsonl, OutputFormat.Csv);
        var command = new Command("reciprocity", "Visits made and received per partner, by level (state, official, working, ministerial)") { partner, format, CommonOptions.Wide };
        inputs.AddTo(command);
        RequestValues Values(SymbolResult r) => inputs.Values(r).Add("partner", r.GetValue(partner));
        RequestBinding.Validate<ReciprocityRequest>(command, Values, ReciprocityRequest.TryParse);
        command.SetAction(parse => CommandContext.Run(() =>
        {
            var request = RequestBinding.Parse<ReciprocityRequest>(parse, Values, ReciprocityRequest.TryParse);
            using var context = CommandContext.Open(parse, StoreAccessMode.ReadOnly);
            var rows = new AnalysisService(context.Store).Reciprocity(request);
            if (parse.GetValue(format) is OutputFormat.Json or OutputFormat.Jsonl)
            {
                ContractOutput.WriteList(rows, lines: parse.GetValue(format) == OutputFormat.Jsonl);
                return ExitCodes.Success;
            }

            if (parse.GetValue(format) == OutputFormat.Csv)
            {
                // The JSON's two by-level objects flattened into made_<level> and received_<level> columns.
                CsvOutput.Write(
                    ["partner", "made", "received", "balance", .. VisitReciprocity.Levels.Select(l => "made_" + l), .. VisitReciprocity.Levels.Select(l => "received_" + l)],
                    rows,
                    r => [r.Partner, r.Made, r.Received, r.Balance, .. VisitReciprocity.Levels.Select(l => (object?)r.MadeByLevel[l]), .. VisitReciprocity.Levels.Select(l => (object?)r.ReceivedByLevel[l])]);
                return ExitCodes.Success;
            }

            var country = request.Scope.Country;
            var table = new FittedTable(t => t.Border(TableBorder.Rounded));
            table.AddColumn("Partner").AddColumn($"{country} visited").AddColumn("Received").AddColumn("Balance")
                .AddColumn("State (made/ received)", priority: 1).AddColumn("Official", priority: 2).AddColumn("Working", priority: 3).AddColumn("Ministerial", priority: 2);
            foreach (var r in rows)
            {
                string Pair(string level) => $"{r.MadeByLevel[level]}/{r.ReceivedByLevel[level]}";
                table.AddRow($"[bold]{r.Partner}[/] {CommandContext.Escape(context.Reference.NameOf(r.Partner))}", r.Made.ToString(CultureInfo.InvariantCulture),
                    r.Received.ToString(CultureInfo.InvariantCulture), BalanceCommand.Number(r.Balance), Pair("state"), Pair("official"), Pair("working"), Pair("ministerial"));
            }

            table.Write();
            AnsiConsole.MarkupLine("[grey]Balance = (received − made) / (received + made).[/]");
            return ExitCodes.Success;
        }));
        return command;
    }
}
