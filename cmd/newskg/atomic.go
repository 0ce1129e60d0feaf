package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/newskg/newskg/internal/outdir"
)

// writeFile writes a file through a temporary file in the same directory
// and renames it into place, so that a reader never sees a half-written
// export, even when the encoder fails midway or the process is killed;
// Ctrl-C removes the temporary file.
func writeFile(path string, encode func(w *bufio.Writer) error) error {
	p, err := outdir.NewFile(path)
	if err != nil {
		return err
	}
	stop := closeOnSignal(p, os.Stderr)
	defer func() {
		p.Close()
		stop()
	}()
	w := bufio.NewWriterSize(p, 1<<16)
	if err := encode(w); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return p.Commit()
}
