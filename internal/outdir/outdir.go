// Package outdir writes a set of output files into a folder so that the
// set is switched as one: other writers wait for a lock, readers can tell
// the files of two runs apart, and a run killed at any point leaves either
// the old set, the new set, or a journal that the next run (or reader)
// completes.
//
// A writer works in four steps. [Open] locks the folder (a second writer
// waits, after a one-line notice), completes a switch that a dead writer
// left half done, and removes its temporary files. [Dir.Create] gives a
// temporary file for each member of the new set; the caller writes it and
// ends it with [Trailer], which names the build. [Dir.Commit] syncs the
// temporary files, writes the journal (the commit point), renames the
// files into place in a fixed order, removes members of the old set that
// the new one lacks, writes the manifest and removes the journal.
// [Dir.Close] removes the temporary files of a run that did not commit
// and releases the lock.
//
// The folder holds, besides the members:
//
//	.newskg.lock      the lock (flock(2); released by the kernel when its holder dies)
//	.newskg.manifest  the build ID and the members of the current set
//	.newskg.journal   the next set, only while it is being switched in
//
// Readers call [Check] or [CheckFile]: a member whose trailer names
// another build than the manifest, or a journal left by a dead writer,
// is reported (or, for the journal, completed) rather than read as if
// the folder were whole.
package outdir

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

// Names of the files that the package keeps in an output folder.
const (
	LockName     = ".newskg.lock"
	ManifestName = ".newskg.manifest"
	JournalName  = ".newskg.journal"
)

// tmpInfix marks temporary files: ".graph.nq.tmp-1a2b3c4d".
const tmpInfix = ".tmp-"

// Options configure Open.
type Options struct {
	// Members are the names of every file that can belong to a set
	// (such as graph.nq, graph.dot, graph.graphml). A commit removes
	// those it does not write, so that no member of an older set stays
	// beside the new one, and Open removes their temporary files.
	Members []string
	// Notice receives the one-line notice printed when another writer
	// holds the lock and Open waits for it. Nil means os.Stderr.
	Notice io.Writer
	// NoWait makes Open fail with ErrBusy instead of waiting.
	NoWait bool
}

// ErrBusy is returned by Open with NoWait when another process writes the
// folder.
var ErrBusy = errors.New("another newskg is writing this folder")

// A Dir is an output folder locked for writing.
type Dir struct {
	path    string
	members []string
	lock    *os.File

	mu        sync.Mutex // held by Commit and Close, so a signal handler's Close waits for a switch
	temps     []*File
	committed bool
	closed    bool
}

// Open creates the folder if needed, locks it for writing and repairs
// what a dead writer left: it completes a switch that has its journal and
// removes temporary files. Call Close when done.
func Open(path string, opts Options) (*Dir, error) {
	if err := os.MkdirAll(path, 0o777); err != nil {
		return nil, err
	}
	notice := opts.Notice
	if notice == nil {
		notice = os.Stderr
	}
	lock, err := acquire(path, notice, opts.NoWait)
	if err != nil {
		return nil, err
	}
	d := &Dir{path: path, members: opts.Members, lock: lock}
	if err := d.recover(); err != nil {
		d.release()
		return nil, err
	}
	return d, nil
}

// Path returns the folder's path.
func (d *Dir) Path() string { return d.path }

// A File is a temporary file that Commit renames to its name.
type File struct {
	*os.File
	name string // final base name
}

// Name returns the base name the file will have once committed.
func (f *File) Name() string { return f.name }

// Create makes a temporary file in the folder that Commit will rename to
// name. A name may not start with a dot, but for names that start with
// HiddenPrefix: members a program keeps for itself. Like a file made by the shell, it gets the mode 0666 less the
// umask; Commit gives it the mode of the file it replaces, if any.
func (d *Dir) Create(name string) (*File, error) {
	if !validName(name) {
		return nil, fmt.Errorf("outdir: bad member name %q", name)
	}
	// The file is made and noted under the mutex, so that a Close from
	// a signal handler either sees it or comes before it is made.
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed || d.committed {
		return nil, errors.New("outdir: create after close")
	}
	for range 100 {
		tmp := filepath.Join(d.path, "."+name+tmpInfix+randomHex(4))
		f, err := os.OpenFile(tmp, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("write %s: %w", filepath.Join(d.path, name), err)
		}
		tf := &File{File: f, name: name}
		d.temps = append(d.temps, tf)
		return tf, nil
	}
	return nil, fmt.Errorf("write %s: cannot make a temporary file", filepath.Join(d.path, name))
}

// Reserve tells the file system that about n bytes will be written to
// the file, so that it can allocate them at once: a hint for large
// files. The file may read as n bytes long until Commit cuts it to what
// was written.
func (f *File) Reserve(n int64) { reserve(f, n) }

// StartSync starts writing what was written to the file out to disk,
// without waiting for it: a hint for a large file that is done, so that
// the disk works while the program writes the other files of the set,
// and Commit's fsync has less left to wait for.
func (f *File) StartSync() { startSync(f) }

// crashHook, when set by a test, is called at each step of a commit and
// may stop it there as a kill would (an error return leaves the disk as
// it is, without clean-up).
var crashHook func(step string) error

func crashAt(step string) error {
	if crashHook != nil {
		return crashHook(step)
	}
	return nil
}

// Commit switches the folder to the set made of files, all created by
// Create and fully written (each ending with Trailer(name, id)). Members
// of the old set that are not among files are removed.
func (d *Dir) Commit(id string, files ...*File) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed || d.committed {
		return errors.New("outdir: commit after close")
	}
	m := Manifest{ID: id}
	sizes := make([]int64, len(files))
	for i, f := range files {
		size, err := f.Seek(0, io.SeekCurrent)
		if err != nil {
			return fmt.Errorf("write %s: %w", filepath.Join(d.path, f.name), err)
		}
		// What Reserve allocated past the last write goes.
		if err := f.Truncate(size); err != nil {
			return fmt.Errorf("write %s: %w", filepath.Join(d.path, f.name), err)
		}
		sizes[i] = size
	}
	// The files reach the disk together, not one after the other: the
	// index waited a fifth of a second behind a 450 MB graph.nq.
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	for i, f := range files {
		wg.Go(func() { errs[i] = f.Sync() })
	}
	wg.Wait()
	for i, f := range files {
		if errs[i] != nil {
			return fmt.Errorf("write %s: %w", filepath.Join(d.path, f.name), errs[i])
		}
	}
	for i, f := range files {
		size := sizes[i]
		// A rewritten file keeps its mode (0600 stays 0600).
		if old, err := os.Stat(filepath.Join(d.path, f.name)); err == nil && old.Mode().IsRegular() {
			if err := f.Chmod(old.Mode().Perm()); err != nil {
				return fmt.Errorf("write %s: %w", filepath.Join(d.path, f.name), err)
			}
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("write %s: %w", filepath.Join(d.path, f.name), err)
		}
		m.Files = append(m.Files, Entry{Name: f.name, Size: size, Tmp: filepath.Base(f.File.Name())})
	}
	for _, name := range d.members {
		if !m.has(name) {
			m.Remove = append(m.Remove, name)
		}
	}
	if err := crashAt("journal"); err != nil {
		return err
	}
	// The journal is the commit point: once it is in place, the next
	// Open completes the switch even if this process dies.
	if err := writeSynced(filepath.Join(d.path, JournalName), m.encode()); err != nil {
		return fmt.Errorf("write %s: %w", filepath.Join(d.path, JournalName), err)
	}
	if err := syncDir(d.path); err != nil {
		return err
	}
	d.committed = true
	// Temporary files that are no member (a spool the run read its
	// picture from) go now: once committed, a Close from a signal
	// handler no longer removes them.
	for _, t := range d.temps {
		if !slices.Contains(files, t) {
			t.File.Close()
			os.Remove(t.File.Name())
		}
	}
	d.temps = nil
	return d.finish(m)
}

// finish completes the switch that journal m describes: it renames the
// temporary files, removes stale members, writes the manifest and removes
// the journal.
func (d *Dir) finish(m Manifest) error {
	for _, e := range m.Files {
		final := filepath.Join(d.path, e.Name)
		if err := crashAt("rename " + e.Name); err != nil {
			return err
		}
		err := os.Rename(filepath.Join(d.path, e.Tmp), final)
		if errors.Is(err, fs.ErrNotExist) {
			// Renamed before the crash: the member must be the new one.
			if id, _ := ReadID(final); id == m.ID {
				continue
			}
			return fmt.Errorf("%s: cannot complete the interrupted build %s: its file %s is gone; build again", d.path, m.ID, e.Tmp)
		}
		if err != nil {
			return fmt.Errorf("write %s: %w", final, err)
		}
	}
	for _, name := range m.Remove {
		if !m.has(name) {
			if err := os.Remove(filepath.Join(d.path, name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return fmt.Errorf("remove %s of an older build: %w", filepath.Join(d.path, name), err)
			}
		}
	}
	if err := crashAt("manifest"); err != nil {
		return err
	}
	done := Manifest{ID: m.ID}
	for _, e := range m.Files {
		done.Files = append(done.Files, Entry{Name: e.Name, Size: e.Size})
	}
	if err := writeSynced(filepath.Join(d.path, ManifestName), done.encode()); err != nil {
		return fmt.Errorf("write %s: %w", filepath.Join(d.path, ManifestName), err)
	}
	if err := syncDir(d.path); err != nil {
		return err
	}
	if err := crashAt("unjournal"); err != nil {
		return err
	}
	if err := os.Remove(filepath.Join(d.path, JournalName)); err != nil {
		return fmt.Errorf("remove %s: %w", filepath.Join(d.path, JournalName), err)
	}
	return syncDir(d.path)
}

// recover completes a switch left by a dead writer and removes the
// temporary files of dead writers. The lock is held, so no live writer
// owns them.
func (d *Dir) recover() error {
	jpath := filepath.Join(d.path, JournalName)
	data, err := os.ReadFile(jpath)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return fmt.Errorf("read %s: %w", jpath, err)
	default:
		m, err := parseManifest(data)
		if err != nil {
			return fmt.Errorf("%s: %w; remove it and build again", jpath, err)
		}
		if err := d.finish(m); err != nil {
			return err
		}
	}
	ents, err := os.ReadDir(d.path)
	if err != nil {
		return err
	}
	owned := append([]string{JournalName[1:], ManifestName[1:]}, d.members...)
	for _, e := range ents {
		name, ok := strings.CutPrefix(e.Name(), ".")
		if !ok {
			continue
		}
		i := strings.LastIndex(name, tmpInfix)
		if i < 0 || !slices.Contains(owned, name[:i]) || !e.Type().IsRegular() {
			continue
		}
		if err := os.Remove(filepath.Join(d.path, e.Name())); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("remove temporary file of a dead run: %w", err)
		}
	}
	return nil
}

// Close removes the temporary files of a run that did not commit and
// releases the lock. It may be called from a signal handler's goroutine:
// it waits for a commit under way to end.
func (d *Dir) Close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		return nil
	}
	d.closed = true
	var first error
	for _, f := range d.temps {
		f.File.Close()
		if err := os.Remove(f.File.Name()); err != nil && !errors.Is(err, fs.ErrNotExist) && first == nil {
			first = err
		}
	}
	d.temps = nil
	if err := d.release(); err != nil && first == nil {
		first = err
	}
	return first
}

func (d *Dir) release() error {
	if d.lock == nil {
		return nil
	}
	err := d.lock.Close() // closing the descriptor drops the flock
	d.lock = nil
	return err
}

// writeSynced writes data to path through a temporary file, synced before
// the rename.
func writeSynced(path string, data []byte) error {
	tmp := filepath.Join(filepath.Dir(path), filepath.Base(path)+tmpInfix+randomHex(4))
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

// syncDir makes the renames in dir durable.
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}
