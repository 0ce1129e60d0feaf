//go:build unix

package outdir

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// acquire takes the folder's lock with flock(2), which the kernel drops
// when the holder exits or is killed, so that a dead writer never leaves
// the folder locked. The holder's process ID is written in the lock file
// for the notice of a writer that waits.
func acquire(dir string, notice io.Writer, noWait bool) (*os.File, error) {
	path := filepath.Join(dir, LockName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o666)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	err = flock(f, syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		holder := "unknown"
		if b, err := os.ReadFile(path); err == nil && strings.TrimSpace(string(b)) != "" {
			holder = strings.TrimSpace(string(b))
		}
		if noWait {
			f.Close()
			return nil, fmt.Errorf("%s: %w (pid %s)", dir, ErrBusy, holder)
		}
		fmt.Fprintf(notice, "newskg: waiting for another newskg (pid %s) to finish writing %s\n", holder, dir)
		err = flock(f, syscall.LOCK_EX)
	}
	if errors.Is(err, syscall.ENOLCK) || errors.Is(err, syscall.EOPNOTSUPP) || errors.Is(err, syscall.ENOSYS) {
		// Some network and FUSE file systems have no locks: write
		// unlocked rather than not at all, and say so.
		fmt.Fprintf(notice, "newskg: warning: %s: the file system does not support locks (%v); concurrent writers are not excluded\n", dir, err)
		return f, nil
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return f, nil
}

func flock(f *os.File, how int) error {
	for {
		err := syscall.Flock(int(f.Fd()), how)
		if err != syscall.EINTR {
			return err
		}
	}
}
