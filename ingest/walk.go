package ingest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// walkFiles calls visit for every article file below root, in lexical
// order, with its FileInfo (nil when it could not be had). Unlike
// filepath.WalkDir it follows symbolic links to folders, as a user who
// links a folder into a corpus expects; a link that leads back
// to a folder above it (a loop), or to a folder already read, is named in
// an error and not followed again, and so is a file reached a second time
// (through a link, or a hard link).
func walkFiles(root string, visit func(path string, info fs.FileInfo), report func(error)) {
	w := walker{visit: visit, report: report, seen: make(map[fileKey]string)}
	info, err := os.Stat(root)
	if err != nil {
		report(fmt.Errorf("%s: %w", root, unwrapPath(err)))
		return
	}
	w.dir(root, info, nil)
}

type walker struct {
	visit  func(string, fs.FileInfo)
	report func(error)
	seen   map[fileKey]string // folders and files read, by identity → path
}

// file visits an article file unless it was met under another name.
func (w *walker) file(path string, info fs.FileInfo) {
	if info != nil {
		if key, ok := keyOf(info); ok {
			if first, dup := w.seen[key]; dup {
				w.report(fmt.Errorf("%s: same file as %s, already read; not read again", path, first))
				return
			}
			w.seen[key] = path
		}
	}
	w.visit(path, info)
}

// dir reads one folder; up holds the folders above it on this path.
func (w *walker) dir(path string, info fs.FileInfo, up []fs.FileInfo) {
	if key, ok := keyOf(info); ok {
		if first, dup := w.seen[key]; dup {
			w.report(fmt.Errorf("%s: same folder as %s, already read; not read again", path, first))
			return
		}
		w.seen[key] = path
	}
	for _, u := range up {
		if os.SameFile(u, info) {
			w.report(fmt.Errorf("%s: symbolic link loops back to a folder above it; not followed", path))
			return
		}
	}
	ents, err := os.ReadDir(path)
	if err != nil {
		w.report(fmt.Errorf("%s: %w", path, unwrapPath(err)))
	}
	up = append(up, info)
	for _, e := range ents {
		p := filepath.Join(path, e.Name())
		switch {
		case e.IsDir():
			if info, err := e.Info(); err == nil {
				w.dir(p, info, up)
			} else {
				w.report(fmt.Errorf("%s: %w", p, unwrapPath(err)))
			}
		case e.Type()&fs.ModeSymlink != 0:
			target, err := os.Stat(p)
			switch {
			case err != nil:
				if isArticleFile(p) {
					w.report(fmt.Errorf("%s: %w", p, unwrapPath(err)))
				}
			case target.IsDir():
				w.dir(p, target, up)
			case isArticleFile(p):
				w.file(p, target)
			}
		case isArticleFile(p):
			info, _ := e.Info()
			w.file(p, info)
		}
	}
}

// validID makes an article ID of a file name: bytes that are not UTF-8
// (a name from a Latin-1 file system) become %XX, so that IDs, CSV and
// every export hold text, and distinct names keep distinct IDs.
func validID(id string) string {
	if utf8.ValidString(id) {
		return id
	}
	var b strings.Builder
	for i := 0; i < len(id); {
		r, n := utf8.DecodeRuneInString(id[i:])
		if r == utf8.RuneError && n <= 1 {
			fmt.Fprintf(&b, "%%%02X", id[i])
			i++
			continue
		}
		b.WriteString(id[i : i+n])
		i += n
	}
	return b.String()
}
