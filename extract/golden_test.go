package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newskg/newskg/extract"
	"github.com/newskg/newskg/ingest"
	"github.com/newskg/newskg/internal/golden"
)

// TestGoldenTriples pins what the extractor reads in every article of
// the gold sets: each article's claims as "subject predicate object" and
// its entities as "id Type", compared line for line with a reviewed
// golden file. Switching off any rule that fires on these articles
// changes a line. After an intended change, run go test -update and
// review the diff of testdata/golden before committing it.
//
// The development set lives in ../shared, not in the repository: its
// golden file holds only IDs, and the test skips where the texts are
// absent.
func TestGoldenTriples(t *testing.T) {
	x := newExtractor(t)
	for _, set := range []struct{ name, dir string }{
		{"seeds", filepath.Join("..", "seeds")},
		{"general", filepath.Join("testdata", "general")},
		{"dev", filepath.Join("..", "..", "shared", "gold", "dev", "articles")},
	} {
		t.Run(set.name, func(t *testing.T) {
			if _, err := os.Stat(set.dir); err != nil {
				t.Skipf("no %s articles at %s (../shared is not beside this clone)", set.name, set.dir)
			}
			golden.Check(t, filepath.Join("testdata", "golden", set.name+".txt"), []byte(triplesOf(t, x, set.dir)))
		})
	}
}

// triplesOf extracts every .txt article of dir and lists its claims and
// entities, one per line, sorted within each article.
func triplesOf(t *testing.T, x *extract.Extractor, dir string) string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no articles in %s: %v", dir, err)
	}
	slices.Sort(paths)
	var b strings.Builder
	for _, p := range paths {
		a, err := ingest.Reader{}.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d := x.Extract(a)
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		var lines []string
		for _, c := range d.Claims {
			lines = append(lines, fmt.Sprintf("%s\tclaim\t%s %s %s", id, c.Subject, c.Predicate, c.Object))
		}
		for _, e := range d.Entities {
			lines = append(lines, fmt.Sprintf("%s\tentity\t%s %s", id, e.ID, e.Type))
		}
		slices.Sort(lines)
		for _, l := range slices.Compact(lines) {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return b.String()
}
