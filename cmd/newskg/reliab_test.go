package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/newskg/newskg/internal/outdir"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestMain lets tests run the command as a child process: with
// NEWSKG_TEST_MAIN=1 the test binary is newskg itself. Child processes
// are needed where in-process runs cannot show the failure: concurrent
// writers and kill -9.
func TestMain(m *testing.M) {
	if os.Getenv("NEWSKG_TEST_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// child returns a command that runs newskg with args in a child process.
func child(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), "NEWSKG_TEST_MAIN=1")
	return cmd
}

// seedFiles returns the seed articles' paths.
func seedFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if err != nil || len(files) < 5 {
		t.Fatalf("seeds: %v (%d files)", err, len(files))
	}
	return files
}

// articleCount returns the number of articles in a saved graph.
func articleCount(t *testing.T, path string) int {
	t.Helper()
	a, _, _ := readSaved(t, path).Len()
	return a
}

func TestConcurrentAppendsLoseNothing(t *testing.T) {
	files := seedFiles(t)
	for i := range 8 {
		dir := t.TempDir()
		if out, err := child(t, "build", "-o", dir, files[0]).CombinedOutput(); err != nil {
			t.Fatalf("build: %v\n%s", err, out)
		}
		a := child(t, "build", "--append", "-o", dir, files[1], files[2])
		b := child(t, "build", "--append", "-o", dir, files[3], files[4])
		var aerr, berr strings.Builder
		a.Stderr, b.Stderr = &aerr, &berr
		if err := a.Start(); err != nil {
			t.Fatal(err)
		}
		if err := b.Start(); err != nil {
			t.Fatal(err)
		}
		errA, errB := a.Wait(), b.Wait()
		if errA != nil || errB != nil {
			t.Fatalf("run %d: appends failed: %v, %v\n%s%s", i, errA, errB, &aerr, &berr)
		}
		if n := articleCount(t, filepath.Join(dir, "graph.nq")); n != 5 {
			t.Fatalf("run %d: %d articles after two concurrent appends, want 5\n%s%s", i, n, &aerr, &berr)
		}
	}
}

// outputMembers are the files of a build's set.
var outputMembers = []string{"graph.nq", "graph.dot", "graph.graphml"}

// noTemporaryFiles fails if dir holds a temporary file.
func noTemporaryFiles(t *testing.T, dir string) {
	t.Helper()
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file %s left in %s", e.Name(), dir)
		}
	}
}

func TestKilledBuildsLeaveOneSet(t *testing.T) {
	files := seedFiles(t)
	rng := rand.New(rand.NewPCG(1, 2))
	dir := t.TempDir()
	if out, err := child(t, "build", "-o", dir, files[0], files[1]).CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	old, err := outdir.Check(dir, outputMembers...)
	if err != nil {
		t.Fatal(err)
	}
	// Time one build, to kill the others anywhere in their run.
	start := time.Now()
	if out, err := child(t, "build", "-o", t.TempDir(), seeds).CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	span := time.Since(start) + 5*time.Millisecond
	builds := map[string]int{old.ID: 2}
	interrupted := 0
	for i := range 40 {
		// Odd runs build all seeds, even runs the first two again, so
		// that a kill falls between two different sets.
		args := []string{"build", "-o", dir, seeds}
		if i%2 == 0 {
			args = []string{"build", "-o", dir, files[0], files[1]}
		}
		cmd := child(t, args...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Int64N(int64(span))))
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		// A reader sees one build's complete set, or is told the
		// switch was interrupted.
		m, err := outdir.Check(dir, outputMembers...)
		if errors.Is(err, outdir.ErrInterrupted) {
			interrupted++
		} else if err != nil {
			t.Fatalf("run %d: after kill -9: %v", i, err)
		}
		// Reading the graph completes an interrupted switch.
		g := readSaved(t, filepath.Join(dir, "graph.nq"))
		if m, err = outdir.Check(dir, outputMembers...); err != nil {
			t.Fatalf("run %d: after a read: %v", i, err)
		}
		n, _, _ := g.Len()
		if want, ok := builds[m.ID]; ok && want != n {
			t.Fatalf("run %d: build %s has %d articles, earlier %d", i, m.ID, n, want)
		}
		if n != 2 && n != 5 {
			t.Fatalf("run %d: %d articles", i, n)
		}
		builds[m.ID] = n
	}
	// A build that writes nothing still cleans up after dead runs.
	child(t, "build", "-o", dir, filepath.Join(dir, "no-such-file.txt")).Run()
	noTemporaryFiles(t, dir)
	t.Logf("40 kills: %d interrupted switches, %d distinct builds", interrupted, len(builds))
}

func TestInterruptRemovesTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(3, 4))
	for range 10 {
		cmd := child(t, "build", "-o", dir, seeds)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Int64N(int64(40 * time.Millisecond))))
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
		noTemporaryFiles(t, dir)
		if outdir.Has(dir) {
			if _, err := outdir.Check(dir, outputMembers...); err != nil {
				t.Fatalf("after Ctrl-C: %v", err)
			}
		}
	}
}

// dbpedia are quads a user added to a graph.nq: links to DBpedia.
const dbpedia = `<https://newskg.example/entity/russia> <http://www.w3.org/2002/07/owl#sameAs> <http://dbpedia.org/resource/Russia> .
<https://newskg.example/entity/ukraine> <http://www.w3.org/2002/07/owl#sameAs> <http://dbpedia.org/resource/Ukraine> .
<http://dbpedia.org/resource/Russia> <http://www.w3.org/2000/01/rdf-schema#label> "Russia"@en .
<http://dbpedia.org/resource/Ukraine> <http://www.w3.org/2000/01/rdf-schema#label> "Ukraine"@en <http://dbpedia.org> .
_:b0 <http://www.w3.org/2000/01/rdf-schema#comment> "a blank node" .
<http://dbpedia.org/resource/Kyiv> <http://dbpedia.org/ontology/country> <http://dbpedia.org/resource/Ukraine> .
`

func TestAppendKeepsQuadsItDidNotWrite(t *testing.T) {
	files := seedFiles(t)
	dir := t.TempDir()
	if code, _, stderr := newskg(t, "build", "-o", dir, files[0]); code != 0 {
		t.Fatal(stderr)
	}
	path := filepath.Join(dir, "graph.nq")
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(dbpedia)
	f.Close()
	if code, _, stderr := newskg(t, "build", "--append", "-o", dir, files[1]); code != 0 {
		t.Fatalf("append: exit %d: %s", code, stderr)
	}
	nq, _ := os.ReadFile(path)
	for _, l := range strings.SplitAfter(dbpedia, "\n") {
		if l != "" && !strings.Contains(string(nq), l) {
			t.Errorf("--append dropped %q", l)
		}
	}
	if n := articleCount(t, path); n != 2 {
		t.Errorf("%d articles, want 2", n)
	}
	// Appending again keeps them once.
	if code, _, stderr := newskg(t, "build", "--append", "-o", dir, files[2]); code != 0 {
		t.Fatalf("append: exit %d: %s", code, stderr)
	}
	nq, _ = os.ReadFile(path)
	if c := strings.Count(string(nq), "dbpedia.org/resource/Kyiv"); c != 1 {
		t.Errorf("the user's quad is written %d times", c)
	}
	if _, err := outdir.Check(dir, outputMembers...); err != nil {
		t.Error(err)
	}
}

func TestRebuildKeepsFileMode(t *testing.T) {
	dir := buildSeeds(t)
	path := filepath.Join(dir, "graph.nq")
	os.Chmod(path, 0o600)
	if code, _, stderr := newskg(t, "build", "-o", dir, seeds); code != 0 {
		t.Fatal(stderr)
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("rebuilt graph.nq has mode %v, want 0600 kept", info.Mode().Perm())
	}
}

func TestExportRefusesToReplaceAMemberOfTheSet(t *testing.T) {
	dir := buildSeeds(t)
	code, _, stderr := newskg(t, "export", "-f", "dot", "--predicate", "accused", "-o", filepath.Join(dir, "graph.dot"), filepath.Join(dir, "graph.nq"))
	if code != 1 || !strings.Contains(stderr, "belongs to the build") {
		t.Errorf("export over graph.dot: exit %d, %s", code, stderr)
	}
	if _, err := outdir.Check(dir, outputMembers...); err != nil {
		t.Error(err)
	}
}

func TestReadersReportAMixedFolder(t *testing.T) {
	a, b := buildSeeds(t), t.TempDir()
	if code, _, stderr := newskg(t, "build", "-o", b, seedFiles(t)[0]); code != 0 {
		t.Fatal(stderr)
	}
	// graph.nq of another build copied over, as an older newskg or a
	// careless cp would.
	data, _ := os.ReadFile(filepath.Join(b, "graph.nq"))
	os.WriteFile(filepath.Join(a, "graph.nq"), data, 0o644)
	code, _, stderr := newskg(t, "query", filepath.Join(a, "graph.nq"))
	if code != 1 || !strings.Contains(stderr, "different builds") || strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
		t.Errorf("query of a mixed folder: exit %d, %q", code, stderr)
	}
}

func TestFIFOAmongInputsDoesNotHang(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	cmd := child(t, "build", "-o", filepath.Join(dir, "out"), fifo, seedFiles(t)[0])
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatal("build with a FIFO among its inputs hangs")
	}
	if code := cmd.ProcessState.ExitCode(); code != 1 || !strings.Contains(stderr.String(), fifo+": is a named pipe") || !strings.Contains(stderr.String(), "1 articles") {
		t.Errorf("exit %d, stderr:\n%s", code, &stderr)
	}
}

func TestNonUTF8FileNameExportsEverywhere(t *testing.T) {
	in := t.TempDir()
	data, _ := os.ReadFile(seedFiles(t)[0])
	if err := os.WriteFile(filepath.Join(in, "caf\xe9.txt"), data, 0o644); err != nil {
		t.Skipf("file system refuses a non-UTF-8 name: %v", err)
	}
	dir := t.TempDir()
	if code, _, stderr := newskg(t, "build", "-o", dir, in); code != 0 {
		t.Fatal(stderr)
	}
	rdf := filepath.Join(t.TempDir(), "kg.rdf")
	if code, _, stderr := newskg(t, "export", "-f", "dgraph", "-o", rdf, filepath.Join(dir, "graph.nq")); code != 0 {
		t.Fatalf("export -f dgraph: exit %d: %s", code, stderr)
	}
	code, out, stderr := newskg(t, "query", "--format", "csv", filepath.Join(dir, "graph.nq"))
	if code != 0 || !utf8.ValidString(out) || !strings.Contains(out, "caf%E9") {
		t.Errorf("query --format csv: exit %d, UTF-8 %v: %s", code, utf8.ValidString(out), stderr)
	}
}

func TestAppendingFolderByFolderKeepsBothArticles(t *testing.T) {
	files := seedFiles(t)
	in := t.TempDir()
	for i, name := range []string{"politics", "world"} {
		data, _ := os.ReadFile(files[i])
		os.MkdirAll(filepath.Join(in, name), 0o755)
		os.WriteFile(filepath.Join(in, name, "001.txt"), data, 0o644)
	}
	dir := t.TempDir()
	if code, _, stderr := newskg(t, "build", "-o", dir, filepath.Join(in, "politics")); code != 0 {
		t.Fatal(stderr)
	}
	if code, _, stderr := newskg(t, "build", "--append", "-o", dir, filepath.Join(in, "world")); code != 0 {
		t.Fatalf("append world/: exit %d: %s", code, stderr)
	}
	g := readSaved(t, filepath.Join(dir, "graph.nq"))
	var ids []string
	for _, a := range g.Articles() {
		ids = append(ids, a.ID)
	}
	if strings.Join(ids, ",") != "001,world/001" {
		t.Errorf("articles %q, want 001 and world/001", ids)
	}
	// The same folder again is a duplicate, named.
	code, _, stderr := newskg(t, "build", "--append", "-o", dir, filepath.Join(in, "world"))
	if code != 1 || !strings.Contains(stderr, "already in the graph, with the same text") {
		t.Errorf("appending world/ twice: exit %d: %s", code, stderr)
	}
}

func TestGraphvizRendersTheBBCCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the BBC build")
	}
	corpus := "../../../shared/corpora/bbc-news"
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("%s not found (it lies beside the repository in CI): %v", corpus, err)
	}
	dotExe := tool(t, "dot", "graphviz")
	dir := t.TempDir()
	if code, _, stderr := newskg(t, "build", "--format", "dot", "-o", dir, corpus); code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr)
	}
	cmd := exec.Command(dotExe, "-Tsvg", "-o", filepath.Join(dir, "graph.svg"), filepath.Join(dir, "graph.dot"))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil || stderr.Len() > 0 {
		t.Fatalf("dot -Tsvg of the BBC corpus: %v\n%.2000s", err, stderr.String())
	}
}

func TestBuildThatWritesNothingStillCompletesAnInterruptedSwitch(t *testing.T) {
	files := seedFiles(t)
	dir, next := t.TempDir(), t.TempDir()
	for d, f := range map[string]string{dir: files[0], next: files[1]} {
		if code, _, stderr := newskg(t, "build", "-o", d, f); code != 0 {
			t.Fatal(stderr)
		}
	}
	// The state a build killed right after its commit point leaves: the
	// new set in temporary files, named by the journal.
	m, err := outdir.ReadManifest(next)
	if err != nil {
		t.Fatal(err)
	}
	journal := "newskg-manifest 1\nbuild " + m.ID + "\n"
	for _, e := range m.Files {
		data, _ := os.ReadFile(filepath.Join(next, e.Name))
		tmp := "." + e.Name + ".tmp-0badc0de"
		os.WriteFile(filepath.Join(dir, tmp), data, 0o644)
		journal += fmt.Sprintf("file %s %d %s\n", e.Name, e.Size, tmp)
	}
	os.WriteFile(filepath.Join(dir, outdir.JournalName), []byte(journal+"end\n"), 0o644)
	os.WriteFile(filepath.Join(dir, ".graph.dot.tmp-deadbeef"), []byte("half a graph"), 0o644)
	if _, err := outdir.Check(dir, outputMembers...); !errors.Is(err, outdir.ErrInterrupted) {
		t.Fatalf("Check = %v, want ErrInterrupted", err)
	}
	code, _, stderr := newskg(t, "build", "-o", dir, filepath.Join(dir, "no-such-file.txt"))
	if code != 1 || !strings.Contains(stderr, "nothing written") {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if got, err := outdir.Check(dir, outputMembers...); err != nil || got.ID != m.ID {
		t.Errorf("after a build that wrote nothing: %v, %v; want build %s", got.ID, err, m.ID)
	}
	noTemporaryFiles(t, dir)
}
