package main

// The Dgraph recipe of docs/databases.md, run against a live Dgraph:
// zero and alpha on 127.0.0.1, the seeds' export loaded with dgraph live,
// the documented DQL query compared row for row with `newskg query
// --predicate accused`, and a second, overlapping load that must merge.
//
// The dgraph binary comes from $NEWSKG_DGRAPH, else PATH, else the cache
// that .ci/dgraph.sh fills by building Dgraph from the Go module proxy.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newskg/newskg/internal/testtool"
)

// accusationsDQL is the DQL query of docs/databases.md.
const accusationsDQL = "../../testdata/dgraph/accusations.dql"

// dgraphBinary returns the dgraph program to test with, or skips.
func dgraphBinary(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("NEWSKG_DGRAPH"); p != "" {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("NEWSKG_DGRAPH=%s: %v", p, err)
		}
		return p
	}
	if p, err := exec.LookPath("dgraph"); err == nil {
		return p
	}
	if home, err := os.UserHomeDir(); err == nil {
		found, _ := filepath.Glob(filepath.Join(home, ".cache", "newskg", "dgraph", "dgraph-v*"))
		found = slices.DeleteFunc(found, func(p string) bool { return strings.Contains(filepath.Base(p), ".tmp") })
		if len(found) > 0 {
			slices.Sort(found)
			return found[len(found)-1]
		}
	}
	testtool.Missing(t, "no dgraph binary: set NEWSKG_DGRAPH, put dgraph on PATH, or run .ci/dgraph.sh "+
		"(builds Dgraph v24.0.5 from the Go module proxy into ~/.cache/newskg/dgraph, a few minutes)")
	return ""
}

// dgraphCluster is one zero and one alpha on 127.0.0.1.
type dgraphCluster struct {
	bin, dir string
	offset   int // added to Dgraph's default ports
}

func (c *dgraphCluster) zero() string  { return fmt.Sprintf("127.0.0.1:%d", 5080+c.offset) }
func (c *dgraphCluster) alpha() string { return fmt.Sprintf("127.0.0.1:%d", 9080+c.offset) }
func (c *dgraphCluster) http() string  { return fmt.Sprintf("http://127.0.0.1:%d", 8080+c.offset) }

// freeOffset returns a port offset at which the five ports that zero
// and alpha listen on are free.
func freeOffset(t *testing.T) int {
	t.Helper()
	for range 50 {
		o := 20000 + rand.IntN(30000)
		free := true
		for _, p := range []int{5080, 6080, 7080, 8080, 9080} {
			l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p+o))
			if err != nil {
				free = false
				break
			}
			l.Close()
		}
		if free {
			return o
		}
	}
	t.Fatal("no free port range for Dgraph on 127.0.0.1")
	return 0
}

// startDgraph starts zero and alpha in a temporary folder, waits until
// alpha is healthy, and stops both when the test ends.
func startDgraph(t *testing.T, bin string) *dgraphCluster {
	t.Helper()
	c := &dgraphCluster{bin: bin, dir: t.TempDir(), offset: freeOffset(t)}
	// No telemetry: the servers must not reach beyond this machine.
	noTelemetry := "--telemetry=reports=false; sentry=false;"
	c.serve(t, "zero", "zero", "--my", c.zero(), "--port_offset", fmt.Sprint(c.offset), "--bindall=false",
		"--wal", filepath.Join(c.dir, "zw"), noTelemetry)
	c.serve(t, "alpha", "alpha", "--my", fmt.Sprintf("127.0.0.1:%d", 7080+c.offset), "--zero", c.zero(),
		"--port_offset", fmt.Sprint(c.offset), "--bindall=false", "--postings", filepath.Join(c.dir, "p"),
		"--wal", filepath.Join(c.dir, "w"), "--tmp", filepath.Join(c.dir, "t"), noTelemetry,
		"--security=whitelist=127.0.0.1/8")
	deadline := time.Now().Add(90 * time.Second)
	for {
		resp, err := http.Get(c.http() + "/health")
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if bytes.Contains(b, []byte(`"status":"healthy"`)) {
				return c
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("Dgraph alpha not healthy after 90 s; logs in %s:\n%s", c.dir, c.logTail())
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// serve starts one Dgraph server and stops it at the end of the test.
func (c *dgraphCluster) serve(t *testing.T, name string, args ...string) {
	t.Helper()
	log, err := os.Create(filepath.Join(c.dir, name+".log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(c.bin, args...)
	cmd.Dir = c.dir
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		t.Fatalf("start dgraph %s: %v", name, err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			cmd.Process.Kill()
			<-done
		}
		log.Close()
	})
}

func (c *dgraphCluster) logTail() string {
	var b strings.Builder
	for _, n := range []string{"zero", "alpha"} {
		data, _ := os.ReadFile(filepath.Join(c.dir, n+".log"))
		lines := strings.Split(strings.TrimSpace(string(data)), "\n")
		fmt.Fprintf(&b, "--- %s\n%s\n", n, strings.Join(lines[max(len(lines)-15, 0):], "\n"))
	}
	return b.String()
}

// live loads an export (FILE.rdf and FILE.schema) as docs/databases.md
// says.
func (c *dgraphCluster) live(t *testing.T, rdf string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, c.bin, "live", "--files", rdf, "--schema", strings.TrimSuffix(rdf, ".rdf")+".schema",
		"--alpha", c.alpha(), "--zero", c.zero(), "--upsertPredicate", "xid", "--tmp", filepath.Join(c.dir, "live"))
	cmd.Dir = c.dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("dgraph live %s: %v\n%s\n%s", rdf, err, out, c.logTail())
	}
}

// query runs a DQL query and decodes its data.
func (c *dgraphCluster) query(t *testing.T, dql string, data any) {
	t.Helper()
	resp, err := http.Post(c.http()+"/query", "application/dql", strings.NewReader(dql))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	var r struct {
		Data   json.RawMessage
		Errors []struct{ Message string }
	}
	if err := json.Unmarshal(body, &r); err != nil || len(r.Errors) > 0 || resp.StatusCode != http.StatusOK {
		t.Fatalf("DQL query: HTTP %d, %v: %s", resp.StatusCode, err, body)
	}
	if err := json.Unmarshal(r.Data, data); err != nil {
		t.Fatalf("DQL answer: %v: %s", err, r.Data)
	}
}

// counts returns how many articles, entities and claims Dgraph holds,
// and how many nodes have an xid.
func (c *dgraphCluster) counts(t *testing.T) (articles, entities, claims, xids int) {
	t.Helper()
	var d map[string][]struct{ Count int }
	c.query(t, `{
  articles(func: type(Article)) { count(uid) }
  entities(func: has(name)) { count(uid) }
  claims(func: type(Claim)) { count(uid) }
  xids(func: has(xid)) { count(uid) }
}`, &d)
	get := func(k string) int {
		if len(d[k]) != 1 {
			t.Fatalf("count %s: %v", k, d)
		}
		return d[k][0].Count
	}
	return get("articles"), get("entities"), get("claims"), get("xids")
}

// xidID returns the newskg ID in an xid such as "entity/ID".
func xidID(t *testing.T, xid, kind string) string {
	t.Helper()
	seg, ok := strings.CutPrefix(xid, kind+"/")
	if !ok {
		t.Fatalf("xid %q is not a newskg %s", xid, kind)
	}
	id, err := url.PathUnescape(seg)
	if err != nil {
		t.Fatalf("xid %q: %v", xid, err)
	}
	return id
}

func TestDgraphWhoBlamedWhom(t *testing.T) {
	bin := dgraphBinary(t)
	dql, err := os.ReadFile(accusationsDQL)
	if err != nil {
		t.Fatal(err)
	}
	// A first export of three seeds, then one of all five: the second
	// overlaps the first and must merge into it.
	part := t.TempDir()
	names, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
	slices.Sort(names)
	for _, n := range names[:3] {
		b, _ := os.ReadFile(n)
		os.WriteFile(filepath.Join(part, filepath.Base(n)), b, 0o644)
	}
	partDir, fullDir := buildSeedsFrom(t, part), buildSeeds(t)
	exports := t.TempDir()
	export := func(dir, name string) string {
		t.Helper()
		rdf := filepath.Join(exports, name+".rdf")
		if code, _, stderr := newskg(t, "export", "-f", "dgraph", "-o", rdf, dir); code != 0 {
			t.Fatalf("export -f dgraph: %s", stderr)
		}
		return rdf
	}
	partRDF, fullRDF := export(partDir, "part"), export(fullDir, "full")

	c := startDgraph(t, bin)
	c.live(t, partRDF)
	wa, we, wc := readSaved(t, filepath.Join(partDir, "graph.nq")).Len()
	if a, e, cl, x := c.counts(t); a != wa || e != we || cl != wc || x != a+e+cl {
		t.Errorf("after the first load: %d articles, %d entities, %d claims, %d xids; want %d, %d, %d, %d",
			a, e, cl, x, wa, we, wc, wa+we+wc)
	}
	c.live(t, fullRDF)
	wa, we, wc = readSaved(t, filepath.Join(fullDir, "graph.nq")).Len()
	if a, e, cl, x := c.counts(t); a != wa || e != we || cl != wc || x != a+e+cl {
		t.Errorf("after the overlapping second load: %d articles, %d entities, %d claims, %d xids; want %d, %d, %d, %d (merged, not duplicated)",
			a, e, cl, x, wa, we, wc, wa+we+wc)
	}

	var d struct {
		Accusations []struct {
			Subject, Object struct{ Xid, Name string }
			Source          struct {
				Xid, Headline string
				DatePublished string `json:"date_published"`
				DateText      string `json:"date_text"`
			}
			Evidence   string
			Confidence float64
		}
	}
	c.query(t, string(dql), &d)
	var got []blameRow
	for _, a := range d.Accusations {
		date := a.Source.DateText
		if a.Source.DatePublished != "" {
			date = a.Source.DatePublished[:min(len(a.Source.DatePublished), len("2006-01-02"))]
		}
		got = append(got, blameRow{
			accuserName: a.Subject.Name, accusedName: a.Object.Name,
			accuser: xidID(t, a.Subject.Xid, "entity"), accused: xidID(t, a.Object.Xid, "entity"),
			article: xidID(t, a.Source.Xid, "article"), headline: a.Source.Headline, date: date,
			evidence: a.Evidence, confidence: formatConfidence(a.Confidence),
		})
	}
	sameBlameRows(t, "Dgraph", got, wantBlameRows(queryAccusations(t, filepath.Join(fullDir, "graph.nq"))))
}

// buildSeedsFrom builds the articles in src into a fresh folder.
func buildSeedsFrom(t *testing.T, src string) string {
	t.Helper()
	dir := t.TempDir()
	if code, _, stderr := newskg(t, "build", "-o", dir, src); code != 0 {
		t.Fatalf("build %s: exit %d\n%s", src, code, stderr)
	}
	return dir
}
