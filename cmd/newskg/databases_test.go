package main

// The recipes of docs/databases.md, run for real: each graph database
// or library answers "who blamed whom" over the seeds, and its answer
// must be the one `newskg query --predicate accused` gives.
//
// A missing tool skips its test, with the package to install, unless
// NEWSKG_REQUIRE_TOOLS=1 (CI sets it), where it fails instead.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/newskg/newskg/internal/testtool"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newskg/newskg/export/nquads"
	"github.com/newskg/newskg/query"
)

// Files of the recipes, relative to this package.
const (
	whoBlamedWhomRQ   = "../../testdata/sparql/who-blamed-whom.rq"
	evidenceByCharsRQ = "../../testdata/sparql/evidence-by-characters.rq"
	oxigraphScript    = "../../testdata/oxigraph/query.mjs"
	oxigraphModule    = "../../node_modules/oxigraph/package.json"
)

// runTool runs a consumer and returns its standard output, failing the
// test with its standard error if it fails.
func runTool(t *testing.T, name string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	return out
}

// blameRow is one answer to "who blamed whom", in a form that every
// consumer can produce: entity and article IDs, strings as stored, and
// the confidence formatted the Go way.
type blameRow struct {
	accuserName, accusedName                                        string
	accuser, accused, article, headline, date, evidence, confidence string
}

func (r blameRow) String() string {
	return fmt.Sprintf("%s (%s) accused %s (%s) in %s (%q, %q) conf %s: %q",
		r.accuserName, r.accuser, r.accusedName, r.accused, r.article, r.headline, r.date, r.confidence, r.evidence)
}

func compareBlameRows(a, b blameRow) int {
	return strings.Compare(a.String(), b.String())
}

func formatConfidence(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// queryAccusations returns the rows of `newskg query --predicate accused
// --format jsonl GRAPH`, run in-process.
func queryAccusations(t *testing.T, graphNQ string) []query.Row {
	t.Helper()
	code, out, stderr := newskg(t, "query", "--predicate", "accused", "--format", "jsonl", graphNQ)
	if code != 0 {
		t.Fatalf("newskg query: exit %d\n%s", code, stderr)
	}
	var rows []query.Row
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var r query.Row
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("newskg query: %v in line %s", err, sc.Bytes())
		}
		rows = append(rows, r)
	}
	if len(rows) == 0 {
		t.Fatal("newskg query --predicate accused found no accusation in the seeds: nothing to compare")
	}
	return rows
}

func wantBlameRows(rows []query.Row) []blameRow {
	var want []blameRow
	for _, r := range rows {
		want = append(want, blameRow{r.SubjectName, r.ObjectName, r.Subject, r.Object, r.Article, r.Title, r.Date, r.Evidence, formatConfidence(r.Confidence)})
	}
	return want
}

// localID returns the newskg ID that an IRI minted under the default
// base for kind ("entity", "article") stands for.
func localID(t *testing.T, iri, kind string) string {
	t.Helper()
	seg, ok := strings.CutPrefix(iri, nquads.DefaultBase+kind+"/")
	if !ok {
		t.Fatalf("%q is not a newskg %s IRI", iri, kind)
	}
	id, err := url.PathUnescape(seg)
	if err != nil {
		t.Fatalf("%q: %v", iri, err)
	}
	return id
}

// sparqlBlameRows reads the JSON lines that the rdflib script and
// query.mjs print for who-blamed-whom.rq: one object per row, each
// variable's value as a plain string, or null when unbound.
func sparqlBlameRows(t *testing.T, out []byte) []blameRow {
	t.Helper()
	var rows []blameRow
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var v map[string]*string
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%v in line %s", err, sc.Bytes())
		}
		get := func(name string, required bool) string {
			p, ok := v[name]
			if !ok {
				t.Fatalf("row lacks variable ?%s: %s", name, sc.Bytes())
			}
			if p == nil {
				if required {
					t.Fatalf("?%s unbound in row %s", name, sc.Bytes())
				}
				return ""
			}
			return *p
		}
		conf, err := strconv.ParseFloat(get("confidence", true), 64)
		if err != nil {
			t.Fatalf("?confidence: %v", err)
		}
		rows = append(rows, blameRow{
			accuserName: get("accuserName", true),
			accusedName: get("accusedName", true),
			accuser:     localID(t, get("accuser", true), "entity"),
			accused:     localID(t, get("accused", true), "entity"),
			article:     localID(t, get("article", true), "article"),
			headline:    get("headline", false),
			date:        get("date", false),
			evidence:    get("evidence", true),
			confidence:  formatConfidence(conf),
		})
	}
	return rows
}

// sameBlameRows checks that got and want hold the same rows, as many
// times each.
func sameBlameRows(t *testing.T, consumer string, got, want []blameRow) {
	t.Helper()
	got, want = slices.Clone(got), slices.Clone(want)
	slices.SortFunc(got, compareBlameRows)
	slices.SortFunc(want, compareBlameRows)
	if slices.Equal(got, want) {
		return
	}
	t.Errorf("%s returns %d rows, newskg query %d", consumer, len(got), len(want))
	count := func(rows []blameRow) map[blameRow]int {
		m := make(map[blameRow]int)
		for _, r := range rows {
			m[r]++
		}
		return m
	}
	g, w := count(got), count(want)
	for r, n := range w {
		if g[r] < n {
			t.Errorf("%s lacks: %v (×%d)", consumer, r, n-g[r])
		}
	}
	for r, n := range g {
		if w[r] < n {
			t.Errorf("%s has extra: %v (×%d)", consumer, r, n-w[r])
		}
	}
}

// rdflibQuery runs a SPARQL query file over an N-Quads file loaded as an
// rdflib Dataset and prints the rows as query.mjs does.
const rdflibQuery = `
import sys, json, rdflib
ds = rdflib.Dataset()
ds.parse(sys.argv[1], format="nquads")
with open(sys.argv[2], encoding="utf-8") as f:
    res = ds.query(f.read())
for row in res:
    print(json.dumps({str(v): None if t is None else str(t) for v, t in zip(res.vars, row)}))
`

func TestRDFLibWhoBlamedWhom(t *testing.T) {
	py := python(t, "rdflib")
	graphNQ := filepath.Join(buildSeeds(t), "graph.nq")
	got := sparqlBlameRows(t, runTool(t, py, "-c", rdflibQuery, graphNQ, whoBlamedWhomRQ))
	want := queryAccusations(t, graphNQ)
	sameBlameRows(t, "rdflib", got, wantBlameRows(want))
	docsQuoteRowCount(t, len(want))
}

// oxigraph returns the node binary, with the oxigraph package installed,
// or skips the test.
func oxigraph(t *testing.T) string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		testtool.Missing(t, "node not found: install Debian package nodejs (and npm), then run `npm ci` in the repository root")
	}
	if _, err := os.Stat(oxigraphModule); err != nil {
		testtool.Missing(t, "npm package oxigraph is not installed: run `npm ci` in the repository root")
	}
	return node
}

func TestOxigraphWhoBlamedWhom(t *testing.T) {
	node := oxigraph(t)
	graphNQ := filepath.Join(buildSeeds(t), "graph.nq")
	got := sparqlBlameRows(t, runTool(t, node, oxigraphScript, graphNQ, whoBlamedWhomRQ))
	want := queryAccusations(t, graphNQ)
	sameBlameRows(t, "Oxigraph", got, wantBlameRows(want))
	docsQuoteRowCount(t, len(want))
}

// docsQuoteRowCount checks that the documents quote the number of
// accusations the seeds give, and no other.
func docsQuoteRowCount(t *testing.T, n int) {
	t.Helper()
	for _, doc := range []string{"../../docs/databases.md", "../../README.md"} {
		b, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range regexp.MustCompile(`(\d+) (?:rows|accusation rows|named rows|accusations|on the seeds)\b`).FindAllSubmatch(b, -1) {
			if string(m[1]) != strconv.Itoa(n) {
				t.Errorf("%s quotes %q; the seeds give %d accusations", doc, m[0], n)
			}
		}
	}
}

// The character offsets cut the evidence out of the article text with
// SPARQL's SUBSTR, in both engines, for every claim.
func TestSPARQLSubstrByCharacterOffsets(t *testing.T) {
	graphNQ := filepath.Join(buildSeeds(t), "graph.nq")
	_, _, claims := readSaved(t, graphNQ).Len()
	check := func(engine string, out []byte) {
		t.Helper()
		n := 0
		sc := bufio.NewScanner(bytes.NewReader(out))
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var r struct{ Claim, Evidence, Cut *string }
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatalf("%s: %v in %s", engine, err, sc.Bytes())
			}
			if r.Cut == nil || r.Evidence == nil || *r.Cut != *r.Evidence {
				t.Errorf("%s: SUBSTR by character offsets does not give the evidence: %s", engine, sc.Bytes())
			}
			n++
		}
		if n != claims {
			t.Errorf("%s: %d rows, want one per claim (%d)", engine, n, claims)
		}
	}
	t.Run("rdflib", func(t *testing.T) {
		check("rdflib", runTool(t, python(t, "rdflib"), "-c", rdflibQuery, graphNQ, evidenceByCharsRQ))
	})
	t.Run("Oxigraph", func(t *testing.T) {
		check("Oxigraph", runTool(t, oxigraph(t), oxigraphScript, graphNQ, evidenceByCharsRQ))
	})
}

// networkxBlame counts the edges labelled "accused" per (accuser,
// accused) pair, as docs/databases.md does.
const networkxBlame = `
import sys, json, collections, networkx as nx
g = nx.read_graphml(sys.argv[1], edge_key_type=str, force_multigraph=True)
blame = collections.Counter((a, b) for a, b, label in g.edges(data="label") if label == "accused")
print(json.dumps(sorted([a, b, n] for (a, b), n in blame.items())))
`

func TestNetworkXWhoBlamedWhom(t *testing.T) {
	py := python(t, "networkx")
	dir := buildSeeds(t)
	out := runTool(t, py, "-c", networkxBlame, filepath.Join(dir, "graph.graphml"))
	var counts [][3]any
	if err := json.Unmarshal(out, &counts); err != nil {
		t.Fatalf("networkx output: %v\n%s", err, out)
	}
	got := make(map[[2]string]int)
	for _, c := range counts {
		a, aok := c[0].(string)
		b, bok := c[1].(string)
		n, nok := c[2].(float64)
		if !aok || !bok || !nok {
			t.Fatalf("networkx row %v is not [accuser, accused, count]", c)
		}
		got[[2]string{a, b}] = int(n)
	}
	want := make(map[[2]string]int)
	for _, r := range queryAccusations(t, filepath.Join(dir, "graph.nq")) {
		want[[2]string{r.Subject, r.Object}]++
	}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%s accused %s: NetworkX counts %d edges, newskg query %d rows", k[0], k[1], got[k], n)
		}
	}
	for k, n := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%s accused %s: NetworkX counts %d edges, newskg query none", k[0], k[1], n)
		}
	}
}
