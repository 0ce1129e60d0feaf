package nquads

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
)

// A Layout says where the parts of an N-Quads file that a Writer wrote
// lie, and what each holds, by its SHA-256: the default graph (the
// entities) first, then one block per article graph in label order, then
// the tail, the statements of other tools written after them. A program
// that keeps the layout beside the file can add articles to it by
// copying the old blocks as byte ranges (see Old), without reading them.
//
// The parts are also what the file's ID hashes (see Layout.ID), so that
// the ID of a file grown that way costs what is new, not the whole file.
type Layout struct {
	Head   Part    // the default graph
	Blocks []Block // the article graphs, in file order
	Tail   Part    // what follows them
}

// A Part is a run of whole lines of a file.
type Part struct {
	Size int64
	Sum  [sha256.Size]byte // SHA-256 of its bytes
}

// A Block is one article graph's lines.
type Block struct {
	Label string // the graph label, in N-Quads form: "<…/graph/ID>"
	Part
}

// idTag starts what Layout.ID hashes, so that IDs of this definition
// never equal plain SHA-256 sums of a file.
const idTag = "newskg N-Quads parts 1\n"

// ID returns the content hash of the file the layout describes: the
// SHA-256 of a fixed tag followed by the SHA-256 of each part, the head,
// every block in order, and the tail. Equal files have equal IDs, and
// files that differ in any byte differ in some part, and so in their IDs.
func (l *Layout) ID() [sha256.Size]byte {
	h := sha256.New()
	h.Write([]byte(idTag))
	h.Write(l.Head.Sum[:])
	for i := range l.Blocks {
		h.Write(l.Blocks[i].Sum[:])
	}
	h.Write(l.Tail.Sum[:])
	var id [sha256.Size]byte
	h.Sum(id[:0])
	return id
}

// Size returns the number of bytes of the file the layout describes.
func (l *Layout) Size() int64 {
	n := l.Head.Size + l.Tail.Size
	for i := range l.Blocks {
		n += l.Blocks[i].Size
	}
	return n
}

// An Old is an N-Quads file that a Writer wrote, whose articles
// Writer.WriteFile merges with those added. With a Layout, its blocks
// are copied as they are, as byte ranges (on Linux within the kernel),
// unless the name or type of an entity of Entities, the entities it was
// written with, changed: then each block is read and its entity lines
// are written again. Without a Layout, the file is read line by line
// from R, its default graph and comments skipped.
type Old struct {
	R io.Reader // read line by line when Layout is nil

	File     *os.File
	Layout   *Layout
	Entities map[string]EntityName // the entities the file was written with, by ID
}

// An EntityName is what an article's graph repeats of an entity: its
// name and type.
type EntityName struct{ Name, Type string }

// partWriter writes N-Quads to a buffered output and hashes them part
// by part on another goroutine, so that hashing overlaps writing; a part
// whose sum is known (a block copied from an indexed file) is copied
// without being read.
type partWriter struct {
	w    *bufio.Writer
	file *os.File // the file under w, for copies within the kernel; nil if none
	// discard is set when the output goes nowhere: copies are then
	// hashed (from their known sums) but not made.
	discard bool
	off     int64 // bytes written
	from    int64 // where the current part began

	pending struct { // a copy not yet made, grown while blocks follow each other
		f      *os.File
		off, n int64
	}

	chunk []byte
	marks []hashMark
	ch    chan hashChunk
	free  chan []byte
	done  chan [][sha256.Size]byte
	sizes []int64
	err   error
}

// hashChunk is bytes to hash and where parts end in them.
type hashChunk struct {
	data  []byte
	marks []hashMark
}

// hashMark ends a part at data[at]: the bytes hashed since the last mark,
// or, when known, a part of the given sum with no bytes here.
type hashMark struct {
	at    int
	known bool
	sum   [sha256.Size]byte
}

const hashChunkSize = 1 << 20

func newPartWriter(dst io.Writer) *partWriter {
	p := &partWriter{w: bufio.NewWriterSize(dst, 1<<20), ch: make(chan hashChunk, 4), free: make(chan []byte, 4), done: make(chan [][sha256.Size]byte, 1),
		// At its size at once, as send makes the next: grown from
		// nothing by append it took twice as much.
		chunk: make([]byte, 0, hashChunkSize+64<<10)}
	if f, ok := dst.(*os.File); ok {
		p.file = f
	}
	p.discard = dst == io.Discard
	go func() {
		h := sha256.New()
		var sums [][sha256.Size]byte
		for c := range p.ch {
			pos := 0
			for _, m := range c.marks {
				h.Write(c.data[pos:m.at])
				pos = m.at
				var s [sha256.Size]byte
				if m.known {
					s = m.sum
				} else {
					h.Sum(s[:0])
					h.Reset()
				}
				sums = append(sums, s)
			}
			h.Write(c.data[pos:])
			select {
			case p.free <- c.data[:0]:
			default:
			}
		}
		p.done <- sums
	}()
	return p
}

// Write writes b to the current part.
func (p *partWriter) Write(b []byte) (int, error) {
	if p.pending.n > 0 {
		p.copyPending()
	}
	if p.err != nil {
		return 0, p.err
	}
	if _, err := p.w.Write(b); err != nil {
		p.err = err
		return 0, err
	}
	p.off += int64(len(b))
	p.chunk = append(p.chunk, b...)
	if len(p.chunk) >= hashChunkSize {
		p.send()
	}
	return len(b), nil
}

// WriteString writes s to the current part.
func (p *partWriter) WriteString(s string) (int, error) {
	// Through the chunk, not a []byte(s) copy: most lines are short.
	if p.pending.n > 0 {
		p.copyPending()
	}
	if p.err != nil {
		return 0, p.err
	}
	if _, err := p.w.WriteString(s); err != nil {
		p.err = err
		return 0, err
	}
	p.off += int64(len(s))
	p.chunk = append(p.chunk, s...)
	if len(p.chunk) >= hashChunkSize {
		p.send()
	}
	return len(s), nil
}

func (p *partWriter) send() {
	p.ch <- hashChunk{data: p.chunk, marks: p.marks}
	p.marks = nil
	select {
	case b := <-p.free:
		p.chunk = b
	default:
		p.chunk = make([]byte, 0, hashChunkSize+64<<10)
	}
}

// cut ends the current part.
func (p *partWriter) cut() {
	p.marks = append(p.marks, hashMark{at: len(p.chunk)})
	p.sizes = append(p.sizes, p.off-p.from)
	p.from = p.off
}

// copyPart adds, as a part of its own, n bytes of f at off, whose
// SHA-256 is sum. The current part must have been cut.
func (p *partWriter) copyPart(f *os.File, off, n int64, sum [sha256.Size]byte) {
	if p.pending.n > 0 && (p.pending.f != f || p.pending.off+p.pending.n != off) {
		p.copyPending()
	}
	if p.pending.n == 0 {
		p.pending.f, p.pending.off = f, off
	}
	p.pending.n += n
	p.marks = append(p.marks, hashMark{at: len(p.chunk), known: true, sum: sum})
	p.sizes = append(p.sizes, n)
	p.off += n
	p.from = p.off
}

// copyPending makes the copy that copyPart put off.
func (p *partWriter) copyPending() {
	src := p.pending
	p.pending.n = 0
	if p.err != nil || p.discard {
		return
	}
	if p.err = p.w.Flush(); p.err != nil {
		return
	}
	if _, err := src.f.Seek(src.off, io.SeekStart); err != nil {
		p.err = err
		return
	}
	var dst io.Writer = p.w
	if p.file != nil {
		// os.File.ReadFrom of a limited *os.File copies within the
		// kernel (copy_file_range) where it can.
		dst = p.file
	}
	n, err := io.Copy(dst, &io.LimitedReader{R: src.f, N: src.n})
	if err == nil && n != src.n {
		err = fmt.Errorf("%s: %w", src.f.Name(), io.ErrUnexpectedEOF)
	}
	p.err = err
}

// close flushes what is written and returns the sums and sizes of the
// parts, in order; all of them must have been cut.
func (p *partWriter) close() ([][sha256.Size]byte, []int64, error) {
	if p.pending.n > 0 {
		p.copyPending()
	}
	if p.err == nil {
		p.err = p.w.Flush()
	}
	p.ch <- hashChunk{data: p.chunk, marks: p.marks}
	close(p.ch)
	sums := <-p.done
	p.ch = nil
	if p.err != nil {
		return nil, nil, p.err
	}
	if len(sums) != len(p.sizes) {
		return nil, nil, errors.New("nquads: parts miscounted")
	}
	return sums, p.sizes, nil
}

// abort ends the hashing goroutine after a failure.
func (p *partWriter) abort() {
	if p.ch != nil {
		close(p.ch)
		<-p.done
		p.ch = nil
	}
}

// layoutOf makes the layout from the parts that WriteFile wrote: head,
// blocks, tail.
func layoutOf(labels []string, sums [][sha256.Size]byte, sizes []int64) (Layout, error) {
	if len(sums) != len(labels)+2 {
		return Layout{}, fmt.Errorf("nquads: %d parts for %d blocks", len(sums), len(labels))
	}
	l := Layout{Head: Part{sizes[0], sums[0]}, Tail: Part{sizes[len(sizes)-1], sums[len(sums)-1]}}
	l.Blocks = make([]Block, len(labels))
	for i, lb := range labels {
		l.Blocks[i] = Block{Label: lb, Part: Part{sizes[i+1], sums[i+1]}}
	}
	return l, nil
}

// A Digest computes the ID (see Layout.ID) of N-Quads written to it in
// the order of Encoder.Encode, finding the parts from the lines' graph
// labels: the head is the lines without one, each block the run of lines
// of one label; the caller marks the start of the tail with Tail. It
// serves output that is not written by a Writer, such as Encode's.
type Digest struct {
	p     *partWriter
	line  []byte
	label []byte
	head  bool // still in the head
	tail  bool
	err   error
	px    []byte // "<" + base + "article/", whose lines' labels follow from the subject
	gp    string
}

// NewDigest returns a digest of N-Quads written under base ("" for
// DefaultBase).
func NewDigest(base string) *Digest {
	if base == "" {
		base = DefaultBase
	}
	d := &Digest{p: newPartWriter(io.Discard), head: true}
	if v, err := newIRIs(base); err == nil {
		d.px = []byte("<" + v.base + kindArticle + "/")
		d.gp = "<" + v.base + kindGraph + "/"
	}
	return d
}

// Write adds b, whole lines or parts of them.
func (d *Digest) Write(b []byte) (int, error) {
	n := len(b)
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			d.line = append(d.line, b...)
			break
		}
		if len(d.line) > 0 {
			d.line = append(d.line, b[:i+1]...)
			d.addLine(d.line)
			d.line = d.line[:0]
		} else {
			d.addLine(b[:i+1])
		}
		b = b[i+1:]
	}
	return n, nil
}

func (d *Digest) addLine(l []byte) {
	if !d.tail {
		label := d.labelOf(l)
		switch {
		case d.head && len(label) > 0:
			d.p.cut()
			d.head = false
		case !d.head && !bytes.Equal(label, d.label):
			d.p.cut()
		}
		if !bytes.Equal(label, d.label) {
			d.label = append(d.label[:0], label...)
		}
	}
	d.p.Write(l)
}

// labelOf returns the graph label of a line, nil for the default graph
// or a line that is no quad.
func (d *Digest) labelOf(l []byte) []byte {
	if d.px != nil {
		if i := bytes.IndexByte(l, '>'); i > 0 {
			if id, ok := bytes.CutPrefix(l[:i], d.px); ok {
				// An article's own quads lie in its graph.
				return append(append([]byte(d.gp), id...), '>')
			}
		}
	}
	start, end, ok := quadLabel(l)
	if !ok {
		return nil
	}
	return l[start:end]
}

// Tail marks the end of the graph: what follows is the tail.
func (d *Digest) Tail() {
	if len(d.line) > 0 {
		d.addLine(d.line)
		d.line = d.line[:0]
	}
	if !d.tail {
		d.p.cut() // the head, or the last block
		d.tail = true
	}
}

// ID returns the ID of what was written. Nothing may be written after.
func (d *Digest) ID() ([sha256.Size]byte, error) {
	d.Tail()
	if len(d.line) > 0 {
		d.p.Write(d.line)
	}
	d.p.cut()
	sums, _, err := d.p.close()
	if err != nil {
		return [sha256.Size]byte{}, err
	}
	var l Layout
	l.Head.Sum = sums[0]
	l.Tail.Sum = sums[len(sums)-1]
	for _, s := range sums[1 : len(sums)-1] {
		l.Blocks = append(l.Blocks, Block{Part: Part{Sum: s}})
	}
	return l.ID(), nil
}

// Articles returns the IDs of the articles whose graphs the blocks are,
// for a file written under base ("" for DefaultBase); blocks of other
// graphs are left out, as Decoder's EntitiesOnly does.
func (l *Layout) Articles(base string) ([]string, error) {
	if base == "" {
		base = DefaultBase
	}
	v, err := newIRIs(base)
	if err != nil {
		return nil, fmt.Errorf("nquads: %w", err)
	}
	ids := make([]string, 0, len(l.Blocks))
	for _, b := range l.Blocks {
		iri := strings.TrimSuffix(strings.TrimPrefix(b.Label, "<"), ">")
		if kind, id, err := v.parse(quad.IRI(iri)); err == nil && kind == kindGraph {
			ids = append(ids, id)
		}
	}
	return ids, nil
}

// HasArticle reports whether a block is the graph of the article of the
// given ID, in a file written under base ("" for DefaultBase).
func (l *Layout) HasArticle(base, id string) bool {
	_, ok := l.block(base, id)
	return ok
}

// block returns the index of the block of an article's graph.
func (l *Layout) block(base, id string) (int, bool) {
	if base == "" {
		base = DefaultBase
	}
	v, err := newIRIs(base)
	if err != nil {
		return 0, false
	}
	label := "<" + string(v.mint(kindGraph, id)) + ">"
	return slices.BinarySearchFunc(l.Blocks, label, func(b Block, label string) int { return strings.Compare(b.Label, label) })
}

// ArticleText returns the text of the article of the given ID, reading
// its block alone from f, the file l describes, written under base;
// false when no block is its graph.
func (l *Layout) ArticleText(f io.ReaderAt, base, id string) (string, bool, error) {
	if base == "" {
		base = DefaultBase
	}
	i, ok := l.block(base, id)
	if !ok {
		return "", false, nil
	}
	off := l.Head.Size
	for _, b := range l.Blocks[:i] {
		off += b.Size
	}
	var text string
	found := false
	err := ArticleTexts(io.NewSectionReader(f, off, l.Blocks[i].Size), base, func(got, t string) {
		if got == id {
			text, found = t, true
		}
	})
	return text, found, err
}
