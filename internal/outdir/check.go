package outdir

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"time"
)

// ErrMixed reports an output folder whose files come from different
// builds.
var ErrMixed = errors.New("files from different builds")

// ErrInterrupted reports a folder whose switch to a new set a writer left
// half done (its journal is still there).
var ErrInterrupted = errors.New("a build was interrupted while switching its files; the next build into the folder completes it")

// Check reports whether dir holds one build's complete set: no journal,
// a manifest, every file it lists with its size and trailer, and none of
// members present that it does not list. It reads the manifest again
// when a file disagrees, so that a switch by a live writer during the
// check is not taken for a mix.
func Check(dir string, members ...string) (Manifest, error) {
	var m Manifest
	var err error
	for try := 0; try < 5; try++ {
		if m, err = check(dir, members); err == nil {
			return m, nil
		}
		again, err2 := ReadManifest(dir)
		if err2 == nil && again.ID == m.ID && !exists(filepath.Join(dir, JournalName)) {
			return m, err
		}
		time.Sleep(20 * time.Millisecond)
	}
	return m, err
}

func check(dir string, members []string) (Manifest, error) {
	if exists(filepath.Join(dir, JournalName)) {
		return Manifest{}, fmt.Errorf("%s: %w", dir, ErrInterrupted)
	}
	m, err := ReadManifest(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return m, fmt.Errorf("%s: no %s: not written by newskg build, or by an older version", dir, ManifestName)
	}
	if err != nil {
		return m, err
	}
	for _, e := range m.Files {
		path := filepath.Join(dir, e.Name)
		info, err := os.Stat(path)
		if err != nil {
			return m, fmt.Errorf("%s: build %s lists %s: %w", dir, m.ID, e.Name, err)
		}
		id, err := ReadID(path)
		if err != nil {
			return m, fmt.Errorf("%s: %w: %s: %v, but the folder holds build %s", dir, ErrMixed, e.Name, err, m.ID)
		}
		if id != m.ID {
			return m, fmt.Errorf("%s: %w: %s is from build %s, the folder holds build %s", dir, ErrMixed, e.Name, id, m.ID)
		}
		if info.Size() != e.Size {
			return m, fmt.Errorf("%s: %s has %d bytes, build %s wrote %d (changed since)", dir, e.Name, info.Size(), m.ID, e.Size)
		}
	}
	for _, name := range members {
		if !m.has(name) && exists(filepath.Join(dir, name)) {
			return m, fmt.Errorf("%s: %w: %s is not part of build %s", dir, ErrMixed, name, m.ID)
		}
	}
	return m, nil
}

// Repair completes a switch that a dead writer left in dir, if any, by
// opening the folder for writing (and waiting for a live writer). It is
// for readers, which call it before opening a member.
func Repair(dir string, notice io.Writer) error {
	if !exists(filepath.Join(dir, JournalName)) {
		return nil
	}
	d, err := Open(dir, Options{Notice: notice})
	if err != nil {
		return fmt.Errorf("%s: %w: %v", dir, ErrInterrupted, err)
	}
	return d.Close()
}

// CheckFile checks a member that a reader has opened as f against the
// manifest of its folder. A file whose trailer names another build than
// the manifest is an error; a file without a manifest beside it, not
// listed in it, or without a trailer (edited by hand, written by another
// tool) passes, as there is nothing to compare.
func CheckFile(path string, f io.ReaderAt) error {
	dir, name := filepath.Dir(path), filepath.Base(path)
	id, err := IDOf(f)
	if err != nil {
		return nil
	}
	var m Manifest
	for try := 0; try < 5; try++ {
		if m, err = ReadManifest(dir); err != nil || !m.has(name) || m.ID == id {
			return nil
		}
		// A writer may have switched the set since f was opened: f is
		// then older than the manifest, but complete, and the file now
		// at path belongs to the manifest.
		if now, err := ReadID(path); err == nil && now == m.ID {
			return nil
		}
		if !exists(filepath.Join(dir, JournalName)) && try > 0 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	return fmt.Errorf("%s: %w: it is from build %s, but %s names build %s (an interrupted or foreign write); build again", path, ErrMixed, id, filepath.Join(dir, ManifestName), m.ID)
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// Has reports whether the folder is managed by this package: it holds a
// manifest or a journal.
func Has(dir string) bool {
	return exists(filepath.Join(dir, ManifestName)) || exists(filepath.Join(dir, JournalName))
}

// Member reports whether name is listed in the manifest of dir.
func Member(dir, name string) bool {
	m, err := ReadManifest(dir)
	return err == nil && slices.ContainsFunc(m.Files, func(e Entry) bool { return e.Name == name })
}
