#include "server/assets.h"

namespace factlens {

const char kIndexHtml[] = R"HTML(<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>factlens</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fafafa; }
  header { background: #22313f; color: #fff; padding: .8rem 1.5rem; }
  header h1 { margin: 0; font-size: 1.3rem; }
  main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; padding: 1.5rem; }
  textarea { width: 100%; min-height: 16rem; font: inherit; padding: .5rem; box-sizing: border-box; }
  .controls { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; margin: .6rem 0; }
  button { font: inherit; padding: .4rem 1.2rem; background: #22313f; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
  #summary { font-weight: 600; margin: .5rem 0; }
  #article { white-space: pre-wrap; background: #fff; border: 1px solid #ddd; padding: 1rem; border-radius: 4px; }
  mark { cursor: pointer; padding: 0 .1rem; border-radius: 2px; }
  mark::before { font-weight: 700; margin-right: .15rem; }
  mark.refuted { background: #fdd; border-bottom: 3px solid #b00; }
  mark.refuted::before { content: "\2717"; color: #b00; }
  mark.supported { background: #dfd; border-bottom: 3px dashed #070; }
  mark.supported::before { content: "\2713"; color: #070; }
  mark.unverifiable { background: #ffd; border-bottom: 3px dotted #864; }
  mark.unverifiable::before { content: "?"; color: #864; }
  mark.selected { outline: 2px solid #22313f; }
  #details { background: #fff; border: 1px solid #ddd; padding: 1rem; border-radius: 4px; }
  #details h2 { margin-top: 0; font-size: 1.1rem; }
  .verdict { text-transform: uppercase; font-weight: 700; }
  .verdict.refuted { color: #b00; } .verdict.supported { color: #070; } .verdict.unverifiable { color: #864; }
  .evidence { font-size: .9rem; border-left: 3px solid #ccc; padding-left: .6rem; margin: .4rem 0; }
  .correction { font-weight: 600; }
  ul#claims { padding-left: 1.2rem; }
  .error { color: #b00; font-weight: 600; }
</style>
</head>
<body>
<header><h1>factlens: check an article's claims as of its date</h1></header>
<main>
  <section>
    <label for="text">Article text</label>
    <textarea id="text" placeholder="Paste a news article here"></textarea>
    <div class="controls">
      <label>Date <input type="date" id="date" title="the article's date, if it does not say"></label>
      <label>or a file <input type="file" id="file" accept=".txt,.html,.htm,text/plain,text/html"></label>
      <button id="check">Check</button>
    </div>
    <div id="summary" role="status"></div>
    <div id="article" aria-live="polite"></div>
  </section>
  <aside>
    <div id="details"><p>Claims appear here: click a marked claim to see its evidence.</p></div>
    <h2>Claims</h2>
    <ul id="claims"></ul>
  </aside>
</main>
<script>
"use strict";
const $ = (id) => document.getElementById(id);
let report = null;

$("file").addEventListener("change", async (e) => {
  const f = e.target.files[0];
  if (f) $("text").value = await f.text();
});

// Report offsets are UTF-8 byte offsets; JavaScript strings index UTF-16 code units.
function byteToIndex(text) {
  const bytes = new TextEncoder().encode(text);
  const decoder = new TextDecoder();
  const cache = new Map();
  return (offset) => {
    if (!cache.has(offset)) cache.set(offset, decoder.decode(bytes.slice(0, offset)).length);
    return cache.get(offset);
  };
}

function esc(s) {
  return String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));
}

function show(i) {
  const c = report.claims[i];
  document.querySelectorAll("mark.selected").forEach((m) => m.classList.remove("selected"));
  const mark = document.querySelector(`mark[data-claim="${i}"]`);
  if (mark) mark.classList.add("selected");
  let html = `<h2><span class="verdict ${c.verdict}">${esc(c.verdict)}</span> ${esc(c.kind.replace("_", " "))}</h2>`;
  html += `<p>&ldquo;${esc(c.text)}&rdquo;</p><p>${esc(c.explanation)}</p>`;
  if (c.correction) html += `<p class="correction" id="correction">Correction: ${esc(c.correction.name)}${c.correction.term ? " (" + esc(c.correction.term) + ")" : ""}</p>`;
  html += `<p>Checked as of ${esc(c.as_of || "unknown")}: ${esc(c.as_of_basis)}</p>`;
  for (const e of c.evidence) {
    html += `<div class="evidence">${e.passage ? "&ldquo;" + esc(e.passage) + "&rdquo; &mdash; " + esc(e.title) + ", " + esc(e.date) : esc(e.fact)}` +
            `<br><a href="${esc(e.source)}" rel="noreferrer">${esc(e.source)}</a></div>`;
  }
  $("details").innerHTML = html;
}

function render(text) {
  const idx = byteToIndex(text);
  const claims = report.claims.map((c, i) => ({ i, s: idx(c.start), e: idx(c.end), v: c.verdict }));
  // Claims may overlap (an office claim inside an event's sentence): mark a non-overlapping
  // set, refuted first, then the shorter; every claim is listed beside the article.
  const order = { refuted: 0, unverifiable: 1, supported: 2 };
  const chosen = [];
  for (const c of [...claims].sort((a, b) => order[a.v] - order[b.v] || (a.e - a.s) - (b.e - b.s)))
    if (!chosen.some((o) => c.s < o.e && o.s < c.e)) chosen.push(c);
  chosen.sort((a, b) => a.s - b.s);
  let html = "", at = 0;
  for (const c of chosen) {
    html += esc(text.slice(at, c.s)) +
            `<mark class="${c.v}" data-claim="${c.i}" tabindex="0" title="${c.v}">${esc(text.slice(c.s, c.e))}</mark>`;
    at = c.e;
  }
  $("article").innerHTML = html + esc(text.slice(at));
  document.querySelectorAll("mark").forEach((m) => {
    m.addEventListener("click", () => show(+m.dataset.claim));
    m.addEventListener("keydown", (e) => { if (e.key === "Enter") show(+m.dataset.claim); });
  });
  $("claims").innerHTML = report.claims.map((c, i) =>
    `<li><a href="#" data-claim="${i}"><span class="verdict ${c.verdict}">${esc(c.verdict)}</span></a> ${esc(c.text)}</li>`).join("");
  document.querySelectorAll("#claims a").forEach((a) => a.addEventListener("click", (e) => { e.preventDefault(); show(+a.dataset.claim); }));
}

$("check").addEventListener("click", async () => {
  const text = $("text").value;
  $("summary").textContent = "Checking\u2026";
  const body = { text };
  if ($("date").value) body.date = $("date").value;
  try {
    const res = await fetch("/api/check", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    const json = await res.json();
    if (!res.ok) throw new Error(json.error || res.statusText);
    report = json;
    const s = json.summary;
    $("summary").textContent = `As of ${json.document.date || "an unknown date"}: ${s.refuted} refuted, ${s.supported} supported, ${s.unverifiable} unverifiable`;
    render(text);
  } catch (err) {
    $("summary").innerHTML = `<span class="error">${esc(err.message)}</span>`;
  }
});
</script>
</body>
</html>
)HTML";

}  // namespace factlens
