// Map page: countries shaded by the number of events with the country (a sequential scale with its legend),
// and the known overland corridors drawn along their waypoints (data/corridors/waypoints.tsv), coloured by
// kind, dashed when not yet operating. A route without waypoints falls back to country centres, drawn dotted
// and named so in the legend. The view is fitted to the corridors and the country.
"use strict";

const CORRIDOR_KINDS = ["railway", "road", "freight-route", "economic-corridor", "border-crossing"];
const CORRIDOR_COLOURS = ["#d62728", "#ff7f0e", "#9467bd", "#2ca02c", "#17becf"];
// Routes share their ground (the AH3 road, the railway and two freight routes all pass Zamyn-Üüd), so the
// broad kinds are drawn first and wide, the narrow ones on top: overlapping routes show as nested stripes.
const CORRIDOR_DRAWING = { "economic-corridor": [0, 8], "freight-route": [1, 5], road: [2, 3], railway: [3, 1.8], "border-crossing": [4, 4] };
const HOME_FILL = "#f3df8c";

async function map() {
  const [world, actors, partnersAnswer] = await Promise.all([d3.json("lib/countries-110m.json"), api("/api/actors?all=true"), api(`/api/partners?country=${encodeURIComponent(country)}`)]);
  const corridors = actors.find(a => a.code === country)?.m49 ? await api(`/api/corridors?from=${encodeURIComponent(country)}`) : { routes: [] };
  const withCountry = new Map(partnersAnswer.partners.map(p => [p.partner, p.events]));
  const byM49 = new Map(actors.filter(a => a.m49).map(a => [String(Number(a.m49)), a]));
  const countries = topojson.feature(world, world.objects.countries).features;
  const actorOf = f => byM49.get(String(Number(f.id)));
  const home = countries.find(f => actorOf(f)?.code === country);
  const width = 960, height = 560;
  const points = corridors.routes.flatMap(r => (r.waypoints ?? []).map(w => [w.lon, w.lat]));
  const focus = points.length ? { type: "MultiPoint", coordinates: points } : home ?? { type: "Sphere" };
  const projection = d3.geoNaturalEarth1().fitExtent([[20, 20], [width - 20, height - 20]], focus);
  const path = d3.geoPath(projection);
  const max = d3.max(withCountry.values()) || 1;
  const shade = d3.scaleSequential([0, max], d3.interpolateBlues);
  const kindColour = d3.scaleOrdinal(CORRIDOR_KINDS, CORRIDOR_COLOURS).unknown("#555");
  const svg = d3.create("svg").attr("viewBox", `0 0 ${width} ${height}`).attr("role", "img").attr("aria-label", "Engagement by country, with overland corridors");
  svg.append("rect").attr("width", width).attr("height", height).attr("fill", "#f4f8fb");
  svg.append("g").selectAll("path").data(countries).join("path").attr("d", path).attr("stroke", "#fff").attr("stroke-width", 0.5)
    .attr("fill", f => { const a = actorOf(f); return a && a.code === country ? HOME_FILL : a && withCountry.get(a.code) ? shade(withCountry.get(a.code)) : "#e6e6e6"; })
    .append("title").text(f => { const a = actorOf(f); return a ? `${a.name}: ${withCountry.get(a.code) ?? 0} events with ${country}` : (f.properties.name ?? ""); });
  const centre = new Map(countries.map(f => [actorOf(f)?.code ?? "", projection(d3.geoCentroid(f))]));
  const layer = svg.append("g").attr("fill", "none");
  const drawing = r => CORRIDOR_DRAWING[r.kind] ?? [5, 2];
  let fallback = 0, unplaced = 0;
  for (const route of [...corridors.routes].sort((a, b) => drawing(a)[0] - drawing(b)[0])) {
    const onGround = (route.waypoints ?? []).map(w => projection([w.lon, w.lat]));
    const label = `${route.name} — ${route.kind}, ${route.status}`;
    if (route.kind === "border-crossing") {
      // A crossing is a place, not a line: a ring at its two posts' midpoint, or nothing when the data has no coordinates.
      if (!onGround.length) { unplaced++; continue; }
      layer.append("circle").attr("class", "crossing").attr("data-route", route.id)
        .attr("cx", d3.mean(onGround, p => p[0])).attr("cy", d3.mean(onGround, p => p[1])).attr("r", 4.5)
        .attr("stroke", kindColour(route.kind)).attr("stroke-width", 2.5).attr("fill", "#ffffff")
        .append("title").text(`${label} (${route.waypoints.map(w => w.place).join(" – ")})`);
      continue;
    }
    const line = onGround.length > 1 ? onGround : route.path.map(c => centre.get(c)).filter(Boolean);
    if (line.length < 2) continue;
    if (onGround.length < 2) fallback++;
    const planned = route.status !== "operating";
    layer.append("path").attr("class", onGround.length > 1 ? "corridor" : "corridor approximate").attr("data-route", route.id)
      .attr("data-points", String(line.length)).attr("d", d3.line()(line))
      .attr("stroke", kindColour(route.kind)).attr("stroke-width", onGround.length > 1 ? drawing(route)[1] : 1.2).attr("stroke-opacity", 0.9)
      .attr("stroke-linejoin", "round").attr("stroke-linecap", "round")
      .attr("stroke-dasharray", onGround.length < 2 ? "1 3" : planned ? "6 4" : null)
      .append("title").text(`${label}${onGround.length > 1 ? ` (via ${route.waypoints.map(w => w.place).join(", ")})` : " (line between country centres: no waypoints in the data)"}`);
  }
  shadeLegend(svg, shade, max);
  const legend = el("div", { class: "legend", id: "map-legend" },
    ...CORRIDOR_KINDS.map(k => el("span", {}, el("i", { background: kindColour(k) }), k)),
    el("span", { text: "ring: border crossing" }),
    el("span", { text: "dashed: proposed or under construction" }),
    el("span", { text: `dotted: no waypoints, drawn between country centres (${fallback} routes)` }),
    el("span", { text: `${unplaced} crossings without coordinates in the data are not drawn` }));
  page.replaceChildren(el("h2", { text: `Engagement with ${countryName} by country, with overland corridors` }), el("div", { class: "chart", id: "map" }, svg.node(), legend),
    el("p", { text: `Country colour: events with ${countryName} (scale at the top left; ${countryName} in pale yellow). Lines: ${corridors.routes.length} known routes and corridors from data/corridors, drawn through the towns and crossings they pass; hover a line for its name and waypoints.` }));
}

// The sequential colour scale as a gradient bar with its end values, inside the map.
function shadeLegend(svg, shade, max) {
  const w = 180, x0 = 24, y0 = 24;
  const id = "map-shade-gradient";
  const gradient = svg.append("defs").append("linearGradient").attr("id", id);
  for (const t of [0, 0.25, 0.5, 0.75, 1]) gradient.append("stop").attr("offset", `${t * 100}%`).attr("stop-color", shade(t * max));
  const g = svg.append("g").attr("class", "shade-legend");
  g.append("rect").attr("x", x0 - 8).attr("y", y0 - 16).attr("width", w + 16).attr("height", 52).attr("fill", "#ffffff").attr("fill-opacity", 0.85);
  g.append("text").attr("x", x0).attr("y", y0 - 4).attr("font-size", 11).text(`Events with ${country}`);
  g.append("rect").attr("x", x0).attr("y", y0).attr("width", w).attr("height", 10).attr("fill", `url(#${id})`);
  const axis = d3.scaleLinear([0, max], [x0, x0 + w]);
  g.append("g").attr("transform", `translate(0,${y0 + 10})`).call(d3.axisBottom(axis).ticks(4).tickSizeOuter(0));
}
