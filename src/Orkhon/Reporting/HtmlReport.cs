using System.Globalization;
using System.Net;
using System.Text;
using Orkhon.Analysis;
using Orkhon.Analysis.Corridors;
using Orkhon.Analysis.Frameworks;
using Orkhon.Domain;
using Orkhon.Knowledge;

namespace Orkhon.Reporting;

/// <summary>
/// One self-contained HTML file (inline CSS and SVG, no scripts, no network) describing a country's
/// engagement against its framework. Every count links to the list of events behind it, and every
/// event to its sources, so each number can be traced to the record.
/// </summary>
public sealed class HtmlReport
{
    private readonly StringBuilder _html = new();

    /// <summary>
    /// What the report covers; the pivot is run only when the framework has the pillar. No database path: a
    /// report is shared, and a path on the author's machine tells a reader nothing and leaks a user name.
    /// Shares, tilts and pivots from fewer than <paramref name="MinEvents"/> events are marked "too few events".
    /// </summary>
    public sealed record Options(string Country, PolicyFramework Framework, string PivotPillar, Period PivotBefore, Period PivotAfter, DateTimeOffset GeneratedAt,
        int MinEvents = Contracts.MinimumSample.DefaultEvents)
    {
        /// <summary>Other countries side by side with this one (<c>report --compare KAZ</c>); null for none.</summary>
        public Contracts.ComparisonReport? Comparison { get; init; }
    }

    public static string Render(IReadOnlyList<Event> events, Options options, ReferenceData reference, CameoCatalog cameo, LandNetwork? network)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(options);
        var report = new HtmlReport();
        report.Write(events, options, reference, cameo, network);
        return report._html.ToString();
    }

    private void Write(IReadOnlyList<Event> events, Options o, ReferenceData reference, CameoCatalog cameo, LandNetwork? network)
    {
        var engagements = Engagement.Select(events, o.Country, o.Framework, SignificanceWeights.Default);
        var periods = BalanceAnalysis.Periods(engagements, Granularity.Year, FirstContinuousYear(engagements));
        var balance = BalanceAnalysis.Compute(engagements, o.Framework, periods, weighted: false);
        Head(events, o, reference.NameOf(o.Country), engagements, periods);
        SharesSection(o, periods, balance);
        BalanceSection(periods, balance);
        PartnersSection(engagements, reference);
        if (o.Framework.PillarIds.Contains(o.PivotPillar))
        {
            PivotSection(o, engagements);
        }

        ToneSection(engagements, cameo);
        ReciprocitySection(engagements, reference);
        if (network is not null && network.NeighboursOf(o.Country).Count > 0)
        {
            OverlandAccessSection(o.Country, network, reference);
        }

        if (o.Comparison is { } comparison)
        {
            Comparison(comparison);
        }

        Evidence(engagements, balance, reference, cameo);
        Raw("</main></body></html>\n");
    }

    // The document's head and the opening paragraph: the framework and its provenance, when the report was made, what it counts.
    private void Head(IReadOnlyList<Event> events, Options o, string name, List<Engagement> engagements, IReadOnlyList<Period> periods)
    {
        Raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Raw($"<title>{E(name)}: foreign relations report</title><style>{Css}</style></head><body><main>");
        Raw($"<h1>{E(name)}: engagement against its foreign-policy framework</h1>");
        Raw($"<p class=\"meta\">Framework <strong>{E(o.Framework.Id)}</strong> — {E(o.Framework.Title)} ({Link(o.Framework.SourceUrl, "source")}). ");
        // Whether the pillars are a government's or an analyst's, said before any number measured by them.
        Raw($"<strong class=\"provenance\">{E(Capitalised(FrameworkProvenances.Describe(o.Framework.Provenance)))}</strong>{(o.Framework.ProvenanceNote is { } note ? ": " + E(note) : "")} ");
        Raw($"Generated {E(o.GeneratedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))} by Orkhon. ");
        var years = periods.Count > 0 ? $"{periods[0].Label}–{periods[^1].Label}" : "no dated events";
        // The total is the one 'orkhon demo', 'orkhon events --actor' and the dashboard show; the analyses count engagements (events with a partner).
        Raw($"{events.Count(e => e.Source.Code == o.Country || e.Target.Code == o.Country)} events of {E(o.Country)}, of which {engagements.Count} engagements with {engagements.Select(e => e.Partner).Distinct().Count()} partners (the rest are the country's own acts, such as policy documents), {E(years)}. Methods: <code>docs/metrics.md</code>.</p>");
    }

    private void SharesSection(Options o, IReadOnlyList<Period> periods, IReadOnlyList<PeriodBalance> balance)
    {
        Section("Pillar shares by year", "shares");
        var pillarIds = o.Framework.PillarIds;
        Raw(SvgChart.StackedBars("Share of engagements by pillar and year", periods.Select(p => p.Label).ToList(),
            pillarIds.Select(id => (id, (IReadOnlyList<double>)balance.Select(b => b.Pillars.First(p => p.Id == id).Share).ToList())).ToList(),
            [.. balance.Select(b => b.Total)], o.MinEvents));
        Raw($"<p>Every year of the span has its slot, empty ones included; the number above a bar is the year's engagements, and a faint bar stands for fewer than {o.MinEvents} (too few events to read a share).</p>");
        PillarTable(balance, pillarIds, o.MinEvents);
    }

    private void BalanceSection(IReadOnlyList<Period> periods, IReadOnlyList<PeriodBalance> balance)
    {
        Section("Balance and neighbour dependence", "balance");
        Raw(SvgChart.Lines("Balance (normalised entropy over pillars) and neighbour dependence by year", periods.Select(p => p.Label).ToList(),
        [
            ("pillar entropy", balance.Select(b => b.PillarEntropy).ToList()),
            ("neighbour dependence", balance.Select(b => b.NeighbourDependence).ToList()),
        ]));
        Raw("<p>Entropy 1 = engagement spread evenly over all pillars, 0 = all in one; dependence = share of the neighbours pillar. Empty years break the lines.</p>");
    }

    private void PartnersSection(List<Engagement> engagements, ReferenceData reference)
    {
        Section("Partners", "partners");
        var partners = engagements.GroupBy(e => e.Partner).Select(g => (reference.NameOf(g.Key) + " (" + g.Key + ")", (double)g.Count())).OrderByDescending(x => x.Item2).Take(20).ToList();
        Raw(SvgChart.HorizontalBars("Engagements per partner (top 20)", partners));
    }

    // Run only when the framework has the pivot's pillar.
    private void PivotSection(Options o, List<Engagement> engagements)
    {
        Section($"Pivot test: {o.PivotPillar}", "pivot");
        var test = PivotTest.Run(engagements, o.PivotPillar, o.PivotBefore, o.PivotAfter);
        Raw("<table><thead><tr><th>Measure</th><th>Before</th><th>After</th><th>Rate ratio</th><th>95 % CI</th><th>p</th></tr></thead><tbody>");
        Raw($"<tr><td>events per year</td><td>{test.PerYear.Before} in {E(test.Before.Label)}</td><td>{test.PerYear.After} in {E(test.After.Label)}</td><td>{RatioCell(test.PerYear, o.MinEvents)}</td><td>{F(test.PerYear.Lower)}–{F(test.PerYear.Upper)}</td><td>{P(test.PerYear.PValue)}</td></tr>");
        Raw($"<tr><td>share of coverage</td><td>{test.PerCoverage.Before} of {test.TotalBefore}</td><td>{test.PerCoverage.After} of {test.TotalAfter}</td><td>{RatioCell(test.PerCoverage, o.MinEvents)}</td><td>{F(test.PerCoverage.Lower)}–{F(test.PerCoverage.Upper)}</td><td>{P(test.PerCoverage.PValue)}</td></tr></tbody></table>");
        Raw($"<p>Exact conditional (binomial) 95 % intervals. A ratio from fewer than {o.MinEvents} events in both windows is marked <em>too few events</em>: the figures stand, no verdict is drawn from them.</p>");
        if (test.ChangePoint is { } cp)
        {
            Raw($"<p>Most likely change year: <strong>{cp.Year}</strong> ({F(cp.RateBefore)} per year before, {F(cp.RateAfter)} from then; permutation p = {cp.PValue.ToString("0.000", CultureInfo.InvariantCulture)}).</p>");
        }

        Raw($"<p>Events after: {EventLinks(test.EventIdsAfter)}</p>");
    }

    private void ToneSection(List<Engagement> engagements, CameoCatalog cameo)
    {
        Section("Tone by pillar", "tone");
        Raw("<table><thead><tr><th>Pillar</th><th>Events</th><th>Mean Goldstein</th><th>Verbal coop.</th><th>Material coop.</th><th>Verbal conflict</th><th>Material conflict</th></tr></thead><tbody>");
        foreach (var t in ToneSummary.By(engagements, e => e.Pillar, cameo))
        {
            Raw($"<tr><td>{E(t.Id)}</td><td>{t.Events}</td><td>{F(t.MeanGoldstein)}</td><td>{t.VerbalCooperation}</td><td>{t.MaterialCooperation}</td><td>{t.VerbalConflict}</td><td>{t.MaterialConflict}</td></tr>");
        }

        Raw("</tbody></table>");
    }

    private void ReciprocitySection(List<Engagement> engagements, ReferenceData reference)
    {
        Section("Visit reciprocity", "reciprocity");
        Raw("<table><thead><tr><th>Partner</th><th>Visits made</th><th>Received</th><th>Balance</th><th>Events</th></tr></thead><tbody>");
        foreach (var r in VisitReciprocity.Compute(engagements).Take(20))
        {
            Raw($"<tr><td>{E(reference.NameOf(r.Partner))}</td><td>{r.TotalMade}</td><td>{r.TotalReceived}</td><td>{F(r.Balance)}</td><td>{EventLinks(r.EventIds)}</td></tr>");
        }

        Raw("</tbody></table>");
    }

    // Only for a country with land neighbours: what each neighbour's closing would cut off, and the known routes through the country.
    private void OverlandAccessSection(string country, LandNetwork network, ReferenceData reference)
    {
        Section("Overland access", "corridors");
        Raw("<table><thead><tr><th>If this neighbour closed</th><th>States reachable overland</th><th>Still reachable</th><th>Share</th></tr></thead><tbody>");
        foreach (var (closed, before, after, share) in TransitAnalysis.Dependence(network, country))
        {
            Raw($"<tr><td>{E(reference.NameOf(closed))}</td><td>{before}</td><td>{after}</td><td>{share.ToString("P0", CultureInfo.InvariantCulture)}</td></tr>");
        }

        Raw("</tbody></table><ul>");
        foreach (var route in network.Routes.Where(r => r.Path.Contains(country)))
        {
            Raw($"<li>{E(route.Name)} — {E(string.Join(" → ", route.Path))}, {E(route.Status)}{(route.Since is null ? "" : ", since " + E(route.Since))} ({Link(route.SourceUrl, "source")})</li>");
        }

        Raw("</ul>");
    }

    /// <summary>
    /// Countries side by side, each by its own framework: what can be compared across frameworks (events,
    /// entropy, neighbour dependence, tilt), and whose pillars each country was measured by.
    /// </summary>
    private void Comparison(Contracts.ComparisonReport comparison)
    {
        var names = string.Join(" and ", comparison.Countries.Select(c => c.Name));
        Section($"Compared: {names}", "compare");
        Raw("<p>Each country by its own framework, over the same periods. Pillars differ between frameworks, so only what does not depend on their names is set side by side; read the events before the indices.</p><ul>");
        foreach (var c in comparison.Countries)
        {
            var p = c.FrameworkProvenance;
            Raw($"<li><strong>{E(c.Name)}</strong>: {E(p.Framework)} — {E(p.Title)}, <strong class=\"provenance\">{E(p.Kind == FrameworkProvenances.AnalystConstruct ? "analyst's construct" : "policy document")}</strong>{(p.Note is null ? "" : ": " + E(p.Note))} ({Link(p.SourceUrl, "source")})</li>");
        }

        Raw("</ul>");
        double? Value(Contracts.CountryBalance c, string label, Func<Contracts.BalancePeriod, double?> pick) =>
            c.Periods.FirstOrDefault(r => r.Period.Label == label) is { } row ? pick(row) : null;
        // A period under the minimum sample has no reading: the line breaks there, as the dashboard draws it.
        Raw(SvgChart.Lines("Neighbour dependence (share with Russia and China) by period", comparison.Periods,
            [.. comparison.Countries.Select(c => (c.Country, (IReadOnlyList<double?>)[.. comparison.Periods.Select(l => Value(c, l, r => r.TooFewEvents ? null : r.NeighbourDependence))]))]));
        var minEvents = comparison.Countries.SelectMany(c => c.Periods).Select(r => r.MinEvents).FirstOrDefault(Contracts.MinimumSample.DefaultEvents);
        Raw($"<p>Periods with fewer than {minEvents} events are left out of the chart and show counts only in the table (<em>too few events</em>); so does a tilt from fewer than {minEvents} events with Russia or China.</p>");
        Raw("<table class=\"numbers\"><thead><tr><th>Period</th>");
        foreach (var c in comparison.Countries)
        {
            Raw($"<th>{E(c.Country)} events</th><th>{E(c.Country)} entropy</th><th>{E(c.Country)} neighbours</th><th>{E(c.Country)} tilt</th>");
        }

        Raw("</tr></thead><tbody>");
        foreach (var label in comparison.Periods)
        {
            Raw($"<tr><td>{E(label)}</td>");
            foreach (var c in comparison.Countries)
            {
                var row = c.Periods.FirstOrDefault(r => r.Period.Label == label);
                const string tooFew = "<td><small>too few</small></td>";
                Raw(row is null
                    ? "<td></td><td></td><td></td><td></td>"
                    : row.TooFewEvents && row.Events > 0
                        ? $"<td>{row.Events}</td>{tooFew}{tooFew}{tooFew}"
                        : $"<td>{row.Events}</td><td>{F(row.PillarEntropy)}</td><td>{(row.NeighbourDependence is { } d ? d.ToString("P0", CultureInfo.InvariantCulture) : "–")}</td>"
                            + (row.NeighbourTiltTooFew && row.Events > 0 ? tooFew : $"<td>{F(row.NeighbourTilt)}</td>"));
            }

            Raw("</tr>");
        }

        Raw("</tbody></table>");
    }

    /// <summary>
    /// The first year of sustained coverage: the start of the first five-year window with events in at
    /// least three of its years. A lone context row decades earlier would otherwise stretch every chart.
    /// </summary>
    private static int? FirstContinuousYear(List<Engagement> engagements)
    {
        var years = engagements.Where(e => e.Date is { IsSpan: false }).Select(e => e.Date!.Value.Earliest.Year).ToHashSet();
        return years.Order().Cast<int?>().FirstOrDefault(y => Enumerable.Range(y!.Value, 5).Count(years.Contains) >= 3) ?? years.Order().Cast<int?>().FirstOrDefault();
    }

    private void PillarTable(IReadOnlyList<PeriodBalance> balance, IReadOnlyList<string> pillarIds, int minEvents)
    {
        Raw($"<p>Each cell: events (linked to the list) and their share of the year's events. Years with fewer than {minEvents} events show counts only (<em>too few events</em>); so does a tilt from fewer than {minEvents} events with Russia or China.</p>");
        Raw("<table class=\"numbers\"><thead><tr><th>Year</th><th>Events</th>");
        foreach (var id in pillarIds)
        {
            Raw($"<th>{E(id)}</th>");
        }

        Raw("<th>Entropy</th><th>HHI</th><th>Neighbours</th><th>Tilt</th></tr></thead><tbody>");
        foreach (var b in balance)
        {
            Raw($"<tr><td>{E(b.Period.Label)}</td><td>{b.Total}</td>");
            foreach (var p in b.Pillars)
            {
                // Each count links to the list of events it counts.
                var share = b.Total < minEvents ? "" : $" <small>{p.Share.ToString("P0", CultureInfo.InvariantCulture)}</small>";
                Raw(p.Count == 0 ? "<td>0</td>" : $"<td><a href=\"#{Anchor("list", b.Period.Label, p.Id)}\">{p.Count}</a>{share}</td>");
            }

            if (b.Total < minEvents)
            {
                Raw("<td colspan=\"3\"><small>too few events</small></td>");
            }
            else
            {
                Raw($"<td>{F(b.PillarEntropy)}</td><td>{F(b.PillarHhi)}</td><td>{(b.NeighbourDependence is { } d ? d.ToString("P0", CultureInfo.InvariantCulture) : "–")}</td>");
            }

            var tiltEvents = b.TiltFirst + b.TiltSecond;
            Raw(tiltEvents < minEvents ? $"<td><small>too few ({tiltEvents})</small></td></tr>" : $"<td>{F(b.NeighbourTilt)} <small>({tiltEvents})</small></td></tr>");
        }

        Raw("</tbody></table>");
    }

    private void Evidence(List<Engagement> engagements, IReadOnlyList<PeriodBalance> balance, ReferenceData reference, CameoCatalog cameo)
    {
        Section("Evidence: the events behind each number", "evidence");
        Raw("<h3>By year and pillar</h3><dl>");
        foreach (var b in balance)
        {
            foreach (var p in b.Pillars.Where(p => p.Count > 0))
            {
                Raw($"<dt id=\"{Anchor("list", b.Period.Label, p.Id)}\">{E(b.Period.Label)} · {E(p.Id)} ({p.Count})</dt><dd>{EventLinks(p.EventIds)}</dd>");
            }
        }

        Raw("</dl><h3>Events</h3><table><thead><tr><th>Date</th><th>Who → whom</th><th>Event</th><th>What happened</th><th>Sources</th></tr></thead><tbody>");
        // Built from events (Render takes them), so every engagement carries its event.
        foreach (var e in engagements.OrderBy(e => e.Date))
        {
            var ev = e.Event!;
            var sources = string.Join(" ", ev.Evidences.Select((v, i) => v.Url is { } url ? Link(url, $"[{i + 1}]") : E(v.Text ?? "")));
            Raw($"<tr id=\"{Anchor("ev", ev.Id)}\"><td>{E(ev.Date?.ToString() ?? "?")}</td><td>{E(ev.Source.Code)} → {E(ev.Target.Code)}</td>" +
                $"<td>{E(ev.Cameo)} {E(cameo.Find(ev.Cameo)?.Name ?? "")}</td><td>{E(ev.Title ?? "")}</td><td>{sources}</td></tr>");
        }

        Raw("</tbody></table>");
    }

    private string EventLinks(IEnumerable<string> ids) => string.Join(", ", ids.Select(id => $"<a href=\"#{Anchor("ev", id)}\">{E(id)}</a>"));

    private void Section(string title, string id) => Raw($"<h2 id=\"{id}\">{E(title)}</h2>");

    private void Raw(string html) => _html.Append(html).Append('\n');

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // Only web links become hrefs: a javascript: or data: URL in the data is shown as text.
    private static string Link(string url, string label) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? $"<a href=\"{E(uri.AbsoluteUri)}\" rel=\"noopener noreferrer\">{E(label)}</a>"
            : E(url);

    private static string Anchor(params string[] parts) => string.Join('-', parts.Select(p => new string(p.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray())));

    private static string P(double p) => p < 0.0001 ? "&lt; 0.0001" : p.ToString("0.0000", CultureInfo.InvariantCulture);

    /// <summary>The ratio; an unbounded one with its finite lower bound; a thin one marked.</summary>
    private static string RatioCell(Analysis.Statistics.RateRatio r, int minEvents)
    {
        var text = double.IsPositiveInfinity(r.Ratio) ? $"∞ (≥ {F(r.Lower)})" : F(r.Ratio);
        return r.Before + r.After < minEvents ? $"{text} <small>too few events ({r.Before + r.After})</small>" : text;
    }

    private static string F(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("0.00", CultureInfo.InvariantCulture) : (value is { } inf && double.IsPositiveInfinity(inf) ? "∞" : "–");

    private const string Css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;margin:0}
        main{max-width:1000px;margin:0 auto;padding:24px}
        h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ccc;padding-bottom:4px}
        .meta{color:#444}table{border-collapse:collapse;width:100%;margin:12px 0;font-size:.9rem}
        th,td{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f2f2f2}
        .numbers td{text-align:right}small{color:#555}a{color:#0b5cad}dd{margin:0 0 8px 16px;font-size:.85rem}
        svg{display:block;margin:12px 0}
        """;
}
