package outdir

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// A Pending is one file that is not part of a set (an export, a picture)
// being written through a temporary file in its folder, to be synced and
// renamed into place by Commit, so that a reader never sees it half
// written.
type Pending struct {
	*os.File
	path string

	mu   sync.Mutex // Close may come from a signal handler
	done bool
}

// NewFile starts writing the file at path. It refuses to replace a member
// of a build's set, which would mix the set.
func NewFile(path string) (*Pending, error) {
	dir, name := filepath.Dir(path), filepath.Base(path)
	if Member(dir, name) {
		return nil, fmt.Errorf("write %s: it belongs to the build in %s; write elsewhere, or rebuild to change it", path, dir)
	}
	for range 100 {
		f, err := os.OpenFile(filepath.Join(dir, "."+name+tmpInfix+randomHex(4)), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("write %s: %w", path, err)
		}
		return &Pending{File: f, path: path}, nil
	}
	return nil, fmt.Errorf("write %s: cannot make a temporary file", path)
}

// Commit syncs the file and renames it into place. A new file has the
// mode 0666 less the umask; a replaced one keeps its mode.
func (p *Pending) Commit() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.done {
		return fmt.Errorf("write %s: closed", p.path)
	}
	p.done = true
	tmp := p.File.Name()
	fail := func(err error) error {
		p.File.Close()
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", p.path, err)
	}
	if old, err := os.Stat(p.path); err == nil && old.Mode().IsRegular() {
		if err := p.Chmod(old.Mode().Perm()); err != nil {
			return fail(err)
		}
	}
	if err := p.Sync(); err != nil {
		return fail(err)
	}
	if err := p.File.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", p.path, err)
	}
	if err := os.Rename(tmp, p.path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", p.path, err)
	}
	return syncDir(filepath.Dir(p.path))
}

// Close removes the temporary file unless Commit renamed it.
func (p *Pending) Close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.done {
		return nil
	}
	p.done = true
	p.File.Close()
	return os.Remove(p.File.Name())
}

// WriteFile writes the file at path with write, through NewFile.
func WriteFile(path string, write func(w *bufio.Writer) error) error {
	p, err := NewFile(path)
	if err != nil {
		return err
	}
	defer p.Close()
	w := bufio.NewWriterSize(p, 1<<16)
	if err := write(w); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return p.Commit()
}
