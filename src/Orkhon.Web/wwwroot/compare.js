// Comparison page: two sides, each a country and a window, side by side on the same 0–100 % scale. Each side
// is one 'balance by window' answer: pillar shares with their counts and exact 95 % intervals, the balance
// indices, and "too few events" where the sample is under the minimum. A side names its own country, so a
// second country is compared by choosing it in that side's selector; both sides default to the page's
// country and two periods.
"use strict";

const COMPARE_DEFAULT_WINDOWS = ["2010..2016", "2017..2024"];

async function comparePage() {
  const answer = await api("/api/countries");
  const withFramework = answer.countries.filter(c => c.frameworks.length);
  const sides = COMPARE_DEFAULT_WINDOWS.map((w, i) => compareSide(i, withFramework, w));
  const grid = el("div", { class: "compare", id: "compare-grid" }, ...sides.map(s => s.box));
  const draw = () => Promise.all(sides.map(s => s.draw())).catch(err => say(err.message, true));
  for (const s of sides) s.onChange(draw);
  page.replaceChildren(el("h2", { text: "Compare: two periods (or two countries) side by side" }),
    el("p", { text: "Each side: the share of engagements by pillar in its window, with the count behind it and the exact 95 % interval (the bar's whisker). Both sides use the same scale. A side from fewer events than the minimum sample says 'too few events'." }),
    grid);
  await draw();
}

function compareSide(index, countries, window) {
  const who = el("select", { id: `compare-country-${index}` }, ...countries.map(c => el("option", { value: c.code, text: c.name })));
  who.value = countries.some(c => c.code === country) ? country : countries[0]?.code ?? "";
  const span = el("input", { id: `compare-window-${index}`, value: window, size: "12", "aria-label": "Window, e.g. 2015..2022" });
  const body = el("div", { class: "compare-body" });
  const box = el("section", { class: "compare-side", id: `compare-side-${index}` },
    el("div", { class: "filters" }, label("Country", who), label("Window (YYYY..YYYY)", span)), body);
  const draw = async () => {
    const query = new URLSearchParams({ country: who.value, by: "window", window: span.value.trim() });
    try {
      const [row] = await api(`/api/balance?${query}`);
      body.replaceChildren(compareChart(row, who.options[who.selectedIndex]?.text ?? who.value), compareFigures(row));
    } catch (err) {
      body.replaceChildren(el("p", { class: "error", text: err.message }));
    }
  };
  return { box, draw, onChange: f => { who.addEventListener("change", f); span.addEventListener("change", f); } };
}

function compareChart(row, name) {
  const width = 460, rowHeight = 30, m = { top: 34, right: 16, bottom: 30, left: 150 };
  const height = m.top + m.bottom + row.pillars.length * rowHeight;
  const x = d3.scaleLinear([0, 1], [m.left, width - m.right]);
  const y = d3.scaleBand(row.pillars.map(p => p.id), [m.top, height - m.bottom]).padding(0.25);
  const colour = d3.scaleOrdinal(row.pillars.map(p => p.id), PALETTE);
  const svg = d3.create("svg").attr("viewBox", `0 0 ${width} ${height}`).attr("role", "img").attr("aria-label", `${name} ${row.period.label}: shares by pillar with 95 % intervals`);
  svg.append("text").attr("class", "compare-title").attr("x", 4).attr("y", 16).attr("font-size", 13).attr("font-weight", 600)
    .text(`${name}, ${row.period.label}: ${row.events} engagements${row.too_few_events ? " — too few events" : ""}`);
  svg.append("g").attr("class", "x-axis").attr("transform", `translate(0,${height - m.bottom})`).call(d3.axisBottom(x).ticks(5, "%"));
  svg.append("g").attr("class", "y-axis").attr("transform", `translate(${m.left},0)`).call(d3.axisLeft(y).tickSize(0));
  for (const p of row.pillars) {
    const g = svg.append("g").attr("class", "pillar").attr("opacity", row.too_few_events ? 0.35 : 1);
    g.append("rect").attr("class", "share").attr("x", x(0)).attr("y", y(p.id)).attr("height", y.bandwidth()).attr("width", x(p.share) - x(0)).attr("fill", colour(p.id))
      .append("title").text(`${p.id}: ${p.events} of ${row.events} (${(100 * p.share).toFixed(0)} %, 95 % CI ${pct(p.ci_lower)}–${pct(p.ci_upper)})`);
    if (p.ci_lower != null) {
      const cy = y(p.id) + y.bandwidth() / 2;
      g.append("line").attr("class", "ci").attr("x1", x(p.ci_lower)).attr("x2", x(p.ci_upper)).attr("y1", cy).attr("y2", cy).attr("stroke", "#1a1a1a").attr("stroke-width", 1.5);
      for (const v of [p.ci_lower, p.ci_upper]) g.append("line").attr("x1", x(v)).attr("x2", x(v)).attr("y1", cy - 5).attr("y2", cy + 5).attr("stroke", "#1a1a1a");
    }
    svg.append("text").attr("class", "share-label").attr("x", width - m.right).attr("y", y(p.id) - 2).attr("text-anchor", "end").attr("font-size", 10)
      .text(row.too_few_events ? `n = ${p.events}, too few events` : `${pct(p.share)} (n = ${p.events})`);
  }
  return svg.node();
}

function compareFigures(row) {
  const n = v => (v == null ? "–" : v.toFixed(2));
  const figures = row.too_few_events
    ? [["Events", String(row.events)], ["Balance (entropy), HHI, neighbours", `too few events (fewer than ${row.min_events})`]]
    : [["Events", String(row.events)], ["Balance (entropy)", n(row.pillar_entropy)], ["HHI over pillars", n(row.pillar_hhi)], ["Neighbour dependence", pct(row.neighbour_dependence)]];
  figures.push(["Russia–China tilt", row.neighbour_tilt_too_few
    ? `too few events (${row.neighbour_tilt_events})`
    : `${n(row.neighbour_tilt)} (95 % CI ${n(row.neighbour_tilt_ci_lower)} to ${n(row.neighbour_tilt_ci_upper)}, n = ${row.neighbour_tilt_events})`]);
  return el("table", { class: "compare-figures" }, el("tbody", {}, ...figures.map(([k, v]) => el("tr", {}, el("th", { text: k }), el("td", { text: v })))));
}

function pct(v) {
  return v == null ? "–" : `${(100 * v).toFixed(0)} %`;
}
