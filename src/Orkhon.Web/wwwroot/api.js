// Renders the OpenAPI document as a readable list of endpoints and their parameters (text only).
"use strict";
(async () => {
  const target = document.getElementById("endpoints");
  const doc = await (await fetch("/openapi/v1.json")).json();
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const section = document.createElement("section");
      const h = document.createElement("h2");
      h.textContent = `${method.toUpperCase()} ${path}`;
      const p = document.createElement("p");
      p.textContent = op.summary ?? "";
      section.append(h, p);
      if (op.parameters?.length) {
        const list = document.createElement("ul");
        for (const parameter of op.parameters) {
          const li = document.createElement("li");
          li.textContent = `${parameter.name} (${parameter.in}${parameter.required ? ", required" : ""})${parameter.description ? ": " + parameter.description : ""}`;
          list.append(li);
        }
        section.append(list);
      }
      target.append(section);
    }
  }
})();
