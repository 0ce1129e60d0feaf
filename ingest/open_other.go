//go:build !unix

package ingest

import "os"

// openNoWait opens a file for reading: without named pipes in the file
// system, opening one does not wait.
func openNoWait(path string) (*os.File, error) { return os.Open(path) }
