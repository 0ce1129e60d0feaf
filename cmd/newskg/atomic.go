package main

import (
	"bufio"

	"github.com/newskg/newskg/internal/outdir"
)

// writeFile writes a file through a temporary file in the same directory
// and renames it into place, so that a reader never sees a half-written
// export, even when the encoder fails midway or the process is killed.
func writeFile(path string, encode func(w *bufio.Writer) error) error {
	return outdir.WriteFile(path, encode)
}
