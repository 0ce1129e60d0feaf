package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf16"
)

// ids lists the IDs of files, or their errors, as "path=ID".
func ids(dir string, files []Input) []string {
	var got []string
	for _, f := range files {
		got = append(got, strings.TrimPrefix(f.Path, dir+"/")+"="+f.ID)
	}
	return got
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestFilesFollowSymlinkedFolders(t *testing.T) {
	dir, other := t.TempDir(), t.TempDir()
	write(t, filepath.Join(dir, "corpus/a.txt"), "A")
	write(t, filepath.Join(other, "b.txt"), "B")
	os.Symlink(other, filepath.Join(dir, "corpus/linked"))
	os.Symlink("a.txt", filepath.Join(dir, "corpus/same.txt"))
	// A loop: a link to the folder itself, and one to its parent.
	os.Symlink(".", filepath.Join(dir, "corpus/self"))
	os.Symlink("..", filepath.Join(dir, "corpus/linked-up"))
	files, errs := Files([]string{filepath.Join(dir, "corpus")})
	got := strings.Join(ids(dir, files), ",")
	if want := "corpus/a.txt=a,corpus/linked/b.txt=linked/b"; got != want {
		t.Errorf("files = %s, want %s", got, want)
	}
	if len(errs) != 3 {
		t.Fatalf("errors = %v, want the two links back and the second name of a.txt named", errs)
	}
	for _, e := range errs {
		if !strings.Contains(e.Error(), "corpus/self") && !strings.Contains(e.Error(), "corpus/linked-up") && !strings.Contains(e.Error(), "corpus/same.txt: same file as") {
			t.Errorf("error %q does not name the link", e)
		}
	}
}

func TestFilesGiveUTF8IDs(t *testing.T) {
	dir := t.TempDir()
	name := "caf\xe9.txt" // Latin-1 file name
	if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
		t.Skipf("file system refuses a non-UTF-8 name: %v", err)
	}
	files, _ := Files([]string{dir})
	if len(files) != 1 || files[0].ID != "caf%E9" {
		t.Errorf("files = %q, want ID caf%%E9", ids(dir, files))
	}
}

func TestReadSkipsFIFOsAndDevices(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	for _, path := range []string{fifo, "/dev/zero", "/dev/null"} {
		if _, err := os.Stat(path); err != nil {
			continue
		}
		done := make(chan error, 1)
		go func() {
			_, err := Reader{}.ReadFile(path)
			done <- err
		}()
		select {
		case err := <-done:
			if err == nil || !strings.HasPrefix(err.Error(), path+": is a") {
				t.Errorf("%s: error %v, want it named and skipped", path, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: read hangs", path)
		}
	}
}

// A file that Files listed as regular is opened without being stated
// first: a named pipe put in its place since must not hang the batch.
func TestRecordsSkipFIFOPutInPlaceOfListedFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(path, []byte("Some text.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	files, errs := Files([]string{dir})
	if len(errs) > 0 || len(files) != 1 || files[0].Size != int64(len("Some text.\n")) {
		t.Fatalf("Files = %v, %v; want a.txt with its size", files, errs)
	}
	os.Remove(path)
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		var err error
		for _, e := range (Reader{}).Records(files[0]) {
			err = e
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.HasPrefix(err.Error(), path+": is a named pipe") {
			t.Errorf("error %v, want the pipe named and skipped", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("reading a named pipe listed as a file hangs")
	}
}

func TestReadAllLimitHoldsForStreams(t *testing.T) {
	f, err := os.Open("/dev/zero")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	if _, err := ReadAllLimit(f, 1<<20); !errors.Is(err, ErrTooLarge) {
		t.Errorf("endless stream: %v, want ErrTooLarge", err)
	}
	if data, err := ReadAllLimit(strings.NewReader("12345"), 5); err != nil || string(data) != "12345" {
		t.Errorf("5 bytes at limit 5: %q, %v", data, err)
	}
}

func TestTitleIsCapped(t *testing.T) {
	line := strings.Repeat("Russia accused Ukraine of an attack ", 10000)
	a, err := Parse("x", []byte(line+"\n\nBody."))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Title) > MaxTitle || !strings.HasSuffix(a.Title, "…") || !strings.HasPrefix(line, strings.TrimSuffix(a.Title, "…")) {
		t.Errorf("title of %d bytes: %q", len(a.Title), a.Title)
	}
	if !strings.HasPrefix(a.Text, line) {
		t.Error("the text lost its first line")
	}
	// A title without spaces is cut at a rune boundary.
	a, _ = Parse("x", []byte(strings.Repeat("киев", 200)))
	if len(a.Title) > MaxTitle || !strings.HasSuffix(a.Title, "…") || strings.ContainsRune(a.Title, '\uFFFD') {
		t.Errorf("title %q", a.Title)
	}
}

func utf16Bytes(s string, big bool) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		if big {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestUTF16WithoutBOM(t *testing.T) {
	for _, text := range []string{"Russia accused Ukraine.\nMore text here.", "Россия обвинила Украину в атаке.\n"} {
		for _, big := range []bool{false, true} {
			a, err := Parse("x", utf16Bytes(text, big))
			if err != nil || a.Text != text {
				t.Errorf("UTF-16 (big-endian %v) without BOM: %q, %v", big, a.Text, err)
			}
		}
	}
	// Binary data with zero bytes is still binary.
	bin := make([]byte, 4096)
	for i := range bin {
		bin[i] = byte(i * 7 % 251)
	}
	if _, err := Parse("x", bin); !errors.Is(err, ErrBinary) {
		t.Errorf("binary: %v", err)
	}
}

func TestWindows1252AdviceNamesIt(t *testing.T) {
	_, err := Parse("x", []byte("Moscow \x93denied\x94 it."))
	if !errors.Is(err, ErrEncoding) || !strings.Contains(err.Error(), "iconv -f WINDOWS-1252 -t UTF-8") {
		t.Errorf("cp1252 text: %v", err)
	}
}
