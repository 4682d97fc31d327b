// The read page's claims: the status claims of a text (memberships, observer status, partnership levels, treaties,
// first visits) checked against the record by POST /api/check, each with its verdict, the record that decides it and
// that record's source. As in app.js, every value is put on the page as text, never parsed as HTML.
"use strict";

const OrkhonClaims = (() => {
  function node(tag, text, className) {
    const n = document.createElement(tag);
    if (text !== undefined && text !== null) n.textContent = text;
    if (className) n.className = className;
    return n;
  }

  // Only web addresses become links; anything else in a source field is shown as text.
  function source(url) {
    if (!url) return node("span", "—");
    if (!/^https?:\/\//i.test(url)) return node("span", url);
    const a = node("a", new URL(url).hostname);
    a.href = url;
    a.rel = "noopener noreferrer";
    a.target = "_blank";
    return a;
  }

  function table(claims) {
    const t = node("table", null, "claims");
    const head = node("tr");
    for (const h of ["Verdict", "Claim", "Record", "Source"]) head.append(node("th", h));
    t.append(node("thead"));
    t.tHead.append(head);
    const body = node("tbody");
    for (const c of claims) {
      const row = node("tr");
      row.dataset.verdict = c.verdict;
      const claim = node("td", c.claim);
      claim.title = c.sentence;
      const sourceCell = node("td");
      sourceCell.append(source(c.source_url));
      row.append(node("td", c.verdict, "verdict verdict-" + c.verdict), claim, node("td", c.record), sourceCell);
      body.append(row);
    }
    t.append(body);
    return t;
  }

  /** Checks the posted body (the read page's JSON) and shows the claims in target; throws with the API's message on failure. */
  async function show(target, body) {
    const response = await fetch("/api/check", { method: "POST", headers: { "Content-Type": "application/json" }, body });
    const r = await response.json().catch(() => null);
    if (!response.ok) throw new Error(r?.detail ?? r?.title ?? `The claim check failed (HTTP ${response.status}).`);
    const n = r.claims.length;
    const heading = node("h2", `${n} claim${n === 1 ? "" : "s"} checked against the record: ${r.contradicted} contradicted, ${r.consistent} consistent, ${r.unknown} unknown`);
    target.replaceChildren(heading, ...(n > 0 ? [table(r.claims)] : [node("p", "No membership, partnership, treaty or first-visit claim found.")]));
  }

  return { show };
})();
