// kg serve's query page: YASGUI on the read-only endpoint, with kg's named queries in a picker.
// The named queries are the JSON in <script id="kg-queries">, written by kg/webpages.py.
import Yasgui from "@zazuko/yasgui";
import "@zazuko/yasgui/build/yasgui.min.css";

const QUERIES = JSON.parse(document.getElementById("kg-queries").textContent);
const endpoint = new URL("query", window.location.href).href;

const yasgui = new Yasgui(document.getElementById("yasgui"), {
  requestConfig: { endpoint, method: "POST" },
  copyEndpointOnNewTab: true,
  persistenceId: null,
  populateFromUrl: false,
  endpointCatalogueOptions: { getData: () => [{ endpoint }] },
  yasqe: { autocompleters: ["variables"], value: QUERIES.length ? QUERIES[0].sparql : "SELECT * WHERE { ?s ?p ?o } LIMIT 10" },
});
window.kgYasgui = yasgui;

const picker = document.getElementById("named-query");
for (const q of QUERIES) {
  const option = document.createElement("option");
  option.value = q.name;
  option.textContent = `${q.name} — ${q.description}`;
  picker.append(option);
}

function load(name, run) {
  const q = QUERIES.find((x) => x.name === name);
  if (!q) return;
  const tab = yasgui.getTab();
  tab.setQuery(q.sparql);
  tab.setName ? tab.setName(name) : null;
  if (run) tab.query();
}

picker.addEventListener("change", () => load(picker.value, false));
document.getElementById("run-named").addEventListener("click", () => load(picker.value, true));
document.body.dataset.ready = "true";
