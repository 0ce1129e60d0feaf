package nquads

import (
	"bufio"
	"bytes"
	"cmp"
	"container/heap"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newskg/newskg/graph"
)

// A Writer writes a graph article by article, so that memory does not
// grow with the articles' text: each article's quads are encoded when the
// article is added and kept in a spool file until WriteTo writes the
// entities and then every article in order. The output is the same, byte
// for byte, as Encoder.Encode of the whole graph.
//
// Since quads are sorted by graph label, the default graph (the
// entities) first, an article's block of quads depends on other articles
// only through the names and types of the entities it mentions, which
// each article's graph repeats and which merging later articles may
// change. Those lines are written again from the final entities, which
// the caller passes to WriteTo; in a block, they keep their place, since
// each is the one quad of its subject and predicate there.
type Writer struct {
	skip   map[string]bool // statements Merge passes over
	v      *iris
	spool  *os.File
	out    *bufio.Writer // spool, buffered: a write per article costs a system call each
	size   int64
	blocks []block
	buf    []byte // an article's block, reused
	lines  lines  // reused from article to article
	// ids numbers the entities the articles gave, and spelled holds
	// the name and type the first gave each and whether a later one
	// gave another: what the blocks wrote, kept once an entity rather
	// than once a block, so that memory grows with the graph and not
	// with the articles read.
	ids     map[string]int32
	spelled []spelling
}

// spelling is the name and type that the articles gave an entity, and
// whether they gave it more than one.
type spelling struct {
	id, name string
	typ      graph.EntityType
	varied   bool
}

// block is one article's quads in the spool.
type block struct {
	label string // the graph label's N-Quads form
	off   int64
	n     int
	// sum is the block's SHA-256, and ents the entities it names (see
	// Writer.spelled): where the final entities have the names and types
	// it gave them, as most do, WriteFile copies the block as it is,
	// within the kernel, rather than read it, write it again and hash it.
	sum  [sha256.Size]byte
	ents []int32
}

// NewWriter returns a writer that mints IRIs under base ("" for
// DefaultBase) and keeps the articles' quads in spool, an empty file
// that the caller removes when done.
func NewWriter(base string, spool *os.File) (*Writer, error) {
	if base == "" {
		base = DefaultBase
	}
	v, err := newIRIs(base)
	if err != nil {
		return nil, fmt.Errorf("nquads: %w", err)
	}
	return &Writer{v: v, spool: spool, out: bufio.NewWriterSize(spool, 1<<20)}, nil
}

// flush writes what is buffered to the spool, before it is read.
func (w *Writer) flush() error {
	if err := w.out.Flush(); err != nil {
		return fmt.Errorf("nquads: spool: %w", err)
	}
	return nil
}

// Add encodes one article's document: its article, mentions, their
// entities' names and types (as they stand; WriteTo writes the final
// ones) and claims. Mentions and Entities must list every entity the
// graph records for the article, as graph.Graph.Documents does.
func (w *Writer) Add(d graph.Document) error {
	ls := &w.lines
	ls.reset()
	if err := ls.addDocument(w.v, d); err != nil {
		return fmt.Errorf("nquads: article %q: %w", d.Article.ID, err)
	}
	if len(ls.ls) == 0 {
		return nil
	}
	ls.sort()
	w.buf = ls.appendTo(w.buf[:0])
	if _, err := w.out.Write(w.buf); err != nil {
		return fmt.Errorf("nquads: spool: %w", err)
	}
	b := block{label: string(ls.term(ls.ls[0][3])), off: w.size, n: len(w.buf), sum: sha256.Sum256(w.buf)}
	if len(d.Entities) > 0 {
		if w.ids == nil {
			w.ids = make(map[string]int32)
		}
		b.ents = make([]int32, len(d.Entities))
		for i, e := range d.Entities {
			k, ok := w.ids[e.ID]
			if !ok {
				k = int32(len(w.spelled))
				w.ids[e.ID] = k
				w.spelled = append(w.spelled, spelling{id: e.ID, name: e.Name, typ: e.Type})
			} else if sp := &w.spelled[k]; sp.name != e.Name || sp.typ != e.Type {
				sp.varied = true
			}
			b.ents[i] = k
		}
	}
	w.blocks = append(w.blocks, b)
	w.size += int64(len(w.buf))
	return nil
}

// Spooled returns the number of bytes of the articles' quads added so
// far: about what WriteTo writes after the entities.
func (w *Writer) Spooled() int64 { return w.size }

// Skip makes Merge pass over these statements of the files it copies:
// quads that other tools added, which Decoder.Unknown returns and which
// the caller writes after the graph.
func (w *Writer) Skip(statements []string) {
	w.skip = make(map[string]bool, len(statements))
	for _, s := range statements {
		w.skip[s] = true
	}
}

// WriteTo writes the entities and every article added, in the order of
// Encoder.Encode. It may be called more than once.
func (w *Writer) WriteTo(out io.Writer, entities []*graph.Entity) error {
	return w.Merge(out, entities)
}

// Merge writes, like WriteTo, the entities and the articles added, and
// with them the articles of the other sources, N-Quads files written by
// this package under the same base, whose default graphs (their entities)
// and comments it skips: the caller merges those into entities. An
// article found in two sources is an error.
func (w *Writer) Merge(out io.Writer, entities []*graph.Entity, others ...io.Reader) error {
	olds := make([]Old, len(others))
	for i, r := range others {
		olds[i] = Old{R: r}
	}
	_, err := w.WriteFile(out, entities, nil, olds...)
	return err
}

// WriteFile writes, like Merge, the entities and the articles added,
// merged with those of olds, and then the statements of tail, a line
// each; it returns the layout of what it wrote, whose ID is the ID of
// the output. When dst is an *os.File, the blocks of olds that have a
// layout are copied within the kernel where the system can.
func (w *Writer) WriteFile(dst io.Writer, entities []*graph.Entity, tail []string, olds ...Old) (Layout, error) {
	if err := w.flush(); err != nil {
		return Layout{}, err
	}
	p := newPartWriter(dst)
	defer p.abort()
	iris, err := w.writeHead(p, entities)
	if err != nil {
		return Layout{}, err
	}
	p.cut()

	slices.SortStableFunc(w.blocks, func(a, b block) int { return strings.Compare(a.label, b.label) })
	fix := newEntityLines(w.v, entities, iris)
	final := make(map[string]*graph.Entity, len(entities))
	for _, e := range entities {
		final[e.ID] = e
	}
	srcs := []blockSource{&spoolSource{f: w.spool, blocks: w.blocks, fix: fix, final: final, spelled: w.spelled}}
	for _, o := range olds {
		if o.Layout == nil {
			srcs = append(srcs, &fileSource{r: bufio.NewReaderSize(o.R, 1<<16), fix: fix, skip: w.skip})
			continue
		}
		srcs = append(srcs, &indexedSource{f: o.File, blocks: o.Layout.Blocks, off: o.Layout.Head.Size,
			fix: fix, renamed: renamed(w.v, o.Entities, entities)})
	}
	labels, err := mergeBlocks(p, srcs)
	if err != nil {
		return Layout{}, err
	}
	for _, s := range tail {
		p.WriteString(s)
		p.WriteString("\n")
	}
	p.cut()
	sums, sizes, err := p.close()
	if err != nil {
		return Layout{}, fmt.Errorf("nquads: %w", err)
	}
	// The copies of spooled blocks read the spool from where they
	// seek; Add goes on writing at its end.
	if _, err := w.spool.Seek(0, io.SeekEnd); err != nil {
		return Layout{}, fmt.Errorf("nquads: spool: %w", err)
	}
	return layoutOf(labels, sums, sizes)
}

// writeHead writes the default graph, the lines of the entities, to p,
// and returns the entities' IRIs, in the order of entities. The lines
// are those of Encoder.Encode, sorted and without repeats; but where
// the lines of all the entities used to be sorted at once (tens of
// thousands, each compare going over the long IRIs' common start), the
// entities are put in the order of their subjects and the few lines of
// each are sorted by themselves: all the lines of a subject follow each
// other in the sorted whole.
func (w *Writer) writeHead(p *partWriter, entities []*graph.Entity) ([]quad.IRI, error) {
	iris := make([]quad.IRI, len(entities))
	sorted := true
	for i, ent := range entities {
		iris[i] = w.v.mint(kindEntity, ent.ID)
		if i > 0 && compareIRITerms(iris[i-1], iris[i]) >= 0 {
			sorted = false
		}
	}
	// The caller gives the entities by ID (graph.Graph.Entities), which
	// is mostly the order of their terms too.
	order := make([]int32, len(entities))
	for i := range order {
		order[i] = int32(i)
	}
	if !sorted {
		slices.SortStableFunc(order, func(a, b int32) int { return compareIRITerms(iris[a], iris[b]) })
	}
	var ls lines
	for i := 0; i < len(order); {
		// The entities of one IRI, which IDs make one entity each but
		// which the whole sort would have merged too.
		ls.reset()
		j := i
		for ; j < len(order) && iris[order[j]] == iris[order[i]]; j++ {
			ent := entities[order[j]]
			off := len(ls.buf)
			ls.buf = append(append(append(ls.buf, '<'), iris[order[j]]...), '>')
			if err := ls.addEntity(span{off, len(ls.buf)}, span{}, ent, true); err != nil {
				return nil, fmt.Errorf("nquads: entity %q: %w", ent.ID, err)
			}
		}
		ls.sort()
		ls.write(p)
		i = j
	}
	return iris, nil
}

// compareIRITerms compares the N-Quads forms of two IRIs, "<"+a+">" and
// "<"+b+">", the way lines.sort does: where one IRI starts the other,
// its ">" is compared with the other's next byte.
func compareIRITerms(a, b quad.IRI) int {
	n := min(len(a), len(b))
	if c := strings.Compare(string(a[:n]), string(b[:n])); c != 0 {
		return c
	}
	switch {
	case len(a) == len(b):
		return 0
	case len(a) < len(b):
		// After a ">" both terms alike, the shorter term ends first.
		return cmp.Or(cmp.Compare(byte('>'), b[n]), -1)
	}
	return cmp.Or(cmp.Compare(a[n], byte('>')), 1)
}

// renamed returns the IRIs of the entities of old that have another name
// or type among entities: the blocks written with old that repeat their
// lines are no longer true.
func renamed(v *iris, old map[string]EntityName, entities []*graph.Entity) map[string]bool {
	var out map[string]bool
	for _, e := range entities {
		if o, ok := old[e.ID]; ok && (o.Name != e.Name || o.Type != string(e.Type)) {
			if out == nil {
				out = make(map[string]bool)
			}
			out[string(v.mint(kindEntity, e.ID))] = true
		}
	}
	return out
}

// A blockSource yields one article's quads at a time, in label order.
type blockSource interface {
	// peek returns the next block's label, "" when there is none.
	peek() (string, error)
	// copyTo writes the next block to p, as a part of its own.
	copyTo(p *partWriter) error
}

// spoolSource reads blocks from the writer's spool.
type spoolSource struct {
	f      *os.File
	blocks []block
	fix    *entityLines
	final  map[string]*graph.Entity // the final entities, by ID
	buf    []byte
	// spelled is Writer.spelled, which the blocks' ents index.
	spelled []spelling
}

// unchanged reports whether the final entities have the names and types
// that block b gives them, so that entityLines.line would leave each of
// its lines as it is. An entity that is not among them is left as it
// is too. An entity the articles gave more than one name or type makes
// the block be written again, whatever it gave: the answer is then
// only cautious, and the file the same.
func (s *spoolSource) unchanged(b *block) bool {
	for _, k := range b.ents {
		sp := &s.spelled[k]
		if sp.varied {
			return false
		}
		if e := s.final[sp.id]; e != nil && (e.Name != sp.name || e.Type != sp.typ) {
			return false
		}
	}
	return true
}

func (s *spoolSource) peek() (string, error) {
	if len(s.blocks) == 0 {
		return "", nil
	}
	return s.blocks[0].label, nil
}

func (s *spoolSource) copyTo(p *partWriter) error {
	b := &s.blocks[0]
	s.blocks = s.blocks[1:]
	if s.unchanged(b) {
		p.copyPart(s.f, b.off, int64(b.n), b.sum)
		return nil
	}
	s.buf = slices.Grow(s.buf[:0], b.n)[:b.n]
	if _, err := s.f.ReadAt(s.buf, b.off); err != nil {
		return fmt.Errorf("nquads: spool: %w", err)
	}
	for l := range bytes.Lines(s.buf) {
		if _, err := p.Write(s.fix.line(l)); err != nil {
			return err
		}
	}
	p.cut()
	return nil
}

// indexedSource copies the blocks of a file whose layout is known.
type indexedSource struct {
	f      *os.File
	blocks []Block
	off    int64 // where blocks[0] lies
	fix    *entityLines
	// renamed holds the IRIs of the entities renamed since the file
	// was written: each block is then read, and those that repeat a
	// line of one are written again with the final entities' lines.
	renamed map[string]bool
	buf     []byte
}

// mentionsRenamed reports whether a block has a line whose subject is a
// renamed entity. It looks at the start of each line alone.
func (s *indexedSource) mentionsRenamed(block []byte) bool {
	for l := range bytes.Lines(block) {
		if rest, ok := bytes.CutPrefix(l, s.fix.prefix); ok {
			if i := bytes.IndexByte(rest, '>'); i >= 0 && s.renamed[string(l[1:len(s.fix.prefix)+i])] {
				return true
			}
		}
	}
	return false
}

func (s *indexedSource) peek() (string, error) {
	if len(s.blocks) == 0 {
		return "", nil
	}
	return s.blocks[0].Label, nil
}

func (s *indexedSource) copyTo(p *partWriter) error {
	b := s.blocks[0]
	s.blocks = s.blocks[1:]
	off := s.off
	s.off += b.Size
	if len(s.renamed) == 0 {
		p.copyPart(s.f, off, b.Size, b.Sum)
		return nil
	}
	s.buf = slices.Grow(s.buf[:0], int(b.Size))[:b.Size]
	if _, err := s.f.ReadAt(s.buf, off); err != nil {
		return fmt.Errorf("nquads: %s: %w", s.f.Name(), err)
	}
	if !s.mentionsRenamed(s.buf) {
		p.copyPart(s.f, off, b.Size, b.Sum)
		return nil
	}
	for l := range bytes.Lines(s.buf) {
		if _, err := p.Write(s.fix.line(l)); err != nil {
			return err
		}
	}
	p.cut()
	return nil
}

// fileSource reads the blocks of an N-Quads file in output order: it
// skips the default graph and groups the lines of each graph label. It
// reads each line once, in place, and parses only as far as its label.
type fileSource struct {
	r     *bufio.Reader
	fix   *entityLines
	skip  map[string]bool
	line  []byte // the next line, read ahead; valid until the next read
	long  []byte // the buffer of a line longer than r's
	label string
	n     int // its line number
	done  bool
}

func (s *fileSource) peek() (string, error) {
	for !s.done && s.line == nil {
		l, err := s.r.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			s.long = append(s.long[:0], l...)
			for err == bufio.ErrBufferFull {
				l, err = s.r.ReadSlice('\n')
				s.long = append(s.long, l...)
			}
			l = s.long
		}
		if len(l) > 0 {
			s.n++
		}
		if t := bytes.Trim(l, " \t\r\n"); len(t) > 0 && t[0] != '#' && !s.skip[string(t)] {
			// An article's own quads lie in its graph, whose label
			// follows from the subject: the line (its text, mostly)
			// need not be scanned.
			if id, ok := bytes.CutPrefix(l[:max(bytes.IndexByte(l, '>'), 0)], s.fix.article); ok {
				s.line = l
				gp := s.fix.graph
				if !strings.HasPrefix(s.label, gp) || s.label[len(gp):len(s.label)-1] != string(id) {
					s.label = gp + string(id) + ">"
				}
			} else {
				start, end, ok := quadLabel(l)
				if !ok {
					return "", &ParseError{Line: s.n, Err: fmt.Errorf("not a quad written by newskg: %.60q", l)}
				}
				if end > start {
					s.line = l
					if string(l[start:end]) != s.label {
						s.label = string(l[start:end])
					}
				}
			}
		}
		if err == io.EOF {
			s.done = true
		} else if err != nil {
			return "", fmt.Errorf("nquads: line %d: %w", s.n+1, err)
		}
	}
	if s.line == nil {
		return "", nil
	}
	return s.label, nil
}

func (s *fileSource) copyTo(p *partWriter) error {
	label := s.label
	for s.line != nil && s.label == label {
		l := s.fix.line(s.line)
		s.line = nil
		if _, err := p.Write(l); err != nil {
			return err
		}
		if l[len(l)-1] != '\n' {
			if _, err := p.Write([]byte{'\n'}); err != nil {
				return err
			}
		}
		if _, err := s.peek(); err != nil {
			return err
		}
		if s.line != nil && s.label < label {
			return &ParseError{Line: s.n, Err: fmt.Errorf("graph %s after %s: the file is not in the order newskg writes", s.label, label)}
		}
	}
	p.cut()
	return nil
}

// quadLabel returns where the graph label of one N-Quads line lies,
// start == end for the default graph. It skips over the subject,
// predicate and object without decoding them, and does not allocate.
func quadLabel(l []byte) (start, end int, ok bool) {
	s := bytes.TrimRight(l, "\r\n")
	n := 0
	for i := 0; i < len(s); {
		switch s[i] {
		case ' ', '\t':
			i++
			continue
		case '.':
			if n < 3 || len(bytes.TrimSpace(s[i+1:])) != 0 {
				return 0, 0, false
			}
			return start, end, true
		case '<':
			j := bytes.IndexByte(s[i:], '>')
			if j < 0 {
				return 0, 0, false
			}
			if n == 3 {
				start, end = i, i+j+1
			}
			i += j + 1
		case '"':
			if n != 2 {
				return 0, 0, false
			}
			j := i + 1
			for {
				k := bytes.IndexAny(s[j:], "\"\\")
				if k < 0 {
					return 0, 0, false
				}
				j += k
				if s[j] == '"' {
					break
				}
				j += 2 // an escape: the quote it may hide does not end the literal
				if j >= len(s) {
					return 0, 0, false
				}
			}
			j++
			switch {
			case bytes.HasPrefix(s[j:], []byte("^^<")):
				k := bytes.IndexByte(s[j:], '>')
				if k < 0 {
					return 0, 0, false
				}
				j += k + 1
			case bytes.HasPrefix(s[j:], []byte("@")):
				for j < len(s) && s[j] != ' ' && s[j] != '\t' {
					j++
				}
			}
			i = j
		case '_':
			j := bytes.IndexAny(s[i:], " \t")
			if j < 0 {
				return 0, 0, false
			}
			if n == 3 {
				start, end = i, i+j
			}
			i += j
		default:
			return 0, 0, false
		}
		n++
		if n > 4 {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// mergeBlocks writes the blocks of every source in label order, each a
// part of p, and returns their labels.
func mergeBlocks(p *partWriter, srcs []blockSource) ([]string, error) {
	h := &blockHeap{}
	for _, s := range srcs {
		label, err := s.peek()
		if err != nil {
			return nil, err
		}
		if label != "" {
			h.items = append(h.items, heapItem{label, s})
		}
	}
	heap.Init(h)
	var labels []string
	last := ""
	for h.Len() > 0 {
		it := h.items[0]
		if it.label == last {
			return nil, fmt.Errorf("nquads: graph %s is in two inputs; merge joins disjoint graphs", it.label)
		}
		last = it.label
		labels = append(labels, it.label)
		if err := it.src.copyTo(p); err != nil {
			return nil, err
		}
		label, err := it.src.peek()
		if err != nil {
			return nil, err
		}
		if label == "" {
			heap.Pop(h)
		} else {
			h.items[0].label = label
			heap.Fix(h, 0)
		}
	}
	return labels, nil
}

type heapItem struct {
	label string
	src   blockSource
}

type blockHeap struct{ items []heapItem }

func (h *blockHeap) Len() int           { return len(h.items) }
func (h *blockHeap) Less(i, j int) bool { return h.items[i].label < h.items[j].label }
func (h *blockHeap) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *blockHeap) Push(x any)         { h.items = append(h.items, x.(heapItem)) }
func (h *blockHeap) Pop() any {
	it := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return it
}

// entityLines writes the quads that repeat an entity's type and name in
// an article's graph from the final entities.
type entityLines struct {
	v      *iris
	prefix []byte // "<" + the base + "entity/"
	// article and graph start the IRIs of articles and their graphs,
	// for fileSource.
	article []byte
	graph   string
	byIRI   map[string]*graph.Entity
	done    map[string][2]string // subject → "s rdf:type o", "s rdfs:label o"
	out     []byte
	lines   lines // scratch for the lines of done
}

// newEntityLines returns the entityLines of entities, whose IRIs are
// iris, in the same order.
func newEntityLines(v *iris, entities []*graph.Entity, iris []quad.IRI) *entityLines {
	e := &entityLines{v: v, prefix: []byte("<" + v.base + kindEntity + "/"),
		article: []byte("<" + v.base + kindArticle + "/"), graph: "<" + v.base + kindGraph + "/",
		byIRI: make(map[string]*graph.Entity, len(entities)), done: make(map[string][2]string)}
	for i, ent := range entities {
		e.byIRI[string(iris[i])] = ent
	}
	return e
}

var (
	typePred  = []byte(" <" + string(rdfType) + "> ")
	labelPred = []byte(" <" + string(rdfsLabel) + "> ")
)

// line returns l, or the line that says the same of the final entity
// when l gives an entity's type or name in an article's graph.
func (e *entityLines) line(l []byte) []byte {
	if !bytes.HasPrefix(l, e.prefix) {
		return l
	}
	end := bytes.IndexByte(l, '>')
	rest := l[end+1:]
	k := 0
	switch {
	case bytes.HasPrefix(rest, typePred):
	case bytes.HasPrefix(rest, labelPred):
		k = 1
	default:
		return l
	}
	subj := l[1:end]
	spo, ok := e.done[string(subj)]
	if !ok {
		ent := e.byIRI[string(subj)]
		if ent == nil {
			return l // not one of ours: leave it
		}
		ls := &e.lines
		ls.reset()
		nt := nameAndType(ent)
		if err := ls.add(quad.IRI(subj), nil, nt[:]...); err != nil || len(ls.ls) != 2 {
			return l
		}
		ls.out = ls.statement(ls.out[:0], ls.ls[0])
		k := len(ls.out)
		ls.out = ls.statement(ls.out, ls.ls[1])
		all := string(ls.out) // one string for the two
		spo = [2]string{all[:k], all[k:]}
		e.done[string(subj)] = spo
	}
	if rest, ok := bytes.CutPrefix(l, []byte(spo[k])); ok && len(rest) > 5 && rest[0] == ' ' && rest[1] == '<' &&
		bytes.HasSuffix(rest, []byte("> .\n")) && bytes.IndexByte(rest, '>') == len(rest)-4 {
		// The line already says it, in the form written below: " <label> .".
		return l
	}
	start, stop, ok := quadLabel(l)
	if !ok || stop == start {
		return l
	}
	e.out = append(append(append(append(e.out[:0], spo[k]...), ' '), l[start:stop]...), " .\n"...)
	return e.out
}

// ArticleTexts calls fn with the ID and text of every article in an
// N-Quads file written under base, reading only the lines that give
// texts. It serves the check of whether an article added again is the
// same as the one saved.
func ArticleTexts(r io.Reader, base string, fn func(id, text string)) error {
	v, err := newIRIs(base)
	if err != nil {
		return fmt.Errorf("nquads: %w", err)
	}
	prefix := []byte("<" + v.base + kindArticle + "/")
	pred := []byte("> <" + string(schemaText) + "> ")
	br := bufio.NewReaderSize(r, 1<<16)
	var long []byte
	for n := 1; ; n++ {
		l, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			long = append(long[:0], l...)
			for err == bufio.ErrBufferFull {
				l, err = br.ReadSlice('\n')
				long = append(long, l...)
			}
			l = long
		}
		if bytes.HasPrefix(l, prefix) {
			if i := bytes.IndexByte(l, '>'); i >= 0 && bytes.HasPrefix(l[i:], pred) {
				q, perr := parseLine(string(bytes.TrimRight(l, "\r\n")))
				if perr != nil {
					return &ParseError{Line: n, Err: perr}
				}
				kind, id, perr := v.parse(q.Subject.(quad.IRI))
				lex, dt, ok := literal(q.Object)
				if perr == nil && kind == kindArticle && ok && dt == xsdString {
					fn(id, lex)
				}
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("nquads: line %d: %w", n, err)
		}
	}
}

// Text returns the text of an article added to the writer, read back
// from the spool, or false when no article of that ID was added. It
// serves the rare check of whether an article met again is the same, so
// that the caller need not keep texts in memory.
func (w *Writer) Text(id string) (string, bool, error) {
	label := "<" + string(w.v.mint(kindGraph, id)) + ">"
	if err := w.flush(); err != nil {
		return "", false, err
	}
	for _, b := range w.blocks {
		if b.label != label {
			continue
		}
		buf := make([]byte, b.n)
		if _, err := w.spool.ReadAt(buf, b.off); err != nil {
			return "", false, fmt.Errorf("nquads: spool: %w", err)
		}
		var text string
		found := false
		err := ArticleTexts(bytes.NewReader(buf), w.v.base, func(got, t string) {
			if got == id {
				text, found = t, true
			}
		})
		return text, found, err
	}
	return "", false, nil
}
