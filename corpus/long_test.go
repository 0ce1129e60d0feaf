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

// BenchmarkOneLineArticle builds one article of n bytes on one line (the
// seeds' text run together), to show that time and allocation per byte
// stay flat as an article grows. Peak memory of the command on 8 MB is in
// docs/reliability.md.
func BenchmarkOneLineArticle(b *testing.B) {
	x, _ := extract.New()
	var seed strings.Builder
	for _, f := range seedFiles(b) {
		data, _ := os.ReadFile(f.Path)
		seed.WriteString(strings.ReplaceAll(string(data), "\n", " "))
	}
	for _, n := range []int{64 << 10, 256 << 10, 1 << 20} {
		b.Run(fmt.Sprintf("%dKB", n>>10), func(b *testing.B) {
			text := strings.Repeat(seed.String(), n/seed.Len()+1)[:n]
			path := filepath.Join(b.TempDir(), "long.txt")
			os.WriteFile(path, []byte(text+"\n"), 0o644)
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				(&corpus.Builder{Extractor: x}).Add(graph.New(), []ingest.Input{{Path: path, ID: "long"}})
			}
		})
	}
}
