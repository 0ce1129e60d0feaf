//go:build !unix

package outdir

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// acquire opens the lock file without locking it: on systems without
// flock(2) concurrent writers are not excluded (see docs/reliability.md).
func acquire(dir string, _ io.Writer, _ bool) (*os.File, error) {
	f, err := os.OpenFile(filepath.Join(dir, LockName), os.O_RDWR|os.O_CREATE, 0o666)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	return f, nil
}
