package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newskg/newskg/corpus"
)

func gzipped(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(data)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// sameOutputs fails unless two build folders hold the same files.
func sameOutputs(t *testing.T, a, b string, files ...string) {
	t.Helper()
	if len(files) == 0 {
		files = []string{"graph.nq", "graph.dot", "graph.graphml"}
	}
	for _, f := range files {
		x, err1 := os.ReadFile(filepath.Join(a, f))
		y, err2 := os.ReadFile(filepath.Join(b, f))
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: %v, %v", f, err1, err2)
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between %s and %s", f, a, b)
		}
	}
}

// TestBuildGzipSameAsPlain compresses the seeds and checks that the build
// is byte for byte the same.
func TestBuildGzipSameAsPlain(t *testing.T) {
	in := t.TempDir()
	for _, f := range seedFiles(t) {
		data, _ := os.ReadFile(f)
		os.WriteFile(filepath.Join(in, filepath.Base(f)+".gz"), gzipped(t, data), 0o644)
	}
	plain, gz := buildSeeds(t), t.TempDir()
	if code, _, stderr := newskg(t, "build", "-o", gz, in); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	sameOutputs(t, plain, gz)
}

// seedsJSONL writes the seeds as JSON Lines, one article a line, with a
// broken line after the second.
func seedsJSONL(t *testing.T) []byte {
	var b bytes.Buffer
	for i, f := range seedFiles(t) {
		data, _ := os.ReadFile(f)
		title, body, _ := strings.Cut(string(data), "\n")
		line, _ := json.Marshal(map[string]string{"id": strings.TrimSuffix(filepath.Base(f), ".txt"), "title": title, "text": body})
		b.Write(line)
		b.WriteByte('\n')
		if i == 1 {
			b.WriteString(`{"title": "cut off", "text": "Russia acc` + "\n")
		}
	}
	return b.Bytes()
}

func TestBuildJSONLAndStdin(t *testing.T) {
	feed := seedsJSONL(t)
	in := t.TempDir()
	path := filepath.Join(in, "feed.jsonl")
	os.WriteFile(path, feed, 0o644)

	fromFile := t.TempDir()
	code, _, stderr := newskg(t, "build", "-o", fromFile, path)
	if code != exitPartial {
		t.Errorf("exit %d, want %d for a feed with a broken line", code, exitPartial)
	}
	if !strings.Contains(stderr, path+":3: malformed JSON") || !strings.Contains(stderr, "5 articles") {
		t.Errorf("stderr = %q; want line 3 named and 5 articles built", stderr)
	}

	fromStdin := t.TempDir()
	var out, errb bytes.Buffer
	code = runIn([]string{"build", "-o", fromStdin, "-"}, bytes.NewReader(gzipped(t, feed)), &out, &errb)
	if code != exitPartial || !strings.Contains(errb.String(), "stdin:3: malformed JSON") {
		t.Errorf("stdin: exit %d, stderr %q", code, errb.String())
	}
	sameOutputs(t, fromFile, fromStdin)

	// Not a terminal: no progress line, nothing but errors and the
	// summary.
	if strings.Contains(stderr, "\r") || strings.Contains(stderr, "MB/s") {
		t.Errorf("progress drawn on a pipe: %q", stderr)
	}
}

func TestBuildWARC(t *testing.T) {
	page := func(title, body string) string {
		return "<html><head><title>" + title + "</title></head><body><article><p>" + body + "</p></article></body></html>"
	}
	record := func(n int, uri, ctype, body string) string {
		http := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", ctype, len(body), body)
		return fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n"+
			"WARC-Date: 2023-05-04T10:00:00Z\r\nWARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\n"+
			"Content-Length: %d\r\n\r\n%s\r\n\r\n", n, uri, len(http), http)
	}
	warc := record(1, "https://news.example/a", "text/html", page("Kremlin blames Kyiv",
		"Russia accused Ukraine of a drone attack on the Kremlin. Ukraine denied the accusation.")) +
		record(2, "https://news.example/logo.png", "image/png", "\x89PNG") +
		record(3, "https://news.example/b", "text/html", page("Talks in Ankara",
			"President Erdogan met Vladimir Putin in Ankara on Tuesday."))
	in := t.TempDir()
	os.WriteFile(filepath.Join(in, "crawl.warc.gz"), gzipped(t, []byte(warc)), 0o644)
	dir := t.TempDir()
	code, _, stderr := newskg(t, "build", "-o", dir, in)
	if code != 0 || !strings.Contains(stderr, "2 articles") {
		t.Fatalf("exit %d, stderr %q; want 2 articles", code, stderr)
	}
	g := readSaved(t, filepath.Join(dir, "graph.nq"))
	a, ok := g.Article("crawl/1")
	if !ok || a.Source != "https://news.example/a" || a.Title != "Kremlin blames Kyiv" {
		t.Errorf("article crawl/1 = %+v, %v", a, ok)
	}
}

// TestMergeShardsSameAsOneBuild builds the seeds in two shards and checks
// that merging them gives the files of one build over all the seeds.
func TestMergeShardsSameAsOneBuild(t *testing.T) {
	files := seedFiles(t)
	whole := buildSeeds(t)
	a, b, merged := t.TempDir(), t.TempDir(), t.TempDir()
	if code, _, stderr := newskg(t, append([]string{"build", "-o", a}, files[0], files[2], files[4])...); code != 0 {
		t.Fatal(stderr)
	}
	if code, _, stderr := newskg(t, append([]string{"build", "-o", b}, files[1], files[3])...); code != 0 {
		t.Fatal(stderr)
	}
	code, _, stderr := newskg(t, "merge", "-o", merged, filepath.Join(b, "graph.nq"), filepath.Join(a, "graph.nq"))
	if code != 0 {
		t.Fatalf("merge: exit %d: %s", code, stderr)
	}
	// The index too, so that an append to the merged graph copies it.
	sameOutputs(t, whole, merged, withIndex...)

	// Overlapping shards are refused, and nothing is written.
	bad := t.TempDir()
	code, _, stderr = newskg(t, "merge", "-o", bad, filepath.Join(a, "graph.nq"), filepath.Join(whole, "graph.nq"))
	if code == 0 || !strings.Contains(stderr, "disjoint") {
		t.Errorf("overlapping merge: exit %d, stderr %q", code, stderr)
	}
	if ents, _ := os.ReadDir(bad); len(ents) != 0 {
		t.Errorf("overlapping merge left %d files", len(ents))
	}
}

// TestAppendSameAsOneBuild appends seeds to a graph of the others and
// compares with one build.
func TestAppendSameAsOneBuild(t *testing.T) {
	files := seedFiles(t)
	whole := buildSeeds(t)
	dir := t.TempDir()
	if code, _, stderr := newskg(t, "build", "-o", dir, files[1], files[3]); code != 0 {
		t.Fatal(stderr)
	}
	if code, _, stderr := newskg(t, "build", "--append", "-o", dir, files[0], files[2], files[4]); code != 0 {
		t.Fatal(stderr)
	}
	sameOutputs(t, whole, dir)
	// Appending an article already there names it and changes nothing.
	before, _ := os.ReadFile(filepath.Join(dir, "graph.nq"))
	code, _, stderr := newskg(t, "build", "--append", "-o", dir, files[0])
	if code == 0 || !strings.Contains(stderr, "already in the graph") {
		t.Errorf("duplicate append: exit %d, stderr %q", code, stderr)
	}
	after, _ := os.ReadFile(filepath.Join(dir, "graph.nq"))
	if !bytes.Equal(before, after) {
		t.Errorf("a failed append changed graph.nq")
	}
}

func TestProgressLine(t *testing.T) {
	for _, tc := range []struct {
		p    corpus.Progress
		el   time.Duration
		want string
	}{
		{corpus.Progress{Articles: 10, Read: 2e6, Total: 8e6}, 2 * time.Second, "10 articles, 2.0 MB, 1.00 MB/s, ETA 6s"},
		{corpus.Progress{Articles: 3, Failed: 2, Read: 5e5}, time.Second, "3 articles, 0.5 MB, 0.50 MB/s, 2 failed"},
		{corpus.Progress{}, 0, "0 articles, 0.0 MB"},
	} {
		if got := progressLine(tc.p, tc.el); got != tc.want {
			t.Errorf("progressLine(%+v, %v) = %q; want %q", tc.p, tc.el, got, tc.want)
		}
	}
	// Not a terminal, or --quiet: nothing drawn.
	var b bytes.Buffer
	p := newProgress(&b, false)
	p.update(corpus.Progress{Articles: 1})
	p.clear()
	if b.Len() != 0 {
		t.Errorf("progress on a buffer wrote %q", b.String())
	}
}

// TestAppendGraphOnly appends to a folder that holds graph.nq alone, which
// reads the old graph's entities and article IDs only, and compares with
// one build, summary included.
func TestAppendGraphOnly(t *testing.T) {
	files := seedFiles(t)
	whole := t.TempDir()
	_, _, wantSummary := newskg(t, "build", "-f", "nquads", "-o", whole, seeds)
	dir := t.TempDir()
	if code, _, stderr := newskg(t, "build", "-f", "nquads", "-o", dir, files[1], files[3]); code != 0 {
		t.Fatal(stderr)
	}
	code, _, stderr := newskg(t, "build", "--append", "-f", "nquads", "-o", dir, files[0], files[2], files[4])
	if code != 0 {
		t.Fatal(stderr)
	}
	sameOutputs(t, whole, dir, "graph.nq")
	summaryOf := func(s string) string { return s[:strings.Index(s, " → ")] }
	if summaryOf(stderr) != summaryOf(wantSummary) {
		t.Errorf("summary %q; one build says %q", summaryOf(stderr), summaryOf(wantSummary))
	}
	if _, err := os.Stat(filepath.Join(dir, "graph.dot")); err == nil {
		t.Errorf("append wrote graph.dot into a folder that had graph.nq alone")
	}
	code, _, stderr = newskg(t, "build", "--append", "-f", "nquads", "-o", dir, files[2])
	if code == 0 || !strings.Contains(stderr, "already in the graph") {
		t.Errorf("duplicate append: exit %d, %q", code, stderr)
	}
}
