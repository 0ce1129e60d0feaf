package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"maps"
	"slices"

	"github.com/newskg/newskg/export/nquads"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/internal/outdir"
)

// indexFile is the member of a build's set that describes its other
// members, so that --append can copy what it does not change as byte
// ranges instead of reading the whole graph (see docs/reliability.md).
// It is hidden: users have no use for it, and a folder without it (or
// with one that disagrees with the set) is appended to by reading
// graph.nq whole, as before.
const indexFile = outdir.HiddenPrefix + "index"

// indexMagic starts the index; the number changes with its format.
const indexMagic = "newskg-index 1\n"

// sidecar is what the index holds.
type sidecar struct {
	base string
	// entities are those of graph.nq's default graph, which --append
	// would otherwise parse.
	entities []*graph.Entity
	layout   nquads.Layout
	// counts are the claims of graph.nq by predicate, for the summary.
	counts map[graph.Predicate]int
	// tally is the encoded dot.Tally that graph.dot was drawn from,
	// nil when graph.dot was not drawn from all the claims of
	// graph.nq.
	tally []byte
	// dotEdges are where graph.dot's edges lie, a line each, in the
	// drawing order of the tally's links, and where they end.
	dotEdges []int64
	// edges says where graph.graphml's edges lie, nil when it was not
	// written or not with all the claims of graph.nq.
	edges *edgeIndex
}

// edgeIndex is where the edges of a GraphML document lie: the run of
// edges of each article, in article ID order, between start and end.
type edgeIndex struct {
	start, end int64
	articles   []string
	offsets    []int64 // where each article's first edge starts
}

// writeTo writes the index, ending with a newline so that the trailer
// that follows is a line of its own. It goes out piece by piece: the
// index of a large graph is megabytes.
func (s *sidecar) writeTo(w io.Writer) error {
	b := []byte(indexMagic)
	var err error
	flush := func(force bool) {
		if (force || len(b) >= 1<<16) && err == nil {
			_, err = w.Write(b)
			b = b[:0]
		}
	}
	b = appendString(b, s.base)
	b = binary.AppendUvarint(b, uint64(len(s.entities)))
	for _, e := range s.entities {
		b = appendString(b, e.ID)
		b = appendString(b, string(e.Type))
		b = appendString(b, e.Name)
		b = appendStrings(b, e.Aliases)
		b = appendStrings(b, e.SameAs)
		flush(false)
	}
	b = appendPart(b, s.layout.Head)
	b = binary.AppendUvarint(b, uint64(len(s.layout.Blocks)))
	for _, bl := range s.layout.Blocks {
		b = appendString(b, bl.Label)
		b = appendPart(b, bl.Part)
		flush(false)
	}
	b = appendPart(b, s.layout.Tail)
	preds := slices.Sorted(maps.Keys(s.counts))
	b = binary.AppendUvarint(b, uint64(len(preds)))
	for _, p := range preds {
		b = appendString(b, string(p))
		b = binary.AppendUvarint(b, uint64(s.counts[p]))
	}
	if s.tally == nil {
		b = append(b, 0)
	} else {
		b = append(b, 1)
		b = binary.AppendUvarint(b, uint64(len(s.tally)))
		flush(true)
		if err == nil {
			_, err = w.Write(s.tally)
		}
		b = binary.AppendUvarint(b, uint64(len(s.dotEdges)))
		for _, off := range s.dotEdges {
			b = binary.AppendUvarint(b, uint64(off))
			flush(false)
		}
	}
	if s.edges == nil {
		b = append(b, 0)
	} else {
		e := s.edges
		b = append(b, 1)
		b = binary.AppendUvarint(b, uint64(e.start))
		b = binary.AppendUvarint(b, uint64(e.end))
		b = binary.AppendUvarint(b, uint64(len(e.articles)))
		for i, a := range e.articles {
			b = appendString(b, a)
			b = binary.AppendUvarint(b, uint64(e.offsets[i]))
			flush(false)
		}
	}
	b = append(b, '\n')
	flush(true)
	return err
}

func appendStrings(b []byte, ss []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(ss)))
	for _, s := range ss {
		b = appendString(b, s)
	}
	return b
}

func appendPart(b []byte, p nquads.Part) []byte {
	b = binary.AppendUvarint(b, uint64(p.Size))
	return append(b, p.Sum[:]...)
}

var errIndex = errors.New("index: corrupt")

// decodeSidecar reads what encode wrote, followed by the trailer.
func decodeSidecar(data []byte) (*sidecar, error) {
	body, ok := bytes.CutPrefix(data, []byte(indexMagic))
	if !ok {
		return nil, errIndex
	}
	r := &byteReader{b: body}
	s := &sidecar{base: r.string()}
	n := r.count()
	s.entities = make([]*graph.Entity, 0, n)
	for range n {
		e := &graph.Entity{ID: r.string(), Type: graph.EntityType(r.string()), Name: r.string()}
		e.Aliases = r.strings()
		e.SameAs = r.strings()
		s.entities = append(s.entities, e)
	}
	s.layout.Head = r.part()
	n = r.count()
	s.layout.Blocks = make([]nquads.Block, 0, n)
	for range n {
		s.layout.Blocks = append(s.layout.Blocks, nquads.Block{Label: r.string(), Part: r.part()})
	}
	s.layout.Tail = r.part()
	s.counts = make(map[graph.Predicate]int)
	for range r.count() {
		p := graph.Predicate(r.string())
		s.counts[p] = int(r.uvarint())
	}
	if r.byte() == 1 {
		s.tally = []byte(r.string())
		n := r.count()
		s.dotEdges = make([]int64, 0, n)
		for range n {
			s.dotEdges = append(s.dotEdges, r.offset())
		}
	}
	if r.byte() == 1 {
		e := &edgeIndex{start: r.offset(), end: r.offset()}
		n := r.count()
		for range n {
			e.articles = append(e.articles, r.string())
			e.offsets = append(e.offsets, r.offset())
		}
		s.edges = e
	}
	// What remains is the newline before the trailer, and the trailer.
	if r.err != nil || len(r.b) == 0 || r.b[0] != '\n' {
		return nil, errIndex
	}
	return s, nil
}

// byteReader decodes the index, keeping the first error.
type byteReader struct {
	b   []byte
	err error
}

func (r *byteReader) fail() {
	r.err = errIndex
	r.b = nil
}

func (r *byteReader) uvarint() uint64 {
	v, k := binary.Uvarint(r.b)
	if k <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[k:]
	return v
}

// offset reads a position in a file.
func (r *byteReader) offset() int64 {
	n := r.uvarint()
	if n > 1<<50 {
		r.fail()
		return 0
	}
	return int64(n)
}

// count reads a number of items, each of which takes a byte at least.
func (r *byteReader) count() int {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *byteReader) byte() byte {
	if len(r.b) == 0 {
		r.fail()
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *byteReader) string() string {
	n := r.count()
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

func (r *byteReader) strings() []string {
	n := r.count()
	if n == 0 {
		return nil
	}
	ss := make([]string, n)
	for i := range ss {
		ss[i] = r.string()
	}
	return ss
}

func (r *byteReader) part() nquads.Part {
	n := r.uvarint()
	p := nquads.Part{Size: int64(n)}
	if n > 1<<50 || len(r.b) < len(p.Sum) {
		r.fail()
		return p
	}
	copy(p.Sum[:], r.b)
	r.b = r.b[len(p.Sum):]
	return p
}
