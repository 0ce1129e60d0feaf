package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/newskg/newskg/graph"
)

// Stdin is the path that stands for standard input.
const Stdin = "-"

// format is how the bytes of an input are laid out.
type format int

const (
	formatUnknown format = iota // decided by looking at the bytes
	formatText
	formatHTML
	formatJSON
	formatJSONLine // one line of a JSON Lines file
	formatJSONL
	formatWARC
)

// formatOf returns the format a path's extension names, and whether the
// file is gzip-compressed (".gz" last): "feed.jsonl.gz" is compressed
// JSON Lines. A compressed file without a known inner extension, and
// standard input, are recognised by their first bytes.
func formatOf(path string) (f format, gz bool) {
	if path == Stdin {
		return formatUnknown, false
	}
	ext := strings.ToLower(filepath.Ext(path))
	if ext == ".gz" || ext == ".tgz" {
		gz = true
		path = strings.TrimSuffix(path, filepath.Ext(path))
		ext = strings.ToLower(filepath.Ext(path))
	}
	switch ext {
	case ".html", ".htm":
		return formatHTML, gz
	case ".json":
		return formatJSON, gz
	case ".jsonl", ".ndjson":
		return formatJSONL, gz
	case ".warc":
		return formatWARC, gz
	case ".txt":
		return formatText, gz
	}
	if gz {
		return formatUnknown, true
	}
	return formatText, false
}

// A Record is the raw bytes of one article as found in an input: a
// whole file, a line of a JSON Lines file, or an HTML response in a WARC
// file. Reading records is cheap; parsing them (Article) is the work that
// can run in parallel.
type Record struct {
	// Name says where the record is, for messages: the path of a file,
	// "feed.jsonl:12" for a line, "crawl.warc.gz: record 7" for a WARC
	// record.
	Name string
	// ID is the ID its article gets, and Qualified the one it gets
	// when another article holds ID (see Input.Qualified).
	ID, Qualified string
	// Data holds the record's bytes.
	Data []byte
	// Offset is how far into its input the reading had got, in bytes as
	// stored (compressed bytes for a compressed file); progress reports
	// use it.
	Offset int64

	format format
	source string // the URL a WARC record was fetched from
}

// Article parses the record. The error names the record.
func (rec Record) Article() (graph.Article, error) {
	var a graph.Article
	var err error
	switch rec.format {
	case formatHTML:
		a, err = ParseHTML(rec.ID, rec.Data)
	case formatJSON:
		a, err = ParseJSON(rec.ID, rec.Data)
	case formatJSONLine:
		a, err = parseJSON(rec.ID, rec.Data, "line")
	default:
		a, err = Parse(rec.ID, rec.Data)
	}
	if err != nil {
		return graph.Article{}, fmt.Errorf("%s: %w", rec.Name, err)
	}
	if a.Source == "" {
		a.Source = rec.source
	}
	return a, nil
}

// Records reads the articles of one input as records, in the order they
// are stored. A bad record (a line that is too long, a WARC record that
// cannot be read) is yielded as an error naming it, and the records
// after it still follow; an error that leaves the rest of the input
// unreadable (a broken gzip stream) ends the sequence.
//
// Plain files (.txt, .html, .htm, .json) hold one article; JSON Lines
// files (.jsonl, .ndjson) one article object per line; WARC files (.warc)
// one article per HTML response. Each of these may be gzip-compressed
// (".gz" appended). Standard input ("-") and compressed files without an
// inner extension are recognised by their content.
func (r Reader) Records(in Input) iter.Seq2[Record, error] {
	return func(yield func(Record, error) bool) {
		f, gz := formatOf(in.Path)
		var src io.Reader
		// size is the file's size when it is a plain file read whole;
		// 0 when unknown.
		var size int64
		name := in.Path
		if in.Path == Stdin {
			name = "stdin"
			src = r.Stdin
			if src == nil {
				src = os.Stdin
			}
		} else {
			// A file that Files did not find regular is stated before
			// it is opened, so that a device or a named pipe is
			// refused unopened. One it found regular is opened at
			// once and checked after: openNoWait does not block on a
			// named pipe put in its place since, and an article of a
			// corpus costs a system call fewer.
			if in.Size <= 0 {
				if info, err := os.Stat(in.Path); err != nil {
					yield(Record{}, fmt.Errorf("%s: %w", name, unwrapPath(err)))
					return
				} else if err := regular(info); err != nil {
					yield(Record{}, fmt.Errorf("%s: %w", name, err))
					return
				}
			}
			file, err := openNoWait(in.Path)
			if err != nil {
				yield(Record{}, fmt.Errorf("%s: %w", name, unwrapPath(err)))
				return
			}
			defer file.Close()
			info, err := file.Stat()
			if err != nil {
				yield(Record{}, fmt.Errorf("%s: %w", name, unwrapPath(err)))
				return
			}
			if err := regular(info); err != nil {
				yield(Record{}, fmt.Errorf("%s: %w", name, err))
				return
			}
			if !gz && f != formatJSONL && f != formatWARC && info.Size() > r.maxSize() {
				yield(Record{}, fmt.Errorf("%s: %w (%d bytes, limit %d)", name, ErrTooLarge, info.Size(), r.maxSize()))
				return
			}
			src = file
			if !gz && f != formatJSONL && f != formatWARC {
				size = info.Size()
			}
		}
		counted := &countingReader{r: src}
		if size > 0 {
			// A plain file of one article is read straight into the
			// record's bytes: a buffer besides would be allocated for
			// each of a corpus's many small files for nothing.
			fr := feedReader{Reader: r, name: name, id: in.ID, qualified: in.Qualified, counted: counted, yield: yield}
			fr.whole(counted, f, size)
			return
		}
		br := bufio.NewReaderSize(counted, 1<<16)
		var in2 io.Reader = br
		if gz || f == formatUnknown {
			if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
				zr, err := gzip.NewReader(br)
				if err != nil {
					yield(Record{}, fmt.Errorf("%s: gzip: %w", name, err))
					return
				}
				defer zr.Close()
				in2 = bufio.NewReaderSize(zr, 1<<16)
			} else if gz {
				yield(Record{}, fmt.Errorf("%s: not gzip-compressed, though named .gz", name))
				return
			}
		}
		rd := in2.(*bufio.Reader)
		if f == formatUnknown {
			f = sniff(rd)
		}
		fr := feedReader{Reader: r, name: name, id: in.ID, qualified: in.Qualified, counted: counted, yield: yield}
		switch f {
		case formatJSONL:
			fr.jsonl(rd)
		case formatWARC:
			fr.warc(rd)
		default:
			fr.whole(rd, f, size)
		}
	}
}

func (r Reader) maxSize() int64 {
	if r.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return r.MaxSize
}

// sniff tells the format of an input from its first bytes: a WARC
// header, JSON Lines (a first line that is a whole JSON object), one
// JSON object, HTML, or else text.
func sniff(r *bufio.Reader) format {
	head, _ := r.Peek(64 << 10)
	trimmed := bytes.TrimLeft(head, " \t\r\n\ufeff")
	switch {
	case bytes.HasPrefix(trimmed, []byte("WARC/")):
		return formatWARC
	case bytes.HasPrefix(trimmed, []byte("{")):
		line, _, _ := bytes.Cut(trimmed, []byte("\n"))
		if isJSONObject(line) {
			return formatJSONL
		}
		return formatJSON
	case bytes.HasPrefix(trimmed, []byte("<")):
		return formatHTML
	}
	return formatText
}

// feedReader reads the records of one input.
type feedReader struct {
	Reader
	name      string
	id        string
	qualified string
	counted   *countingReader
	yield     func(Record, error) bool
	stopped   bool
}

func (fr *feedReader) emit(rec Record, err error) bool {
	if fr.stopped {
		return false
	}
	if err == nil {
		rec.Offset = fr.counted.n
	}
	if !fr.yield(rec, err) {
		fr.stopped = true
	}
	return !fr.stopped
}

// whole reads an input that holds one article; size is its size when
// known, else 0.
func (fr *feedReader) whole(r io.Reader, f format, size int64) {
	max := fr.maxSize()
	data, err := readSized(io.LimitReader(r, max+1), size)
	if err != nil {
		fr.emit(Record{}, fmt.Errorf("%s: %w", fr.name, unwrapPath(err)))
		return
	}
	if int64(len(data)) > max {
		fr.emit(Record{}, fmt.Errorf("%s: %w (more than %d bytes)", fr.name, ErrTooLarge, max))
		return
	}
	fr.emit(Record{Name: fr.name, ID: fr.id, Qualified: fr.qualified, Data: data, format: f}, nil)
}

// readSized is io.ReadAll starting with room for size bytes and one more,
// so that a file read whole is read into one buffer of the right size.
func readSized(r io.Reader, size int64) ([]byte, error) {
	if size <= 0 || size >= 1<<30 {
		return io.ReadAll(r)
	}
	b := make([]byte, 0, size+1)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			// The file grew since it was measured.
			b = append(b, 0)[:len(b)]
		}
	}
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
