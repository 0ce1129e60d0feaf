"""Load an N-Quads file into rdflib and print what the Go test compares.

Usage: /usr/bin/python3 rdflib_check.py FILE NS

Prints one JSON object: the number of quads rdflib holds, the rows of a
SPARQL query for the accused claims over named graphs, and the labels,
texts and evidence strings as rdflib decoded them.
"""
import json
import sys

import rdflib

path, ns = sys.argv[1], sys.argv[2]
ds = rdflib.Dataset()
ds.parse(path, format="nquads")

rows = ds.query("SELECT ?s ?o ?g WHERE { GRAPH ?g { ?s <%saccused> ?o } }" % ns)
strings = {"label": "http://www.w3.org/2000/01/rdf-schema#label",
           "text": "http://schema.org/text",
           "evidence": ns + "evidence"}
out = {"quads": 0, "accused": sorted([str(s), str(o), str(g)] for s, o, g in rows)}
for key in strings:
    out[key] = {}
for s, p, o, g in ds.quads((None, None, None, None)):
    out["quads"] += 1
    for key, iri in strings.items():
        if str(p) == iri:
            out[key][str(s)] = str(o)
json.dump(out, sys.stdout)
