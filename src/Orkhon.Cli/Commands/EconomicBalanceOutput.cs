using System.Globalization;
using CsvHelper;
using Orkhon.Analysis;
using Orkhon.Cli.Output;
using Orkhon.Contracts;
using Orkhon.Knowledge;
using Spectre.Console;

namespace Orkhon.Cli.Commands;

/// <summary>
/// <c>orkhon balance --measure trade|exports|imports|fdi|aid</c> in each format. A year without figures is a
/// row of "n/a" in the table and empty fields in CSV: missing, never zero.
/// </summary>
internal static class EconomicBalanceOutput
{
    public const string Missing = "n/a";

    public static void Write(IReadOnlyList<EconomicBalancePeriod> rows, BalanceRequest request, OutputFormat format)
    {
        var pillars = request.Scope.Framework.PillarIds;
        switch (format)
        {
            case OutputFormat.Json or OutputFormat.Jsonl:
                ContractOutput.WriteList(rows, lines: format == OutputFormat.Jsonl);
                break;
            case OutputFormat.Csv:
                WriteCsv(rows, pillars);
                break;
            default:
                WriteTable(rows, request);
                break;
        }
    }

    private static void WriteTable(IReadOnlyList<EconomicBalancePeriod> rows, BalanceRequest request)
    {
        var framework = request.Scope.Framework;
        var title = $"{CommandContext.Escape(ReferenceData.Default.NameOf(request.Scope.Country))}: {Measures.Describe(request.Measure)} by pillar ({CommandContext.Escape(framework.Id)}, shares of the total)";
        var table = new FittedTable(t => t.Border(TableBorder.Rounded).Title(title));
        table.AddColumn("Year");
        table.AddColumn(new TableColumn("US$ m").RightAligned(), priority: 2);
        table.AddColumn(new TableColumn("Known").RightAligned());
        foreach (var id in framework.PillarIds)
        {
            table.AddColumn(new TableColumn(CommandContext.Escape(id).Replace("-", "-\n", StringComparison.Ordinal)).RightAligned(), priority: 1);
        }

        table.AddColumn(new TableColumn("HHI").RightAligned(), priority: 4)
            .AddColumn(new TableColumn("Neighbours").RightAligned(), priority: 3).AddColumn(new TableColumn("RUS–CHN tilt").RightAligned(), priority: 2);
        foreach (var r in rows)
        {
            var cells = new List<string>
            {
                r.Period.Label,
                r.TotalMusd is { } t ? t.ToString("N0", CultureInfo.InvariantCulture) : Missing,
                r.HasData ? BalanceCommand.Percent(r.Coverage) : Missing,
            };
            cells.AddRange(r.Pillars.Select(p => p.Share is { } s ? BalanceCommand.Percent(s) : Missing));
            cells.AddRange([Number(r.PillarHhi), r.NeighbourDependence is { } n ? BalanceCommand.Percent(n) : Missing, Number(r.NeighbourTilt)]);
            table.AddRow(cells.ToArray());
        }

        table.Write();
        AnsiConsole.MarkupLine("[grey]Shares of the country's total; Known = the part of the total with a partner figure (pillar shares are at least what is shown). n/a = no figure: missing, not zero. Sources: data/economy, docs/economy.md.[/]");
    }

    private static void WriteCsv(IReadOnlyList<EconomicBalancePeriod> rows, IReadOnlyList<string> pillars)
    {
        using var csv = new CsvWriter(Console.Out, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var h in new[] { "year", "measure", "has_data", "total_musd", "coverage" }.Concat(pillars.Select(p => p + "_share"))
            .Concat(["pillar_entropy", "pillar_hhi", "partner_entropy", "partner_hhi", "neighbour_dependence", "neighbour_tilt", "sources"]))
        {
            csv.WriteField(h);
        }

        csv.NextRecord();
        foreach (var r in rows)
        {
            csv.WriteField(r.Period.Label);
            csv.WriteField(r.Measure);
            csv.WriteField(r.HasData ? "true" : "false");
            csv.WriteField(Field(r.TotalMusd));
            csv.WriteField(Field(r.Coverage));
            foreach (var p in r.Pillars)
            {
                csv.WriteField(Field(p.Share));
            }

            foreach (var v in new[] { r.PillarEntropy, r.PillarHhi, r.PartnerEntropy, r.PartnerHhi, r.NeighbourDependence, r.NeighbourTilt })
            {
                csv.WriteField(Field(v));
            }

            csv.WriteField(string.Join(' ', r.Sources));
            csv.NextRecord();
        }
    }

    private static string Number(double? value) => value is null ? Missing : BalanceCommand.Number(value);

    internal static string Field(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
