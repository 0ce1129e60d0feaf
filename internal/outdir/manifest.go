package outdir

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// A Manifest names a build and the files of its set.
type Manifest struct {
	ID    string
	Files []Entry
	// Remove, in a journal, names the members of the old set that the
	// new one lacks, to be removed by the switch.
	Remove []string
}

// An Entry is one file of a set.
type Entry struct {
	Name string
	Size int64
	Tmp  string // in a journal: the temporary file to rename to Name
}

// Lists reports whether name is a file of the set.
func (m Manifest) Lists(name string) bool { return m.has(name) }

func (m Manifest) has(name string) bool {
	for _, e := range m.Files {
		if e.Name == name {
			return true
		}
	}
	return false
}

// The manifest is text, one field per line, so that a user can read it:
//
//	newskg-manifest 1
//	build 6f1c...
//	file graph.nq 50489 [.graph.nq.tmp-1a2b3c4d]
//	remove graph.dot     (in a journal)
//	end
func (m Manifest) encode() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "newskg-manifest 1\nbuild %s\n", m.ID)
	for _, e := range m.Files {
		fmt.Fprintf(&b, "file %s %d", e.Name, e.Size)
		if e.Tmp != "" {
			fmt.Fprintf(&b, " %s", e.Tmp)
		}
		b.WriteByte('\n')
	}
	for _, name := range m.Remove {
		fmt.Fprintf(&b, "remove %s\n", name)
	}
	b.WriteString("end\n")
	return b.Bytes()
}

func parseManifest(data []byte) (Manifest, error) {
	var m Manifest
	lines := strings.Split(string(data), "\n")
	if len(lines) < 3 || lines[0] != "newskg-manifest 1" {
		return m, errors.New("not a newskg manifest")
	}
	id, ok := strings.CutPrefix(lines[1], "build ")
	if !ok || !validID(id) {
		return m, errors.New("manifest without a build ID")
	}
	m.ID = id
	for _, l := range lines[2:] {
		if l == "end" {
			return m, nil
		}
		f := strings.Fields(l)
		if len(f) == 2 && f[0] == "remove" && validName(f[1]) {
			m.Remove = append(m.Remove, f[1])
			continue
		}
		if len(f) < 3 || len(f) > 4 || f[0] != "file" || !validName(f[1]) {
			return m, fmt.Errorf("bad manifest line %q", l)
		}
		size, err := strconv.ParseInt(f[2], 10, 64)
		if err != nil {
			return m, fmt.Errorf("bad manifest line %q", l)
		}
		e := Entry{Name: f[1], Size: size}
		if len(f) == 4 {
			if f[3] != filepath.Base(f[3]) || !strings.HasPrefix(f[3], "."+f[1]+tmpInfix) {
				return m, fmt.Errorf("bad manifest line %q", l)
			}
			e.Tmp = f[3]
		}
		m.Files = append(m.Files, e)
	}
	return m, errors.New("manifest cut short")
}

// validName reports whether name can be a member of a set: a plain file
// name, not hidden, unless it is one of the package's own hidden names
// (".newskg." and more), which a program may use for a member that users
// need not see, such as an index of another member; the lock, manifest
// and journal never are members.
func validName(name string) bool {
	if name != filepath.Base(name) || name == "" || name == "." || name == ".." {
		return false
	}
	if !strings.HasPrefix(name, ".") {
		return true
	}
	switch name {
	case LockName, ManifestName, JournalName:
		return false
	}
	return strings.HasPrefix(name, HiddenPrefix) && len(name) > len(HiddenPrefix) && !strings.Contains(name, tmpInfix)
}

// HiddenPrefix starts the names of hidden members (see Dir.Create).
const HiddenPrefix = ".newskg."

// ReadManifest reads the manifest of an output folder. It returns an
// error wrapping fs.ErrNotExist when the folder has none.
func ReadManifest(dir string) (Manifest, error) {
	data, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if err != nil {
		return Manifest{}, err
	}
	m, err := parseManifest(data)
	if err != nil {
		return m, fmt.Errorf("%s: %w", filepath.Join(dir, ManifestName), err)
	}
	return m, nil
}

// Marker is the word before the build ID in a trailer.
const Marker = "newskg-build: "

// Trailer returns the last line of a member file: a comment in the
// file's format, chosen by its extension, that names the build. It also
// marks the file as complete: a file cut short lacks it.
func Trailer(name, id string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".dot", ".gv":
		return "// " + Marker + id + "\n"
	case ".graphml", ".xml":
		return "<!-- " + Marker + id + " -->\n"
	}
	return "# " + Marker + id + "\n"
}

// validID reports whether id looks like a build ID: 8 to 64 lower-case
// hex digits.
func validID(id string) bool {
	if len(id) < 8 || len(id) > 64 {
		return false
	}
	for _, c := range []byte(id) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// ErrNoTrailer is returned by ReadID for a file that does not end with a
// trailer: written by another tool or an older newskg, or cut short.
var ErrNoTrailer = errors.New("no newskg build trailer at the end")

// ReadID returns the build ID in the trailer of the file at path.
func ReadID(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	return IDOf(f)
}

// IDOf returns the build ID in the trailer of an open file, reading only
// its end.
func IDOf(f io.ReaderAt) (string, error) {
	type sizer interface{ Stat() (fs.FileInfo, error) }
	s, ok := f.(sizer)
	if !ok {
		return "", errors.New("outdir: IDOf needs a file")
	}
	info, err := s.Stat()
	if err != nil {
		return "", err
	}
	n := min(info.Size(), 160)
	buf := make([]byte, n)
	if _, err := f.ReadAt(buf, info.Size()-n); err != nil && err != io.EOF {
		return "", err
	}
	last := bytes.TrimSuffix(buf, []byte("\n"))
	if i := bytes.LastIndexByte(last, '\n'); i >= 0 {
		last = last[i+1:]
	}
	_, rest, ok := bytes.Cut(last, []byte(Marker))
	if !ok {
		return "", ErrNoTrailer
	}
	id := strings.TrimSuffix(strings.TrimSpace(string(rest)), "-->")
	id = strings.TrimSpace(id)
	if !validID(id) {
		return "", ErrNoTrailer
	}
	return id, nil
}
