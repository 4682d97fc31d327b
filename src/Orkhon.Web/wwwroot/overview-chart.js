// Overview chart: pillar shares year by year on a continuous axis. Every year from the first to the last with
// engagements has its slot, empty ones included, so a gap in the record shows as a gap; the number above each
// bar is how many engagements it stands for, and a year under the minimum sample is drawn faint.
"use strict";

// Every year from the first row with events to the last, the empty ones as zero-event rows.
function continuousYears(rows) {
  const withEvents = rows.filter(r => r.events > 0);
  if (!withEvents.length) return [];
  const byYear = new Map(rows.map(r => [Number(r.period.label), r]));
  const first = Number(withEvents[0].period.label), last = Number(withEvents[withEvents.length - 1].period.label);
  return d3.range(first, last + 1).map(y => byYear.get(y) ?? { period: { label: String(y) }, events: 0, pillars: [], too_few_events: true });
}

function yearBars(rows, pillars, minEvents) {
  const years = continuousYears(rows);
  const width = 960, height = 340, m = { top: 26, right: 10, bottom: 42, left: 48 };
  const svg = d3.create("svg").attr("viewBox", `0 0 ${width} ${height}`).attr("role", "img").attr("id", "overview-chart")
    .attr("aria-label", "Share of engagements by pillar, every year, with the number of engagements above each bar");
  const x = d3.scaleBand().domain(years.map(r => r.period.label)).range([m.left, width - m.right]).padding(0.12);
  const y = d3.scaleLinear().domain([0, 1]).range([height - m.bottom, m.top]);
  const colour = d3.scaleOrdinal(pillars, PALETTE);
  for (const r of years) {
    let acc = 0;
    const bar = svg.append("g").attr("class", "year-bar").attr("opacity", r.too_few_events ? 0.35 : 1);
    for (const p of r.pillars) {
      if (p.events === 0) continue;
      bar.append("rect").attr("class", "share").attr("x", x(r.period.label)).attr("width", x.bandwidth())
        .attr("y", y(acc + p.share)).attr("height", y(acc) - y(acc + p.share)).attr("fill", colour(p.id))
        .append("title").text(`${r.period.label} ${p.id}: ${p.events} of ${r.events} events (${(100 * p.share).toFixed(0)} %)`);
      acc += p.share;
    }
    svg.append("text").attr("class", "bar-count").attr("x", x(r.period.label) + x.bandwidth() / 2).attr("y", m.top - 6)
      .attr("text-anchor", "middle").attr("font-size", 9).attr("fill", r.events ? "#1a1a1a" : "#9a9a9a").text(String(r.events));
  }
  // A tick for every year; labels only every few years so they never overlap.
  const step = Math.ceil(years.length / 16);
  svg.append("g").attr("class", "x-axis").attr("transform", `translate(0,${height - m.bottom})`)
    .call(d3.axisBottom(x).tickValues(x.domain()).tickFormat((d, i) => (i % step === 0 ? d : "")));
  svg.append("g").attr("class", "y-axis").attr("transform", `translate(${m.left},0)`).call(d3.axisLeft(y).ticks(4, "%"));
  svg.append("text").attr("x", (m.left + width - m.right) / 2).attr("y", height - 6).attr("text-anchor", "middle").attr("font-size", 12).text("Year (every year shown; an empty slot is a year with no engagement)");
  svg.append("text").attr("transform", `translate(12,${(m.top + height - m.bottom) / 2}) rotate(-90)`).attr("text-anchor", "middle").attr("font-size", 12).text("Share of the year's engagements");
  const legend = el("div", { class: "legend", id: "overview-legend" }, ...pillars.map(p => el("span", {}, el("i", { background: colour(p) }), p)),
    el("span", { text: `Number above a bar: engagements that year; faint bars: fewer than ${minEvents} (too few events to read a share).` }));
  return el("div", { class: "chart" }, svg.node(), legend);
}
