package main

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newskg/newskg/export/dot"
	"github.com/newskg/newskg/internal/outdir"
)

// copyDir copies the files of a flat folder into a new one.
func copyDir(t *testing.T, from string) string {
	t.Helper()
	to := t.TempDir()
	ents, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		data, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(to, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return to
}

// withIndex is the members compared between two folders, the index
// included: an append leaves the index a fresh build writes.
var withIndex = []string{"graph.nq", "graph.dot", "graph.graphml", indexFile}

// TestAppendBothWays appends to a folder through its index (the old
// files copied as byte ranges) and, with the index removed, by reading
// the whole graph, and compares both with one build over all the
// articles; the append without an index writes one, so that the next is
// fast again.
func TestAppendBothWays(t *testing.T) {
	files := seedFiles(t)
	for _, fmts := range []string{"nquads,dot,graphml", "nquads"} {
		t.Run(fmts, func(t *testing.T) {
			members := withIndex
			if fmts == "nquads" {
				members = []string{"graph.nq", indexFile}
			}
			whole := t.TempDir()
			if code, _, stderr := newskg(t, "build", "-f", fmts, "-o", whole, seeds); code != 0 {
				t.Fatal(stderr)
			}
			start := t.TempDir()
			if code, _, stderr := newskg(t, "build", "-f", fmts, "-o", start, files[1], files[3]); code != 0 {
				t.Fatal(stderr)
			}
			for _, way := range []string{"indexed", "whole"} {
				dir := copyDir(t, start)
				if way == "whole" {
					os.Remove(filepath.Join(dir, indexFile))
				}
				x, _ := openIndexed(dir, strings.Split(fmts, ","), picturesFor(fmts), 0, "")
				if (x != nil) != (way == "indexed") {
					t.Fatalf("%s: openIndexed = %v", way, x)
				}
				if x != nil {
					x.close()
				}
				code, _, stderr := newskg(t, "build", "--append", "-f", fmts, "-o", dir, files[0], files[2], files[4])
				if code != 0 {
					t.Fatalf("%s: %s", way, stderr)
				}
				sameOutputs(t, whole, dir, members...)
				if _, err := outdir.Check(dir, memberNames()...); err != nil {
					t.Errorf("%s: %v", way, err)
				}
			}
		})
	}
}

// picturesFor returns what build gathers for the pictures among fmts.
func picturesFor(fmts string) *pictures {
	p := &pictures{}
	if strings.Contains(fmts, "dot") {
		p.tally = &dot.Tally{}
	}
	if strings.Contains(fmts, "graphml") {
		p.spool = &claimSpool{}
	}
	if p.tally == nil && p.spool == nil {
		return nil
	}
	return p
}

// TestAppendWithoutIndexFor names the cases where the index cannot serve
// and the append reads the whole graph.
func TestAppendWithoutIndexFor(t *testing.T) {
	files := seedFiles(t)
	dir := t.TempDir()
	if code, _, stderr := newskg(t, "build", "-f", "nquads", "-o", dir, files[0]); code != 0 {
		t.Fatal(stderr)
	}
	all := []string{"nquads", "dot", "graphml"}
	if x, _ := openIndexed(dir, []string{"nquads"}, nil, 0, ""); x == nil {
		t.Fatal("no index for graph.nq alone")
	} else {
		x.close()
	}
	for name, ok := range map[string]bool{
		"pictures the index cannot draw": openIndexed2(dir, all, picturesFor("dot,graphml"), 0, ""),
		"another base":                   openIndexed2(dir, []string{"nquads"}, nil, 0, "http://example.org/"),
	} {
		if ok {
			t.Errorf("%s: the index serves", name)
		}
	}
	dir = buildSeeds(t)
	for name, ok := range map[string]bool{
		"--min-confidence":      openIndexed2(dir, all, picturesFor("dot,graphml"), 0.5, ""),
		"a narrowed picture":    openIndexed2(dir, all, nil, 0, ""),
		"every picture, as set": !openIndexed2(dir, all, picturesFor("dot,graphml"), 0, ""),
	} {
		if ok {
			t.Errorf("%s: openIndexed wrong", name)
		}
	}
	// A graph.nq changed by hand (quads added at its end) no longer
	// matches the index.
	f, _ := os.OpenFile(filepath.Join(dir, "graph.nq"), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString("<urn:a> <urn:b> <urn:c> .\n")
	f.Close()
	if openIndexed2(dir, all, picturesFor("dot,graphml"), 0, "") {
		t.Error("the index serves a graph.nq changed since")
	}
}

func openIndexed2(dir string, fmts []string, pics *pictures, minConf float64, base string) bool {
	x, _ := openIndexed(dir, fmts, pics, minConf, base)
	if x != nil {
		x.close()
	}
	return x != nil
}

// TestAppendRenamesAnOldEntity appends an article that gives an entity of
// the graph a better name: the old article graphs that repeat its name
// are written again, and the result is that of one build.
func TestAppendRenamesAnOldEntity(t *testing.T) {
	in := t.TempDir()
	a := filepath.Join(in, "a.txt")
	b := filepath.Join(in, "b.txt")
	os.WriteFile(a, []byte("Protest in Krakow\n\nThousands marched in Krakow on Sunday. The mayor of Krakow said the city would not back down. Russia accused Poland of stirring unrest.\n"), 0o644)
	os.WriteFile(b, []byte("Festival in Kraków\n\nThe festival in Kraków drew crowds. Poland denied the claims made by Russia about Kraków.\n"), 0o644)
	whole := t.TempDir()
	if code, _, stderr := newskg(t, "build", "-o", whole, a, b); code != 0 {
		t.Fatal(stderr)
	}
	dir := t.TempDir()
	if code, _, stderr := newskg(t, "build", "-o", dir, a); code != 0 {
		t.Fatal(stderr)
	}
	before, _ := os.ReadFile(filepath.Join(dir, "graph.nq"))
	after, _ := os.ReadFile(filepath.Join(whole, "graph.nq"))
	label := func(name string) []byte {
		return []byte(`<http://www.w3.org/2000/01/rdf-schema#label> "` + name + `" <`)
	}
	if !bytes.Contains(before, label("Krakow")) || !bytes.Contains(after, label("Kraków")) || bytes.Contains(after, label("Krakow")) {
		t.Fatal("the test articles no longer rename an entity (Krakow → Kraków): the test needs others")
	}
	if x, _ := openIndexed(dir, []string{"nquads", "dot", "graphml"}, picturesFor("dot,graphml"), 0, ""); x == nil {
		t.Fatal("no index")
	} else {
		x.close()
	}
	if code, _, stderr := newskg(t, "build", "--append", "-o", dir, b); code != 0 {
		t.Fatal(stderr)
	}
	sameOutputs(t, whole, dir, withIndex...)
}

// TestAppendThroughIndexKeepsForeignQuads appends twice after quads of
// another tool were added to graph.nq: the first append reads the whole
// graph (the file no longer matches the index), the second copies it;
// both keep the quads, once, and give what one build with them gives.
func TestAppendThroughIndexKeepsForeignQuads(t *testing.T) {
	files := seedFiles(t)
	dir, ref := t.TempDir(), t.TempDir()
	for _, d := range []string{dir, ref} {
		if code, _, stderr := newskg(t, "build", "-o", d, files[0]); code != 0 {
			t.Fatal(stderr)
		}
		f, _ := os.OpenFile(filepath.Join(d, "graph.nq"), os.O_APPEND|os.O_WRONLY, 0)
		f.WriteString(dbpedia)
		f.Close()
	}
	// ref appends both at once, without its index: the whole graph is
	// read both times.
	for i, d := range []string{dir, dir} {
		if code, _, stderr := newskg(t, "build", "--append", "-o", d, files[1+i]); code != 0 {
			t.Fatal(stderr)
		}
	}
	if code, _, stderr := newskg(t, "build", "--append", "-o", ref, files[1], files[2]); code != 0 {
		t.Fatal(stderr)
	}
	sameOutputs(t, ref, dir, withIndex...)
	nq, _ := os.ReadFile(filepath.Join(dir, "graph.nq"))
	for _, l := range strings.SplitAfter(dbpedia, "\n") {
		if l != "" && strings.Count(string(nq), l) != 1 {
			t.Errorf("%q written %d times", l, strings.Count(string(nq), l))
		}
	}
}

// TestKilledAppendsLeaveOneSet kills appends that copy through the index
// at random moments: every reader then gets one complete set, and a last
// append gives what one build over the same articles gives.
func TestKilledAppendsLeaveOneSet(t *testing.T) {
	files := seedFiles(t)
	rng := rand.New(rand.NewPCG(3, 4))
	dir := t.TempDir()
	if out, err := child(t, "build", "-o", dir, files[0], files[1]).CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	start := time.Now()
	if out, err := child(t, "build", "--append", "-o", copyDir(t, dir), files[2]).CombinedOutput(); err != nil {
		t.Fatalf("append: %v\n%s", err, out)
	}
	span := time.Since(start) + 5*time.Millisecond
	for i := range 20 {
		cmd := child(t, "build", "--append", "-o", dir, files[2+i%3])
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Int64N(int64(span))))
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if _, err := outdir.Check(dir, memberNames()...); err != nil && !errors.Is(err, outdir.ErrInterrupted) {
			t.Fatalf("run %d: after kill -9: %v", i, err)
		}
		readSaved(t, filepath.Join(dir, "graph.nq")) // completes a switch
		if _, err := outdir.Check(dir, memberNames()...); err != nil {
			t.Fatalf("run %d: after a read: %v", i, err)
		}
	}
	// Whatever landed, one more append of the rest gives one build's
	// files, through the index.
	g := readSaved(t, filepath.Join(dir, "graph.nq"))
	var rest []string
	for _, f := range files[2:] {
		if _, ok := g.Article(strings.TrimSuffix(filepath.Base(f), ".txt")); !ok {
			rest = append(rest, f)
		}
	}
	if x, _ := openIndexed(dir, []string{"nquads", "dot", "graphml"}, picturesFor("dot,graphml"), 0, ""); x == nil {
		t.Error("the set left by the kills has no index that serves")
	} else {
		x.close()
	}
	if len(rest) > 0 {
		if code, _, stderr := newskg(t, append([]string{"build", "--append", "-o", dir}, rest...)...); code != 0 {
			t.Fatal(stderr)
		}
	} else {
		// Every article landed before the last kill: nothing is left
		// to append, and the killed run's temporary files wait for the
		// next writer, which removes them when it opens the folder.
		d, err := outdir.Open(dir, outdir.Options{Members: memberNames(), NoWait: true})
		if err != nil {
			t.Fatal(err)
		}
		d.Close()
	}
	sameOutputs(t, buildSeeds(t), dir, withIndex...)
	noTemporaryFiles(t, dir)
}

// TestAppendArticlesWithoutClaims appends articles without claims or
// without entities to graphs with and without them: empty pictures and
// empty runs of edges are spliced as the full ones are.
func TestAppendArticlesWithoutClaims(t *testing.T) {
	in := t.TempDir()
	bare := filepath.Join(in, "bare.txt")
	calm := filepath.Join(in, "calm.txt")
	os.WriteFile(bare, []byte("Weather\n\nIt rained in the morning and the afternoon was dry.\n"), 0o644)
	os.WriteFile(calm, []byte("Gardens\n\nThe roses bloomed late this year, gardeners said.\n"), 0o644)
	seed := seedFiles(t)[0]
	for _, pair := range [][2]string{{bare, calm}, {bare, seed}, {seed, bare}} {
		whole, dir := t.TempDir(), t.TempDir()
		if code, _, stderr := newskg(t, "build", "-o", whole, pair[0], pair[1]); code != 0 {
			t.Fatal(stderr)
		}
		if code, _, stderr := newskg(t, "build", "-o", dir, pair[0]); code != 0 {
			t.Fatal(stderr)
		}
		if code, _, stderr := newskg(t, "build", "--append", "-o", dir, pair[1]); code != 0 {
			t.Fatal(stderr)
		}
		sameOutputs(t, whole, dir, withIndex...)
	}
}

// TestMarkScanner finds the marks of GraphML documents written in pieces
// of every size, as a search of the whole document does.
func TestMarkScanner(t *testing.T) {
	doc := []byte("<graphml>\n  <graph>\n    <node id=\"a\"></node>\n    <edge id=\"1\">\n    </edge>\n    <edge id=\"2\">\n    </edge>\n  </graph>\n</graphml>\n")
	var want []int64
	for i := range doc {
		if bytes.HasPrefix(doc[i:], edgeMark) {
			want = append(want, int64(i))
		}
	}
	end := int64(bytes.Index(doc, graphEnd))
	for size := 1; size <= len(doc); size++ {
		s := &markScanner{w: io.Discard}
		for i := 0; i < len(doc); i += size {
			s.Write(doc[i:min(i+size, len(doc))])
		}
		s.done()
		if !slices.Equal(s.edges, want) || s.end != end {
			t.Errorf("pieces of %d: edges %v, end %d; want %v, %d", size, s.edges, s.end, want, end)
		}
	}
	s := &markScanner{w: io.Discard}
	s.Write([]byte("<graphml>\n  <graph id=\"G\"></graph>\n"))
	s.Write([]byte("</graphml>\n"))
	s.done()
	if s.end != int64(len("<graphml>\n  <graph id=\"G\">")) {
		t.Errorf("graph without children: end %d", s.end)
	}
	inline := []byte("<graphml>\n  <graph id=\"G\"></graph>\n</graphml>\n")
	for size := 1; size <= len(inline); size++ {
		s := &markScanner{w: io.Discard}
		for i := 0; i < len(inline); i += size {
			s.Write(inline[i:min(i+size, len(inline))])
		}
		s.done()
		if s.end != int64(len("<graphml>\n  <graph id=\"G\">")) {
			t.Errorf("graph without children, pieces of %d: end %d", size, s.end)
		}
	}
}

// TestMergeBothWays merges shards through their indexes and, with one
// index removed, by reading them whole, shards whose entities the other
// renames included, and compares with one build over all the articles.
func TestMergeBothWays(t *testing.T) {
	in := t.TempDir()
	a := filepath.Join(in, "a.txt")
	b := filepath.Join(in, "b.txt")
	os.WriteFile(a, []byte("Protest in Krakow\n\nThousands marched in Krakow on Sunday. The mayor of Krakow said the city would not back down. Russia accused Poland of stirring unrest.\n"), 0o644)
	os.WriteFile(b, []byte("Festival in Kraków\n\nThe festival in Kraków drew crowds. Poland denied the claims made by Russia about Kraków.\n"), 0o644)
	files := seedFiles(t)
	for name, shards := range map[string][][]string{
		"seeds":   {{files[0], files[2], files[4]}, {files[1], files[3]}},
		"renamed": {{a}, {b}, {files[0]}},
	} {
		var all []string
		for _, s := range shards {
			all = append(all, s...)
		}
		whole := t.TempDir()
		if code, _, stderr := newskg(t, append([]string{"build", "-o", whole}, all...)...); code != 0 {
			t.Fatal(stderr)
		}
		for _, way := range []string{"indexed", "whole"} {
			var nqs []string
			for i, s := range shards {
				dir := t.TempDir()
				if code, _, stderr := newskg(t, append([]string{"build", "-o", dir}, s...)...); code != 0 {
					t.Fatal(stderr)
				}
				if way == "whole" && i == 1 {
					os.Remove(filepath.Join(dir, indexFile))
				}
				nqs = append(nqs, filepath.Join(dir, "graph.nq"))
			}
			ix, err := mergeIndexed(nqs, []string{"nquads", "dot", "graphml"})
			if err != nil || (ix != nil) != (way == "indexed") {
				t.Fatalf("%s %s: mergeIndexed = %v, %v", name, way, ix, err)
			}
			if ix != nil {
				ix.close()
			}
			merged := t.TempDir()
			code, _, stderr := newskg(t, append([]string{"merge", "-o", merged}, nqs...)...)
			if code != 0 {
				t.Fatalf("%s %s: %s", name, way, stderr)
			}
			sameOutputs(t, whole, merged, withIndex...)
			_, _, want := newskg(t, append([]string{"build", "-o", t.TempDir()}, all...)...)
			if summary := stderr[:strings.Index(stderr, " → ")]; summary != want[:strings.Index(want, " → ")] {
				t.Errorf("%s %s: summary %q, one build says %q", name, way, summary, want)
			}
		}
	}
}
