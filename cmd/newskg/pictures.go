package main

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"iter"
	"math"
	"os"
	"slices"
	"strings"

	"github.com/newskg/newskg/export/dot"
	"github.com/newskg/newskg/export/graphml"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/internal/outdir"
)

// pictures gathers, article by article as a build goes, what graph.dot
// and graph.graphml draw, so that the graph need not hold every claim:
// for the DOT picture a tally of its links (a count and the first
// evidences of each), for GraphML, which writes one edge per claim, the
// claims spooled to a file and read back in order when it is written.
// Memory then grows with the links and articles, not with the claims.
type pictures struct {
	tally *dot.Tally  // nil when graph.dot is not written
	spool *claimSpool // nil when graph.graphml is not written
	// old, when set, is the folder appended to: tally then starts from
	// its index, spool holds the new claims alone, and graph.dot keeps
	// the old edges that no new claim touched.
	old *indexed
	// oldEdges are the GraphML documents whose edges graph.graphml
	// copies, with the new ones of spool: the folder appended to, or
	// the shards merged.
	oldEdges []edgeSource
	// touched holds, when old is set, the links of graph.dot that new
	// claims were added to.
	touched map[linkKey]bool
	// partial is set when the pictures do not show every claim of
	// graph.nq (an append with --min-confidence leaves old claims out
	// of them): the index then keeps nothing to redraw them from.
	partial bool
}

// newPictures makes what a build gathers for the pictures among fmts in
// the folder d, or nil when it draws none; remove deletes its spool.
func newPictures(d *outdir.Dir, fmts []string) (p *pictures, remove func(), err error) {
	remove = func() {}
	if !slices.Contains(fmts, "dot") && !slices.Contains(fmts, "graphml") {
		return nil, remove, nil
	}
	p = &pictures{}
	if slices.Contains(fmts, "dot") {
		p.tally = &dot.Tally{}
	}
	if slices.Contains(fmts, "graphml") {
		f, rm, err := newSpoolFor(d, "graph.graphml")
		if err != nil {
			return nil, nil, err
		}
		p.spool, remove = &claimSpool{f: f}, rm
	}
	return p, remove, nil
}

// add takes one article's claims, in graph.CompareClaims order, each
// claim ID once; an article is added once.
func (p *pictures) add(a *graph.Article, claims []graph.Claim) error {
	if p.tally != nil {
		for _, c := range claims {
			p.tally.Add(c, a)
			if p.touched != nil {
				p.touched[linkKey{c.Subject, c.Object, c.Predicate}] = true
			}
		}
	}
	if p.spool != nil {
		return p.spool.add(a, claims)
	}
	return nil
}

// addGraph adds the claims of g, article by article.
func (p *pictures) addGraph(g *graph.Graph) error {
	claims := g.Claims() // article by article, in CompareClaims order
	for len(claims) > 0 {
		n := 1
		for n < len(claims) && claims[n].Article == claims[0].Article {
			n++
		}
		a, ok := g.Article(claims[0].Article)
		if !ok {
			a = &graph.Article{ID: claims[0].Article}
		}
		if err := p.add(a, claims[:n]); err != nil {
			return err
		}
		claims = claims[n:]
	}
	return nil
}

// A claimSpool keeps claims in a file, article by article, and gives
// them back in graph.Graph.Claims order: by article ID, and in the
// order added within an article.
type claimSpool struct {
	f *os.File
	// w buffers the writes to f: most articles have a few claims, and
	// a write each was a system call each on the goroutine that takes
	// the articles. edges flushes it.
	w      *bufio.Writer
	size   int64
	blocks []claimBlock
	buf    []byte
}

// claimBlock is one article's claims in the spool, after its title and
// date.
type claimBlock struct {
	article string
	off     int64
	n       int
}

func (s *claimSpool) add(a *graph.Article, claims []graph.Claim) error {
	if len(claims) == 0 {
		return nil
	}
	b := appendString(s.buf[:0], a.Title)
	b = appendString(b, a.Date)
	for _, c := range claims {
		b = appendClaim(b, c)
	}
	s.buf = b
	if s.w == nil {
		s.w = bufio.NewWriterSize(s.f, 1<<16)
	}
	if _, err := s.w.Write(b); err != nil {
		return fmt.Errorf("claim spool: %w", err)
	}
	s.blocks = append(s.blocks, claimBlock{article: a.ID, off: s.size, n: len(b)})
	s.size += int64(len(b))
	return nil
}

// edges yields the spooled claims, with their articles' titles and
// dates, in graph.Graph.Claims order.
func (s *claimSpool) edges() iter.Seq2[graphml.Edge, error] {
	return func(yield func(graphml.Edge, error) bool) {
		if s.w != nil {
			if err := s.w.Flush(); err != nil {
				yield(graphml.Edge{}, fmt.Errorf("claim spool: %w", err))
				return
			}
		}
		blocks := slices.Clone(s.blocks)
		slices.SortFunc(blocks, func(a, b claimBlock) int { return strings.Compare(a.article, b.article) })
		var buf []byte
		for _, b := range blocks {
			buf = slices.Grow(buf[:0], b.n)[:b.n]
			if _, err := s.f.ReadAt(buf, b.off); err != nil {
				yield(graphml.Edge{}, fmt.Errorf("claim spool: %w", err))
				return
			}
			a := graph.Article{ID: b.article}
			var ok1, ok2 bool
			rest := buf
			a.Title, rest, ok1 = readString(rest)
			a.Date, rest, ok2 = readString(rest)
			if !ok1 || !ok2 {
				yield(graphml.Edge{}, errSpool)
				return
			}
			for len(rest) > 0 {
				var c graph.Claim
				var err error
				if c, rest, err = readClaim(rest); err != nil {
					yield(graphml.Edge{}, err)
					return
				}
				if !yield(graphml.Edge{Claim: c, Article: a}, nil) {
					return
				}
			}
		}
	}
}

// appendClaim encodes c: its strings with their lengths before them, its
// offsets as varints and its confidence as the bits of the float, so
// that reading it back gives the same claim, byte for byte.
func appendClaim(b []byte, c graph.Claim) []byte {
	for _, s := range []string{c.Subject, string(c.Predicate), c.Object, c.Article, c.Evidence, c.Verb, c.CAMEO} {
		b = appendString(b, s)
	}
	b = binary.AppendVarint(b, int64(c.Start))
	b = binary.AppendVarint(b, int64(c.End))
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(c.Confidence))
}

var errSpool = errors.New("claim spool: corrupt record")

// appendString encodes s with its length before it.
func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// readString decodes a string that appendString wrote at the start of b
// and returns the rest of b.
func readString(b []byte) (string, []byte, bool) {
	n, k := binary.Uvarint(b)
	if k <= 0 || uint64(len(b)-k) < n {
		return "", nil, false
	}
	return string(b[k : k+int(n)]), b[k+int(n):], true
}

// readClaim decodes a claim that appendClaim wrote at the start of b and
// returns the rest of b.
func readClaim(b []byte) (graph.Claim, []byte, error) {
	var f [7]string
	for i := range f {
		var ok bool
		if f[i], b, ok = readString(b); !ok {
			return graph.Claim{}, nil, errSpool
		}
	}
	start, k := binary.Varint(b)
	if k <= 0 {
		return graph.Claim{}, nil, errSpool
	}
	b = b[k:]
	end, k := binary.Varint(b)
	if k <= 0 || len(b)-k < 8 {
		return graph.Claim{}, nil, errSpool
	}
	b = b[k:]
	conf := math.Float64frombits(binary.LittleEndian.Uint64(b))
	c := graph.Claim{Subject: f[0], Predicate: graph.Predicate(f[1]), Object: f[2], Article: f[3],
		Evidence: f[4], Verb: f[5], CAMEO: f[6], Start: int(start), End: int(end), Confidence: conf}
	return c, b[8:], nil
}
