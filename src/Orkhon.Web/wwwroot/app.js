// Orkhon dashboard. Every value from the API is put on the page as text (textContent, attributes set by
// d3's .text/.attr), never parsed as HTML, so a document containing markup is shown as what it is.
"use strict";

// Twelve distinct colours: Kazakhstan's concepts have ten pillars and "other"; a repeated colour would merge two pillars.
const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#7f7f7f", "#17becf", "#bcbd22", "#e377c2", "#393b79", "#ad494a"];
const TONE = { cooperation: "#2ca02c", conflict: "#d62728" };
const LIST_PAGE = 25;
const page = document.getElementById("page");
const status = document.getElementById("status");
const countrySelect = document.getElementById("country");
// The country every page is about: from the selector, whose default the API gives (the embedded knowledge base's country).
let country = null;
let countryName = null;

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "text") node.textContent = v;
    else if (k === "background") node.style.background = v; // through the CSSOM: the security policy forbids style attributes
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
}

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = body && (body.detail || body.title) ? `${body.title}${body.detail ? ": " + body.detail : ""}` : response.statusText;
    const errors = body && body.errors ? " " + Object.entries(body.errors).map(([k, v]) => `${k}: ${v.join(", ")}`).join("; ") : "";
    throw new Error(`${response.status} ${detail}${errors}`);
  }
  return body;
}

function say(text, isError = false) {
  status.textContent = text;
  status.className = isError ? "error" : "";
}

function eventLink(e) {
  return el("a", { href: `#/event/${encodeURIComponent(e.id)}`, text: `${e.date ?? "?"} ${e.source} → ${e.target}: ${e.cameo_name ?? e.cameo}` });
}

async function chooseCountry() {
  const answer = await api("/api/countries");
  const stored = sessionStorage.getItem("orkhon-country");
  country = answer.countries.some(c => c.code === stored) ? stored : answer.default;
  countrySelect.replaceChildren(...answer.countries.map(c => el("option", {
    value: c.code, text: `${c.name} (${c.events} events${c.frameworks.length ? ", framework" : ""})`,
  })));
  countrySelect.value = country;
  countryName = answer.countries.find(c => c.code === country)?.name ?? country;
  countrySelect.addEventListener("change", () => {
    country = countrySelect.value;
    countryName = answer.countries.find(c => c.code === country)?.name ?? country;
    sessionStorage.setItem("orkhon-country", country);
    route();
  });
}

const frameworkCache = new Map();
// The country's default framework, or null when it has none (its pages then show events, not pillars).
async function framework() {
  if (!frameworkCache.has(country)) {
    const all = await api(`/api/frameworks?country=${encodeURIComponent(country)}`);
    frameworkCache.set(country, all.find(f => f.default) ?? all[0] ?? null);
  }
  return frameworkCache.get(country);
}

// The events total of a query, as the API (and 'orkhon events') counts it.
async function total(query) {
  return (await api(`/api/events?${new URLSearchParams({ ...query, limit: "1" })}`)).total;
}

// Every event a query selects, read page by page through the API (no cap).
async function allEvents(query) {
  const items = [];
  for (let offset = 0; ; offset += 1000) {
    const r = await api(`/api/events?${new URLSearchParams({ ...query, limit: "1000", offset: String(offset) })}`);
    items.push(...r.items);
    if (r.items.length === 0 || offset + r.items.length >= r.total) return { items, total: r.total };
  }
}

// ---- Overview: the country's events, pillar shares over time, balance, dependence, latest events
async function overview() {
  const fw = await framework();
  const [events, latest, rows] = await Promise.all([
    total({ actor: country }),
    api(`/api/events?${new URLSearchParams({ actor: country, sort: "-date", limit: "10" })}`),
    fw ? api(`/api/balance?country=${encodeURIComponent(country)}&by=year`) : Promise.resolve([])]);
  const recent = rows.filter(r => r.events > 0);
  const last = recent[recent.length - 1];
  const engaged = d3.sum(rows, r => r.events);
  const span = recent.length ? `${recent[0].period.label}–${last.period.label}` : "";
  page.replaceChildren(
    el("h2", { text: `${countryName}: engagement by pillar` }),
    el("div", { class: "cards" },
      card(`Events of ${country}`, String(events), "overview-events"),
      card(fw ? `Engagements with partners, dated, ${span}` : "Engagements by pillar", fw ? String(engaged) : "no framework", "overview-engagements"),
      card(`Balance ${last ? last.period.label : ""} (entropy)`, last && last.pillar_entropy != null ? last.pillar_entropy.toFixed(2) : "–"),
      card(`Neighbour dependence ${last ? last.period.label : ""}`, last && last.neighbour_dependence != null ? (100 * last.neighbour_dependence).toFixed(0) + " %" : "–")),
    el("p", { id: "overview-note", text: fw
      ? `Events: every event with ${country} on either side, as 'orkhon demo' and 'orkhon events --actor ${country}' count them. Engagements: those with a partner (not the country's own acts), dated within ${span}, the years the framework ${fw.id} has been in force; the other ${events - engaged} are the country's own acts, undated, or from other years.`
      : `Events: every event with ${country} on either side. ${countryName} has no foreign-policy framework in the data, so there are no pillars to chart.` }),
    fw ? provenance(fw) : el("p", { text: "" }),
    fw && recent.length ? yearBars(rows, rows[0].pillars.map(p => p.id), rows[0].min_events) : el("p", { text: "" }),
    el("h2", { text: "Latest events" }),
    el("ul", { class: "events" }, ...latest.items.map(e => el("li", {}, eventLink(e)))));
}

// Where the framework's pillars come from, beside every chart measured by them: an adopted policy document,
// or an analyst's construct that no government stated (mongolia-2023 is the project's own).
function provenance(fw, id = "framework-provenance") {
  const kind = fw.provenance === "analyst-construct" ? "analyst's construct" : fw.provenance === "policy-document" ? "policy document" : "provenance unstated";
  return el("p", { id, class: `provenance ${fw.provenance ?? ""}` },
    el("strong", { text: `Framework ${fw.id}: ${kind}. ` }),
    `${fw.title}${fw.document ? ` (${fw.document})` : ""}. ${fw.provenance_note ?? ""} `,
    el("a", { href: fw.source_url, text: "Source", rel: "noopener", target: "_blank" }));
}

function card(label, value, id) {
  return el("div", { class: "card" }, el("span", { text: label }), el("strong", id ? { text: value, id } : { text: value }));
}

// ---- Timeline: events on a zoomable axis, filtered by the API (partner, pillar at the event's date, event type, origin); the list pages through the API
async function timeline() {
  const [partnersAnswer, fw] = await Promise.all([api(`/api/partners?country=${encodeURIComponent(country)}`), framework()]);
  const partner = el("select", { id: "f-partner" }, el("option", { value: "", text: "all partners" }),
    ...partnersAnswer.partners.map(p => el("option", { value: p.partner, text: `${p.name} (${p.events})` })));
  const pillar = el("select", { id: "f-pillar" }, el("option", { value: "", text: fw ? "all pillars" : "no framework" }),
    ...(fw ? [...fw.pillars.map(p => el("option", { value: p.id, text: p.name })), el("option", { value: "other", text: "other" })] : []));
  const type = el("select", { id: "f-type" }, el("option", { value: "", text: "all event types" }),
    ...[["code:04", "consult, visit, meet (CAMEO 04)"], ["class:visit", "visits (042, 043)"], ["class:agreement", "agreements"], ["code:05", "cooperate diplomatically (05)"],
      ["code:06", "cooperate materially (06)"], ["code:07", "aid (07)"], ["code:03", "intent, proposal (03)"], ["code:01", "statement (01)"], ["class:conflict", "conflict (09–20)"]]
      .map(([v, t]) => el("option", { value: v, text: t })));
  const origin = el("select", { id: "f-origin" }, el("option", { value: "", text: "any origin" }), ...["curated", "extracted"].map(o => el("option", { value: o, text: o })));
  const lanes = el("select", { id: "f-lanes" }, ...(fw ? [el("option", { value: "pillar", text: "by pillar" })] : []), el("option", { value: "partner", text: "by partner" }));
  const chart = el("div", { class: "chart", id: "timeline-chart" });
  const list = el("ul", { class: "events", id: "timeline-list" });
  const position = el("span", { id: "timeline-position" });
  const newer = el("button", { type: "button", id: "timeline-newer", class: "secondary", text: "Newer" });
  const older = el("button", { type: "button", id: "timeline-older", class: "secondary", text: "Older" });
  let offset = 0;
  const query = () => {
    const q = { actor: country };
    if (partner.value) q.partner = partner.value;
    if (pillar.value) q.pillar = pillar.value;
    if (type.value) { const [k, v] = type.value.split(":"); q[k === "class" ? "class" : "code"] = v; }
    if (origin.value) q.origin = origin.value;
    return q;
  };
  const showPage = async () => {
    const r = await api(`/api/events?${new URLSearchParams({ ...query(), sort: "-date", limit: String(LIST_PAGE), offset: String(offset) })}`);
    list.replaceChildren(...r.items.map(e => el("li", {}, eventLink(e))));
    position.textContent = r.total ? `${offset + 1}–${offset + r.count} of ${r.total}, newest first` : "no events";
    newer.disabled = offset === 0;
    older.disabled = offset + r.count >= r.total;
  };
  const redraw = async () => {
    const { items, total: count } = await allEvents(query());
    const dated = items.filter(e => e.date);
    drawTimeline(chart, dated, lanes.value === "pillar" ? await pillarLanes(dated, fw, query()) : partnerLanes(dated));
    offset = 0;
    await showPage();
    say(`${count} events${count > dated.length ? ` (${count - dated.length} undated, not on the chart)` : ""}`);
  };
  newer.addEventListener("click", async () => { offset = Math.max(0, offset - LIST_PAGE); await showPage(); });
  older.addEventListener("click", async () => { offset += LIST_PAGE; await showPage(); });
  for (const s of [partner, pillar, type, origin, lanes]) s.addEventListener("change", () => redraw().catch(err => say(err.message, true)));
  page.replaceChildren(el("h2", { text: `Timeline: ${countryName}` }),
    el("div", { class: "filters" }, label("Partner", partner), label(fw ? `Pillar (${fw.id}, at the event's date)` : "Pillar", pillar), label("Event type", type), label("Origin", origin), label("Rows", lanes)),
    chart, el("p", { text: "Each row is a pillar (the partner's pillar at the event's date) or a partner; time runs left to right. Select an event (click or Enter) for its evidence." }),
    el("div", { class: "filters" }, newer, older, position), list);
  await redraw();
}

function label(text, control) {
  return el("label", {}, text, control);
}

// ---- Compare: the country beside another, each by its own framework, over the same periods (/api/compare)
async function compare() {
  const answer = await api("/api/countries");
  const others = answer.countries.filter(c => c.frameworks.length && c.code !== country);
  const fw = await framework();
  if (!fw || !others.length) {
    page.replaceChildren(el("h2", { text: `Compare ${countryName}` }),
      el("p", { text: fw ? "No other country has a framework to compare with." : `${countryName} has no framework: choose a country that has one.` }));
    return;
  }
  const stored = sessionStorage.getItem("orkhon-compare");
  const other = others.some(c => c.code === stored) ? stored : others[0].code;
  const picker = el("select", { id: "compare-with", onchange: () => { sessionStorage.setItem("orkhon-compare", picker.value); route(); } },
    ...others.map(c => el("option", { value: c.code, text: c.name })));
  picker.value = other;
  const report = await api(`/api/compare?${new URLSearchParams([["country", country], ["country", other]])}`);
  const colour = d3.scaleOrdinal(report.countries.map(c => c.country), PALETTE);
  const value = (c, label, pick) => { const row = c.periods.find(p => p.period.label === label); return row ? pick(row) : null; };
  // Below the minimum sample an index is still drawn, hollow and off the line, so a share of 100 % from two
  // events never reads as a finding (the CLI prints "too few" in the same place).
  const minEvents = report.countries.flatMap(c => c.periods).find(r => r.min_events != null)?.min_events ?? 10;
  const chart = (id, title, pick) => {
    const width = 960, height = 260, m = { top: 10, right: 10, bottom: 30, left: 40 };
    const svg = d3.create("svg").attr("viewBox", `0 0 ${width} ${height}`).attr("role", "img").attr("aria-label", title);
    const x = d3.scalePoint().domain(report.periods).range([m.left, width - m.right]).padding(0.3);
    const y = d3.scaleLinear().domain([0, 1]).range([height - m.bottom, m.top]);
    for (const c of report.countries) {
      const points = report.periods.map(l => ({ label: l, value: value(c, l, pick), row: c.periods.find(p => p.period.label === l) }));
      // A period without events, or with too few, has no reading: the line breaks there rather than dropping to zero.
      svg.append("path").attr("class", "series").attr("fill", "none").attr("stroke", colour(c.country)).attr("stroke-width", 2)
        .attr("d", d3.line().defined(p => p.value != null && !p.row.too_few_events).x(p => x(p.label)).y(p => y(p.value))(points));
      for (const p of points.filter(q => q.value != null)) {
        const few = p.row.too_few_events;
        svg.append("circle").attr("class", few ? "too-few" : "reading").attr("cx", x(p.label)).attr("cy", y(p.value)).attr("r", few ? 4 : 3)
          .attr("fill", few ? "#fff" : colour(c.country)).attr("stroke", colour(c.country)).attr("stroke-width", 1.5)
          .append("title").text(few
            ? `${c.name} ${p.label}: ${p.value.toFixed(2)} from ${p.row.events} events: too few to read (fewer than ${minEvents})`
            : `${c.name} ${p.label}: ${p.value.toFixed(2)} (${p.row.events} events)`);
      }
    }
    svg.append("g").attr("transform", `translate(0,${height - m.bottom})`).call(d3.axisBottom(x));
    svg.append("g").attr("transform", `translate(${m.left},0)`).call(d3.axisLeft(y).ticks(4));
    return el("div", { class: "chart", id }, el("h3", { text: title }), svg.node(),
      el("div", { class: "legend" }, ...report.countries.map(c => el("span", {}, el("i", { background: colour(c.country) }), `${c.name} (${c.framework})`)),
        el("span", { class: "too-few-key", text: `hollow point: fewer than ${minEvents} events, too few to read; the line skips it` })));
  };
  const table = el("table", { id: "compare-table" },
    el("thead", {}, el("tr", {}, el("th", { text: "Period" }), ...report.countries.flatMap(c =>
      ["events", "entropy", "neighbours", "tilt"].map(h => el("th", { text: `${c.country} ${h}` }))))),
    el("tbody", {}, ...report.periods.map(l => el("tr", {}, el("td", { text: l }), ...report.countries.flatMap(c => {
      const row = c.periods.find(p => p.period.label === l);
      if (!row) return [el("td"), el("td"), el("td"), el("td")];
      const num = v => v == null ? "–" : v.toFixed(2);
      const few = (flag, text) => flag && row.events > 0 ? "too few" : text;
      return [el("td", { text: String(row.events) }), el("td", { text: few(row.too_few_events, num(row.pillar_entropy)) }),
        el("td", { text: few(row.too_few_events, row.neighbour_dependence == null ? "–" : `${(100 * row.neighbour_dependence).toFixed(0)} %`) }),
        el("td", { text: few(row.neighbour_tilt_too_few, num(row.neighbour_tilt)) })];
    })))));
  const frameworks = await api("/api/frameworks");
  page.replaceChildren(
    el("h2", { text: `${countryName} compared with ${others.find(c => c.code === other).name}` }),
    el("label", {}, "Compare with ", picker),
    el("p", { text: `Each country by its own framework, over the same periods (from ${report.periods[0]}, when the later of the two frameworks came into force). Pillars differ between frameworks, so only what does not depend on their names is set side by side; read the events before the indices.` }),
    ...report.countries.map(c => provenance(frameworks.find(f => f.id === c.framework), `compare-provenance-${c.country}`)),
    chart("compare-dependence", "Neighbour dependence (share with Russia and China)", r => r.neighbour_dependence),
    chart("compare-entropy", "Balance over the country's own pillars (normalised entropy)", r => r.pillar_entropy),
    table);
}

// ---- Partners: a network of visits and agreements (as the API and 'orkhon demo' count them), sized by volume, coloured by today's pillar
async function partners() {
  const [answer, fw] = await Promise.all([api(`/api/partners?country=${encodeURIComponent(country)}`), framework()]);
  const engaged = answer.partners.filter(p => p.visits + p.agreements > 0);
  const nodes = [{ id: country, count: d3.max(engaged, p => p.visits + p.agreements) ?? 1, centre: true },
    ...engaged.map(p => ({ id: p.partner, count: p.visits + p.agreements, pillar: p.pillar }))];
  const links = nodes.filter(n => !n.centre).map(n => ({ source: country, target: n.id, value: n.count }));
  const width = 960, height = 600;
  // The framework's pillars in priority order, then "other": the overview's colours.
  const pillars = fw ? [...fw.pillars.map(p => p.id), "other"] : ["other"];
  const colour = d3.scaleOrdinal(pillars, PALETTE);
  const radius = d3.scaleSqrt().domain([1, d3.max(nodes, n => n.count)]).range([6, 28]);
  const svg = d3.create("svg").attr("viewBox", `0 0 ${width} ${height}`).attr("role", "img").attr("aria-label", "Partners by visits and agreements");
  const link = svg.append("g").attr("stroke", "#999").selectAll("line").data(links).join("line").attr("stroke-width", d => Math.sqrt(d.value));
  const node = svg.append("g").selectAll("g").data(nodes).join("g");
  node.append("circle").attr("r", d => radius(d.count)).attr("fill", d => d.centre ? "#333" : colour(d.pillar));
  node.append("text").text(d => d.id).attr("font-size", 11).attr("dx", d => radius(d.count) + 2).attr("dy", 4);
  node.append("title").text(d => d.centre ? d.id : `${d.id}: ${d.count} visits and agreements`);
  const simulation = d3.forceSimulation(nodes).force("link", d3.forceLink(links).id(d => d.id).distance(d => 220 - 8 * Math.min(d.value, 20)))
    .force("charge", d3.forceManyBody().strength(-120)).force("center", d3.forceCenter(width / 2, height / 2)).force("collide", d3.forceCollide(d => radius(d.count) + 3)).stop();
  simulation.tick(300);
  link.attr("x1", d => d.source.x).attr("y1", d => d.source.y).attr("x2", d => d.target.x).attr("y2", d => d.target.y);
  node.attr("transform", d => `translate(${d.x},${d.y})`);
  const legend = el("div", { class: "legend" }, ...colour.domain().map(p => el("span", {}, el("i", { background: colour(p) }), p)));
  const membership = p => p.memberships.length
    ? p.memberships.map(m => `${m.pillar} (${m.from ?? "no start date"} – ${m.to ?? "open"})`).join("; ")
    : "no pillar";
  page.replaceChildren(el("h2", { text: `Partners of ${countryName}: visits and agreements` }), el("div", { class: "chart", id: "network" }, svg.node(), legend),
    el("p", { text: answer.framework ? `Colour: the partner's pillar today in ${answer.framework}. The table gives every pillar that covers it, in the framework's priority order (an event counts in the first that covers the partner at its date), with the pillar's dates.` : `${countryName} has no framework: no pillars.` }),
    el("table", { id: "partners-table" }, el("thead", {}, el("tr", {}, ...["Partner", "Events", "Visits", "Agreements", "Pillar membership"].map(h => el("th", { text: h })))),
      el("tbody", {}, ...answer.partners.map(p => el("tr", {}, el("td", { text: `${p.name} (${p.partner})` }), el("td", { text: String(p.events) }),
        el("td", { text: String(p.visits) }), el("td", { text: String(p.agreements) }), el("td", { text: membership(p) }))))));
}

// ---- Map: map.js

// ---- Event detail: the event, its sources, and each evidence sentence highlighted in its document
async function eventDetail(id) {
  const e = await api(`/api/events/${encodeURIComponent(id)}`);
  const parts = [el("h2", { text: `${e.source_name} → ${e.target_name}: ${e.cameo_name ?? e.cameo}` }),
    el("table", {}, el("tbody", {}, ...[["Date", e.date ?? "unknown"], ["CAMEO", `${e.cameo} ${e.cameo_name ?? ""} (Goldstein ${e.goldstein})`], ["PLOVER", e.plover ?? "–"],
      ["Origin", `${e.origin}, confidence ${e.confidence}`], ["Summary", e.title ?? "–"], ["Location", e.location ?? "–"]].map(([k, v]) => el("tr", {}, el("th", { text: k }), el("td", { text: String(v) }))))),
    el("h2", { text: "Sources" })];
  for (const s of e.sources) {
    const box = el("div", { class: "source" });
    if (s.url) {
      const safe = /^https?:\/\//i.test(s.url);
      box.append(safe ? el("a", { href: s.url, rel: "noopener noreferrer", text: s.url }) : el("span", { text: s.url }));
    }
    if (s.document) {
      const doc = await api(`/api/documents/${encodeURIComponent(s.document)}`);
      box.append(el("p", { text: doc.title ?? s.document }), highlighted(doc.text, [[s.start, s.end]]));
    } else if (s.sentence) {
      box.append(el("p", { text: s.sentence }));
    }
    parts.push(box);
  }
  page.replaceChildren(...parts);
  page.querySelector("mark")?.scrollIntoView({ block: "center" });
}

function highlighted(text, spans) {
  const box = el("div", { class: "document" });
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    box.append(text.slice(at, start), el("mark", { text: text.slice(start, end) }));
    at = end;
  }
  box.append(text.slice(at));
  return box;
}

// ---- Read an article: paste or upload, see the events highlighted, store them
function read() {
  const text = el("textarea", { id: "article-text", "aria-label": "Article text" });
  const file = el("input", { type: "file", id: "article-file", accept: ".txt,.md,.html,.htm" });
  const format = el("select", { id: "article-format" }, ...["text", "markdown", "html"].map(f => el("option", { value: f, text: f })));
  const date = el("input", { id: "article-date", placeholder: "YYYY-MM-DD" });
  const token = el("input", { id: "api-token", type: "password", autocomplete: "off" });
  const result = el("div", { id: "article-result" });
  const claims = el("div", { id: "article-claims" });
  file.addEventListener("change", async () => {
    const f = file.files[0];
    if (!f) return;
    text.value = await f.text();
    format.value = /\.html?$/i.test(f.name) ? "html" : /\.md$/i.test(f.name) ? "markdown" : "text";
  });
  const body = () => JSON.stringify({ text: text.value, format: format.value, date: date.value || null });
  const find = async () => {
    try {
      const r = await api("/api/extract", { method: "POST", headers: { "Content-Type": "application/json" }, body: body() });
      result.replaceChildren(el("h2", { text: `${r.mentions.length} events found` }),
        el("ul", { class: "events" }, ...r.mentions.map(m => el("li", { text: `${m.date ?? "?"} ${m.source} → ${m.target}: ${m.cameo_name ?? m.cameo}` }))),
        highlighted(r.text, r.mentions.map(m => [m.start, m.end]).filter((s, i, all) => all.findIndex(o => o[0] === s[0]) === i)));
      await OrkhonClaims.show(claims, body());
      say("");
    } catch (err) { say(err.message, true); }
  };
  const store = async () => {
    try {
      const r = await api("/api/documents", { method: "POST", headers: { "Content-Type": "application/json", Authorization: `Bearer ${token.value}` }, body: body() });
      say(`${r.added ? "Stored" : "Already stored"}: document ${r.document}, ${r.events.length} events.`);
    } catch (err) { say(err.message, true); }
  };
  page.replaceChildren(el("h2", { text: "Read an article" }), label("Text (plain, Markdown or HTML)", text),
    el("div", { class: "filters" }, label("Or a file", file), label("Format", format), label("Publication date", date),
      el("button", { id: "find-events", type: "button", text: "Find events and claims", onclick: find })),
    result, claims, el("h2", { text: "Store it" }), el("div", { class: "filters" }, label("API token", token), el("button", { id: "store-article", type: "button", class: "secondary", text: "Store", onclick: store })));
}

async function route() {
  const hash = location.hash || "#/";
  for (const a of document.querySelectorAll("nav a")) a.toggleAttribute("aria-current", a.getAttribute("href") === hash.split("/").slice(0, 2).join("/") || (hash === "#/" && a.getAttribute("href") === "#/"));
  say("Loading…");
  try {
    if (hash.startsWith("#/event/")) await eventDetail(decodeURIComponent(hash.slice(8)));
    else if (hash === "#/timeline") await timeline();
    else if (hash === "#/partners") await partners();
    else if (hash === "#/compare") await compare();
    else if (hash === "#/map") await map();
    else if (hash === "#/dependence") await dependencePage(); // dependence.js
    else if (hash === "#/side-by-side") await comparePage(); // compare.js: two countries or two periods, panel by panel
    else if (hash === "#/read") read();
    else await overview();
    if (status.textContent === "Loading…") say("");
  } catch (err) {
    say(err.message, true);
  }
}

// The pages live in scripts loaded after this one (overview-chart.js, dependence.js, compare.js…). Start once every
// script has run: a script that arrives after the API's answer would otherwise leave the first route calling a page
// function that does not exist yet, and the page would never draw.
function start() {
  window.addEventListener("hashchange", route);
  chooseCountry().then(route, err => say(err.message, true));
}
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
