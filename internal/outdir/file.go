package outdir

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFile writes one file that is not part of a set (an export, a
// picture) through a temporary file in the same folder, synced and
// renamed into place, so that a reader never sees it half written. A new
// file gets the mode 0666 less the umask; a replaced one keeps its mode.
// It refuses to replace a member of a build's set, which would mix the
// set.
func WriteFile(path string, write func(w *bufio.Writer) error) error {
	dir, name := filepath.Dir(path), filepath.Base(path)
	if Member(dir, name) {
		return fmt.Errorf("write %s: it belongs to the build in %s; write elsewhere, or rebuild to change it", path, dir)
	}
	var tmp *os.File
	var err error
	for range 100 {
		tmp, err = os.OpenFile(filepath.Join(dir, "."+name+tmpInfix+randomHex(4)), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			break
		}
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename
	fail := func(err error) error {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	w := bufio.NewWriterSize(tmp, 1<<16)
	if err := write(w); err != nil {
		return fail(err)
	}
	if err := w.Flush(); err != nil {
		return fail(err)
	}
	if old, err := os.Stat(path); err == nil && old.Mode().IsRegular() {
		if err := tmp.Chmod(old.Mode().Perm()); err != nil {
			return fail(err)
		}
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return syncDir(dir)
}
