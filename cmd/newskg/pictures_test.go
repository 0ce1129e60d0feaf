package main

import (
	"bufio"
	"bytes"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/newskg/newskg/export/graphml"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/internal/outdir"
)

func newClaimSpool(t testing.TB) *claimSpool {
	t.Helper()
	f, err := os.CreateTemp(t.TempDir(), "spool")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return &claimSpool{f: f}
}

func spooled(t testing.TB, s *claimSpool) []graphml.Edge {
	t.Helper()
	var out []graphml.Edge
	for e, err := range s.edges() {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, e)
	}
	return out
}

// TestClaimSpool checks that claims come back whole, by article ID, and
// in the order added within an article.
func TestClaimSpool(t *testing.T) {
	s := newClaimSpool(t)
	odd := graph.Claim{Subject: "s\x00\xff", Predicate: "accused", Object: "", Article: "b", Evidence: "line\r\nnext \"«»\" \xc3",
		Start: 1 << 40, End: -1, Verb: "", CAMEO: "016", Confidence: math.Nextafter(0.7, 1)}
	plain := graph.Claim{Subject: "russia", Predicate: graph.Denied, Object: "ukraine", Article: "b", Evidence: "x", Start: 3, End: 4, Confidence: 0}
	first := graph.Claim{Subject: "a", Predicate: graph.Met, Object: "c", Article: "a-1", Evidence: "met", Confidence: 1}
	adds := []struct {
		a      graph.Article
		claims []graph.Claim
	}{
		{graph.Article{ID: "b", Title: "B \x01 title", Date: "2024-01-02"}, []graph.Claim{odd, plain}},
		{graph.Article{ID: "none"}, nil},
		{graph.Article{ID: "a-1"}, []graph.Claim{first}},
	}
	for _, a := range adds {
		if err := s.add(&a.a, a.claims); err != nil {
			t.Fatal(err)
		}
	}
	want := []graphml.Edge{
		{Claim: first, Article: graph.Article{ID: "a-1"}},
		{Claim: odd, Article: graph.Article{ID: "b", Title: "B \x01 title", Date: "2024-01-02"}},
		{Claim: plain, Article: graph.Article{ID: "b", Title: "B \x01 title", Date: "2024-01-02"}},
	}
	if got := spooled(t, s); !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
	if _, _, err := readClaim(appendClaim(nil, odd)[:10]); err == nil {
		t.Error("a record cut short was read")
	}
}

func FuzzClaimSpool(f *testing.F) {
	f.Add("russia", "accused", "ukraine", "a1", "Russia accused Ukraine.", 0, 23, "accused", "112", 0.9, "Title", "2023-05-04")
	f.Add("", "", "", "", "\xff\x00", -5, 1<<50, "", "", math.Inf(1), "", "")
	f.Fuzz(func(t *testing.T, s, p, o, art, ev string, start, end int, verb, cameo string, conf float64, title, date string) {
		c := graph.Claim{Subject: s, Predicate: graph.Predicate(p), Object: o, Article: art, Evidence: ev,
			Start: start, End: end, Verb: verb, CAMEO: cameo, Confidence: conf}
		sp := newClaimSpool(t)
		if err := sp.add(&graph.Article{ID: art, Title: title, Date: date}, []graph.Claim{c, c}); err != nil {
			t.Fatal(err)
		}
		got := spooled(t, sp)
		if len(got) != 2 {
			t.Fatalf("%d claims back, want 2", len(got))
		}
		for _, e := range got {
			same := reflect.DeepEqual(e.Claim, c) || math.IsNaN(conf) && math.IsNaN(e.Claim.Confidence)
			if !same || e.Article.ID != art || e.Article.Title != title || e.Article.Date != date {
				t.Fatalf("got %+v, want %+v", e, c)
			}
		}
	})
}

// TestBuildPicturesAsEncoders checks that the pictures a build draws
// from its tally and spool are those the encoders draw from the whole
// graph, read back from graph.nq.
func TestBuildPicturesAsEncoders(t *testing.T) {
	for _, extra := range [][]string{nil, {"--min-confidence", "0.8"}} {
		dir := buildSeeds(t, extra...)
		g, err := readGraph(filepath.Join(dir, "graph.nq"))
		if err != nil {
			t.Fatal(err)
		}
		m, err := outdir.ReadManifest(dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(extra) > 0 {
			g = g.Filter(func(c graph.Claim) bool { return c.Confidence >= 0.8 })
		}
		for _, f := range []struct{ format, file string }{{"dot", "graph.dot"}, {"graphml", "graph.graphml"}} {
			var want bytes.Buffer
			w := bufio.NewWriter(&want)
			if err := encode(w, f.format, g, "", ""); err != nil {
				t.Fatal(err)
			}
			w.WriteString(outdir.Trailer(f.file, m.ID))
			w.Flush()
			got, err := os.ReadFile(filepath.Join(dir, f.file))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want.Bytes()) {
				t.Errorf("%v: %s differs from the encoder's output of graph.nq", extra, f.file)
			}
		}
	}
}
