package nquads

import (
	"bytes"
	"encoding/json"
	"github.com/newskg/newskg/internal/testtool"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"testing"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/graphtest"
)

// consumerGraphs are the graphs that real consumers must read.
func consumerGraphs() []struct {
	name string
	g    *graph.Graph
} {
	return []struct {
		name string
		g    *graph.Graph
	}{{"hostile", graphtest.Hostile()}, {"odd", oddGraph()}}
}

// writeFile encodes g into a temporary file and returns its path and
// the number of quads written.
func writeFile(t *testing.T, g *graph.Graph) (string, int) {
	t.Helper()
	data := encode(t, g, "")
	path := filepath.Join(t.TempDir(), "graph.nq")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, bytes.Count(data, []byte("\n"))
}

var rapperCount = regexp.MustCompile(`Parsing returned (\d+) (?:statements|triples)`)

func TestRapper(t *testing.T) {
	rapper, err := exec.LookPath("rapper")
	if err != nil {
		testtool.Missing(t, "rapper not installed (Debian raptor2-utils)")
	}
	for _, tc := range consumerGraphs() {
		t.Run(tc.name, func(t *testing.T) {
			path, quads := writeFile(t, tc.g)
			var stderr bytes.Buffer
			cmd := exec.Command(rapper, "-i", "nquads", "-c", path)
			cmd.Stderr = &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("rapper: %v\n%s", err, stderr.Bytes())
			}
			m := rapperCount.FindSubmatch(stderr.Bytes())
			if m == nil {
				t.Fatalf("rapper printed no count:\n%s", stderr.Bytes())
			}
			if n, _ := strconv.Atoi(string(m[1])); n != quads {
				t.Errorf("rapper read %d statements, we wrote %d:\n%s", n, quads, stderr.Bytes())
			}
		})
	}
}

// TestRDFLib loads the files into rdflib, queries the accused claims
// over named graphs with SPARQL and compares them, and the strings
// rdflib decoded, with the Go graph.
func TestRDFLib(t *testing.T) {
	const python = "/usr/bin/python3" // Debian's, which has python3-rdflib
	if _, err := os.Stat(python); err != nil {
		testtool.Missing(t, "/usr/bin/python3 not installed")
	}
	if err := exec.Command(python, "-c", "import rdflib").Run(); err != nil {
		testtool.Missing(t, "rdflib not installed for /usr/bin/python3 (Debian python3-rdflib)")
	}
	v, err := newIRIs(DefaultBase)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range consumerGraphs() {
		t.Run(tc.name, func(t *testing.T) {
			path, quads := writeFile(t, tc.g)
			out, err := exec.Command(python, filepath.Join("testdata", "rdflib_check.py"), path, NS).Output()
			if err != nil {
				t.Fatalf("rdflib_check.py: %v\n%s", err, stderrOf(err))
			}
			var got struct {
				Quads    int
				Accused  [][3]string
				Label    map[string]string
				Text     map[string]string
				Evidence map[string]string
			}
			if err := json.Unmarshal(out, &got); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			if got.Quads != quads {
				t.Errorf("rdflib holds %d quads, we wrote %d", got.Quads, quads)
			}

			var accused [][3]string
			wantEvidence := make(map[string]string)
			for _, c := range tc.g.Claims() {
				if c.Evidence != "" {
					wantEvidence[string(v.mint(kindClaim, c.ID()))] = c.Evidence
				}
				if c.Predicate == graph.Accused {
					accused = append(accused, [3]string{string(v.mint(kindEntity, c.Subject)),
						string(v.mint(kindEntity, c.Object)), string(v.mint(kindGraph, c.Article))})
				}
			}
			slices.SortFunc(accused, func(a, b [3]string) int { return slices.Compare(a[:], b[:]) })
			accused = slices.Compact(accused)
			if !slices.Equal(got.Accused, accused) {
				t.Errorf("SPARQL accused rows:\ngot  %q\nwant %q", got.Accused, accused)
			}

			wantLabel, wantText := make(map[string]string), make(map[string]string)
			for _, e := range tc.g.Entities() {
				wantLabel[string(v.mint(kindEntity, e.ID))] = e.Name
			}
			for _, a := range tc.g.Articles() {
				wantText[string(v.mint(kindArticle, a.ID))] = a.Text
			}
			for _, m := range []struct {
				name      string
				got, want map[string]string
			}{{"labels", got.Label, wantLabel}, {"texts", got.Text, wantText}, {"evidence", got.Evidence, wantEvidence}} {
				if !maps.Equal(m.got, m.want) {
					t.Errorf("rdflib read %s\n%q\nwant\n%q", m.name, m.got, m.want)
				}
			}
		})
	}
}

func stderrOf(err error) []byte {
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.Stderr
	}
	return nil
}
