package outdir

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

var members = []string{"a.nq", "b.dot", "c.graphml"}

// writeSet writes one set whose files hold text and end with the trailer
// of id, stopping at crash if it is a step name.
func writeSet(t *testing.T, dir, id, text, crash string, names ...string) error {
	t.Helper()
	d, err := Open(dir, Options{Members: members, Notice: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	var files []*File
	for _, n := range names {
		f, err := d.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(f, text+"\n"+Trailer(n, id))
		files = append(files, f)
	}
	errCrash := errors.New("crash")
	crashHook = func(step string) error {
		if step == crash {
			return errCrash
		}
		return nil
	}
	defer func() { crashHook = nil }()
	err = d.Commit(id, files...)
	if errors.Is(err, errCrash) {
		// A killed process does not clean up: drop the lock only.
		d.release()
		return err
	}
	if err != nil {
		t.Fatal(err)
	}
	return d.Close()
}

func TestCrashAtEveryStepLeavesOneSet(t *testing.T) {
	steps := []string{"journal", "rename a.nq", "rename b.dot", "rename c.graphml", "manifest", "unjournal"}
	for _, step := range steps {
		t.Run(step, func(t *testing.T) {
			dir := t.TempDir()
			writeSet(t, dir, "11111111", "old", "", members...)
			if err := writeSet(t, dir, "22222222", "new", step, members...); err == nil {
				t.Fatal("no crash")
			}
			// A reader gets the old set, or a clear error.
			m, err := Check(dir, members...)
			switch {
			case err == nil && m.ID == "11111111" && step == "journal":
			case errors.Is(err, ErrInterrupted) && step != "journal":
			default:
				t.Fatalf("after a crash at %s: Check = %v, %v", step, m.ID, err)
			}
			// The next writer completes (or, before the journal, drops)
			// the switch and removes the temporary files.
			if err := Repair(dir, io.Discard); err != nil {
				t.Fatal(err)
			}
			d, err := Open(dir, Options{Members: members, Notice: io.Discard})
			if err != nil {
				t.Fatal(err)
			}
			d.Close()
			m, err = Check(dir, members...)
			want := "22222222"
			if step == "journal" {
				want = "11111111"
			}
			if err != nil || m.ID != want {
				t.Fatalf("after repair: %v, %v; want build %s", m.ID, err, want)
			}
			ents, _ := os.ReadDir(dir)
			for _, e := range ents {
				if strings.Contains(e.Name(), tmpInfix) {
					t.Errorf("temporary file %s left", e.Name())
				}
			}
		})
	}
}

func TestCommitRemovesMembersOfTheOldSet(t *testing.T) {
	dir := t.TempDir()
	writeSet(t, dir, "11111111", "old", "", members...)
	writeSet(t, dir, "22222222", "new", "", "a.nq")
	if _, err := os.Stat(filepath.Join(dir, "b.dot")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("b.dot of the old build is still there: %v", err)
	}
	if m, err := Check(dir, members...); err != nil || m.ID != "22222222" {
		t.Errorf("Check = %v, %v", m, err)
	}
}

func TestCheckFindsAMix(t *testing.T) {
	dir := t.TempDir()
	writeSet(t, dir, "11111111", "old", "", members...)
	os.WriteFile(filepath.Join(dir, "b.dot"), []byte("x\n"+Trailer("b.dot", "33333333")), 0o644)
	if _, err := Check(dir, members...); !errors.Is(err, ErrMixed) {
		t.Errorf("Check of a mixed folder: %v, want ErrMixed", err)
	}
	f, _ := os.Open(filepath.Join(dir, "b.dot"))
	defer f.Close()
	if err := CheckFile(filepath.Join(dir, "b.dot"), f); !errors.Is(err, ErrMixed) {
		t.Errorf("CheckFile of a member from another build: %v, want ErrMixed", err)
	}
	g, _ := os.Open(filepath.Join(dir, "a.nq"))
	defer g.Close()
	if err := CheckFile(filepath.Join(dir, "a.nq"), g); err != nil {
		t.Errorf("CheckFile of a good member: %v", err)
	}
}

func TestRewriteKeepsModeAndNewFilesFollowUmask(t *testing.T) {
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	dir := t.TempDir()
	writeSet(t, dir, "11111111", "one", "", "a.nq")
	if info, _ := os.Stat(filepath.Join(dir, "a.nq")); info.Mode().Perm() != 0o600 {
		t.Errorf("new file under umask 077: mode %v, want 0600", info.Mode().Perm())
	}
	syscall.Umask(0o022)
	os.Chmod(filepath.Join(dir, "a.nq"), 0o640)
	writeSet(t, dir, "22222222", "two", "", "a.nq")
	if info, _ := os.Stat(filepath.Join(dir, "a.nq")); info.Mode().Perm() != 0o640 {
		t.Errorf("rewritten file: mode %v, want 0640 kept", info.Mode().Perm())
	}
}

func TestSecondWriterWaitsOrStops(t *testing.T) {
	dir := t.TempDir()
	d, err := Open(dir, Options{Notice: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir, Options{NoWait: true}); !errors.Is(err, ErrBusy) {
		t.Errorf("second writer with NoWait: %v, want ErrBusy", err)
	}
	var notice strings.Builder
	done := make(chan error)
	go func() {
		d2, err := Open(dir, Options{Notice: &notice})
		if err == nil {
			d2.Close()
		}
		done <- err
	}()
	d.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if n := notice.String(); n != "" && (!strings.HasPrefix(n, "newskg: waiting for another newskg") || strings.Count(n, "\n") != 1) {
		t.Errorf("notice = %q, want one line", n)
	}
}

func TestUncommittedCloseRemovesTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	d, _ := Open(dir, Options{Members: members, Notice: io.Discard})
	f, _ := d.Create("a.nq")
	io.WriteString(f, "half")
	d.Close()
	ents, _ := os.ReadDir(dir)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	if !slices.Equal(names, []string{LockName}) {
		t.Errorf("folder holds %q after an aborted run", names)
	}
}

func TestIDOf(t *testing.T) {
	for _, name := range []string{"g.nq", "g.dot", "g.graphml"} {
		path := filepath.Join(t.TempDir(), name)
		os.WriteFile(path, []byte("body\n"+Trailer(name, "0123456789abcdef")), 0o644)
		if id, err := ReadID(path); err != nil || id != "0123456789abcdef" {
			t.Errorf("%s: ReadID = %q, %v", name, id, err)
		}
	}
	path := filepath.Join(t.TempDir(), "x.nq")
	os.WriteFile(path, []byte("<a> <b> <c> .\n"), 0o644)
	if _, err := ReadID(path); !errors.Is(err, ErrNoTrailer) {
		t.Errorf("file without trailer: %v", err)
	}
}

func TestReaderRepairRemovesStaleMembers(t *testing.T) {
	dir := t.TempDir()
	writeSet(t, dir, "11111111", "old", "", members...)
	writeSet(t, dir, "22222222", "new", "rename a.nq", "a.nq")
	if err := Repair(dir, io.Discard); err != nil {
		t.Fatal(err)
	}
	if m, err := Check(dir, members...); err != nil || m.ID != "22222222" {
		t.Fatalf("after a reader's repair: %v, %v", m.ID, err)
	}
}

func FuzzParseManifest(f *testing.F) {
	f.Add(Manifest{ID: "0123456789abcdef", Files: []Entry{{Name: "graph.nq", Size: 12, Tmp: ".graph.nq.tmp-00ff00ff"}}, Remove: []string{"graph.dot"}}.encode())
	f.Add([]byte("newskg-manifest 1\nbuild 01234567\nend\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := parseManifest(data)
		if err != nil {
			return
		}
		// What parses encodes to what parses to the same.
		again, err := parseManifest(m.encode())
		if err != nil || again.ID != m.ID || len(again.Files) != len(m.Files) || len(again.Remove) != len(m.Remove) {
			t.Fatalf("round trip: %v, %+v vs %+v", err, again, m)
		}
		for _, e := range m.Files {
			if !validName(e.Name) || e.Tmp != "" && !strings.HasPrefix(e.Tmp, "."+e.Name+tmpInfix) {
				t.Fatalf("unsafe entry %+v", e)
			}
		}
	})
}

func FuzzIDOf(f *testing.F) {
	f.Add([]byte("x\n" + Trailer("a.nq", "0123456789abcdef")))
	f.Add([]byte("<!-- newskg-build: 0123456789abcdef -->"))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "f")
		os.WriteFile(path, data, 0o644)
		id, err := ReadID(path)
		if err == nil && !validID(id) {
			t.Fatalf("ReadID gave %q", id)
		}
	})
}

// TestReserveLeavesNoSlack checks that a file reserved larger than what
// is written is committed at the size written, as the manifest says.
func TestReserveLeavesNoSlack(t *testing.T) {
	dir := t.TempDir()
	d, err := Open(dir, Options{Members: members, Notice: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	f, err := d.Create("a.nq")
	if err != nil {
		t.Fatal(err)
	}
	f.Reserve(1 << 20)
	text := "x\n" + Trailer("a.nq", "33333333")
	io.WriteString(f, text)
	if err := d.Commit("33333333", f); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "a.nq"))
	if err != nil || string(data) != text {
		t.Fatalf("committed %q, %v; want %q", data, err, text)
	}
	if _, err := Check(dir, members...); err != nil {
		t.Error(err)
	}
}

// TestHiddenMember checks that a member named with HiddenPrefix is made,
// switched in, checked and cleaned up like the others, and that no other
// hidden name, nor the package's own files, can be a member.
func TestHiddenMember(t *testing.T) {
	for _, name := range []string{".hidden", LockName, ManifestName, JournalName, ".newskg.", ".newskg.x.tmp-1", "../x", ""} {
		if validName(name) {
			t.Errorf("%q is a valid member name", name)
		}
	}
	dir := t.TempDir()
	names := []string{"a.nq", HiddenPrefix + "index"}
	d, err := Open(dir, Options{Members: names, Notice: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	var files []*File
	for _, n := range names {
		f, err := d.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(f, "x\n"+Trailer(n, "0123456789abcdef"))
		files = append(files, f)
	}
	if err := d.Commit("0123456789abcdef", files...); err != nil {
		t.Fatal(err)
	}
	d.Close()
	m, err := Check(dir, names...)
	if err != nil || !m.Lists(HiddenPrefix+"index") {
		t.Fatalf("Check: %v; lists the hidden member: %v", err, m.Lists(HiddenPrefix+"index"))
	}
	// A dead writer's temporary file of the hidden member goes with the
	// next Open.
	d, _ = Open(dir, Options{Members: names, Notice: io.Discard})
	f, err := d.Create(HiddenPrefix + "index")
	if err != nil {
		t.Fatal(err)
	}
	tmp := f.File.Name()
	d.release() // killed: no clean-up
	d, _ = Open(dir, Options{Members: names, Notice: io.Discard})
	d.Close()
	if _, err := os.Stat(tmp); err == nil {
		t.Errorf("%s left after the next Open", tmp)
	}
}
