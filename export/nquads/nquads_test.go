package nquads

import (
	"bytes"
	"errors"
	"math"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/graphtest"
	"github.com/newskg/newskg/internal/golden"
)

// tenth is a variable so that tenth+0.2 is the float64 sum, not the exact
// constant 0.3.
var tenth = 0.1

// oddGraph holds what graphtest.Hostile does not: IDs that are illegal in
// IRIs, not UTF-8 or percent signs; control characters and backslash
// sequences in literals; a date that is not YYYY-MM-DD; a URL source; an
// entity no article mentions; two claims that share a plain quad; a claim
// with empty evidence, verb and CAMEO code.
//
// It looks like the dgraph package's oddGraph but is not the same graph
// (a second article "%41" with a URL source, no outlet, no met claim,
// evidence and confidences of its own), and testdata/odd.nq records
// exactly this one, so the two are kept apart rather than moved to
// graphtest.
func oddGraph() *graph.Graph {
	text := "Back\\slash \\n \\u0041 \x00\x01\b\f\v\x7f\u0085\u2028\u2029 end.\r\nA accused B. A accused B.\n"
	first := strings.Index(text, "A accused B.")
	second := strings.LastIndex(text, "A accused B.")
	const (
		a    = "a b/c?d#e"
		b    = "100%"
		kyiv = "Київ"
		bad  = "bad\xffutf8"
		ctl  = "<>\"{}|^`\\\tx"
		nbsp = "nbsp\u00a0x"
	)
	g := graph.New()
	doc := graph.Document{
		Article: graph.Article{ID: "статья 1/2", Title: "Title\\", Date: "May 2023", Text: text},
		Entities: []graph.Entity{
			{ID: a, Type: graph.Person, Name: "Name \\n \\u0041 \"q\"\x00", Aliases: []string{"\u2028", "x\u0085y"}},
			{ID: b, Type: graph.Organization, Name: "Percent"},
			{ID: kyiv, Type: graph.Place, Name: "Київ", SameAs: []string{"https://uk.wikipedia.org/wiki/Київ"}},
			{ID: bad, Type: graph.Event, Name: "bad ID"},
			{ID: ctl, Type: graph.Country, Name: "controls"},
		},
		Mentions: []string{kyiv, bad, ctl},
		Claims: []graph.Claim{
			{Subject: a, Predicate: graph.Accused, Object: b, Article: "статья 1/2", Evidence: "A accused B.",
				Start: first, End: first + 12, Verb: "accused", CAMEO: "112", Confidence: tenth + 0.2},
			{Subject: a, Predicate: graph.Accused, Object: b, Article: "статья 1/2", Evidence: "A accused B.",
				Start: second, End: second + 12, Verb: "accused", CAMEO: "112", Confidence: 0},
			{Subject: b, Predicate: graph.AffiliatedWith, Object: ctl, Article: "статья 1/2", Confidence: 1},
		},
	}
	if err := g.Add(doc); err != nil {
		panic(err)
	}
	if err := g.Add(graph.Document{
		Article:  graph.Article{ID: "%41", Source: "https://example.org/ok?x=1", Text: "Короткий текст."},
		Entities: []graph.Entity{{ID: nbsp, Type: graph.Person, Name: "NBSP"}},
		Mentions: []string{nbsp},
	}); err != nil {
		panic(err)
	}
	if err := g.AddEntity(graph.Entity{ID: "lonely", Type: graph.Event, Name: "Lonely",
		SameAs: []string{"http://www.wikidata.org/entity/Q1"}}); err != nil {
		panic(err)
	}
	return g
}

func encode(t testing.TB, g *graph.Graph, base string) []byte {
	t.Helper()
	var b bytes.Buffer
	e := NewEncoder(&b)
	if base != "" {
		e.SetBase(base)
	}
	if err := e.Encode(g); err != nil {
		t.Fatalf("Encode: %v", err)
	}
	return b.Bytes()
}

// sameGraph reports how two graphs differ in content, if they do.
func sameGraph(t *testing.T, want, got *graph.Graph) {
	t.Helper()
	if w, g := want.Entities(), got.Entities(); !reflect.DeepEqual(w, g) {
		t.Errorf("entities differ:\ngot  %+v\nwant %+v", deref(g), deref(w))
	}
	// A document holds an article, its text, mentions and claims.
	wd, gd := want.Documents(), got.Documents()
	if len(wd) != len(gd) {
		t.Fatalf("got %d articles, want %d", len(gd), len(wd))
	}
	for i := range wd {
		if !reflect.DeepEqual(wd[i], gd[i]) {
			t.Errorf("article %q differs:\ngot  %+v\nwant %+v", wd[i].Article.ID, gd[i], wd[i])
		}
	}
}

func deref(es []*graph.Entity) []graph.Entity {
	out := make([]graph.Entity, len(es))
	for i, e := range es {
		out[i] = *e
	}
	return out
}

func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		g    *graph.Graph
	}{
		{"hostile", graphtest.Hostile()},
		{"odd", oddGraph()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			golden.Check(t, filepath.Join("testdata", tc.name+".nq"), encode(t, tc.g, ""))
		})
	}
}

func TestRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name, base string
		g          *graph.Graph
	}{
		{"hostile", "", graphtest.Hostile()},
		{"odd", "", oddGraph()},
		{"empty", "", graph.New()},
		{"path base", "http://example.com/kg/", graphtest.Hostile()},
		{"urn base", "urn:newskg:", oddGraph()},
		{"non-ASCII base", "https://пример.рф/граф/", graphtest.Hostile()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first := encode(t, tc.g, tc.base)
			d := NewDecoder(bytes.NewReader(first))
			got, err := d.Decode()
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if want := cmpBase(tc.base); d.Base() != want {
				t.Errorf("Base() = %q, want %q", d.Base(), want)
			}
			sameGraph(t, tc.g, got)
			if second := encode(t, got, d.Base()); !bytes.Equal(first, second) {
				t.Errorf("second encoding differs:\n%s\nfirst:\n%s", second, first)
			}
			gd := NewDecoder(bytes.NewReader(first))
			gd.Grouped()
			grouped, err := gd.Decode()
			if err != nil {
				t.Fatalf("Decode after Grouped: %v", err)
			}
			sameGraph(t, tc.g, grouped)
		})
	}
}

// TestGroupedOutOfOrder decodes files whose lines another tool put in
// another order. A node whose quads end before it is whole stays a node
// and takes the rest later; one that was whole and takes more makes
// Grouped stop with ErrUngrouped. A Decode without Grouped reads the
// same graph as from the file in order.
func TestGroupedOutOfOrder(t *testing.T) {
	moveToEnd := func(lines []string, substr string) []string {
		i := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, substr) })
		if i < 0 {
			t.Fatalf("no line holds %q", substr)
		}
		return append(slices.Delete(slices.Clone(lines), i, i+1), lines[i])
	}
	everyOther := func(lines []string) []string {
		var out []string
		for start := range 2 {
			for i := start; i < len(lines); i += 2 {
				out = append(out, lines[i])
			}
		}
		return out
	}
	for _, tc := range []struct {
		name    string
		g       *graph.Graph
		reorder func([]string) []string
		grouped string // what Grouped must do: "read", "stop" or "either"
	}{
		{"every other line", graphtest.Hostile(), everyOther, "either"},
		{"every other line, odd", oddGraph(), everyOther, "either"},
		{"headline last", graphtest.Hostile(), func(l []string) []string { return moveToEnd(l, "schema.org/headline") }, "stop"},
		{"evidence last", graphtest.Hostile(), func(l []string) []string { return moveToEnd(l, "ns#evidence") }, "stop"},
		{"reversed", graphtest.Hostile(), func(l []string) []string { l = slices.Clone(l); slices.Reverse(l); return l }, "read"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := strings.SplitAfter(string(encode(t, tc.g, "")), "\n")
			input := strings.Join(tc.reorder(lines), "")
			d := NewDecoder(strings.NewReader(input))
			d.Grouped()
			got, err := d.Decode()
			switch {
			case tc.grouped == "stop" && !errors.Is(err, ErrUngrouped):
				t.Fatalf("Decode after Grouped = %v, want ErrUngrouped", err)
			case tc.grouped == "read" && err != nil || err != nil && !errors.Is(err, ErrUngrouped):
				t.Fatalf("Decode after Grouped: %v", err)
			case err == nil:
				sameGraph(t, tc.g, got)
			}
			if got, err = NewDecoder(strings.NewReader(input)).Decode(); err != nil {
				t.Fatalf("Decode: %v", err)
			}
			sameGraph(t, tc.g, got)
		})
	}
}

func cmpBase(b string) string {
	if b == "" {
		return DefaultBase
	}
	return b
}

func TestDeterministic(t *testing.T) {
	g := oddGraph()
	first := encode(t, g, "")
	if again := encode(t, g, ""); !bytes.Equal(first, again) {
		t.Fatal("two encodings of one graph differ")
	}
	// The same content added in another order gives the same bytes.
	docs := g.Documents()
	h := graph.New()
	for i := len(docs) - 1; i >= 0; i-- {
		if err := h.Add(docs[i]); err != nil {
			t.Fatal(err)
		}
	}
	for _, e := range g.Entities() {
		if err := h.AddEntity(*e); err != nil {
			t.Fatal(err)
		}
	}
	if other := encode(t, h, ""); !bytes.Equal(first, other) {
		t.Fatal("encodings of one content built in two orders differ")
	}
}

func TestEncodeErrors(t *testing.T) {
	withEntity := func(e graph.Entity) *graph.Graph {
		g := graph.New()
		if err := g.AddEntity(e); err != nil {
			t.Fatal(err)
		}
		return g
	}
	// The graph refuses predicates outside the vocabulary, so the
	// encoder never sees one.
	if err := graph.New().Add(graph.Document{
		Article:  graph.Article{ID: "a", Text: "x"},
		Entities: []graph.Entity{{ID: "e", Type: graph.Person, Name: "E"}},
		Claims:   []graph.Claim{{Subject: "e", Predicate: "Accused", Object: "e", Article: "a"}},
	}); err == nil {
		t.Fatal(`graph accepted predicate "Accused"`)
	}
	ok := withEntity(graph.Entity{ID: "e", Type: graph.Person, Name: "E"})
	for _, tc := range []struct {
		name, base string
		g          *graph.Graph
		want       string
	}{
		{"empty base", "-", ok, "not an absolute IRI"},
		{"relative base", "kg/", ok, "not an absolute IRI"},
		{"base with space", "http://x.org/a b/", ok, `character ' ' not allowed`},
		{"base with fragment", "http://x.org/#", ok, "fragment"},
		{"sameAs not an IRI", "", withEntity(graph.Entity{ID: "e", Type: graph.Person, Name: "E", SameAs: []string{"Q159"}}), `entity "e": IRI "Q159": not an absolute IRI`},
		{"sameAs with >", "", withEntity(graph.Entity{ID: "e", Type: graph.Person, Name: "E", SameAs: []string{"http://x.org/>"}}), "not allowed"},
		{"sameAs with NBSP", "", withEntity(graph.Entity{ID: "e", Type: graph.Person, Name: "E", SameAs: []string{"http://x.org/a\u00a0b"}}), "U+00A0 not allowed"},
		{"name not UTF-8", "", withEntity(graph.Entity{ID: "e", Type: graph.Person, Name: "E\xff"}), "not valid UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			e := NewEncoder(&b)
			switch tc.base {
			case "":
			case "-":
				e.SetBase("")
			default:
				e.SetBase(tc.base)
			}
			err := e.Encode(tc.g)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Encode error = %v, want one containing %q", err, tc.want)
			}
			if b.Len() != 0 {
				t.Errorf("Encode wrote %d bytes before failing", b.Len())
			}
		})
	}
}

// Lines of a small valid file, to build broken ones from.
const (
	lineType  = `<https://newskg.example/entity/e> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .`
	lineLabel = `<https://newskg.example/entity/e> <http://www.w3.org/2000/01/rdf-schema#label> "E" .`
)

func TestDecodeErrors(t *testing.T) {
	hostile := string(encode(t, graphtest.Hostile(), ""))
	// without drops the lines about one subject.
	without := func(subject string) string {
		var keep []string
		for _, l := range strings.SplitAfter(hostile, "\n") {
			if !strings.HasPrefix(l, subject+" ") {
				keep = append(keep, l)
			}
		}
		return strings.Join(keep, "")
	}
	lineOf := func(s, substr string) int {
		return strings.Count(s[:strings.Index(s, substr)], "\n") + 1
	}
	const (
		peskovClaim = "<https://newskg.example/claim/0ca0efd108958bb0>"
		peskov      = "<https://newskg.example/entity/dmitry-peskov>"
		plainPeskov = peskov + " <https://newskg.example/ns#accused>"
		secondStory = "<https://newskg.example/article/b-2>"
	)
	for _, tc := range []struct {
		name  string
		input string
		line  int
		want  string
	}{
		{"truncated quad", lineType + "\n<a> <b> .\n", 2, "syntax error"},
		{"bare word literal", lineType + "\n" + strings.Replace(lineLabel, `"E"`, "E", 1) + "\n", 2, "syntax error"},
		{"literal subject", `"s" <http://x.org/p> <http://x.org/o> .` + "\n", 1, "syntax error"},
		{"missing dot", lineType + "\n\n# comment\n" + strings.TrimSuffix(lineLabel, " .") + "\n", 4, "syntax error"},
		{"escape beyond Unicode", lineType + "\n" + strings.Replace(lineLabel, `"E"`, `"\U80000000"`, 1) + "\n", 2, "syntax error"},
		{"not UTF-8", lineType + "\n" + strings.Replace(lineLabel, "E", "\xff", 1) + "\n", 2, "UTF-8"},
		{"entity without label", lineType + "\n", 1, "has no <http://www.w3.org/2000/01/rdf-schema#label>"},
		{"two labels", lineType + "\n" + lineLabel + "\n" + strings.Replace(lineLabel, `"E"`, `"F"`, 1) + "\n", 3, "second"},
		{"label not a string", lineType + "\n" + strings.Replace(lineLabel, `"E"`, `<http://x.org/E>`, 1) + "\n", 2, "want a string"},
		{"entity in a named graph", lineType + "\n" + lineLabel + "\n" + strings.Replace(strings.Replace(lineLabel, " .", " <https://newskg.example/graph/a> .", 1),
			"http://www.w3.org/2000/01/rdf-schema#label", "http://schema.org/alternateName", 1) + "\n", 3, "not in the default graph"},
		// Type and name are copied into article graphs; only the default
		// graph's count.
		{"entity named only in a named graph", lineType + "\n" + strings.Replace(lineLabel, " .", " <https://newskg.example/graph/a> .", 1) + "\n", 1, "has no <http://www.w3.org/2000/01/rdf-schema#label>"},
		{"two entity types", lineType + "\n" + strings.Replace(lineType, "Person", "Place", 1) + "\n", 2, "second"},
		{"unknown entity type", strings.Join([]string{strings.Replace(lineType, "Person", "Thing", 1), lineLabel,
			strings.Replace(lineType, "entity/e", "entity/f", 1), strings.Replace(lineLabel, "entity/e", "entity/f", 1)}, "\n"), 1, "not a schema.org class"},
		{"non-canonical ID", lineType + "\n" + strings.Replace(lineLabel, "entity/e", "entity/%65", 1) + "\n", 2, "not escaped the newskg way"},
		{"blank node mention", strings.Replace(hostile, "<https://newskg.example/entity/kyiv> <https://newskg.example/graph/a1>", "_:b0 <https://newskg.example/graph/a1>", 1),
			lineOf(hostile, "<https://newskg.example/entity/kyiv> <https://newskg.example/graph/a1>"), "want an IRI of kind entity"},
		{"offset changed", strings.Replace(hostile, `#start> "90"^^`, `#start> "91"^^`, 1), lineOf(hostile, peskovClaim), "does not match its content"},
		{"offset not an integer", strings.Replace(hostile, `#start> "90"^^<http://www.w3.org/2001/XMLSchema#integer>`, `#start> "ninety"^^<http://www.w3.org/2001/XMLSchema#integer>`, 1), lineOf(hostile, `#start> "90"^^`), "invalid syntax"},
		{"offset a string", strings.Replace(hostile, `#start> "90"^^<http://www.w3.org/2001/XMLSchema#integer>`, `#start> "90"`, 1), lineOf(hostile, `#start> "90"^^`), "want an xsd:integer"},
		{"plain quad without claim node", without(peskovClaim), lineOf(without(peskovClaim), plainPeskov), "has no claim node"},
		{"claim node without plain quad", strings.Replace(hostile, plainPeskov+" <https://newskg.example/entity/node> <https://newskg.example/graph/a1> .\n", "", 1),
			lineOf(hostile, peskovClaim), "has no plain quad"},
		{"claim of a missing article", without(secondStory), lineOf(without(secondStory), "claim/b818f7c3056c60d8"), "not in the input"},
		{"claim in two graphs", strings.Replace(hostile, `"said" <https://newskg.example/graph/a1>`, `"said" <https://newskg.example/graph/b-2>`, 1),
			lineOf(hostile, `"said" <https://newskg.example/graph/a1>`), "graphs"},
		{"evidence not in text", strings.Replace(hostile, `"denied it"`, `"denied It"`, 1), lineOf(hostile, "article/a1"), "evidence does not match"},
	} {
		// A claim sealed as its quads end is checked as it would be at
		// the end of the input: Grouped reports the same error.
		for _, grouped := range []bool{false, true} {
			t.Run(tc.name+map[bool]string{true: "/grouped"}[grouped], func(t *testing.T) {
				d := NewDecoder(strings.NewReader(tc.input))
				if grouped {
					d.Grouped()
				}
				_, err := d.Decode()
				var pe *ParseError
				if !errors.As(err, &pe) {
					t.Fatalf("Decode error = %v, want a *ParseError", err)
				}
				if pe.Line != tc.line || !strings.Contains(err.Error(), tc.want) {
					t.Errorf("Decode error = %v, want line %d and %q", err, tc.line, tc.want)
				}
				if !strings.Contains(err.Error(), "line "+strconv.Itoa(tc.line)+":") {
					t.Errorf("error %q does not name line %d", err, tc.line)
				}
			})
		}
	}
}

func TestDecodeSkipsForeignQuads(t *testing.T) {
	g := graphtest.Hostile()
	extra := strings.Join([]string{
		"# a comment",
		`<http://example.org/x> <http://www.w3.org/2000/01/rdf-schema#label> "elsewhere" .`,
		`<https://newskg.example/entity/russia> <http://example.org/population> "144000000"^^<http://www.w3.org/2001/XMLSchema#integer> .`,
		`<https://newskg.example/ns#accused> <http://www.w3.org/2000/01/rdf-schema#label> "accused"@en .`,
		`_:b <http://www.w3.org/2000/01/rdf-schema#label> "blank" <https://newskg.example/graph/a1> .`,
		`<https://newskg.example/graph/a1> <http://www.w3.org/ns/prov#generatedAtTime> "2024-01-01T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .`,
	}, "\r\n")
	input := string(encode(t, g, "")) + extra + "\n"
	got, err := NewDecoder(strings.NewReader(input)).Decode()
	if err != nil {
		t.Fatal(err)
	}
	sameGraph(t, g, got)
}

func TestDecodeNothingOurs(t *testing.T) {
	for _, input := range []string{"", "# only a comment\n\n"} {
		g, err := NewDecoder(strings.NewReader(input)).Decode()
		if err != nil {
			t.Fatalf("Decode(%q): %v", input, err)
		}
		if a, e, c := g.Len(); a+e+c != 0 {
			t.Errorf("Decode(%q) = %d articles, %d entities, %d claims; want none", input, a, e, c)
		}
	}
	_, err := NewDecoder(strings.NewReader(`<http://x.org/s> <http://x.org/p> "o" .` + "\n")).Decode()
	if err == nil || !strings.Contains(err.Error(), "no newskg entity or article") {
		t.Errorf("Decode of a foreign file: error %v, want one saying it holds no newskg data", err)
	}
}

func TestSetBaseOnDecoder(t *testing.T) {
	input := encode(t, graphtest.Hostile(), "http://example.com/kg/")
	d := NewDecoder(bytes.NewReader(input))
	d.SetBase(DefaultBase)
	if _, err := d.Decode(); err == nil || !strings.Contains(err.Error(), "no newskg entity") {
		t.Errorf("Decode under the wrong base: error %v, want one saying it found nothing", err)
	}
	d = NewDecoder(bytes.NewReader(input))
	d.SetBase("http://example.com/kg/")
	got, err := d.Decode()
	if err != nil {
		t.Fatal(err)
	}
	sameGraph(t, graphtest.Hostile(), got)
}

func TestAppendLiteral(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain", `"plain"`},
		{`say "hi"`, `"say \"hi\""`},
		{`C:\path \n`, `"C:\u005Cpath \u005Cn"`},
		{"a\nb\rc\td", `"a\nb\rc\td"`},
		{"\x00\b\f\v\x1f\x7f", `"\u0000\u0008\u000C\u000B\u001F\u007F"`},
		{"\u0085\u009f\u00a0", `"\u0085\u009F` + "\u00a0" + `"`},
		{"\u2028\u2029", `"\u2028\u2029"`},
		{"Київ «ніколи» 😀", `"Київ «ніколи» 😀"`},
	} {
		if got := string(appendLiteral(nil, tc.in)); got != tc.want {
			t.Errorf("appendLiteral(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestCheckIRI(t *testing.T) {
	for _, tc := range []struct {
		iri string
		ok  bool
	}{
		{"http://www.wikidata.org/entity/Q159", true},
		{"https://uk.wikipedia.org/wiki/Київ", true},
		{"https://example.org/a?b=1&c=%222%22#frag", true},
		{"urn:isbn:0451450523", true},
		{"mailto:a@b.org", true},
		{"", false},
		{"Q159", false},
		{"//example.org/x", false},
		{"1http://x", false},
		{"http://x.org/a b", false},
		{`http://x.org/"q"`, false},
		{"http://x.org/<x>", false},
		{"http://x.org/{x}|^`", false},
		{`http://x.org/a\b`, false},
		{"http://x.org/%zz", false},
		{"http://x.org/%2", false},
		{"http://x.org/#a#b", false},
		{"http://x.org/\x7f", false},
		{"http://x.org/\u0085", false},
		{"http://x.org/\u2028", false},
		{"http://x.org/\ufffe", false},
		{"http://x.org/\xff", false},
	} {
		if err := checkIRI(tc.iri); (err == nil) != tc.ok {
			t.Errorf("checkIRI(%q) = %v, want ok=%v", tc.iri, err, tc.ok)
		}
	}
}

func TestFormatDouble(t *testing.T) {
	for _, tc := range []struct {
		f    float64
		want string
	}{
		{0.7, "7.0E-1"},
		{0.65, "6.5E-1"},
		{1, "1.0E0"},
		{0, "0.0E0"},
		{math.Copysign(0, -1), "-0.0E0"},
		{tenth + 0.2, "3.0000000000000004E-1"},
		{1e-7, "1.0E-7"},
		{123.456, "1.23456E2"},
		{math.Inf(1), "INF"},
		{math.Inf(-1), "-INF"},
		{math.NaN(), "NaN"},
	} {
		got := formatDouble(tc.f)
		if got != tc.want {
			t.Errorf("formatDouble(%v) = %q, want %q", tc.f, got, tc.want)
		}
		back, err := strconv.ParseFloat(got, 64)
		if err != nil || math.Float64bits(back) != math.Float64bits(tc.f) && !math.IsNaN(tc.f) {
			t.Errorf("ParseFloat(%q) = %v, %v; want %v", got, back, err, tc.f)
		}
	}
}
