// Bundles src/report.js and src/query.js (with cytoscape and @zazuko/yasgui) into single files under
// ../kg/resources/web/, which the Python side inlines into the HTML pages. Run with `make web`.
import * as esbuild from "esbuild";

const common = {
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  legalComments: "eof",
  logLevel: "info",
  define: { "process.env.NODE_ENV": '"production"' },
};

await esbuild.build({ ...common, entryPoints: ["src/report.js"], outfile: "../kg/resources/web/report.bundle.js" });
await esbuild.build({
  ...common,
  entryPoints: ["src/query.js"],
  outfile: "../kg/resources/web/query.bundle.js",
  loader: { ".woff": "dataurl", ".woff2": "dataurl", ".ttf": "dataurl", ".svg": "dataurl", ".png": "dataurl" },
});

// Record what the bundles were built from; tests/test_report.py fails when a source changed without `make web`.
const { createHash } = await import("node:crypto");
const { readFileSync, writeFileSync } = await import("node:fs");
const sources = ["build.mjs", "package-lock.json", "src/query.js", "src/report.js"];
const lines = sources.map((f) => `${createHash("sha256").update(readFileSync(f)).digest("hex")}  web/${f}`);
writeFileSync("../kg/resources/web/sources.sha256", lines.join("\n") + "\n");
