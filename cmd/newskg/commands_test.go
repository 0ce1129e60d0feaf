package main

import (
	"bytes"
	"encoding/json"
	"github.com/newskg/newskg/internal/testtool"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestQueryPeskov(t *testing.T) {
	dir := buildSeeds(t)
	code, out, stderr := newskg(t, "query", "--predicate", "blamed", "--subject", "Peskov", "--format", "jsonl", filepath.Join(dir, "graph.nq"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	for _, l := range lines {
		var r struct{ Subject, Predicate, Object, Evidence string }
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("%v: %q", err, l)
		}
		if r.Subject != "dmitry-peskov" || r.Predicate != "accused" || r.Evidence == "" {
			t.Errorf("row %+v", r)
		}
	}
	if !strings.Contains(out, `"object":"united-states"`) {
		t.Errorf("Peskov's accusations of the United States missing:\n%s", out)
	}
	// Piped output without --format is JSON Lines too.
	_, piped, _ := newskg(t, "query", "--predicate", "accused", "--subject", "Peskov", filepath.Join(dir, "graph.nq"))
	if piped != out {
		t.Error("default output when not a terminal is not JSON Lines")
	}
	code, _, stderr = newskg(t, "query", "--subject", "Nobody Atall", filepath.Join(dir, "graph.nq"))
	if code != 2 || !strings.Contains(stderr, "Nobody Atall") {
		t.Errorf("unknown name: exit %d, %s", code, stderr)
	}
}

// TestQueryReorderedGraph reads a graph.nq whose lines another tool put
// in another order (each article's headline last), which the fast,
// grouped reading cannot take: query and blame read it again the slow
// way and answer as from the file as built.
func TestQueryReorderedGraph(t *testing.T) {
	dir := buildSeeds(t)
	orig := filepath.Join(dir, "graph.nq")
	data, err := os.ReadFile(orig)
	if err != nil {
		t.Fatal(err)
	}
	var rest, last []string
	for _, l := range strings.SplitAfter(string(data), "\n") {
		if strings.Contains(l, "<http://schema.org/headline>") {
			last = append(last, l)
		} else {
			rest = append(rest, l)
		}
	}
	if len(last) == 0 {
		t.Fatal("no headline in graph.nq")
	}
	moved := filepath.Join(t.TempDir(), "moved.nq")
	if err := os.WriteFile(moved, []byte(strings.Join(append(rest, last...), "")), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"query", "-f", "jsonl"}, {"blame", "-f", "json"}} {
		code, want, stderr := newskg(t, append(args, orig)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		code, got, stderr := newskg(t, append(args, moved)...)
		if code != 0 || got != want {
			t.Errorf("%v on the reordered file: exit %d, %s; output differs: %v", args, code, stderr, got != want)
		}
	}
}

func TestBlameSeeds(t *testing.T) {
	dir := buildSeeds(t)
	code, out, stderr := newskg(t, "blame", filepath.Join(dir, "graph.nq"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "Russia accused Ukraine:") || !strings.Contains(out, "denied by Ukraine") {
		t.Errorf("blame output:\n%s", out)
	}
	code, out, _ = newskg(t, "blame", "--format", "json", filepath.Join(dir, "graph.nq"))
	var accs []struct {
		Accuser, Accused string
		Count            int
	}
	if code != 0 || json.Unmarshal([]byte(out), &accs) != nil || len(accs) == 0 || accs[0].Count < 2 {
		t.Errorf("blame json: exit %d, %d pairs", code, len(accs))
	}
}

func TestAppendEqualsFreshBuild(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if len(files) < 3 {
		t.Fatal("seeds missing")
	}
	fresh := buildSeeds(t)
	grown := t.TempDir()
	if code, _, stderr := newskg(t, append([]string{"build", "-o", grown}, files[:2]...)...); code != 0 {
		t.Fatal(stderr)
	}
	if code, _, stderr := newskg(t, append([]string{"build", "--append", "-o", grown}, files[2:]...)...); code != 0 {
		t.Fatal(stderr)
	}
	for _, f := range []string{"graph.nq", "graph.dot", "graph.graphml"} {
		a, _ := os.ReadFile(filepath.Join(fresh, f))
		b, _ := os.ReadFile(filepath.Join(grown, f))
		if !bytes.Equal(a, b) {
			t.Errorf("%s grown with --append differs from a fresh build", f)
		}
	}
	// Appending an article already in the graph is refused by name.
	code, _, stderr := newskg(t, "build", "--append", "-o", grown, files[0])
	if code != 1 || !strings.Contains(stderr, filepath.Base(files[0])) {
		t.Errorf("re-append: exit %d: %s", code, stderr)
	}
}

func TestRender(t *testing.T) {
	dir := buildSeeds(t)
	if _, err := exec.LookPath("dot"); err != nil {
		// Without Graphviz the command must say which package to install.
		code, _, stderr := newskg(t, "render", "-o", filepath.Join(dir, "x.svg"), filepath.Join(dir, "graph.nq"))
		if code == 0 || !strings.Contains(stderr, "graphviz") {
			t.Errorf("render without dot: exit %d, %s", code, stderr)
		}
		testtool.Missing(t, "Graphviz dot not found: install Debian package graphviz")
	}
	svg := filepath.Join(dir, "accused.svg")
	code, _, stderr := newskg(t, "render", "-o", svg, "--predicate", "accused,denied", "--focus", "Russia", "--depth", "1", filepath.Join(dir, "graph.nq"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, _ := os.ReadFile(svg)
	if !bytes.Contains(b, []byte("<svg")) || !bytes.Contains(b, []byte("accused")) || bytes.Contains(b, []byte(">met<")) {
		t.Error("render did not draw the accusation network")
	}
	t.Setenv("PATH", t.TempDir())
	code, _, stderr = newskg(t, "render", "-o", filepath.Join(dir, "y.svg"), filepath.Join(dir, "graph.nq"))
	if code == 0 || !strings.Contains(stderr, "apt-get install graphviz") {
		t.Errorf("render without dot on PATH: exit %d, %s", code, stderr)
	}
	if code, _, _ := newskg(t, "render", "-o", "x.gif", filepath.Join(dir, "graph.nq")); code != 2 {
		t.Errorf("bad extension: exit %d, want 2", code)
	}
}

func TestMinConfidence(t *testing.T) {
	all := readSaved(t, filepath.Join(buildSeeds(t), "graph.nq"))
	some := readSaved(t, filepath.Join(buildSeeds(t, "--min-confidence", "0.85"), "graph.nq"))
	if len(some.Claims()) == 0 || len(some.Claims()) >= len(all.Claims()) {
		t.Errorf("--min-confidence 0.85 kept %d of %d claims", len(some.Claims()), len(all.Claims()))
	}
	for _, c := range some.Claims() {
		if c.Confidence < 0.85 {
			t.Errorf("claim below threshold kept: %+v", c)
		}
	}
}

func TestExportDgraph(t *testing.T) {
	dir := buildSeeds(t)
	rdf := filepath.Join(dir, "kg.rdf")
	if code, _, stderr := newskg(t, "export", "-f", "dgraph", "-o", rdf, filepath.Join(dir, "graph.nq")); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, _ := os.ReadFile(rdf)
	schema, _ := os.ReadFile(filepath.Join(dir, "kg.schema"))
	if !bytes.Contains(data, []byte(`<accused>`)) || !bytes.Contains(data, []byte(`evidence=`)) || !bytes.Contains(schema, []byte("accused: [uid] @reverse")) {
		t.Errorf("dgraph export lacks accusations with facets or their schema")
	}
	if code, _, _ := newskg(t, "export", "-f", "dgraph", filepath.Join(dir, "graph.nq")); code != 2 {
		t.Errorf("dgraph to stdout: exit %d, want 2", code)
	}
}

func TestQueryKnowsGazetteerSpellings(t *testing.T) {
	dir := buildSeeds(t)
	for _, name := range []string{"Peskow", "Dmitry Peskov", "dmitry-peskov", "Zelenskiy", "Volodymyr Zelenskyy"} {
		code, out, stderr := newskg(t, "query", "--subject", name, "--format", "jsonl", filepath.Join(dir, "graph.nq"))
		if code != 0 || strings.TrimSpace(out) == "" {
			t.Errorf("query --subject %q: exit %d, %d bytes: %s", name, code, len(out), stderr)
		}
	}
	// A capital's name finds the city, not the state it stands for.
	_, out, _ := newskg(t, "query", "--object", "Kyiv", "--format", "jsonl", filepath.Join(dir, "graph.nq"))
	if strings.Contains(out, `"object":"ukraine"`) {
		t.Error(`--object Kyiv returned claims about Ukraine`)
	}
	if code, _, _ := newskg(t, "export", "-f", "dot", "--focus", "Nobody Atall", filepath.Join(dir, "graph.nq")); code != 2 {
		t.Errorf("unknown --focus: exit %d, want 2", code)
	}
}

func TestFailedBuildKeepsEarlierOutput(t *testing.T) {
	dir := buildSeeds(t)
	before, _ := os.ReadFile(filepath.Join(dir, "graph.nq"))
	code, _, stderr := newskg(t, "build", "-o", dir, filepath.Join(dir, "no-such-folder"))
	after, _ := os.ReadFile(filepath.Join(dir, "graph.nq"))
	if code != 1 || !bytes.Equal(before, after) {
		t.Errorf("build of a missing folder: exit %d, graph.nq changed: %v; %s", code, !bytes.Equal(before, after), stderr)
	}
}

func TestAppendAndExportKeepTheBase(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
	dir := t.TempDir()
	if code, _, stderr := newskg(t, "build", "--base", "http://example.org/kg/", "-o", dir, files[0]); code != 0 {
		t.Fatal(stderr)
	}
	if code, _, stderr := newskg(t, "build", "--append", "-o", dir, files[1]); code != 0 {
		t.Fatal(stderr)
	}
	nq, _ := os.ReadFile(filepath.Join(dir, "graph.nq"))
	if bytes.Contains(nq, []byte("newskg.example")) || !bytes.Contains(nq, []byte("<http://example.org/kg/article/")) {
		t.Error("--append did not keep the graph's IRI base")
	}
	_, out, _ := newskg(t, "export", "-f", "nquads", filepath.Join(dir, "graph.nq"))
	if out != string(nq) {
		t.Error("export -f nquads changed the IRI base")
	}
}
