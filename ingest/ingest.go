// Package ingest turns files on disk into articles: it finds the article
// files under the paths a user names, rejects input that is not readable
// text with an error that says why, and reads each article's title, date
// and source.
//
// Three article formats are read, chosen by file extension: plain text
// (.txt, and any file named directly whose extension is none of the
// others), HTML (.html, .htm) and JSON (.json). See Parse, ParseHTML and
// ParseJSON. Feeds hold many articles: JSON Lines (.jsonl, .ndjson) and
// WARC web archives (.warc); any of these may be gzip-compressed (.gz),
// and standard input ("-") is recognised by its content. See
// Reader.Records.
package ingest

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

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
	// ErrNotHTML is returned for an .html file without a single tag.
	ErrNotHTML = errors.New("not HTML: no tags found")
	// ErrNoText is returned for an HTML or JSON file that is well formed
	// but holds no article text.
	ErrNoText = errors.New("no article text")
	// ErrNotArticle is returned for a JSON file whose value is not one
	// article object, such as an array of articles.
	ErrNotArticle = errors.New("not an article")
)

// Input is one article file and the ID its article gets.
type Input struct {
	Path string
	// ID is the file name without extension for a file named on the
	// command line or lying directly in a named folder, and the path
	// below the named folder for one deeper down ("politics/001"), so
	// that corpora with one folder per section keep distinct IDs. When
	// several folders are named, the path starts with the folder's own
	// name ("tech/001").
	ID string
	// Qualified is the ID with the name of the folder the file lies in
	// in front ("tech/001"), for use when ID is taken by another
	// article, as when a corpus is appended folder by folder; "" when ID
	// already has it.
	Qualified string
	// Size is the size of the regular file that Files found at Path,
	// 0 when unknown: the total that progress reports measure against,
	// without stating every file again. Records takes a file of a size
	// given here for a regular file, and opens it without stating it
	// first (see Reader.Records).
	Size int64
}

// Files expands paths into the article files they name: a file stands for
// itself, "-" for standard input, a directory for every .txt, .html,
// .htm, .json, .jsonl, .ndjson and .warc file below it, compressed
// (".gz" appended) or not (extensions in any case). The result is sorted by path and free of
// duplicates. A path that does not exist gives an error, and the other
// paths are still expanded.
//
// IDs drop the extension, so "a.txt" and "a.html" in one folder give two
// articles with the same ID, which a graph rejects as a duplicate.
func Files(paths []string) ([]Input, []error) {
	var files []Input
	var errs []error
	// With several folders named, each article's ID starts with its
	// folder's name ("politics/001", "tech/001"), so that folders with
	// files of the same names do not collide.
	dirs := 0
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			dirs++
		}
	}
	for _, p := range paths {
		if p == Stdin {
			files = append(files, Input{Path: Stdin, ID: "stdin"})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, unwrapPath(err)))
			continue
		}
		if !info.IsDir() {
			files = append(files, Input{Path: p, ID: validID(trimExt(filepath.Base(p))), Qualified: qualified(p, filepath.Base(p)), Size: regularSize(info)})
			continue
		}
		// The folder's name is had once: filepath.Abs asks the system
		// for the working directory each time.
		folder := folderName(filepath.Dir(filepath.Join(p, "x")))
		walkFiles(p, func(path string, info fs.FileInfo) {
			rel, err := filepath.Rel(p, path)
			if err != nil {
				rel = filepath.Base(path)
			}
			in := Input{Path: path, Qualified: qualifiedIn(folder, rel), Size: regularSize(info)}
			if dirs > 1 {
				in.Qualified = ""
				rel = filepath.Join(filepath.Base(filepath.Clean(p)), rel)
			}
			in.ID = validID(trimExt(filepath.ToSlash(rel)))
			files = append(files, in)
		}, func(err error) { errs = append(errs, err) })
	}
	slices.SortStableFunc(files, func(a, b Input) int { return strings.Compare(a.Path, b.Path) })
	return slices.CompactFunc(files, func(a, b Input) bool { return a.Path == b.Path }), errs
}

// String returns the input's path, which names it in messages.
func (in Input) String() string { return in.Path }

// regularSize returns the size of a regular file, 0 for anything else
// or nil.
func regularSize(info fs.FileInfo) int64 {
	if info == nil || !info.Mode().IsRegular() {
		return 0
	}
	return info.Size()
}

// isArticleFile reports whether a file met in a folder is an article, by
// its extension.
func isArticleFile(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".gz" {
		ext = strings.ToLower(filepath.Ext(strings.TrimSuffix(path, filepath.Ext(path))))
	}
	switch ext {
	case ".txt", ".html", ".htm", ".json", ".jsonl", ".ndjson", ".warc":
		return true
	}
	return false
}

// parserFor returns the parser for a file's format, chosen by its
// extension; files of other extensions are read as plain text.
func parserFor(path string) func(id string, data []byte) (graph.Article, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm":
		return ParseHTML
	case ".json":
		return ParseJSON
	}
	return Parse
}

// qualified returns the ID of rel, a path below the folder of path, with
// that folder's name in front.
func qualified(path, rel string) string {
	return qualifiedIn(folderName(filepath.Dir(path)), rel)
}

// folderName returns the name of the folder dir, made absolute first, or
// "" when it has none (the root).
func folderName(dir string) string {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	name := filepath.Base(dir)
	if name == "/" || name == "." || name == "" {
		return ""
	}
	return name
}

// qualifiedIn returns the ID of rel, a path below the folder named
// folder, with that name in front; "" when folder is "".
func qualifiedIn(folder, rel string) string {
	if folder == "" {
		return ""
	}
	return validID(trimExt(filepath.ToSlash(filepath.Join(folder, rel))))
}

// trimExt drops a path's extension, and a compressed file's inner one
// with it ("feed.jsonl.gz" → "feed").
func trimExt(p string) string {
	if strings.EqualFold(filepath.Ext(p), ".gz") {
		p = strings.TrimSuffix(p, filepath.Ext(p))
	}
	return strings.TrimSuffix(p, filepath.Ext(p))
}

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
	// DefaultMaxSize. In JSON Lines and WARC files it bounds each
	// record, not the file.
	MaxSize int64
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
}

// ReadFile reads one article. Its ID is the file name without extension.
// The error names the file and says what is wrong with it.
func (r Reader) ReadFile(path string) (graph.Article, error) {
	return r.Read(Input{Path: path, ID: validID(trimExt(filepath.Base(path)))})
}

// Read reads the article of one input, parsing it as HTML, JSON or plain
// text by the extension of its path (see Files).
func (r Reader) Read(in Input) (graph.Article, error) {
	path := in.Path
	max := r.MaxSize
	if max <= 0 {
		max = DefaultMaxSize
	}
	// Stat before opening: opening a named pipe blocks until a writer
	// comes, which would hang the batch.
	if info, err := os.Stat(path); err != nil {
		return graph.Article{}, fmt.Errorf("%s: %w", path, unwrapPath(err))
	} else if err := regular(info); err != nil {
		return graph.Article{}, fmt.Errorf("%s: %w", path, err)
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
	if err := regular(info); err != nil {
		return graph.Article{}, fmt.Errorf("%s: %w", path, err)
	}
	if info.Size() > max {
		return graph.Article{}, fmt.Errorf("%s: %w (%d bytes, limit %d)", path, ErrTooLarge, info.Size(), max)
	}
	// The limit holds for what is read, not only for the size stated: a
	// file may grow while it is read.
	data, err := ReadAllLimit(f, max)
	if err != nil {
		return graph.Article{}, fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	a, err := parserFor(path)(in.ID, data)
	if err != nil {
		return graph.Article{}, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}
