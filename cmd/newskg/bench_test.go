package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkBuildCorpus measures a whole build, one extraction worker
// (-j 1) and every format, over the shared BBC corpus when it sits beside
// the repository (../shared); it is skipped otherwise. bench/run.sh times
// the same as whole processes.
func BenchmarkBuildCorpus(b *testing.B) {
	dir := filepath.Join("..", "..", "..", "shared", "corpora", "bbc-news")
	if _, err := os.Stat(dir); err != nil {
		b.Skip("../shared/corpora/bbc-news not found")
	}
	b.ReportAllocs()
	for b.Loop() {
		out := b.TempDir()
		if code := run([]string{"build", "-q", "-j", "1", "-o", out, dir}, io.Discard, io.Discard); code != exitOK {
			b.Fatalf("build exited %d", code)
		}
	}
}
