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
