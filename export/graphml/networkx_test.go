package graphml_test

import (
	"bytes"
	"encoding/json"
	"github.com/newskg/newskg/internal/testtool"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/graphtest"
)

// python is Debian's interpreter, which has python3-networkx; the python3
// first on PATH may be another one without it.
const python = "/usr/bin/python3"

// dumpGraph reads a GraphML file with NetworkX and prints what it got as
// JSON, with each value's Python type next to it so that the Go side can
// tell "016" from 16 and 1.0 from 1.
const dumpGraph = `
import json, sys
import networkx as nx
G = nx.read_graphml(sys.argv[1], edge_key_type=str)
def typed(d):
    return {k: {"t": type(v).__name__, "v": v} for k, v in d.items()}
if G.is_multigraph():
    edges = G.edges(keys=True, data=True)
else:
    edges = ((u, v, None, d) for u, v, d in G.edges(data=True))
json.dump({
    "class": type(G).__name__,
    "nodes": {n: typed(d) for n, d in G.nodes(data=True)},
    "edges": [{"u": u, "v": v, "key": k, "data": typed(d)} for u, v, k, d in edges],
}, sys.stdout)
`

type pyValue struct {
	T string `json:"t"`
	V any    `json:"v"`
}

type pyGraph struct {
	Class string                        `json:"class"`
	Nodes map[string]map[string]pyValue `json:"nodes"`
	Edges []struct {
		U, V string
		Key  *string
		Data map[string]pyValue
	} `json:"edges"`
}

// readWithNetworkX writes g to a file and returns what NetworkX reads
// from it.
func readWithNetworkX(t *testing.T, g *graph.Graph) *pyGraph {
	t.Helper()
	if _, err := os.Stat(python); err != nil {
		testtool.Missing(t, "skipping the NetworkX consumer test: %s not found (Debian python3 with python3-networkx needed)", python)
	}
	if out, err := exec.Command(python, "-c", "import networkx").CombinedOutput(); err != nil {
		if bytes.Contains(out, []byte("No module named")) {
			testtool.Missing(t, "skipping the NetworkX consumer test: %s cannot import networkx (apt-get install python3-networkx)", python)
		}
		t.Fatalf("%s -c 'import networkx': %v\n%s", python, err, out)
	}
	path := filepath.Join(t.TempDir(), "g.graphml")
	if err := os.WriteFile(path, encode(t, g), 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(python, "-c", dumpGraph, path)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("networkx.read_graphml failed: %v\n%s", err, stderr.Bytes())
	}
	var pg pyGraph
	if err := json.Unmarshal(out, &pg); err != nil {
		t.Fatalf("decoding the dump: %v\n%s", err, out)
	}
	return &pg
}

// pyWant converts expected values to what NetworkX yields. NetworkX
// reads a <data> element without text as no value, so empty strings are
// expected to be absent; that is documented in the package comment.
func pyWant(m map[string]any) map[string]pyValue {
	out := make(map[string]pyValue)
	for k, v := range m {
		switch v := v.(type) {
		case string:
			if v != "" {
				out[k] = pyValue{"str", v}
			}
		case int:
			out[k] = pyValue{"int", float64(v)} // JSON numbers decode as float64
		case float64:
			out[k] = pyValue{"float", v}
		default:
			panic("pyWant: unexpected type")
		}
	}
	return out
}

func TestNetworkX(t *testing.T) {
	g := graphtest.Hostile()
	pg := readWithNetworkX(t, g)

	// Parallel claims between the same pair must stay separate edges.
	if pg.Class != "MultiDiGraph" {
		t.Fatalf("read_graphml returned a %s; want MultiDiGraph", pg.Class)
	}

	entities := g.Entities()
	if len(pg.Nodes) != len(entities) {
		t.Errorf("%d nodes; want %d", len(pg.Nodes), len(entities))
	}
	for _, e := range entities {
		got, ok := pg.Nodes[e.ID]
		if !ok {
			t.Errorf("node %s missing", e.ID)
			continue
		}
		// NetworkX names attributes by attr.name, not by key id.
		n := wantNode(e)
		n["label"] = n["nodelabel"]
		delete(n, "nodelabel")
		if want := pyWant(n); !reflect.DeepEqual(got, want) {
			t.Errorf("node %s:\n got %v\nwant %v", e.ID, got, want)
		}
	}

	claims := g.Claims()
	if len(pg.Edges) != len(claims) {
		t.Fatalf("%d edges; want %d", len(pg.Edges), len(claims))
	}
	byKey := make(map[string]int)
	for i, e := range pg.Edges {
		if e.Key == nil {
			t.Fatalf("edge %s -> %s has no key", e.U, e.V)
		}
		byKey[*e.Key] = i
	}
	for _, c := range claims {
		i, ok := byKey[c.ID()]
		if !ok {
			t.Errorf("no edge keyed by claim ID %s", c.ID())
			continue
		}
		e := pg.Edges[i]
		if e.U != c.Subject || e.V != c.Object {
			t.Errorf("edge %s: %s -> %s; want %s -> %s", c.ID(), e.U, e.V, c.Subject, c.Object)
		}
		if want := pyWant(wantEdge(g, c)); !reflect.DeepEqual(e.Data, want) {
			t.Errorf("edge %s:\n got %v\nwant %v", c.ID(), e.Data, want)
		}
	}

	// A few values spelled out, types included, in case the expectations
	// above and the encoder ever share a mistake.
	peskov := pg.Nodes["dmitry-peskov"]["name"]
	if peskov != (pyValue{"str", `Dmitry "Dima" Peskov\`}) {
		t.Errorf("Peskov's name = %v", peskov)
	}
	if kyiv := pg.Nodes["kyiv"]["name"]; kyiv != (pyValue{"str", "Kyïv\tcity\nline"}) {
		t.Errorf("Kyiv's name = %v", kyiv)
	}
	var sawDenied bool
	for _, e := range pg.Edges {
		if e.Data["evidence"].V != "Зеленський denied the claim: «ніколи»." {
			continue
		}
		sawDenied = true
		for k, want := range map[string]pyValue{
			"cameo":      {"str", "016"},
			"confidence": {"float", 0.5},
			"start":      {"int", float64(strings.Index(mustArticle(t, g, "a1"), "Зеленський"))},
			"label":      {"str", "denied"},
		} {
			if got := e.Data[k]; got != want {
				t.Errorf("Zelensky's denial: %s = %v; want %v", k, got, want)
			}
		}
	}
	if !sawDenied {
		t.Error("the Cyrillic evidence did not survive")
	}
	var sawTab bool
	for _, e := range pg.Edges {
		sawTab = sawTab || e.Data["evidence"].V == "Peskov\tsaid C:\\path was hit"
	}
	if !sawTab {
		t.Error("the evidence with a tab and a backslash did not survive")
	}
}

// TestNetworkXReplacement checks that a document whose source strings
// held characters XML cannot carry is still one the real consumer parses.
func TestNetworkXReplacement(t *testing.T) {
	bad := "a\x00b\x1b\uFFFE\xff\r\nc"
	g, err := oneClaim("a", bad, bad, "ok", bad)
	if err != nil {
		t.Fatal(err)
	}
	pg := readWithNetworkX(t, g)
	want := pyValue{"str", "a\uFFFDb\uFFFD\uFFFD\uFFFD\r\nc"}
	if got := pg.Nodes["a"]["name"]; got != want {
		t.Errorf("name = %v; want %v", got, want)
	}
	if len(pg.Edges) != 1 {
		t.Fatalf("%d edges; want 1", len(pg.Edges))
	}
	if got := pg.Edges[0].Data["title"]; got != want {
		t.Errorf("title = %v; want %v", got, want)
	}
}

func mustArticle(t *testing.T, g *graph.Graph, id string) string {
	t.Helper()
	a, ok := g.Article(id)
	if !ok {
		t.Fatalf("no article %s", id)
	}
	return a.Text
}
