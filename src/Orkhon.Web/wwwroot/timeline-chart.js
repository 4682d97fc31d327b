// Timeline chart: one row (lane) per pillar or per partner, time running left to right. The vertical
// position means the lane; colour means cooperation or conflict; both are spelled out in the axis titles and
// the legend. Zoom rescales time only.
"use strict";

const TIMELINE_PARTNER_LANES = 10;

function eventDay(d) {
  const t = d.date.slice(0, 10);
  return new Date(t.length === 4 ? `${t}-07-01` : t.length === 7 ? `${t}-15` : t);
}

// The partner of an event for the country on the page: the other side, or null for the country's own acts.
function partnerOf(e) {
  return e.source === country ? (e.target === country ? null : e.target) : e.source;
}

// Lanes by partner: the busiest partners, then the rest together, then the country's own acts.
function partnerLanes(events) {
  const counts = d3.rollup(events, v => v.length, partnerOf);
  const named = [...counts].filter(([p]) => p).sort((a, b) => b[1] - a[1]).map(([p]) => p);
  const top = new Set(named.slice(0, TIMELINE_PARTNER_LANES));
  const lane = e => { const p = partnerOf(e); return p === null ? "own acts" : top.has(p) ? p : "other partners"; };
  const order = [...named.slice(0, TIMELINE_PARTNER_LANES), ...(named.length > TIMELINE_PARTNER_LANES ? ["other partners"] : []), ...(counts.has(null) ? ["own acts"] : [])];
  return { lane, order, title: "Partner (the busiest first)" };
}

// Lanes by pillar: the pillar the API assigns each event at its date (one request per pillar), then the rest.
async function pillarLanes(events, fw, query) {
  const ids = [...fw.pillars.map(p => p.id), "other"];
  const members = await Promise.all(ids.map(id => allEvents({ ...query, pillar: id }).then(r => new Set(r.items.map(e => e.id)))));
  const lane = e => ids[members.findIndex(s => s.has(e.id))] ?? "no partner (own acts)";
  const used = new Set(events.map(lane));
  const order = [...ids, "no partner (own acts)"].filter(id => used.has(id));
  return { lane, order, title: `Pillar of ${fw.id} at the event's date` };
}

function drawTimeline(container, events, lanes) {
  const rowHeight = 26;
  const m = { left: 170, right: 20, top: 10, bottom: 44 };
  const width = 960, height = m.top + m.bottom + Math.max(1, lanes.order.length) * rowHeight;
  const extent = d3.extent(events, eventDay);
  const x = d3.scaleTime().domain(extent[0] ? [d3.timeYear.offset(extent[0], -1), d3.timeYear.offset(extent[1], 1)] : [new Date(1987, 0, 1), new Date()]).range([m.left, width - m.right]);
  const y = d3.scaleBand().domain(lanes.order).range([m.top, height - m.bottom]).padding(0.1);
  const svg = d3.create("svg").attr("viewBox", `0 0 ${width} ${height}`).attr("role", "img").attr("aria-label", `Events over time, one row per ${lanes.title.toLowerCase()}`);
  svg.append("g").attr("class", "lanes").selectAll("rect").data(lanes.order).join("rect")
    .attr("x", m.left).attr("width", width - m.left - m.right).attr("y", d => y(d)).attr("height", y.bandwidth()).attr("fill", (d, i) => (i % 2 ? "#f6f6f6" : "#ffffff"));
  svg.append("g").attr("class", "y-axis").attr("transform", `translate(${m.left},0)`).call(d3.axisLeft(y).tickSize(0)).call(g => g.select(".domain").remove());
  const axis = svg.append("g").attr("class", "x-axis").attr("transform", `translate(0,${height - m.bottom})`);
  // A small, fixed offset inside the lane spreads events of the same day without meaning anything.
  const jitter = (d, i) => ((i * 7) % 5 - 2) * (y.bandwidth() / 7);
  const dots = svg.append("g").selectAll("circle").data(events).join("circle")
    .attr("r", 4.5).attr("tabindex", 0).attr("role", "link").attr("fill-opacity", 0.8)
    .attr("cy", (d, i) => y(lanes.lane(d)) + y.bandwidth() / 2 + jitter(d, i))
    .attr("fill", d => d.quad_class >= 3 ? TONE.conflict : TONE.cooperation)
    .on("click", (_, d) => { location.hash = `#/event/${encodeURIComponent(d.id)}`; })
    .on("keydown", (ev, d) => { if (ev.key === "Enter") location.hash = `#/event/${encodeURIComponent(d.id)}`; });
  dots.append("title").text(d => `${d.date} ${d.source} → ${d.target}: ${d.title ?? d.cameo_name}`);
  svg.append("text").attr("x", (m.left + width - m.right) / 2).attr("y", height - 6).attr("text-anchor", "middle").attr("font-size", 12).text("Date of the event");
  svg.append("text").attr("x", 4).attr("y", height - 6).attr("font-size", 12).attr("class", "lane-title").text(`Rows: ${lanes.title}`);
  const render = scale => { axis.call(d3.axisBottom(scale)); dots.attr("cx", d => scale(eventDay(d))); };
  render(x);
  svg.call(d3.zoom().scaleExtent([1, 40]).translateExtent([[m.left, 0], [width - m.right, height]]).extent([[m.left, 0], [width - m.right, height]])
    .on("zoom", ev => render(ev.transform.rescaleX(x))));
  const legend = el("div", { class: "legend", id: "timeline-legend" },
    el("span", {}, el("i", { background: TONE.cooperation }), "cooperation (CAMEO 01–08)"),
    el("span", {}, el("i", { background: TONE.conflict }), "conflict (09–20)"),
    el("span", { text: "Scroll or pinch on the chart to zoom in time." }));
  container.replaceChildren(svg.node(), legend);
}
