// kg report: the page's behaviour. The data is the JSON in <script id="kg-data">, written by kg/report.py.
// Everything is drawn from that data; the page makes no network request.
import cytoscape from "cytoscape";

const DATA = JSON.parse(document.getElementById("kg-data").textContent);
const MAX_ROWS = 500;
const MAX_LABELS = 300;
const $ = (sel) => document.querySelector(sel);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}

// ---- colours ------------------------------------------------------------------------------------
const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
  "#bcbd22", "#393b79", "#637939", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354"];
const countryCounts = {};
for (const n of DATA.nodes) if (n.cc) countryCounts[n.cc] = (countryCounts[n.cc] || 0) + 1;
const topCountries = Object.keys(countryCounts).sort((a, b) => countryCounts[b] - countryCounts[a] || a.localeCompare(b));
function colour(cc) {
  if (!cc) return "#999999";
  const i = topCountries.indexOf(cc);
  if (i >= 0 && i < PALETTE.length) return PALETTE[i];
  let h = 0;
  for (const ch of cc) h = (h * 31 + ch.charCodeAt(0)) % 360;
  return `hsl(${h}, 45%, 55%)`;
}
const countryName = (cc) => (cc && DATA.countries[cc]) || cc || "unknown";

// ---- shared renderers ---------------------------------------------------------------------------
function eventItem(ev) {
  const head = `${ev.date || "undated"} · ${ev.label}` + (ev.place ? ` · ${ev.place}` : "");
  const details = el("details", { class: "event" }, el("summary", { text: head }));
  details.append(el("div", { class: "meta", text: `${ev.kind}; participants: ${ev.people.join(", ") || "–"}; article ${ev.article}` }));
  if (ev.sentence) details.append(el("blockquote", { class: "evidence", text: ev.sentence }));
  if (ev.topics.length) details.append(el("div", { class: "meta", text: "topics: " + ev.topics.map((t) => DATA.topics[t].label).join("; ") }));
  return details;
}

function quoteItem(q) {
  const item = el("div", { class: "quote" });
  item.append(el("div", { class: "speaker", text: `${q.speaker} (${countryName(q.cc)}) · ${q.date || "undated"} · article ${q.article}` }));
  item.append(el("q", { text: q.text }));
  if (q.sentence) item.append(el("details", {}, el("summary", { text: "sentence" }), el("blockquote", { class: "evidence", text: q.sentence })));
  return item;
}

function limited(container, items, render) {
  container.replaceChildren();
  for (const item of items.slice(0, MAX_ROWS)) container.append(render(item));
  if (items.length > MAX_ROWS) container.append(el("p", { class: "more", text: `… and ${items.length - MAX_ROWS} more (narrow the filters)` }));
}

// ---- the network --------------------------------------------------------------------------------
const nodeById = Object.fromEntries(DATA.nodes.map((n) => [n.id, n]));

function personPanel(node) {
  const panel = $("#person-panel");
  panel.replaceChildren(el("h3", { text: node.label }));
  panel.dataset.person = node.id;
  panel.append(el("div", { class: "meta", text: `${countryName(node.cc)} · ${node.deg} counterparts · ${node.w} meetings` }));
  const roles = DATA.roles.filter((r) => r[1] === node.id);
  if (roles.length) {
    const list = el("ul", { class: "roles" });
    for (const [, , role, cc, n] of roles) list.append(el("li", { text: `${role}${cc ? ` (${countryName(cc)})` : ""} — ${n} article${n > 1 ? "s" : ""}` }));
    panel.append(el("h4", { text: "Roles" }), list);
  }
  const events = node.events.map((i) => DATA.events[i]);
  panel.append(el("h4", { text: `Meetings (${events.length})` }));
  const box = el("div");
  limited(box, events, eventItem);
  panel.append(box);
}

function drawNetwork() {
  const container = $("#network");
  const maxDeg = Math.max(1, ...DATA.nodes.map((n) => n.deg));
  // Labels cost time to lay out: only the MAX_LABELS best-connected persons carry one until hovered or found.
  const degrees = DATA.nodes.map((n) => n.deg).sort((a, b) => b - a);
  const minLabelled = degrees.length > MAX_LABELS ? degrees[MAX_LABELS - 1] + 1 : 0;
  const elements = [];
  for (const n of DATA.nodes) {
    const data = { id: n.id, label: n.label, shown: n.deg >= minLabelled ? n.label : "", size: 8 + 32 * Math.sqrt(n.deg / maxDeg), colour: colour(n.cc) };
    elements.push({ group: "nodes", data, position: { x: n.x, y: n.y } });
  }
  // cytoscape scans the source's edges for each edge it adds: the less connected end as source keeps that short.
  DATA.edges.forEach((e, i) => {
    const [source, target] = nodeById[e.s].deg <= nodeById[e.t].deg ? [e.s, e.t] : [e.t, e.s];
    elements.push({ group: "edges", data: { id: `e${i}`, source, target, width: 1 + Math.log2(e.w) } });
  });
  const cy = cytoscape({
    container,
    elements,
    layout: { name: "preset", fit: true, padding: 20 },
    minZoom: 0.05,
    maxZoom: 8,
    textureOnViewport: DATA.nodes.length > 2000,
    hideEdgesOnViewport: DATA.edges.length > 5000,
    style: [
      { selector: "node", style: { width: "data(size)", height: "data(size)", "background-color": "data(colour)", label: "data(shown)", "font-size": 10, "min-zoomed-font-size": 7, "text-valign": "bottom", color: "#222" } },
      { selector: "node.hover", style: { label: "data(label)", "min-zoomed-font-size": 0, "font-size": 14 } },
      { selector: "edge", style: { width: "data(width)", "line-color": "#bbb", "curve-style": "haystack", opacity: 0.6 } },
      { selector: ".faded", style: { opacity: 0.12 } },
      { selector: "node.highlight", style: { label: "data(label)", "border-width": 4, "border-color": "#000", "z-index": 10, "font-size": 16, "font-weight": "bold", "min-zoomed-font-size": 0 } },
      { selector: "edge.highlight", style: { "line-color": "#444", opacity: 1 } },
    ],
  });
  window.kgCy = cy;
  cy.on("mouseover", "node", (evt) => { evt.target.addClass("hover"); personPanel(nodeById[evt.target.id()]); });
  cy.on("mouseout", "node", (evt) => evt.target.removeClass("hover"));
  cy.on("tap", "node", (evt) => highlight([evt.target.id()]));
  cy.ready(() => requestAnimationFrame(() => {
    container.dataset.nodes = String(cy.nodes().length);
    container.dataset.edges = String(cy.edges().length);
    document.body.dataset.drawMs = String(Math.round(performance.now()));
    document.body.dataset.ready = "true";
  }));
  return cy;
}

function highlight(ids) {
  const cy = window.kgCy;
  cy.elements().removeClass("highlight faded");
  const hits = cy.collection(ids.map((id) => cy.getElementById(id)));
  $("#network").dataset.highlighted = ids.join(" ");
  if (!ids.length) return;
  const near = hits.closedNeighborhood();
  cy.elements().not(near).addClass("faded");
  hits.addClass("highlight");
  hits.connectedEdges().addClass("highlight");
  cy.animate({ fit: { eles: near, padding: 40 } }, { duration: 300 });
  personPanel(nodeById[ids[0]]);
}

function setUpSearch() {
  const input = $("#search");
  const list = $("#leaders");
  for (const n of [...DATA.nodes].sort((a, b) => a.label.localeCompare(b.label))) list.append(el("option", { value: n.label }));
  input.addEventListener("input", () => {
    const q = input.value.trim().toLowerCase();
    const hits = q.length < 2 ? [] : DATA.nodes.filter((n) => n.label.toLowerCase().includes(q));
    hits.sort((a, b) => (a.label.toLowerCase() === q ? -1 : 0) - (b.label.toLowerCase() === q ? -1 : 0) || b.deg - a.deg);
    $("#search-count").textContent = q.length < 2 ? "" : `${hits.length} match${hits.length === 1 ? "" : "es"}`;
    highlight(hits.map((n) => n.id));
  });
}

function legend() {
  const box = $("#legend");
  for (const cc of topCountries.slice(0, PALETTE.length)) {
    box.append(el("span", { class: "swatch", style: `background:${colour(cc)}` }), el("span", { text: `${countryName(cc)} (${countryCounts[cc]}) ` }));
  }
}

// ---- timeline -----------------------------------------------------------------------------------
function eventCountries() {
  const ccs = new Set();
  for (const ev of DATA.events) for (const cc of ev.ccs) ccs.add(cc);
  return [...ccs].sort((a, b) => countryName(a).localeCompare(countryName(b)));
}

function histogram(events) {
  const months = {};
  for (const ev of events) if (ev.date) months[ev.date.slice(0, 7)] = (months[ev.date.slice(0, 7)] || 0) + 1;
  const keys = Object.keys(months).sort();
  const max = Math.max(1, ...Object.values(months));
  const box = $("#histogram");
  box.replaceChildren();
  for (const m of keys) {
    box.append(el("div", { class: "bar", title: `${m}: ${months[m]}`, style: `height:${Math.max(2, (100 * months[m]) / max)}%` }));
  }
  $("#histogram-range").textContent = keys.length ? `${keys[0]} … ${keys[keys.length - 1]} (events per month)` : "";
}

function renderTimeline() {
  const from = $("#date-from").value, to = $("#date-to").value, cc = $("#tl-country").value, kind = $("#tl-kind").value;
  const events = DATA.events.filter((ev) => (!from || (ev.date && ev.date >= from)) && (!to || (ev.date && ev.date <= to))
    && (!cc || ev.ccs.includes(cc)) && (!kind || ev.kind === kind));
  events.sort((a, b) => (a.date || "9999").localeCompare(b.date || "9999") || a.label.localeCompare(b.label));
  $("#tl-count").textContent = `${events.length} of ${DATA.events.length} events`;
  histogram(events);
  limited($("#timeline-list"), events, eventItem);
}

function setUpTimeline() {
  const select = $("#tl-country");
  for (const cc of eventCountries()) select.append(el("option", { value: cc, text: countryName(cc) }));
  const kinds = $("#tl-kind");
  for (const k of [...new Set(DATA.events.map((e) => e.kind))].sort()) kinds.append(el("option", { value: k, text: k }));
  for (const id of ["#date-from", "#date-to", "#tl-country", "#tl-kind"]) $(id).addEventListener("change", renderTimeline);
  renderTimeline();
}

// ---- topics and quotes --------------------------------------------------------------------------
function renderTopics() {
  const byDomain = {};
  for (const t of DATA.topics) (byDomain[t.domain] = byDomain[t.domain] || []).push(t);
  const box = $("#topics-list");
  const domains = Object.keys(byDomain).sort((a, b) => (a === "unclassified") - (b === "unclassified") || a.localeCompare(b));
  for (const d of domains) {
    const topics = byDomain[d].sort((a, b) => b.n - a.n || a.label.localeCompare(b.label));
    const details = el("details", { class: "domain" }, el("summary", { text: `${d} (${topics.length} topics)` }));
    const list = el("ol");
    for (const t of topics.slice(0, MAX_ROWS)) list.append(el("li", { text: `${t.label} — ${t.n} event${t.n === 1 ? "" : "s"}` }));
    details.append(list);
    if (topics.length > MAX_ROWS) details.append(el("p", { class: "more", text: `… and ${topics.length - MAX_ROWS} more` }));
    box.append(details);
  }
  if (domains.length === 1) box.firstChild.open = true;
}

function renderQuotes() {
  const q = $("#quote-search").value.trim().toLowerCase();
  const quotes = DATA.quotes.filter((x) => !q || x.speaker.toLowerCase().includes(q) || x.text.toLowerCase().includes(q));
  $("#quote-count").textContent = `${quotes.length} of ${DATA.quotes.length} quotes`;
  limited($("#quotes-list"), quotes, quoteItem);
}

// ---- countries ----------------------------------------------------------------------------------
function renderCountry() {
  const cc = $("#country-select").value;
  const panel = $("#country-panel");
  panel.replaceChildren();
  if (!cc) return;
  panel.append(el("h3", { text: countryName(cc) }));
  const roles = DATA.roles.filter((r) => r[3] === cc).sort((a, b) => b[4] - a[4]);
  const list = el("ul");
  for (const [person, , role, , n] of roles.slice(0, MAX_ROWS)) list.append(el("li", { text: `${person} — ${role} (${n} article${n > 1 ? "s" : ""})` }));
  panel.append(el("h4", { text: `Office holders (${roles.length})` }), list);
  const events = DATA.events.filter((ev) => ev.ccs.includes(cc));
  const evBox = el("div");
  limited(evBox, events, eventItem);
  panel.append(el("h4", { text: `Meetings and events (${events.length})` }), evBox);
  const quotes = DATA.quotes.filter((x) => x.cc === cc);
  const qBox = el("div");
  limited(qBox, quotes, quoteItem);
  panel.append(el("h4", { text: `Quotes (${quotes.length})` }), qBox);
}

function setUpCountries() {
  const select = $("#country-select");
  const counts = {};
  for (const r of DATA.roles) if (r[3]) counts[r[3]] = (counts[r[3]] || 0) + 1;
  for (const ev of DATA.events) for (const cc of ev.ccs) counts[cc] = (counts[cc] || 0) + 1;
  for (const cc of Object.keys(counts).sort((a, b) => countryName(a).localeCompare(countryName(b)))) {
    select.append(el("option", { value: cc, text: `${countryName(cc)} (${cc})` }));
  }
  select.addEventListener("change", renderCountry);
}

// ---- start --------------------------------------------------------------------------------------
// Milliseconds since navigation start after each step (bench/report.py prints them).
window.kgTimes = { parsed: performance.now() };
function step(name, fn) {
  fn();
  window.kgTimes[name] = performance.now();
}

function start() {
  $("#summary").textContent = `${DATA.meta.articles} articles · ${DATA.nodes.length} leaders who met · ${DATA.edges.length} pairs · ${DATA.events.length} events · ${DATA.topics.length} topics · ${DATA.quotes.length} quotes`;
  step("network", drawNetwork);
  step("search", () => { setUpSearch(); legend(); });
  step("timeline", setUpTimeline);
  step("topics", renderTopics);
  step("quotes", () => { $("#quote-search").addEventListener("input", renderQuotes); renderQuotes(); });
  step("countries", setUpCountries);
}

start();
