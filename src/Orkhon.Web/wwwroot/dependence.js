// Dependence page: a pillar's share of the country's diplomatic events beside its share of an economic
// measure (trade, exports, imports, FDI, aid), year by year on a continuous 1995–2024 axis. Years without an
// economic figure are marked as missing, never drawn as zero. Uses el, api, say, country, countryName and
// framework from app.js.
"use strict";

const DEPENDENCE_YEARS = { from: 1995, to: 2024 };
const DEPENDENCE_MEASURES = [["trade", "Trade (exports + imports)"], ["exports", "Exports"], ["imports", "Imports"], ["fdi", "FDI inflows"], ["aid", "Aid (ODA)"]];
const DEPENDENCE_COLOURS = { events: "#1f77b4", economic: "#d62728", missing: "#9a9a9a" };

async function dependencePage() {
  const fw = await framework();
  if (!fw) {
    page.replaceChildren(el("h2", { text: `${countryName}: diplomacy beside the economy` }),
      el("p", { id: "dependence-note", text: `${countryName} has no foreign-policy framework in the data, so there are no pillars to compare.` }));
    return;
  }
  const measure = el("select", { id: "dep-measure" }, ...DEPENDENCE_MEASURES.map(([v, t]) => el("option", { value: v, text: t })));
  const pillar = el("select", { id: "dep-pillar" }, ...fw.pillars.map(p => el("option", { value: p.id, text: p.name ?? p.id })));
  const chart = el("div", { id: "dependence-chart", class: "chart" });
  const table = el("div", { id: "dependence-table" });
  const note = el("p", { id: "dependence-note" });
  async function draw() {
    const query = new URLSearchParams({ country, measure: measure.value, from: String(DEPENDENCE_YEARS.from), to: String(DEPENDENCE_YEARS.to) });
    const rows = await api(`/api/dependence?${query}`);
    const id = pillar.value;
    const label = measure.options[measure.selectedIndex].text.toLowerCase();
    chart.replaceChildren(dependenceChart(rows, id, label));
    const known = rows.filter(r => pillarOf(r, id).economic_share != null);
    note.textContent = `${known.length} of ${rows.length} years have a figure for this pillar (${label}); the others are missing in the sourced data (data/economy, docs/economy.md), not zero. Economic shares are shares of ${countryName}'s total; where partners are missing they are lower bounds ("known" is the part of the total with a partner figure).`;
    table.replaceChildren(dependenceTable(known, id));
  }
  measure.addEventListener("change", () => draw().catch(err => say(err.message, true)));
  pillar.addEventListener("change", () => draw().catch(err => say(err.message, true)));
  page.replaceChildren(el("h2", { text: `${countryName}: diplomatic balance beside economic dependence (${fw.id})` }),
    el("div", { class: "filters" }, label("Economic measure", measure), label("Pillar", pillar)), chart, note, table);
  await draw();
}

function pillarOf(row, id) {
  return row.pillars.find(p => p.id === id) ?? { events: 0, event_share: null, economic_share: null };
}

function dependenceChart(rows, id, measureLabel) {
  const width = 960, height = 340, m = { top: 16, right: 16, bottom: 44, left: 48 };
  const svg = d3.create("svg").attr("viewBox", `0 0 ${width} ${height}`).attr("role", "img")
    .attr("aria-label", `Share of ${id} in diplomatic events and in ${measureLabel}, ${DEPENDENCE_YEARS.from}–${DEPENDENCE_YEARS.to}`);
  const x = d3.scaleLinear().domain([DEPENDENCE_YEARS.from, DEPENDENCE_YEARS.to]).range([m.left, width - m.right]);
  const y = d3.scaleLinear().domain([0, 1]).range([height - m.bottom, m.top]);
  const year = r => +r.period.label;
  const points = rows.map(r => ({ year: year(r), total: r.events, ...pillarOf(r, id), coverage: r.economic_coverage, tooFew: r.too_few_events, min: r.min_events }));

  svg.append("g").attr("class", "axis-x").attr("transform", `translate(0,${height - m.bottom})`)
    .call(d3.axisBottom(x).ticks(DEPENDENCE_YEARS.to - DEPENDENCE_YEARS.from).tickFormat(d3.format("d")))
    .call(g => g.selectAll(".tick text").attr("transform", "rotate(-45)").attr("text-anchor", "end").attr("dx", "-.4em").attr("dy", ".3em"));
  svg.append("g").attr("transform", `translate(${m.left},0)`).call(d3.axisLeft(y).ticks(5, "%"));

  // Missing economic years: a grey mark under the axis line, so a gap reads as "no figure", not as 0 %.
  svg.append("g").selectAll("rect").data(points.filter(p => p.economic_share == null)).join("rect")
    .attr("class", "missing-year").attr("x", p => x(p.year) - 3).attr("width", 6).attr("y", height - m.bottom - 6).attr("height", 6)
    .attr("fill", DEPENDENCE_COLOURS.missing)
    .append("title").text(p => `${p.year}: no ${measureLabel} figure (missing)`);

  const series = [
    { key: "event_share", cls: "events", dash: null, label: "diplomatic events" },
    { key: "economic_share", cls: "economic", dash: "6 4", label: measureLabel },
  ];
  for (const s of series) {
    // A year with too few events has no reading of its event share: hollow, and the line breaks there.
    const reading = p => p[s.key] != null && !(s.cls === "events" && p.tooFew);
    const line = d3.line().defined(reading).x(p => x(p.year)).y(p => y(p[s.key]));
    svg.append("path").attr("class", `line-${s.cls}`).attr("d", line(points)).attr("fill", "none")
      .attr("stroke", DEPENDENCE_COLOURS[s.cls]).attr("stroke-width", 2).attr("stroke-dasharray", s.dash);
    svg.append("g").selectAll("circle").data(points.filter(p => p[s.key] != null)).join("circle")
      .attr("class", p => `dot-${s.cls}${reading(p) ? "" : " too-few"}`).attr("cx", p => x(p.year)).attr("cy", p => y(p[s.key])).attr("r", s.cls === "economic" ? 5 : 3.5)
      .attr("fill", p => reading(p) ? DEPENDENCE_COLOURS[s.cls] : "#fff").attr("stroke", DEPENDENCE_COLOURS[s.cls]).attr("stroke-width", 1.5)
      .append("title").text(p => s.cls === "events"
        ? `${p.year} ${id}: ${p.events} of ${p.total} events (${(100 * p.event_share).toFixed(0)} %)${p.tooFew ? `: too few to read (fewer than ${p.min})` : ""}`
        : `${p.year} ${id}: ${(100 * p.economic_share).toFixed(1)} % of ${measureLabel} (known partners: ${(100 * p.coverage).toFixed(0)} % of the total)`);
  }

  const legend = el("div", { class: "legend" },
    el("span", {}, el("i", { background: DEPENDENCE_COLOURS.events }), "Share of diplomatic events (solid)"),
    el("span", {}, el("i", { background: DEPENDENCE_COLOURS.economic }), `Share of ${measureLabel} (dashed between consecutive years)`),
    el("span", {}, el("i", { background: DEPENDENCE_COLOURS.missing }), "No economic figure: missing"),
    el("span", { class: "too-few-key", text: `hollow point: a year with fewer than ${rows[0]?.min_events ?? 10} events, too few to read a share` }));
  return el("div", {}, svg.node(), legend);
}

function dependenceTable(known, id) {
  const percent = v => v == null ? "–" : `${(100 * v).toFixed(1)} %`;
  return el("table", { class: "dependence" },
    el("thead", {}, el("tr", {}, ...["Year", "Events (pillar / year)", "Event share", "Economic share", "Known part of the total"].map(t => el("th", { text: t })))),
    el("tbody", {}, ...known.map(r => {
      const p = pillarOf(r, id);
      return el("tr", {}, el("td", { text: r.period.label }), el("td", { text: `${p.events} / ${r.events}` }), el("td", { text: r.too_few_events && r.events > 0 ? "too few" : percent(p.event_share) }),
        el("td", { text: percent(p.economic_share) }), el("td", { text: percent(r.economic_coverage) }));
    })));
}
