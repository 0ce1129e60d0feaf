// Package ingest turns files on disk into articles: it finds the article
// files under the paths a user names, rejects input that is not readable
// text with an error that says why, and reads each article's title, date
// and source.
package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/newskg/newskg/graph"
)

// DefaultMaxSize is the largest article file read by default. News
// articles are a few kilobytes; a file of many megabytes is almost always
// a mistake (a dump, a binary), and reading it would hold up the batch.
const DefaultMaxSize = 8 << 20

// Errors that classify bad input; test them with errors.Is.
var (
	ErrEmpty    = errors.New("empty file")
	ErrBinary   = errors.New("binary file, not text")
	ErrEncoding = errors.New("not UTF-8 text")
	ErrTooLarge = errors.New("file too large")
)

// Input is one article file and the ID its article gets.
type Input struct {
	Path string
	// ID is the file name without extension for a file named on the
	// command line or lying directly in a named folder, and the path
	// below the named folder for one deeper down ("politics/001"), so
	// that corpora with one folder per section keep distinct IDs.
	ID string
}

// Files expands paths into the article files they name: a file stands for
// itself, a directory for every .txt file below it. The result is sorted
// by path and free of duplicates. A path that does not exist gives an
// error, and the other paths are still expanded.
func Files(paths []string) ([]Input, []error) {
	var files []Input
	var errs []error
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, unwrapPath(err)))
			continue
		}
		if !info.IsDir() {
			files = append(files, Input{p, trimExt(filepath.Base(p))})
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", path, unwrapPath(err)))
				return nil
			}
			if !d.IsDir() && strings.EqualFold(filepath.Ext(path), ".txt") {
				rel, err := filepath.Rel(p, path)
				if err != nil {
					rel = filepath.Base(path)
				}
				files = append(files, Input{path, trimExt(filepath.ToSlash(rel))})
			}
			return nil
		})
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, err))
		}
	}
	slices.SortStableFunc(files, func(a, b Input) int { return strings.Compare(a.Path, b.Path) })
	return slices.CompactFunc(files, func(a, b Input) bool { return a.Path == b.Path }), errs
}

func trimExt(p string) string { return strings.TrimSuffix(p, filepath.Ext(p)) }

// unwrapPath drops the *fs.PathError wrapper, whose message repeats the
// path that callers already name.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Reader reads article files.
type Reader struct {
	// MaxSize is the largest file accepted, in bytes; 0 means
	// DefaultMaxSize.
	MaxSize int64
}

// ReadFile reads one article. Its ID is the file name without extension.
// The error names the file and says what is wrong with it.
func (r Reader) ReadFile(path string) (graph.Article, error) {
	return r.Read(Input{path, trimExt(filepath.Base(path))})
}

// Read reads the article of one input.
func (r Reader) Read(in Input) (graph.Article, error) {
	path := in.Path
	max := r.MaxSize
	if max <= 0 {
		max = DefaultMaxSize
	}
	f, err := os.Open(path)
	if err != nil {
		return graph.Article{}, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return graph.Article{}, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	if info.IsDir() {
		return graph.Article{}, fmt.Errorf("%s: is a directory", path)
	}
	if info.Size() > max {
		return graph.Article{}, fmt.Errorf("%s: %w (%d bytes, limit %d)", path, ErrTooLarge, info.Size(), max)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return graph.Article{}, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	a, err := Parse(in.ID, data)
	if err != nil {
		return graph.Article{}, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}

// Parse makes an article from the raw bytes of a file. It accepts UTF-8
// (with or without a byte-order mark) and UTF-16 with a byte-order mark,
// and rejects empty, binary and otherwise encoded input.
func Parse(id string, data []byte) (graph.Article, error) {
	text, err := decode(data)
	if err != nil {
		return graph.Article{}, err
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	if strings.TrimSpace(text) == "" {
		return graph.Article{}, ErrEmpty
	}
	a := graph.Article{ID: id, Text: text}
	a.Title, a.Date = titleAndDate(text)
	a.Source = source(text)
	return a, nil
}

func decode(data []byte) (string, error) {
	if len(data) == 0 {
		return "", ErrEmpty
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", ErrBinary
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return "", fmt.Errorf("%w: invalid byte 0x%02X at offset %d (convert it with iconv -f LATIN1 -t UTF-8)", ErrEncoding, data[off], off)
	}
	ctrl := 0
	for _, r := range string(data) {
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			ctrl++
		}
	}
	if ctrl > len(data)/100+2 {
		return "", ErrBinary
	}
	return string(data), nil
}

func decodeUTF16(data []byte) (string, error) {
	if len(data)%2 != 0 {
		return "", fmt.Errorf("%w: odd length for UTF-16", ErrEncoding)
	}
	big := data[0] == 0xFE
	u := make([]uint16, 0, len(data)/2-1)
	for i := 2; i+1 < len(data); i += 2 {
		if big {
			u = append(u, uint16(data[i])<<8|uint16(data[i+1]))
		} else {
			u = append(u, uint16(data[i+1])<<8|uint16(data[i]))
		}
	}
	s := string(utf16.Decode(u))
	if strings.ContainsRune(s, 0) {
		return "", ErrBinary
	}
	return s, nil
}

var (
	// datePrefix is the convention of some crawls: a line that starts
	// with "date 2023-05-04".
	datePrefix = regexp.MustCompile(`^\s*date[:\s]+(\d{4}-\d{2}-\d{2})\b\s*`)
	isoDate    = regexp.MustCompile(`^\s*(?:Published:?\s*|Updated:?\s*)?(\d{4}-\d{2}-\d{2})(?:[T ,]|$)`)
	// longDate matches dateline forms such as "4 May 2023, 10:24" and
	// "May 4, 2023".
	longDate = regexp.MustCompile(`^\s*(?:Published:?\s*|Updated:?\s*)?(?:[A-Z][a-z]+day,?\s+)?(?:(\d{1,2})\s+([A-Z][a-z]+)\.?,?\s+(\d{4})|([A-Z][a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4}))\b`)
)

// titleAndDate returns the first non-empty line as the title, and a date
// from a leading "date YYYY-MM-DD" marker or a dateline among the first
// few lines.
func titleAndDate(text string) (title, date string) {
	lines := strings.Split(text, "\n")
	seen := 0
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		seen++
		if seen > 6 {
			break
		}
		if m := datePrefix.FindStringSubmatch(l); m != nil {
			if date == "" && validDate(m[1]) {
				date = m[1]
			}
			l = l[len(m[0]):]
		} else if date == "" && seen > 1 {
			date = datelineDate(l)
		}
		if title == "" {
			title = strings.TrimSpace(l)
		}
	}
	return title, date
}

func datelineDate(l string) string {
	if len(l) > 80 {
		return ""
	}
	if m := isoDate.FindStringSubmatch(l); m != nil && validDate(m[1]) {
		return m[1]
	}
	m := longDate.FindStringSubmatch(l)
	if m == nil {
		return ""
	}
	day, month, year := m[1], m[2], m[3]
	if day == "" {
		day, month, year = m[5], m[4], m[6]
	}
	for _, layout := range []string{"2 January 2006", "2 Jan 2006"} {
		if t, err := time.Parse(layout, day+" "+month+" "+year); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	return ""
}

func validDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

var sourceLine = regexp.MustCompile(`(?m)^\s*(?:Source|URL|Originally published (?:at|in|by)):?\s+(\S.*?)\s*$`)

// source returns the outlet or URL named by a "Source:" or "URL:" line,
// ignoring link texts such as "Read Full Article".
func source(text string) string {
	for _, m := range sourceLine.FindAllStringSubmatch(text, -1) {
		s := m[1]
		low := strings.ToLower(s)
		if strings.HasPrefix(low, "read ") || strings.HasPrefix(low, "click") || len(s) > 200 {
			continue
		}
		return s
	}
	return ""
}
