package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newskg/newskg/extract"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/ingest"
)

// articles reads every article under dir and returns them with their
// total size in bytes.
func articles(b *testing.B, dir string) ([]graph.Article, int) {
	files, _ := ingest.Files([]string{dir})
	var arts []graph.Article
	size := 0
	for _, f := range files {
		if a, err := (ingest.Reader{}).Read(f); err == nil {
			arts = append(arts, a)
			size += len(a.Text)
		}
	}
	if len(arts) == 0 {
		b.Fatalf("no articles under %s", dir)
	}
	return arts, size
}

// benchmarkExtract measures extraction over the articles under dir;
// b.SetBytes makes the result read as throughput (MB/s).
func benchmarkExtract(b *testing.B, dir string) {
	x := newExtractor(b)
	arts, size := articles(b, dir)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			x.Extract(a)
		}
	}
}

// BenchmarkExtract measures extraction over the seed articles.
func BenchmarkExtract(b *testing.B) { benchmarkExtract(b, filepath.Join("..", "seeds")) }

// BenchmarkExtractCorpus measures extraction over the shared BBC corpus
// when it sits beside the repository (../shared); it is skipped otherwise.
func BenchmarkExtractCorpus(b *testing.B) {
	dir := filepath.Join("..", "..", "shared", "corpora", "bbc-news")
	if _, err := os.Stat(dir); err != nil {
		b.Skip("../shared/corpora/bbc-news not found")
	}
	benchmarkExtract(b, dir)
}

// BenchmarkExtractLongArticle measures one article of about 2 MB, the
// BBC corpus run together when it sits beside the repository (else the
// seeds, repeated): the rules that compare a name with every person or
// organisation named before must not make a book-length text quadratic.
func BenchmarkExtractLongArticle(b *testing.B) {
	dir := filepath.Join("..", "..", "shared", "corpora", "bbc-news")
	if _, err := os.Stat(dir); err != nil {
		dir = filepath.Join("..", "seeds")
	}
	arts, _ := articles(b, dir)
	var text strings.Builder
	text.WriteString("A long article\n\n")
	for text.Len() < 2<<20 {
		for _, a := range arts {
			text.WriteString(a.Text)
			text.WriteString("\n\n")
			if text.Len() >= 2<<20 {
				break
			}
		}
	}
	x := newExtractor(b)
	a := graph.Article{ID: "long", Text: text.String()}
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	for b.Loop() {
		x.Extract(a)
	}
}

// BenchmarkNew measures building an extractor: loading the embedded
// data files, the start of every build before its first article.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := extract.New(); err != nil {
			b.Fatal(err)
		}
	}
}
