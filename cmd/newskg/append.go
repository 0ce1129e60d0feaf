package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newskg/newskg/export/dot"
	"github.com/newskg/newskg/export/graphml"
	"github.com/newskg/newskg/export/nquads"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/internal/outdir"
)

// indexed is the output folder that --append adds to, when its index
// agrees with the set and covers every file the append rewrites: the
// old files are then copied as byte ranges, around what is new, and
// not read.
type indexed struct {
	side    *sidecar
	g       *graph.Graph // the entities
	nq      *os.File
	graphml *os.File   // the old graph.graphml, when it is rewritten
	dot     *os.File   // the old graph.dot, likewise
	tally   *dot.Tally // what the old graph.dot was drawn from, likewise
	names   map[string]nquads.EntityName
	foreign []string
}

// openIndexed returns the folder's graph (its entities; the IDs of its
// articles stay in the index, see has) and what --append needs to copy
// its files, or nil when the append must read the whole graph: no index
// (a folder written by an older newskg), an index that does not match
// the set, or pictures to draw that the index cannot redraw (a picture
// narrowed by --focus and the like, or --min-confidence, which drops old
// claims from the pictures). On success, pics starts from the old
// pictures.
func openIndexed(dir string, fmts []string, pics *pictures, minConf float64, base string) (*indexed, *graph.Graph) {
	drawn := slices.Contains(fmts, "dot") || slices.Contains(fmts, "graphml")
	if drawn && (pics == nil || minConf > 0) {
		return nil, nil
	}
	x := openIndex(dir, slices.Contains(fmts, "dot"), slices.Contains(fmts, "graphml"))
	if x == nil {
		return nil, nil
	}
	if base != "" && base != x.side.base {
		x.close()
		return nil, nil
	}
	if pics != nil && pics.tally != nil {
		*pics.tally = *x.tally
		pics.touched = make(map[linkKey]bool)
	}
	if pics != nil && x.graphml != nil {
		pics.oldEdges = []edgeSource{{x.graphml, x.side.edges}}
	}
	return x, x.g
}

// openIndex opens the set in dir through its index, with what redraws
// graph.dot when withDot and graph.graphml when withGraphML, or returns
// nil when the index is missing, does not match the set, or lacks them.
func openIndex(dir string, withDot, withGraphML bool) *indexed {
	m, err := outdir.Check(dir, memberNames()...)
	if err != nil || !m.Lists(indexFile) || !m.Lists("graph.nq") {
		return nil
	}
	// Each file is checked, once open, to be of the index's build: a
	// writer may switch the set meanwhile (a shard being rebuilt while
	// merge reads it), and a file of another build would not match.
	idx, err := os.Open(filepath.Join(dir, indexFile))
	if err != nil {
		return nil
	}
	defer idx.Close()
	id, err := outdir.IDOf(idx)
	if err != nil {
		return nil
	}
	data, err := io.ReadAll(idx)
	if err != nil {
		return nil
	}
	side, err := decodeSidecar(data)
	if err != nil {
		return nil
	}
	ours := func(f *os.File) bool {
		got, err := outdir.IDOf(f)
		return err == nil && got == id
	}
	if withDot && (side.tally == nil || !m.Lists("graph.dot")) ||
		withGraphML && (side.edges == nil || !m.Lists("graph.graphml")) {
		return nil
	}
	x := &indexed{side: side}
	ok := false
	defer func() {
		if !ok {
			x.close()
		}
	}()
	if x.nq, err = os.Open(filepath.Join(dir, "graph.nq")); err != nil || !ours(x.nq) {
		return nil
	}
	info, err := x.nq.Stat()
	if err != nil || info.Size() != side.layout.Size()+int64(len(outdir.Trailer("graph.nq", id))) {
		return nil
	}
	if !slices.IsSortedFunc(side.layout.Blocks, func(a, b nquads.Block) int { return strings.Compare(a.Label, b.Label) }) {
		return nil
	}
	x.g = graph.New()
	for _, e := range side.entities {
		if err := x.g.AddEntity(*e); err != nil {
			return nil
		}
	}
	x.names = make(map[string]nquads.EntityName, len(side.entities))
	for _, e := range side.entities {
		x.names[e.ID] = nquads.EntityName{Name: e.Name, Type: string(e.Type)}
	}
	tail := make([]byte, side.layout.Tail.Size)
	if _, err := x.nq.ReadAt(tail, side.layout.Size()-side.layout.Tail.Size); err != nil {
		return nil
	}
	for l := range strings.Lines(string(tail)) {
		x.foreign = append(x.foreign, strings.TrimSuffix(l, "\n"))
	}
	if withGraphML {
		if x.graphml, err = os.Open(filepath.Join(dir, "graph.graphml")); err != nil || !ours(x.graphml) {
			return nil
		}
		if info, err := x.graphml.Stat(); err != nil || !side.edges.valid(info.Size()) {
			return nil
		}
	}
	if withDot {
		x.tally = &dot.Tally{}
		if err := x.tally.UnmarshalBinary(side.tally); err != nil {
			return nil
		}
		if x.dot, err = os.Open(filepath.Join(dir, "graph.dot")); err != nil || !ours(x.dot) {
			return nil
		}
		info, err := x.dot.Stat()
		if err != nil || len(side.dotEdges) != len(x.tally.Linked())+1 || !slices.IsSorted(side.dotEdges) ||
			side.dotEdges[len(side.dotEdges)-1] > info.Size() {
			return nil
		}
	}
	ok = true
	return x
}

// old returns graph.nq as the Writer merges it.
func (x *indexed) old() nquads.Old {
	return nquads.Old{File: x.nq, Layout: &x.side.layout, Entities: x.names}
}

// has reports whether the old graph holds an article of the given ID.
func (x *indexed) has(id string) bool { return x.side.layout.HasArticle(x.side.base, id) }

// articles returns the number of articles of the old graph: each block
// of graph.nq is one's graph.
func (x *indexed) articles() int { return len(x.side.layout.Blocks) }

// text returns the text of an article of the old graph.
func (x *indexed) text(id string) (string, bool, error) {
	return x.side.layout.ArticleText(x.nq, x.side.base, id)
}

func (x *indexed) close() {
	if x.nq != nil {
		x.nq.Close()
	}
	if x.graphml != nil {
		x.graphml.Close()
	}
	if x.dot != nil {
		x.dot.Close()
	}
}

// valid reports whether the index can be that of a document of size
// bytes: the runs of edges in order within it, of articles in order.
func (e *edgeIndex) valid(size int64) bool {
	if e.start > e.end || e.end > size || len(e.articles) != len(e.offsets) {
		return false
	}
	for i, off := range e.offsets {
		if off < e.start || off > e.end || i > 0 && (off <= e.offsets[i-1] || e.articles[i] <= e.articles[i-1]) {
			return false
		}
	}
	return len(e.offsets) == 0 || e.offsets[0] == e.start
}

// Marks of the parts of a GraphML document that EncodeEdges writes: every
// edge starts a line with edgeMark, and the edges end where graphEnd
// starts. Values are escaped, so neither occurs inside one.
var (
	edgeMark = []byte("\n    <edge ")
	graphEnd = []byte("\n  </graph>")
)

// markScanner passes what is written on to w and notes where edgeMark
// and graphEnd start.
type markScanner struct {
	w     io.Writer
	off   int64
	buf   []byte
	edges []int64
	end   int64
	last  []byte // the last bytes written, for done
}

func (s *markScanner) Write(p []byte) (int, error) {
	n, err := s.w.Write(p)
	// The marks may straddle two writes: search the end of the last
	// one too.
	keep := min(len(s.buf), len(graphEnd)-1)
	from := s.off - int64(keep)
	s.buf = append(s.buf[:0], s.buf[len(s.buf)-keep:]...)
	s.buf = append(s.buf, p[:n]...)
	for i := 0; ; {
		j := bytes.IndexByte(s.buf[i:], '\n')
		if j < 0 {
			break
		}
		i += j
		switch {
		case bytes.HasPrefix(s.buf[i:], edgeMark):
			s.edges = append(s.edges, from+int64(i))
		case bytes.HasPrefix(s.buf[i:], graphEnd):
			s.end = from + int64(i)
		case len(s.buf)-i < len(graphEnd):
			// Cut short: searched again with the next write.
			i = len(s.buf)
			continue
		}
		i++
	}
	s.off += int64(n)
	// Only the end of p, moved to the front: appending the whole of
	// every write and cutting the front off made the slice run out of
	// room, and copy, on each.
	if n >= len(inlineEnd) {
		s.last = append(s.last[:0], p[n-len(inlineEnd):n]...)
	} else {
		s.last = append(s.last, p[:n]...)
		s.last = s.last[:copy(s.last, s.last[max(0, len(s.last)-len(inlineEnd)):])]
	}
	return n, err
}

// inlineEnd ends a document whose graph has no node and no edge: the
// encoder then closes the graph on the line that opens it.
var inlineEnd = []byte("</graph>\n</graphml>\n")

// done finds the end of the graph of a document without children, where
// graphEnd is not written.
func (s *markScanner) done() {
	if s.end == 0 && len(s.edges) == 0 && bytes.Equal(s.last, inlineEnd) {
		s.end = s.off - int64(len(inlineEnd))
	}
}

// recordEdges yields the edges of seq and notes the article of each.
func recordEdges(seq iter.Seq2[graphml.Edge, error], articles *[]string) iter.Seq2[graphml.Edge, error] {
	return func(yield func(graphml.Edge, error) bool) {
		for e, err := range seq {
			if err == nil {
				*articles = append(*articles, e.Claim.Article)
			}
			if !yield(e, err) {
				return
			}
		}
	}
}

// edgeIndexOf makes the index of a document's edges from the marks found
// in it and the article of each edge.
func edgeIndexOf(s *markScanner, articles []string) (*edgeIndex, error) {
	if len(s.edges) != len(articles) || s.end == 0 {
		return nil, fmt.Errorf("graphml: %d edges found, %d written", len(s.edges), len(articles))
	}
	e := &edgeIndex{start: s.end, end: s.end}
	if len(s.edges) > 0 {
		e.start = s.edges[0]
	}
	for i, a := range articles {
		if i == 0 || a != articles[i-1] {
			e.articles = append(e.articles, a)
			e.offsets = append(e.offsets, s.edges[i])
		}
	}
	return e, nil
}

// writeGraphMLWithIndex writes the GraphML document of the entities of g
// and the spooled edges to f, and returns where its edges lie.
func writeGraphMLWithIndex(f *os.File, g *graph.Graph, spool *claimSpool) (*edgeIndex, error) {
	s := &markScanner{w: f}
	w := bufio.NewWriterSize(s, 1<<16)
	var articles []string
	if err := graphml.NewEncoder(w).EncodeEdges(g, recordEdges(spool.edges(), &articles)); err != nil {
		return nil, err
	}
	if err := w.Flush(); err != nil {
		return nil, err
	}
	s.done()
	idx, err := edgeIndexOf(s, articles)
	if err != nil {
		// The document is whole; only the next append will read the
		// whole graph.
		return nil, nil
	}
	return idx, nil
}

// An edgeSource is a GraphML document whose edges are copied: the file
// and where its edges lie.
type edgeSource struct {
	f   *os.File
	idx *edgeIndex
}

// edgeRun is one article's run of edges in a source, or (src < 0) in
// the document of the new edges.
type edgeRun struct {
	article  string
	src      int
	from, to int64
}

// spliceGraphML writes to f the GraphML document of the entities of g
// with the edges of olds, documents of disjoint sets of articles, and
// the new edges of spool, each article's run of edges at its place in
// article order, and returns where its edges lie. The old edges are
// copied as byte ranges; the nodes are written anew, since entities may
// have been added or renamed.
func spliceGraphML(f *os.File, g *graph.Graph, olds []edgeSource, spool *claimSpool) (*edgeIndex, error) {
	// The document of every entity and no edge gives the head, the
	// nodes and the end; the new edges are written apart, in a
	// document of their entities alone, and cut out of it.
	s := &markScanner{w: f}
	w := bufio.NewWriterSize(s, 1<<16)
	if err := graphml.NewEncoder(w).EncodeEdges(g, func(func(graphml.Edge, error) bool) {}); err != nil {
		return nil, err
	}
	if err := w.Flush(); err != nil {
		return nil, err
	}
	s.done()
	if s.end == 0 || len(s.edges) != 0 {
		return nil, fmt.Errorf("graphml: no end of graph found")
	}
	end := make([]byte, s.off-s.end)
	if _, err := f.ReadAt(end, s.end); err != nil {
		return nil, err
	}
	if err := f.Truncate(s.end); err != nil {
		return nil, err
	}
	if _, err := f.Seek(s.end, io.SeekStart); err != nil {
		return nil, err
	}

	mini := graph.New()
	var articles []string
	var nb bytes.Buffer
	ns := &markScanner{w: &nb}
	for e, err := range spool.edges() {
		if err != nil {
			return nil, err
		}
		for _, id := range []string{e.Claim.Subject, e.Claim.Object} {
			if en, ok := g.Entity(id); ok {
				mini.AddEntity(*en)
			}
		}
	}
	if err := graphml.NewEncoder(ns).EncodeEdges(mini, recordEdges(spool.edges(), &articles)); err != nil {
		return nil, err
	}
	ns.done()
	newIdx, err := edgeIndexOf(ns, articles)
	if err != nil {
		return nil, err
	}
	doc := nb.Bytes()

	// Every run of every source, in article order.
	var runs []edgeRun
	add := func(src int, idx *edgeIndex) {
		for k, a := range idx.articles {
			to := idx.end
			if k+1 < len(idx.offsets) {
				to = idx.offsets[k+1]
			}
			runs = append(runs, edgeRun{article: a, src: src, from: idx.offsets[k], to: to})
		}
	}
	for i, o := range olds {
		add(i, o.idx)
	}
	add(-1, newIdx)
	slices.SortStableFunc(runs, func(a, b edgeRun) int { return strings.Compare(a.article, b.article) })
	for i := 1; i < len(runs); i++ {
		if runs[i].article == runs[i-1].article {
			return nil, fmt.Errorf("graphml: article %q has edges in two documents", runs[i].article)
		}
	}

	out := &edgeIndex{start: s.end}
	pos := s.end // where the next byte goes in f
	bw := bufio.NewWriterSize(f, 1<<16)
	// A range of an old source, copied when the next run does not
	// follow it.
	pend := edgeRun{src: -1}
	copyPending := func() error {
		if pend.src < 0 {
			return nil
		}
		src := olds[pend.src].f
		if err := bw.Flush(); err != nil {
			return err
		}
		if _, err := src.Seek(pend.from, io.SeekStart); err != nil {
			return err
		}
		n, err := io.Copy(f, &io.LimitedReader{R: src, N: pend.to - pend.from})
		if err == nil && n != pend.to-pend.from {
			err = io.ErrUnexpectedEOF
		}
		pend.src = -1
		return err
	}
	for _, r := range runs {
		out.articles = append(out.articles, r.article)
		out.offsets = append(out.offsets, pos)
		pos += r.to - r.from
		if r.src < 0 {
			if err := copyPending(); err != nil {
				return nil, err
			}
			bw.Write(doc[r.from:r.to])
			continue
		}
		if pend.src == r.src && pend.to == r.from {
			pend.to = r.to
			continue
		}
		if err := copyPending(); err != nil {
			return nil, err
		}
		pend = r
	}
	if err := copyPending(); err != nil {
		return nil, err
	}
	bw.Write(end)
	if err := bw.Flush(); err != nil {
		return nil, err
	}
	out.end = pos
	if len(out.offsets) > 0 {
		out.start = out.offsets[0]
	}
	return out, nil
}

// linkKey names a link of the DOT picture.
type linkKey struct {
	s, o string
	p    graph.Predicate
}

// lineStarts passes what is written on to w and notes where each line
// starts.
type lineStarts struct {
	w      io.Writer
	off    int64
	starts []int64
}

func (l *lineStarts) Write(p []byte) (int, error) {
	n, err := l.w.Write(p)
	for i := 0; i < n; {
		j := bytes.IndexByte(p[i:n], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		l.starts = append(l.starts, l.off+int64(i))
	}
	l.off += int64(n)
	return n, err
}

// edgeLines returns where the edges of a DOT picture of n links lie,
// given the starts of its lines: each edge is a line, and the last n
// lines before the closing brace; the n+1st offset is the brace's.
func edgeLines(starts []int64, n int) ([]int64, error) {
	// starts ends with the end of the file, after "}\n".
	if len(starts) < n+2 {
		return nil, fmt.Errorf("dot: %d lines for %d edges", len(starts), n)
	}
	return slices.Clone(starts[len(starts)-2-n : len(starts)-1]), nil
}

// writeDOT draws t with the entities of g into f and returns where its
// edges lie.
func writeDOT(f io.Writer, g *graph.Graph, t *dot.Tally, title string) ([]int64, error) {
	ls := &lineStarts{w: f}
	w := bufio.NewWriterSize(ls, 1<<16)
	e := dot.NewEncoder(w)
	if title != "" {
		e.SetTitle(title)
	}
	if err := e.EncodeTally(g, t); err != nil {
		return nil, err
	}
	if err := w.Flush(); err != nil {
		return nil, err
	}
	edges, err := edgeLines(ls.starts, len(t.Linked()))
	if err != nil {
		return nil, nil // the picture is whole; the index goes without it
	}
	return edges, nil
}

// appendDOT draws t, the tally of the old picture (in old, whose edges
// lie at oldEdges) with the new claims added, into f, and returns where
// its edges lie. The edges of links that no new claim touched are copied
// from old; the head (nodes, legend, title) and the other edges are
// drawn anew, apart, and put together in drawing order.
func appendDOT(f *os.File, g *graph.Graph, t *dot.Tally, title string, old *os.File, oldEdges []int64, touched map[linkKey]bool) ([]int64, error) {
	oldN := len(oldEdges) - 1
	linked := t.Linked()
	var redraw []int
	for _, l := range linked {
		if l.Number >= oldN || touched[linkKey{l.Subject, l.Object, l.Predicate}] {
			redraw = append(redraw, l.Number)
		}
	}
	draw := func(t *dot.Tally) ([]byte, []int64, error) {
		var b bytes.Buffer
		edges, err := writeDOT(&b, g, t, title)
		return b.Bytes(), edges, err
	}
	bare, bareEdges, err := draw(t.Bare())
	if err == nil && bareEdges == nil {
		err = errors.New("dot: edges not found")
	}
	if err != nil {
		return nil, err
	}
	fresh, freshEdges, err := draw(t.Only(redraw))
	if err == nil && freshEdges == nil {
		err = errors.New("dot: edges not found")
	}
	if err != nil {
		return nil, err
	}
	w := bufio.NewWriterSize(f, 1<<16)
	w.Write(bare[:bareEdges[0]])
	pos := bareEdges[0]
	var out []int64
	// A run of old edges, copied at once when it ends.
	var from, to int64 = -1, -1
	flushOld := func() error {
		if from < 0 {
			return nil
		}
		if err := w.Flush(); err != nil {
			return err
		}
		if _, err := old.Seek(from, io.SeekStart); err != nil {
			return err
		}
		n, err := io.Copy(f, &io.LimitedReader{R: old, N: to - from})
		if err == nil && n != to-from {
			err = io.ErrUnexpectedEOF
		}
		from, to = -1, -1
		return err
	}
	k := 0 // the next redrawn edge
	for _, l := range linked {
		out = append(out, pos)
		if k < len(redraw) && redraw[k] == l.Number {
			line := fresh[freshEdges[k]:freshEdges[k+1]]
			if err := flushOld(); err != nil {
				return nil, err
			}
			w.Write(line)
			pos += int64(len(line))
			k++
			continue
		}
		a, b := oldEdges[l.Number], oldEdges[l.Number+1]
		if from >= 0 && to != a {
			if err := flushOld(); err != nil {
				return nil, err
			}
		}
		if from < 0 {
			from = a
		}
		to = b
		pos += b - a
	}
	if err := flushOld(); err != nil {
		return nil, err
	}
	out = append(out, pos)
	w.Write(bare[bareEdges[len(bareEdges)-1]:])
	return out, w.Flush()
}
