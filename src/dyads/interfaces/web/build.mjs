// Builds the dashboard into dist/: one bundled script (our modules + d3-force + d3-geo from npm), the
// page and its stylesheet, and the world's country outlines as GeoJSON (converted here, at build time,
// from world-atlas's TopoJSON so the browser needs no converter).  dist/ is committed: installing the
// Python package needs no Node, and nothing is fetched from a CDN at run time.
//
//   npm ci && npm run build
import { build } from "esbuild";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as topojson from "topojson-client";
import countries from "i18n-iso-countries";

const here = dirname(fileURLToPath(import.meta.url));
// DYADS_WEB_OUT: build elsewhere (the tests rebuild into a temporary folder to check dist/ is current)
const dist = process.env.DYADS_WEB_OUT ? resolve(process.env.DYADS_WEB_OUT) : join(here, "dist");
const require = createRequire(import.meta.url);

if (!process.env.DYADS_WEB_OUT) await rm(dist, { recursive: true, force: true }); // no stale files
await mkdir(dist, { recursive: true });

await build({
  entryPoints: [join(here, "src", "main.js")],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  outfile: join(dist, "app.js"),
  legalComments: "eof", // keep the libraries' license headers in the bundle
  logLevel: "warning",
});

for (const file of ["index.html", "style.css"]) {
  await copyFile(join(here, "src", file), join(dist, file));
}

// Natural Earth 1:110m admin-0 outlines (public domain) via world-atlas (ISC).  Features are keyed by ISO
// 3166-1 alpha-3, the country codes the API speaks; coordinates are rounded to 0.01 degree, far below
// what a 1:110m outline resolves, which keeps the file small.
const topology = JSON.parse(await readFile(require.resolve("world-atlas/countries-110m.json"), "utf8"));
const collection = topojson.feature(topology, topology.objects.countries);
const round = (c) => (typeof c[0] === "number" ? c.map((x) => Math.round(x * 100) / 100) : c.map(round));
const geo = {
  type: "FeatureCollection",
  features: collection.features.map((f) => ({
    type: "Feature",
    id: (f.id && countries.numericToAlpha3(f.id)) || null,
    properties: { name: f.properties.name },
    geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
  })),
};
await writeFile(join(dist, "countries.json"), JSON.stringify(geo));

await writeFile(
  join(dist, "LICENSES.txt"),
  [
    "dyads dashboard (MIT). Bundled third-party material:",
    "- d3-force, d3-geo, d3-quadtree, d3-dispatch, d3-timer, d3-array, internmap (ISC, Mike Bostock): app.js",
    "- world-atlas (ISC, Mike Bostock), from Natural Earth 1:110m admin-0 countries (public domain):",
    "  countries.json, converted with topojson-client (ISC) at build time",
    "",
  ].join("\n"),
);
console.log("built", dist);
