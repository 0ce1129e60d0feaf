//go:build unix

package ingest

import (
	"os"
	"syscall"
)

// openNoWait opens a file for reading without waiting: opening a named
// pipe that has no writer returns at once, where it would block until
// one came and hang the batch, so that the caller can look at what it
// opened and refuse it. O_NONBLOCK makes no difference to reading a
// regular file; it also spares os.Open setting and clearing it around
// the try of the poller that a regular file fails, four system calls.
func openNoWait(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
