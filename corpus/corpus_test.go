package corpus_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newskg/newskg/corpus"
	"github.com/newskg/newskg/extract"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/ingest"
)

func seedFiles(t testing.TB) []ingest.Input {
	files, errs := ingest.Files([]string{filepath.Join("..", "seeds")})
	if len(errs) > 0 || len(files) == 0 {
		t.Fatal(errs)
	}
	return files
}

func TestAddIsIndependentOfWorkers(t *testing.T) {
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	files := seedFiles(t)
	var claims [][]graph.Claim
	for _, w := range []int{1, 2, 8} {
		g := graph.New()
		b := corpus.Builder{Extractor: x, Workers: w}
		if errs := b.Add(g, files); len(errs) > 0 {
			t.Fatal(errs)
		}
		claims = append(claims, g.Claims())
	}
	for i := 1; i < len(claims); i++ {
		if len(claims[i]) != len(claims[0]) {
			t.Fatalf("worker count changed the graph: %d vs %d claims", len(claims[i]), len(claims[0]))
		}
		for k := range claims[i] {
			if claims[i][k] != claims[0][k] {
				t.Fatalf("worker count changed claim %d", k)
			}
		}
	}
}

func TestAddNamesBadFilesAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte{0, 1, 2}, 0o644)
	x, _ := extract.New()
	g := graph.New()
	files := append([]ingest.Input{{Path: bad, ID: "bad"}}, seedFiles(t)...)
	files = append(files, seedFiles(t)[0]) // a duplicate article
	errs := (&corpus.Builder{Extractor: x}).Add(g, files)
	if len(errs) != 2 || !strings.Contains(errs[0].Error(), "bad.txt") || !strings.Contains(errs[1].Error(), "already in the graph") {
		t.Errorf("errs = %v", errs)
	}
	if a, _, _ := g.Len(); a != 5 {
		t.Errorf("%d articles, want the 5 good ones", a)
	}
}

func BenchmarkBuildSeeds(b *testing.B) {
	x, _ := extract.New()
	files := seedFiles(b)
	for b.Loop() {
		(&corpus.Builder{Extractor: x}).Add(graph.New(), files)
	}
}

type panicky struct{}

func (panicky) Extract(a graph.Article) graph.Document {
	if strings.Contains(a.Text, "boom") {
		panic("boom")
	}
	return graph.Document{Article: a}
}

func TestExtractorPanicNamesFileAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	bad, good := filepath.Join(dir, "bad.txt"), filepath.Join(dir, "good.txt")
	os.WriteFile(bad, []byte("boom\n"), 0o644)
	os.WriteFile(good, []byte("fine\n"), 0o644)
	g := graph.New()
	errs := (&corpus.Builder{Extractor: panicky{}}).Add(g, []ingest.Input{{Path: bad, ID: "bad"}, {Path: good, ID: "good"}})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "bad.txt") {
		t.Errorf("errs = %v", errs)
	}
	if _, ok := g.Article("good"); !ok {
		t.Error("the good article was not added")
	}
}

// Records of many bytes hold the reader back (see Run) without stopping
// it: every one is still handed on, in order.
func TestRunGoesOnPastTheReadAheadBytes(t *testing.T) {
	dir := t.TempDir()
	var files []ingest.Input
	for i := range 12 {
		name := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
		if err := os.WriteFile(name, []byte(strings.Repeat("Some words. ", 1<<17)), 0o644); err != nil { // 1.5 MB
			t.Fatal(err)
		}
		files = append(files, ingest.Input{Path: name, ID: fmt.Sprintf("%02d", i)})
	}
	var got []string
	errs := (&corpus.Builder{Extractor: panicky{}, Workers: 1}).Run(files, func(d graph.Document, _ ingest.Record) error {
		got = append(got, d.Article.ID)
		return nil
	})
	if len(errs) > 0 || len(got) != len(files) {
		t.Fatalf("got %d documents, %v; want %d", len(got), errs, len(files))
	}
	for i, id := range got {
		if id != files[i].ID {
			t.Fatalf("document %d is %s, want %s", i, id, files[i].ID)
		}
	}
}
