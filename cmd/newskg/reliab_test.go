package main

import (
	"fmt"
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

var _ = fmt.Sprint
