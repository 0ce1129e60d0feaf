package ingest

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxTitle is the longest title kept, in bytes. A title is repeated on
// every edge of the DOT and GraphML exports, so a text file whose first
// line is a whole article (a one-line file) would otherwise multiply the
// article's size by its number of claims. Headlines are far shorter.
const MaxTitle = 300

// capTitle shortens a title longer than MaxTitle at a word boundary (or
// a rune boundary, in a text without spaces) and marks the cut with "…".
func capTitle(s string) string {
	if len(s) <= MaxTitle {
		return s
	}
	cut := MaxTitle - len("…")
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	if i := strings.LastIndexFunc(s[:cut], unicode.IsSpace); i > MaxTitle/2 {
		cut = i
	}
	return strings.TrimRightFunc(s[:cut], unicode.IsSpace) + "…"
}

// ReadAllLimit reads r to its end, failing with ErrTooLarge as soon as
// more than max bytes come, so that no reader (a pipe, standard input, a
// device, a file that grows) holds more than max bytes in memory.
func ReadAllLimit(r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w (more than the limit of %d bytes)", ErrTooLarge, max)
	}
	return data, nil
}

// regular reports why a file is not read when it is not a regular file:
// reading a named pipe blocks until a writer comes, and a device such as
// /dev/zero never ends.
func regular(info fs.FileInfo) error {
	m := info.Mode()
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return errors.New("is a directory")
	case m&fs.ModeNamedPipe != 0:
		return errors.New("is a named pipe (FIFO), not a regular file; skipped")
	case m&fs.ModeDevice != 0:
		return errors.New("is a device, not a regular file; skipped")
	case m&fs.ModeSocket != 0:
		return errors.New("is a socket, not a regular file; skipped")
	}
	return errors.New("is not a regular file; skipped")
}
