package main

import (
	"bytes"
	"encoding/json"
	"github.com/newskg/newskg/internal/testtool"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newskg/newskg/export/nquads"
	"github.com/newskg/newskg/graph"
)

// seeds is the folder of seed articles, relative to this package.
const seeds = "../../seeds"

// newskg runs the command line in-process and returns its exit code and
// output.
func newskg(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// buildSeeds builds the seeds into a fresh folder and returns it.
func buildSeeds(t *testing.T, extra ...string) string {
	t.Helper()
	dir := t.TempDir()
	code, _, stderr := newskg(t, append([]string{"build", "-o", dir}, append(extra, seeds)...)...)
	if code != 0 {
		t.Fatalf("build seeds: exit %d\n%s", code, stderr)
	}
	return dir
}

func TestBuildWritesThreeFilesAndSummary(t *testing.T) {
	dir := t.TempDir()
	code, _, stderr := newskg(t, "build", "-o", dir, seeds)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, f := range []string{"graph.nq", "graph.dot", "graph.graphml"} {
		if fi, err := os.Stat(filepath.Join(dir, f)); err != nil || fi.Size() == 0 {
			t.Errorf("%s missing or empty: %v", f, err)
		}
	}
	if !regexp.MustCompile(`5 articles, \d+ entities, \d+ claims \(.*accused \d+`).MatchString(stderr) {
		t.Errorf("summary = %q", stderr)
	}
	// No temporary files left behind: the three, the lock, the
	// manifest and the index.
	ents, _ := os.ReadDir(dir)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	if want := []string{".newskg.index", ".newskg.lock", ".newskg.manifest", "graph.dot", "graph.graphml", "graph.nq"}; !slices.Equal(names, want) {
		t.Errorf("output folder holds %q, want %q", names, want)
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	a, b := buildSeeds(t), buildSeeds(t, "-j", "1")
	for _, f := range []string{"graph.nq", "graph.dot", "graph.graphml"} {
		x, _ := os.ReadFile(filepath.Join(a, f))
		y, _ := os.ReadFile(filepath.Join(b, f))
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between two builds", f)
		}
	}
}

func readSaved(t *testing.T, path string) *graph.Graph {
	t.Helper()
	g, err := readGraph(path)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestEvidenceMatchesOffsets(t *testing.T) {
	g := readSaved(t, filepath.Join(buildSeeds(t), "graph.nq"))
	claims := g.Claims()
	if len(claims) == 0 {
		t.Fatal("no claims extracted from the seeds")
	}
	for _, c := range claims {
		a, ok := g.Article(c.Article)
		if !ok || a.Text[c.Start:c.End] != c.Evidence {
			t.Errorf("claim %s: evidence is not text[%d:%d]", c.ID(), c.Start, c.End)
		}
		raw, err := os.ReadFile(filepath.Join(seeds, c.Article+".txt"))
		if err != nil || string(raw[c.Start:c.End]) != c.Evidence {
			t.Errorf("claim %s: evidence is not the seed file's bytes at its offsets", c.ID())
		}
		if c.Confidence <= 0 || c.Confidence > 1 || c.Verb == "" {
			t.Errorf("claim %s: confidence %v, verb %q", c.ID(), c.Confidence, c.Verb)
		}
	}
}

func TestNQuadsRoundTripIsByteIdentical(t *testing.T) {
	dir := buildSeeds(t)
	orig, _ := os.ReadFile(filepath.Join(dir, "graph.nq"))
	again := filepath.Join(t.TempDir(), "again.nq")
	if code, _, stderr := newskg(t, "export", "-f", "nquads", "-o", again, filepath.Join(dir, "graph.nq")); code != 0 {
		t.Fatalf("export: %s", stderr)
	}
	got, _ := os.ReadFile(again)
	if !bytes.Equal(orig, got) {
		t.Error("build → nq → read → nq is not byte-identical")
	}
	// And the other exports from the saved graph equal those of build.
	for _, f := range []struct{ format, file string }{{"dot", "graph.dot"}, {"graphml", "graph.graphml"}} {
		p := filepath.Join(t.TempDir(), f.file)
		if code, _, stderr := newskg(t, "export", "-f", f.format, "-o", p, filepath.Join(dir, "graph.nq")); code != 0 {
			t.Fatalf("export %s: %s", f.format, stderr)
		}
		a, _ := os.ReadFile(p)
		b, _ := os.ReadFile(filepath.Join(dir, f.file))
		if !bytes.Equal(a, b) {
			t.Errorf("export -f %s from graph.nq differs from build's %s", f.format, f.file)
		}
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "in")
	os.MkdirAll(bad, 0o755)
	os.WriteFile(filepath.Join(bad, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(bad, "binary.txt"), []byte("\x00\x01\x02ELF"), 0o644)
	os.WriteFile(filepath.Join(bad, "latin1.txt"), []byte("Caf\xe9\n"), 0o644)
	os.WriteFile(filepath.Join(bad, "good.txt"), []byte("Title\n\nRussia accused Ukraine of shelling Kherson.\n"), 0o644)
	os.WriteFile(filepath.Join(bad, "broken.json"), []byte("{\"title\": \"x\",\n \"text\": }"), 0o644)
	os.WriteFile(filepath.Join(bad, "menu.html"), []byte("<html><body><nav><a href=/>Home</a></nav></body></html>"), 0o644)
	os.WriteFile(filepath.Join(bad, "page.html"), []byte("<html><head><title>Kyiv denies</title></head><body><article><h1>Kyiv denies</h1><p>Ukraine denied any involvement in the attack on the Kremlin.</p></article></body></html>"), 0o644)
	tests := []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"ok", []string{"build", "-o", filepath.Join(dir, "a"), seeds}, 0, nil},
		{"bad inputs", []string{"build", "-o", filepath.Join(dir, "b"), bad, filepath.Join(dir, "missing")}, 1,
			[]string{"empty.txt: empty file", "binary.txt: binary", "latin1.txt: not UTF-8", "missing: no such file",
				"broken.json: malformed JSON at line 2", "menu.html: no article text", "2 articles"}},
		{"unknown flag", []string{"build", "--nope", seeds}, 2, []string{"unknown flag"}},
		{"no output", []string{"build", seeds}, 2, []string{"-o DIR"}},
		{"bad format", []string{"build", "-o", dir, "--format", "pdf", seeds}, 2, []string{"pdf"}},
		{"unknown command", []string{"frobnicate"}, 2, nil},
		{"export needs file", []string{"export", "-f", "dot"}, 2, nil},
		{"export bad file", []string{"export", "-f", "dot", filepath.Join(bad, "good.txt")}, 1, []string{"good.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := newskg(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
		})
	}
}

func TestHelpHasExamples(t *testing.T) {
	for _, c := range []string{"build", "export", "eval", "query", "blame", "render", "entities", "path", "top"} {
		code, out, _ := newskg(t, c, "--help")
		if code != 0 || !strings.Contains(out, "Examples:") {
			t.Errorf("%s --help: exit %d, no examples:\n%s", c, code, out)
		}
	}
}

// tool returns the path of an external program or skips the test.
func tool(t *testing.T, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		testtool.Missing(t, "%s not found: install Debian package %s to run this consumer test (.ci/run does)", name, pkg)
	}
	return p
}

// python returns /usr/bin/python3, the Debian interpreter that has the
// Debian packages python3-<module>, once it imports every module.
func python(t *testing.T, modules ...string) string {
	t.Helper()
	const py = "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		testtool.Missing(t, "/usr/bin/python3 not found: install python3-rdflib and python3-networkx")
	}
	for _, m := range modules {
		if err := exec.Command(py, "-c", "import "+m).Run(); err != nil {
			testtool.Missing(t, "python module %s missing: install Debian package python3-%s", m, m)
		}
	}
	return py
}

func TestGraphvizRendersSeeds(t *testing.T) {
	dot := tool(t, "dot", "graphviz")
	dir := buildSeeds(t)
	cmd := exec.Command(dot, "-Tsvg", filepath.Join(dir, "graph.dot"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("dot -Tsvg: %v\n%s", err, stderr.String())
	}
	g := readSaved(t, filepath.Join(dir, "graph.nq"))
	if n := strings.Count(string(out), `class="edge"`); n != len(g.Network().Links()) {
		t.Errorf("SVG has %d edges, graph has %d links (one per pair and predicate)", n, len(g.Network().Links()))
	}
}

func TestRapperCountsStatements(t *testing.T) {
	rapper := tool(t, "rapper", "raptor2-utils")
	dir := buildSeeds(t)
	path := filepath.Join(dir, "graph.nq")
	out, err := exec.Command(rapper, "-i", "nquads", "-c", path).CombinedOutput()
	if err != nil {
		t.Fatalf("rapper: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`returned (\d+) (?:statements|triples)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("rapper output: %s", out)
	}
	raw, _ := os.ReadFile(path)
	// Every line is a statement but the trailer, a comment.
	want := bytes.Count(raw, []byte("\n")) - bytes.Count(raw, []byte("\n#"))
	if got, _ := strconv.Atoi(string(m[1])); got != want {
		t.Errorf("rapper counts %d statements, file has %d lines", got, want)
	}
}

// accusedRows lists the accused claims of g as "subject object article"
// rows, sorted.
func accusedRows(g *graph.Graph) []string {
	var rows []string
	for _, c := range g.Claims() {
		if c.Predicate == graph.Accused {
			rows = append(rows, c.Subject+" "+c.Object+" "+c.Article)
		}
	}
	slices.Sort(rows)
	return slices.Compact(rows)
}

func TestRDFLibAnswersWhoAccusedWhom(t *testing.T) {
	py := python(t, "rdflib")
	dir := buildSeeds(t)
	path := filepath.Join(dir, "graph.nq")
	script := `
import sys, rdflib
ds = rdflib.Dataset()
ds.parse(sys.argv[1], format="nquads")
q = """
PREFIX ns: <` + nquads.NS + `>
SELECT DISTINCT ?s ?o ?g WHERE { GRAPH ?g { ?s ns:accused ?o } }
"""
for s, o, g in ds.query(q):
    print(str(s).rsplit("/", 1)[1], str(o).rsplit("/", 1)[1], str(g).rsplit("/", 1)[1])
`
	out, err := exec.Command(py, "-c", script, path).CombinedOutput()
	if err != nil {
		t.Fatalf("rdflib: %v\n%s", err, out)
	}
	got := strings.Fields(string(out))
	var rows []string
	for i := 0; i+2 < len(got); i += 3 {
		rows = append(rows, got[i]+" "+got[i+1]+" "+got[i+2])
	}
	slices.Sort(rows)
	want := accusedRows(readSaved(t, path))
	if len(want) == 0 || !slices.Equal(rows, want) {
		t.Errorf("SPARQL rows:\n%v\nwant:\n%v", rows, want)
	}
}

func TestNetworkXReadsGraphML(t *testing.T) {
	py := python(t, "networkx")
	dir := buildSeeds(t)
	script := `
import sys, json, networkx as nx
g = nx.read_graphml(sys.argv[1], edge_key_type=str)
print(json.dumps({"multi": g.is_multigraph() and g.is_directed(), "nodes": g.number_of_nodes(),
  "edges": g.number_of_edges(),
  "complete": all(all(k in d for k in ("label","article","evidence","start","end","verb","confidence")) for _,_,d in g.edges(data=True))}))
`
	out, err := exec.Command(py, "-c", script, filepath.Join(dir, "graph.graphml")).CombinedOutput()
	if err != nil {
		t.Fatalf("networkx: %v\n%s", err, out)
	}
	var res struct {
		Multi    bool
		Nodes    int
		Edges    int
		Complete bool
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	g := readSaved(t, filepath.Join(dir, "graph.nq"))
	_, ents, claims := g.Len()
	// NetworkX returns a MultiDiGraph when some pair has parallel edges,
	// as the seeds have: several articles accuse the same party.
	if !res.Multi || res.Nodes != ents || res.Edges != claims || !res.Complete || claims == 0 {
		t.Errorf("networkx read %+v; want a MultiDiGraph with %d nodes, %d edges, all attributes", res, ents, claims)
	}
}
