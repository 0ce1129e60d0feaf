package graphml_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newskg/newskg/export/graphml"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/graphtest"
	"github.com/newskg/newskg/internal/golden"
)

// doc mirrors just enough of GraphML to check what consumers will read.
type doc struct {
	XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		ID          string    `xml:"id,attr"`
		EdgeDefault string    `xml:"edgedefault,attr"`
		Nodes       []element `xml:"node"`
		Edges       []element `xml:"edge"`
	} `xml:"graph"`
}

type element struct {
	ID     string `xml:"id,attr"`
	Labels string `xml:"labels,attr"`
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
	Label  string `xml:"label,attr"`
	Data   []struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	} `xml:"data"`
}

func encode(t testing.TB, g *graph.Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := graphml.NewEncoder(&buf).Encode(g); err != nil {
		t.Fatalf("Encode: %v", err)
	}
	return buf.Bytes()
}

func parse(t testing.TB, out []byte) *doc {
	t.Helper()
	var d doc
	if err := xml.Unmarshal(out, &d); err != nil {
		t.Fatalf("output is not well-formed GraphML: %v\n%s", err, out)
	}
	return &d
}

// values returns an element's data as typed values, converted by the
// attr.type of each declared key, the way consumers convert them. It
// fails when a key is undeclared, repeated or of the wrong domain.
func values(t *testing.T, d *doc, domain string, e element) map[string]any {
	t.Helper()
	types := make(map[string]string)
	for _, k := range d.Keys {
		if k.For == domain {
			types[k.ID] = k.Type
		}
	}
	out := make(map[string]any)
	for _, v := range e.Data {
		typ, ok := types[v.Key]
		if !ok {
			t.Errorf("%s %s: data for undeclared %s key %q", domain, e.ID, domain, v.Key)
			continue
		}
		if _, dup := out[v.Key]; dup {
			t.Errorf("%s %s: key %q written twice", domain, e.ID, v.Key)
		}
		var err error
		switch typ {
		case "int":
			out[v.Key], err = strconv.Atoi(v.Value)
		case "double":
			out[v.Key], err = strconv.ParseFloat(v.Value, 64)
		default:
			out[v.Key] = v.Value
		}
		if err != nil {
			t.Errorf("%s %s: key %q: %v", domain, e.ID, v.Key, err)
		}
	}
	return out
}

// wantNode and wantEdge restate the documented key list independently of
// the encoder's own tables.
func wantNode(e *graph.Entity) map[string]any {
	return map[string]any{
		"labels":    ":" + string(e.Type),
		"name":      e.Name,
		"nodelabel": e.Name,
		"type":      string(e.Type),
		"aliases":   strings.Join(e.Aliases, "|"),
		"sameAs":    strings.Join(e.SameAs, " "),
	}
}

func wantEdge(g *graph.Graph, c graph.Claim) map[string]any {
	a, _ := g.Article(c.Article)
	return map[string]any{
		"label":      string(c.Predicate),
		"predicate":  string(c.Predicate),
		"article":    c.Article,
		"title":      a.Title,
		"date":       a.Date,
		"evidence":   c.Evidence,
		"start":      c.Start,
		"end":        c.End,
		"verb":       c.Verb,
		"cameo":      c.CAMEO,
		"confidence": c.Confidence,
	}
}

func TestGolden(t *testing.T) {
	golden.Check(t, filepath.Join("testdata", "hostile.graphml"), encode(t, graphtest.Hostile()))
}

func TestDeterministic(t *testing.T) {
	g := graphtest.Hostile()
	first := encode(t, g)
	// A second graph built the same way has its maps laid out afresh, so
	// this also catches output that follows map iteration order.
	for _, again := range [][]byte{encode(t, g), encode(t, graphtest.Hostile())} {
		if !bytes.Equal(first, again) {
			t.Fatalf("two encodings differ:\n%s\n---\n%s", first, again)
		}
	}
}

func TestParseBack(t *testing.T) {
	g := graphtest.Hostile()
	out := encode(t, g)
	d := parse(t, out)

	if d.Graph.ID != "G" || d.Graph.EdgeDefault != "directed" {
		t.Errorf("graph id=%q edgedefault=%q; want G, directed", d.Graph.ID, d.Graph.EdgeDefault)
	}
	seen := make(map[string]bool)
	for _, k := range d.Keys {
		if seen[k.ID] {
			t.Errorf("key id %q declared twice", k.ID)
		}
		seen[k.ID] = true
		switch k.Type {
		case "boolean", "int", "long", "float", "double", "string":
		default:
			t.Errorf("key %q: attr.type %q is not one APOC accepts", k.ID, k.Type)
		}
		if k.For != "node" && k.For != "edge" {
			t.Errorf("key %q: for=%q", k.ID, k.For)
		}
	}

	entities := g.Entities()
	if len(d.Graph.Nodes) != len(entities) {
		t.Fatalf("%d nodes; want %d", len(d.Graph.Nodes), len(entities))
	}
	for i, e := range entities {
		n := d.Graph.Nodes[i]
		if n.ID != e.ID || n.Labels != ":"+string(e.Type) {
			t.Errorf("node %d: id=%q labels=%q; want %q, %q", i, n.ID, n.Labels, e.ID, ":"+string(e.Type))
		}
		if got, want := values(t, d, "node", n), wantNode(e); !reflect.DeepEqual(got, want) {
			t.Errorf("node %s:\n got %#v\nwant %#v", e.ID, got, want)
		}
	}

	claims := g.Claims()
	if len(d.Graph.Edges) != len(claims) {
		t.Fatalf("%d edges; want %d", len(d.Graph.Edges), len(claims))
	}
	for i, c := range claims {
		e := d.Graph.Edges[i]
		if e.ID != c.ID() || e.Source != c.Subject || e.Target != c.Object || e.Label != string(c.Predicate) {
			t.Errorf("edge %d: id=%q %s -[%s]-> %s; want %q %s -[%s]-> %s",
				i, e.ID, e.Source, e.Label, e.Target, c.ID(), c.Subject, c.Predicate, c.Object)
		}
		if got, want := values(t, d, "edge", e), wantEdge(g, c); !reflect.DeepEqual(got, want) {
			t.Errorf("edge %s:\n got %#v\nwant %#v", e.ID, got, want)
		}
	}

	// Spelled out rather than taken from the fixture, so that a fixture
	// that lost its hostile characters would fail here too.
	all := make(map[string]bool)
	for _, el := range append(d.Graph.Nodes, d.Graph.Edges...) {
		for _, v := range el.Data {
			all[v.Value] = true
		}
	}
	for _, s := range []string{
		"Kyïv\tcity\nline",
		`Dmitry "Dima" Peskov\`,
		"Kremlin drone attack <3 May>",
		`edge "graph"|node`,
		"Moscow said \"Kyiv\" attacked the Kremlin <at night> & denied it.",
		"Peskov\tsaid C:\\path was hit",
		"Зеленський denied the claim: «ніколи».",
		"016",
	} {
		if !all[s] {
			t.Errorf("value %q did not survive the round trip", s)
		}
	}
}

func TestNodesBeforeEdges(t *testing.T) {
	dec := xml.NewDecoder(bytes.NewReader(encode(t, graphtest.Hostile())))
	var edges int
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		if s, ok := tok.(xml.StartElement); ok {
			switch s.Name.Local {
			case "edge":
				edges++
			case "node":
				if edges > 0 {
					t.Fatalf("node after %d edges: APOC cannot resolve edges to later nodes", edges)
				}
			}
		}
	}
	if edges == 0 {
		t.Fatal("no edges")
	}
}

// xmlClean is the documented replacement: every code point XML 1.0
// cannot hold, and every byte of invalid UTF-8, becomes U+FFFD.
func xmlClean(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		ok := r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF ||
			r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
		if !ok || r == utf8.RuneError && n == 1 {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	return b.String()
}

// oneClaim builds a two-entity graph with one claim whose strings are the
// given ones: the shape the fuzz and replacement tests need.
func oneClaim(id, name, alias, evidence, title string) (*graph.Graph, error) {
	g := graph.New()
	err := g.Add(graph.Document{
		Article: graph.Article{ID: "a", Title: title, Text: evidence},
		Entities: []graph.Entity{
			{ID: id, Type: graph.Person, Name: name, Aliases: []string{alias}},
			{ID: "b", Type: graph.Country, Name: "B"},
		},
		Claims: []graph.Claim{{Subject: id, Predicate: graph.Denied, Object: "b", Article: "a",
			Evidence: evidence, Start: 0, End: len(evidence), Verb: name, CAMEO: "016", Confidence: 0.5}},
	})
	return g, err
}

func TestReplacement(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"tab newline CR kept", "a\tb\nc\rd\r\ne", "a\tb\nc\rd\r\ne"},
		{"NUL", "a\x00b", "a\uFFFDb"},
		{"escape sequence", "\x1b[31mred", "\uFFFD[31mred"},
		{"DEL and C1 are XML 1.0 chars", "a\x7fb\u0085c", "a\x7fb\u0085c"},
		{"U+FFFE", "a\uFFFEb", "a\uFFFDb"},
		{"U+FFFF", "a\uFFFFb", "a\uFFFDb"},
		{"U+FFFD kept", "a\uFFFDb", "a\uFFFDb"},
		{"invalid byte", "a\xffb", "a\uFFFDb"},
		{"truncated rune, one per byte", "a\xe2\x82", "a\uFFFD\uFFFD"},
		{"encoded surrogate, one per byte", "\xed\xa0\x80", "\uFFFD\uFFFD\uFFFD"},
		{"astral plane", "🦆", "🦆"},
		{"markup", `<a href="x">&amp;</a>]]>`, `<a href="x">&amp;</a>]]>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := xmlClean(tt.in); got != tt.want {
				t.Fatalf("test helper xmlClean(%q) = %q; want %q", tt.in, got, tt.want)
			}
			evidence := tt.in
			if !utf8.ValidString(evidence) {
				evidence = "valid" // the graph only accepts UTF-8 evidence
			}
			g, err := oneClaim("a", tt.in, tt.in, evidence, tt.in)
			if err != nil {
				t.Fatal(err)
			}
			d := parse(t, encode(t, g))
			node := values(t, d, "node", d.Graph.Nodes[0])
			edge := values(t, d, "edge", d.Graph.Edges[0])
			for what, got := range map[string]any{"name": node["name"], "aliases": node["aliases"],
				"title": edge["title"], "verb": edge["verb"]} {
				if got != tt.want {
					t.Errorf("%s = %q; want %q", what, got, tt.want)
				}
			}
			if got := edge["evidence"]; got != xmlClean(evidence) {
				t.Errorf("evidence = %q; want %q", got, xmlClean(evidence))
			}
		})
	}
}

var errSink = errors.New("sink full")

// failAfter accepts n bytes, then fails every write.
type failAfter struct{ n int }

func (w *failAfter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errSink
	}
	w.n -= len(p)
	return len(p), nil
}

func TestErrors(t *testing.T) {
	badID := graph.New()
	if err := badID.AddEntity(graph.Entity{ID: "a\x00b", Type: graph.Person, Name: "A"}); err != nil {
		t.Fatal(err)
	}
	size := len(encode(t, graphtest.Hostile()))
	tests := []struct {
		name    string
		g       *graph.Graph
		w       *failAfter
		wantErr error  // matched with errors.Is when set
		wantMsg string // substring of the message
	}{
		{"nil graph", nil, &failAfter{1 << 30}, nil, "nil graph"},
		{"ID not representable", badID, &failAfter{1 << 30}, nil, `entity ID "a\x00b"`},
		{"write fails at header", graphtest.Hostile(), &failAfter{0}, errSink, "graphml: writing document"},
		{"write fails mid-document", graphtest.Hostile(), &failAfter{size / 2}, errSink, "graphml: writing document"},
		{"write fails at last byte", graphtest.Hostile(), &failAfter{size - 1}, errSink, "graphml: writing document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := graphml.NewEncoder(tt.w).Encode(tt.g)
			if err == nil {
				t.Fatal("Encode succeeded; want an error")
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("error %v does not wrap %v", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("error %q does not mention %q", err, tt.wantMsg)
			}
		})
	}
	// A bad graph must be refused before anything is written.
	var buf bytes.Buffer
	if err := graphml.NewEncoder(&buf).Encode(badID); err == nil || buf.Len() != 0 {
		t.Errorf("bad ID: err=%v, %d bytes written; want an error and no output", err, buf.Len())
	}
}

func FuzzEncode(f *testing.F) {
	f.Add("node", `Dmitry "Dima" Peskov\`, "edge \"graph\"", "Moscow said \"Kyiv\" <at night> & denied it.", "Kyiv Post")
	f.Add("kyiv", "Kyïv\tcity\nline", "Зеленський", "«ніколи»\r\n", "]]><!--")
	f.Add("a\x00", "\x00\x1b\uFFFE\uFFFF", "\xff\xfe", "\x01\x7f\u0085", "\xed\xa0\x80")
	f.Fuzz(func(t *testing.T, id, name, alias, evidence, title string) {
		// Satisfy what the graph itself demands, so that every input
		// reaches the encoder.
		if id = strings.TrimSpace(id); id == "" || id == "b" {
			id = "a" + id
		}
		if name == "" {
			name = "x"
		}
		evidence = strings.ToValidUTF8(evidence, "?")
		g, err := oneClaim(id, name, alias, evidence, title)
		if err != nil {
			t.Fatalf("building graph: %v", err)
		}
		var buf bytes.Buffer
		err = graphml.NewEncoder(&buf).Encode(g)
		if xmlClean(id) != id {
			if err == nil {
				t.Fatalf("entity ID %q cannot be written exactly, but Encode accepted it", id)
			}
			return
		}
		if err != nil {
			t.Fatalf("Encode: %v", err)
		}
		d := parse(t, buf.Bytes())
		if len(d.Graph.Nodes) != 2 || len(d.Graph.Edges) != 1 {
			t.Fatalf("%d nodes, %d edges; want 2, 1", len(d.Graph.Nodes), len(d.Graph.Edges))
		}
		var n element
		for _, el := range d.Graph.Nodes {
			if el.ID != "b" {
				n = el
			}
		}
		e := d.Graph.Edges[0]
		if n.ID != id || e.Source != id || e.Target != "b" {
			t.Fatalf("node %q, edge %q -> %q; want %q, %q -> b", n.ID, e.Source, e.Target, id, id)
		}
		nv, ev := values(t, d, "node", n), values(t, d, "edge", e)
		for _, c := range []struct {
			what     string
			got, src any
		}{
			{"name", nv["name"], name},
			{"aliases", nv["aliases"], alias},
			{"evidence", ev["evidence"], evidence},
			{"title", ev["title"], title},
			{"verb", ev["verb"], name},
		} {
			if want := xmlClean(c.src.(string)); c.got != want {
				t.Errorf("%s = %q; want %q", c.what, c.got, want)
			}
		}
	})
}
