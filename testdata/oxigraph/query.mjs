// Runs a SPARQL SELECT query over a newskg N-Quads file with Oxigraph
// (npm package "oxigraph", an in-memory WASM store) and prints one JSON
// object per result row, in the query's order: each projected variable
// maps to its term's value as a plain string (an IRI without <>, a
// literal's lexical form without datatype), or to null when unbound.
//
//	npm ci
//	node testdata/oxigraph/query.mjs out/graph.nq testdata/sparql/who-blamed-whom.rq
import { readFileSync } from "node:fs";
import oxigraph from "oxigraph";

const [data, queryFile] = process.argv.slice(2);
if (!data || !queryFile) {
  console.error("usage: node query.mjs GRAPH.nq QUERY.rq");
  process.exit(2);
}

const store = new oxigraph.Store();
store.load(readFileSync(data, "utf8"), { format: "application/n-quads" });

// The SPARQL JSON results format names every projected variable, bound
// or not; the Maps that query() returns by default hold the bound ones only.
const res = JSON.parse(
  store.query(readFileSync(queryFile, "utf8"), { results_format: "application/sparql-results+json" }),
);
if (!res.head || !res.results) {
  console.error("query.mjs: not a SELECT query");
  process.exit(2);
}
const out = [];
for (const b of res.results.bindings) {
  const row = {};
  for (const v of res.head.vars) row[v] = b[v] ? b[v].value : null;
  out.push(JSON.stringify(row));
}
process.stdout.write(out.length ? out.join("\n") + "\n" : "");
