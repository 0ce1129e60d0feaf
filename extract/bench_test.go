package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/ingest"
)

// BenchmarkExtract measures extraction over the seed articles; b.SetBytes
// makes the result read as throughput (MB/s).
func BenchmarkExtract(b *testing.B) {
	x := newExtractor(b)
	files, _ := ingest.Files([]string{filepath.Join("..", "seeds")})
	var arts []graph.Article
	size := 0
	for _, f := range files {
		a, err := ingest.Reader{}.Read(f)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			x.Extract(a)
		}
	}
}

// BenchmarkExtractCorpus measures extraction over the shared BBC corpus
// when it sits beside the repository (../shared); it is skipped otherwise.
func BenchmarkExtractCorpus(b *testing.B) {
	dir := filepath.Join("..", "..", "shared", "corpora", "bbc-news")
	if _, err := os.Stat(dir); err != nil {
		b.Skip("../shared/corpora/bbc-news not found")
	}
	files, _ := ingest.Files([]string{dir})
	x := newExtractor(b)
	var arts []graph.Article
	size := 0
	for _, f := range files {
		if a, err := (ingest.Reader{}).Read(f); err == nil {
			arts = append(arts, a)
			size += len(a.Text)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			x.Extract(a)
		}
	}
}
