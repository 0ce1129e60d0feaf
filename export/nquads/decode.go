package nquads

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	"github.com/newskg/newskg/graph"
)

// A Decoder reads a graph from N-Quads.
type Decoder struct {
	r            io.Reader
	base         string
	set          bool // base set by SetBase, not to be detected
	unknown      []string
	skipText     bool
	skipMentions bool
	entitiesOnly bool
	labels       []string // graph labels met, when entitiesOnly
	px           *linePrefixes
	counts       map[graph.Predicate]int
	grouped      bool
}

// NewDecoder returns a decoder that reads from r.
func NewDecoder(r io.Reader) *Decoder {
	return &Decoder{r: r, base: DefaultBase}
}

// SetBase sets the base IRI of the input, which Decode otherwise detects.
func (d *Decoder) SetBase(iri string) {
	d.base, d.set = iri, true
}

// SkipText makes Decode leave out the articles' texts, and their
// mentions too when mentions is set. Those lines are most of a file, and
// queries, drawings and counts need neither: they are passed over
// unparsed. A claim's evidence is then taken as written, without the
// check against its article's text.
func (d *Decoder) SkipText(mentions bool) {
	d.skipText, d.skipMentions = true, mentions
}

// EntitiesOnly makes Decode read the entities (the default graph) and
// no more of each article than its ID, found in the label of its graph:
// enough to merge new articles into a saved graph and to refuse those
// already in it. The articles' quads are passed over unparsed; Documents
// of the graph gives articles with an ID alone.
func (d *Decoder) EntitiesOnly() {
	d.SkipText(true)
	d.entitiesOnly = true
}

// Grouped tells Decode that the input gives each node's quads together,
// as Encode and Writer write them: Decode then turns each claim and
// article into the graph's form as soon as its quads end, rather than
// holding every quad to the end of the input, which takes several times
// the memory of the graph. Should a node's quads resume after another
// node's, Decode stops with ErrUngrouped, and the input must be read
// again without Grouped.
func (d *Decoder) Grouped() { d.grouped = true }

// ErrUngrouped is the error of a Decode after Grouped whose input does
// not give each node's quads together.
var ErrUngrouped = errors.New("the quads of a node are not together")

// ClaimCounts returns, after a Decode with EntitiesOnly, the number of
// claims of each predicate in the input, read from the claim nodes'
// rdf:predicate quads without parsing them.
func (d *Decoder) ClaimCounts() map[graph.Predicate]int { return d.counts }

// Base returns the base IRI of the input: the one set with SetBase, else
// the one the last Decode detected, else DefaultBase. Encoding the
// decoded graph under it reproduces a file that Encode wrote.
func (d *Decoder) Base() string {
	return d.base
}

// Unknown returns the statements, as they stand in the input, of the
// quads that the last Decode skipped because the mapping does not know
// them (quads about other nodes, or with other predicates), in input
// order and each once. A program that rewrites the file writes them back
// so that quads added by other tools are kept.
func (d *Decoder) Unknown() []string {
	return d.unknown
}

// A ParseError is a decoding error about one line of the input.
type ParseError struct {
	Line int // 1-based
	Err  error
}

// Error names the line, as in "nquads: line 3: syntax error: ...".
func (e *ParseError) Error() string { return fmt.Sprintf("nquads: line %d: %v", e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

func errAt(line int, format string, args ...any) error {
	return &ParseError{Line: line, Err: fmt.Errorf(format, args...)}
}

// Decode reads the input to its end and returns the graph it holds.
// Unless SetBase was called, the base is that of the first entity or
// article typed in the input. It reads the input in one pass, parsing
// each line once and keeping only what the graph needs.
func (d *Decoder) Decode() (*graph.Graph, error) {
	var (
		dec     *decoding
		pending []stmt // statements read before the base is known
		seen    bool   // any statement at all
	)
	start := func() error {
		v, err := newIRIs(d.base)
		if err != nil {
			return fmt.Errorf("nquads: %w", err)
		}
		dec = &decoding{v: v, nodes: make(map[nodeKey]*node), plain: make(map[claimKey]int), noText: d.skipText, seen: make(map[string]bool)}
		if d.grouped && !d.entitiesOnly {
			dec.sealed = make(map[nodeKey]struct{})
		}
		for _, s := range pending {
			if err := dec.add(s); err != nil {
				return &ParseError{Line: s.line, Err: err}
			}
		}
		pending = nil
		return nil
	}
	if d.set {
		if err := start(); err != nil {
			return nil, err
		}
	}
	err := read(d.r, d.skip, func(s stmt) error {
		seen = true
		if dec != nil {
			if err := dec.add(s); err != nil {
				return &ParseError{Line: s.line, Err: err}
			}
			return nil
		}
		pending = append(pending, s)
		if b, ok := detectBase(pending[len(pending)-1:]); ok {
			d.base = b
			return start()
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if dec == nil {
		if err := start(); err != nil {
			return nil, err
		}
	}
	d.unknown = dec.unknown
	if seen && len(dec.nodes) == 0 && len(dec.plain) == 0 && len(dec.claims) == 0 && len(dec.docs) == 0 {
		return nil, fmt.Errorf("nquads: no newskg entity or article under base %q", d.base)
	}
	if d.entitiesOnly {
		return dec.buildEntitiesOnly(d.labels)
	}
	return dec.build()
}

// buildEntitiesOnly makes the graph of EntitiesOnly: the entities, and
// an article with its ID alone for each article graph.
func (d *decoding) buildEntitiesOnly(labels []string) (*graph.Graph, error) {
	if len(d.plain) > 0 {
		return nil, errors.New("nquads: claim quads in the default graph")
	}
	g, err := d.build()
	if err != nil {
		return nil, err
	}
	for _, l := range labels {
		id, err := d.ref(kindGraph, term{v: quad.IRI(strings.TrimSuffix(strings.TrimPrefix(l, "<"), ">"))})
		if err != nil {
			continue // a graph that is not an article's: not ours
		}
		if err := g.AddWithoutText(graph.Document{Article: graph.Article{ID: id}}); err != nil && !errors.Is(err, graph.ErrDuplicateArticle) {
			return nil, err
		}
		g.DropText(id)
	}
	return g, nil
}

// Predicates of the lines SkipText passes over, as they start the rest
// of a line after its subject.
const (
	textPrefix     = " <" + schemaNS + "text> "
	mentionsPrefix = " <" + schemaNS + "mentions> "
)

// skip reports whether a line is one that SkipText passes over
// unparsed: its predicate, right after an IRI subject, is schema:text
// or (when asked) schema:mentions; or it is a line the decoder would
// read and ignore anyway: an entity's type or name repeated in an
// article's graph, or a claim's derived character offsets.
func (d *Decoder) skip(line []byte) bool {
	if d.entitiesOnly {
		if !d.ours(line) {
			return false // the default graph, or another tool's quad: parse it
		}
		// An article's own quads lie in its graph, whose label follows
		// from the subject: the line (its text, mostly) need not be
		// scanned.
		px := d.prefixes()
		if id, ok := bytes.CutPrefix(line[:bytes.IndexByte(line, '>')], px.article); ok {
			gp := px.graph
			n := len(d.labels)
			if n == 0 || !strings.HasPrefix(d.labels[n-1], gp) || d.labels[n-1][len(gp):len(d.labels[n-1])-1] != string(id) {
				d.labels = append(d.labels, gp+string(id)+">")
			}
			return true
		}
		start, end, ok := quadLabel(line)
		if !ok || end == start {
			return false // not a quad, or in the default graph: parse it
		}
		if l := line[start:end]; len(d.labels) == 0 || string(l) != d.labels[len(d.labels)-1] {
			d.labels = append(d.labels, string(l))
		}
		d.countClaim(line)
		return true
	}
	if !d.skipText || len(line) == 0 || line[0] != '<' {
		return false
	}
	i := bytes.IndexByte(line, '>')
	if i < 0 {
		return false
	}
	subj, rest := line[1:i], line[i+1:]
	switch {
	case bytes.HasPrefix(rest, []byte(textPrefix)):
		return true
	case bytes.HasPrefix(rest, []byte(mentionsPrefix)):
		return d.skipMentions
	case bytes.HasPrefix(rest, typePred) || bytes.HasPrefix(rest, labelPred):
		if !bytes.HasPrefix(subj, d.prefixes().entity) {
			return false
		}
		start, end, ok := quadLabel(line)
		return ok && end > start
	case bytes.HasPrefix(rest, d.prefixes().charStart) || bytes.HasPrefix(rest, d.prefixes().charEnd):
		return true
	}
	return false
}

// stmt is one quad and the line it came from.
type stmt struct {
	line int
	q    quad.Quad
	raw  string // the statement as written, without its line end
}

// read parses each line of r once and hands its statement to emit,
// passing over the lines skip picks without copying them.
func read(r io.Reader, skip func([]byte) bool, emit func(stmt) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	var long []byte // a line longer than the buffer
	for n := 1; ; n++ {
		b, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			long = append(long[:0], b...)
			for err == bufio.ErrBufferFull {
				b, err = br.ReadSlice('\n')
				long = append(long, b...)
			}
			b = long
		}
		if err != nil && err != io.EOF {
			return fmt.Errorf("nquads: line %d: %w", n, err)
		}
		// The bytes are only borrowed until the next read: skip looks
		// at them in place, and only lines kept become strings.
		// N-Quads ends lines with LF, CR or both.
		for part := range bytes.SplitSeq(b, []byte("\r")) {
			part = trimBlanks(part)
			if len(part) == 0 || part[0] == '#' || skip(part) {
				continue
			}
			raw := string(part)
			q, err := parseStatement(raw)
			if err != nil {
				return &ParseError{Line: n, Err: err}
			}
			if err := emit(stmt{n, q, raw}); err != nil {
				return err
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// trimBlanks is bytes.Trim(b, " \t\n"), without the set of bytes that
// bytes.Trim makes on each call.
func trimBlanks(b []byte) []byte {
	blank := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }
	for len(b) > 0 && blank(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && blank(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

func parseStatement(s string) (quad.Quad, error) {
	if !utf8.ValidString(s) {
		return quad.Quad{}, errors.New("not valid UTF-8")
	}
	q, err := parseLine(s)
	if err != nil {
		return quad.Quad{}, fmt.Errorf("syntax error: %w", err)
	}
	return q, nil
}

// detectBase finds the base in the subject of the first quad that types
// an entity or an article: B+"entity/"+ID or B+"article/"+ID, the ID
// holding no "/".
func detectBase(stmts []stmt) (string, bool) {
	for _, s := range stmts {
		subj, ok1 := s.q.Subject.(quad.IRI)
		class, ok2 := s.q.Object.(quad.IRI)
		if !ok1 || !ok2 || s.q.Predicate != rdfType {
			continue
		}
		kind := kindEntity
		if class == schemaNewsArticle {
			kind = kindArticle
		} else if _, ok := entityType(class); !ok {
			continue
		}
		prefix := string(subj[:strings.LastIndexByte(string(subj), '/')+1])
		if base, ok := strings.CutSuffix(prefix, kind+"/"); ok && base != "" {
			return base, true
		}
	}
	return "", false
}

func entityType(class quad.IRI) (graph.EntityType, bool) {
	t, ok := strings.CutPrefix(string(class), schemaNS)
	return graph.EntityType(t), ok && slices.Contains(graph.EntityTypes, graph.EntityType(t))
}

// term is an object and the line it came from.
type term struct {
	v    quad.Value
	line int
}

type nodeKey struct{ kind, id string }

// node gathers the quads about one entity, article or claim.
type node struct {
	nodeKey
	line  int        // first line about the node
	label quad.Value // graph label of its quads
	// labelOK is set once label is known to be an article's graph, for
	// the node's other quads, which checkLabel then need not read again.
	labelOK bool
	want    quad.IRI // an article's own graph
	// one and many hold the node's properties of one value and of
	// several, in reading order. A node has a dozen at most: a list
	// takes a fraction of a map's memory, and every node of the input
	// is held until its end.
	one, many []nodeProp
}

// nodeProp is a property of a node: its predicate, as the mapping spells
// it, and its value.
type nodeProp struct {
	p quad.IRI
	t term
}

// get returns the value of the single-valued property p.
func (n *node) get(p quad.IRI) (term, bool) {
	for _, pr := range n.one {
		if pr.p == p {
			return pr.t, true
		}
	}
	return term{}, false
}

// all returns the values of the multi-valued property p.
func (n *node) all(p quad.IRI) []term {
	var out []term
	for _, pr := range n.many {
		if pr.p == p {
			out = append(out, pr.t)
		}
	}
	return out
}

// claimKey identifies a plain claim quad.
type claimKey struct {
	s       string
	p       graph.Predicate
	o       string
	article string
}

type decoding struct {
	v      *iris
	nodes  map[nodeKey]*node
	plain  map[claimKey]int // plain claim quad → its line
	noText bool             // texts were skipped: take evidence as given
	props  map[string]map[quad.IRI]propKind

	lastSubj         quad.IRI // the subject of the last quad, parsed
	lastKind, lastID string
	lastErr          error

	unknown []string        // statements skipped
	seen    map[string]bool // of unknown

	// With Grouped, cur is the node of the last quad. Once another
	// node's quads begin, a claim or an article is sealed: taken into
	// claims or docs and out of nodes, its key kept in sealed.
	cur    *node
	sealed map[nodeKey]struct{}
	claims []sealedClaim
	docs   []sealedDoc
}

// sealedClaim is a claim read whole, with the line its node began on.
type sealedClaim struct {
	c    graph.Claim
	id   string
	line int
}

// sealedDoc is an article read whole, without its claims.
type sealedDoc struct {
	doc  *graph.Document
	line int
}

// seal turns the claim or article n into the graph's form, unless it
// does not read as one, in which case it stays a node for build to
// report.
func (d *decoding) seal(n *node) {
	switch n.kind {
	case kindClaim:
		c, err := d.claim(n)
		if err != nil {
			return
		}
		d.claims = append(d.claims, sealedClaim{c, n.id, n.line})
	case kindArticle:
		doc, err := d.article(n)
		if err != nil {
			return
		}
		d.docs = append(d.docs, sealedDoc{doc, n.line})
	default:
		return
	}
	delete(d.nodes, n.nodeKey)
	d.sealed[n.nodeKey] = struct{}{}
}

// skip notes a statement that the mapping does not know.
func (d *decoding) skip(s stmt) error {
	if !d.seen[s.raw] {
		d.seen[s.raw] = true
		d.unknown = append(d.unknown, s.raw)
	}
	return nil
}

// propKind is how the mapping spells a predicate, and whether it may
// have several values.
type propKind struct {
	p     quad.IRI
	multi bool
}

// properties returns the predicates the mapping gives a kind of node.
func (d *decoding) properties(kind string) map[quad.IRI]propKind {
	if m, ok := d.props[kind]; ok {
		return m
	}
	m := make(map[quad.IRI]propKind)
	for p, multi := range d.kindProperties(kind) {
		m[p] = propKind{p, multi}
	}
	if d.props == nil {
		d.props = make(map[string]map[quad.IRI]propKind)
	}
	d.props[kind] = m
	return m
}

// kindProperties builds what properties returns.
func (d *decoding) kindProperties(kind string) map[quad.IRI]bool {
	switch kind {
	case kindEntity:
		return map[quad.IRI]bool{rdfType: false, rdfsLabel: false, schemaAltName: true, schemaSameAs: true}
	case kindArticle:
		return map[quad.IRI]bool{rdfType: false, schemaHeadline: false, schemaDate: false, schemaText: false,
			schemaURL: false, d.v.source: false, schemaMentions: true}
	case kindClaim:
		return map[quad.IRI]bool{rdfType: true, rdfSubject: false, rdfPredicate: false, rdfObject: false,
			d.v.evidence: false, d.v.start: false, d.v.end: false, d.v.verb: false, d.v.cameo: false,
			d.v.confidence: false, provQuotedFrom: false}
	}
	return nil
}

// add files one quad under its node; it skips quads that the mapping
// does not know.
func (d *decoding) add(s stmt) error {
	subj, ok := s.q.Subject.(quad.IRI)
	if !ok {
		return d.skip(s)
	}
	// Lines about one node come together in files this package
	// writes: the last subject's reading serves again.
	if subj != d.lastSubj || d.lastErr != nil {
		d.lastSubj = subj
		d.lastKind, d.lastID, d.lastErr = d.v.parse(subj)
	}
	kind, id, err := d.lastKind, d.lastID, d.lastErr
	if err != nil {
		return err
	}
	p, ok := s.q.Predicate.(quad.IRI)
	if !ok {
		return d.skip(s)
	}
	if kind == kindEntity {
		if pred, ok := d.predicate(p); ok {
			return d.addPlain(id, pred, s)
		}
	}
	if kind == kindEntity && s.q.Label != nil && (p == rdfType || p == rdfsLabel) {
		return nil // a copy, in an article's graph, of what the default graph says
	}
	if kind == kindClaim && (p == d.v.charStart || p == d.v.charEnd) {
		return nil // derived from the byte offsets, and written again with them
	}
	pk, known := d.properties(kind)[p]
	if !known {
		return d.skip(s)
	}
	// The strings of a statement are slices of its line: what a node
	// keeps to the end of the input is copied out (see detach), the
	// predicate taken as the mapping spells it.
	p = pk.p
	k := nodeKey{kind, id}
	if d.sealed != nil {
		if d.cur != nil && d.cur.nodeKey != k {
			d.seal(d.cur)
			d.cur = nil
		}
		if _, ok := d.sealed[k]; ok {
			return fmt.Errorf("%s %q: %w", kind, id, ErrUngrouped)
		}
	}
	n := d.nodes[k]
	if n == nil {
		k.id = strings.Clone(id)
		n = &node{nodeKey: k, line: s.line, label: detach(s.q.Label)}
		if kind == kindArticle {
			n.want = d.v.mint(kindGraph, id)
		}
		d.nodes[k] = n
	}
	d.cur = n
	if err := d.checkLabel(n, s.q.Label); err != nil {
		return err
	}
	t := term{detach(s.q.Object), s.line}
	if pk.multi {
		n.many = append(n.many, nodeProp{p, t})
		return nil
	}
	for i, pr := range n.one {
		if pr.p == p {
			if pr.t.v.String() != t.v.String() {
				return fmt.Errorf("%s %q has a second %s (first on line %d)", kind, id, p, pr.t.line)
			}
			n.one[i].t = t
			return nil
		}
	}
	n.one = append(n.one, nodeProp{p, t})
	return nil
}

// detach returns v with its strings copied out of the line they were
// sliced from: a node keeps a term until the end of the input, and the
// term would otherwise keep its whole line, so that the lines of every
// node stayed in memory together.
func detach(v quad.Value) quad.Value {
	switch v := v.(type) {
	case quad.IRI:
		return quad.IRI(strings.Clone(string(v)))
	case quad.String:
		return quad.String(strings.Clone(string(v)))
	case quad.TypedString:
		return quad.TypedString{Value: quad.String(strings.Clone(string(v.Value))), Type: quad.IRI(strings.Clone(string(v.Type)))}
	case quad.LangString:
		return quad.LangString{Value: quad.String(strings.Clone(string(v.Value))), Lang: strings.Clone(v.Lang)}
	}
	return v
}

// checkLabel checks that a quad about n is in n's graph: the default
// graph for an entity, the article's graph for an article, one article's
// graph for a claim.
func (d *decoding) checkLabel(n *node, label quad.Value) error {
	switch n.kind {
	case kindEntity:
		if label != nil {
			return fmt.Errorf("entity %q is described in graph %s, not in the default graph", n.id, label)
		}
	case kindArticle:
		if want := n.want; label != want {
			return fmt.Errorf("article %q is described in graph %v, not in %s", n.id, label, want)
		}
	case kindClaim:
		if n.labelOK && label == n.label {
			return nil // read as an article's graph at the node's first quad
		}
		if _, err := d.ref(kindGraph, term{v: label}); err != nil {
			return fmt.Errorf("claim %s: %w", n.id, err)
		}
		if label != n.label {
			return fmt.Errorf("claim %s is described in graphs %s and %s", n.id, n.label, label)
		}
		n.labelOK = true
	}
	return nil
}

// predicate returns the graph predicate that p stands for, if any.
func (d *decoding) predicate(p quad.IRI) (graph.Predicate, bool) {
	local, ok := strings.CutPrefix(string(p), d.v.ns)
	return graph.Predicate(local), ok && slices.Contains(graph.Predicates, graph.Predicate(local))
}

func (d *decoding) addPlain(subj string, p graph.Predicate, s stmt) error {
	obj, err := d.ref(kindEntity, term{s.q.Object, s.line})
	if err != nil {
		return err
	}
	article, err := d.ref(kindGraph, term{s.q.Label, s.line})
	if err != nil {
		return err
	}
	k := claimKey{subj, p, obj, article}
	if _, ok := d.plain[k]; !ok {
		k.s, k.o, k.article = strings.Clone(subj), strings.Clone(obj), strings.Clone(article)
		d.plain[k] = s.line
	}
	return nil
}

// ref returns the ID of a reference to a node of the given kind.
func (d *decoding) ref(kind string, t term) (string, error) {
	iri, ok := t.v.(quad.IRI)
	if !ok {
		return "", fmt.Errorf("want an IRI of kind %s, got %v", kind, t.v)
	}
	k, id, err := d.v.parse(iri)
	if err != nil {
		return "", err
	}
	if k != kind {
		return "", fmt.Errorf("want an IRI of kind %s under %s, got %s", kind, d.v.base, iri)
	}
	return id, nil
}

// build checks the nodes and turns them into a graph.
func (d *decoding) build() (*graph.Graph, error) {
	var entities, articles, claims []*node
	for _, n := range d.nodes {
		switch n.kind {
		case kindEntity:
			entities = append(entities, n)
		case kindArticle:
			articles = append(articles, n)
		case kindClaim:
			claims = append(claims, n)
		}
	}
	byID := func(a, b *node) int { return strings.Compare(a.id, b.id) }
	g := graph.New()
	slices.SortFunc(entities, byID)
	for _, n := range entities {
		e, err := d.entity(n)
		if err != nil {
			return nil, err
		}
		if err := g.AddEntity(e); err != nil {
			return nil, &ParseError{Line: n.line, Err: err}
		}
	}
	// The articles and claims still nodes join those sealed, and go
	// on in ID order whichever they were.
	type articleAt struct {
		id   string
		line int
	}
	docs := make(map[string]*graph.Document)
	order := make([]articleAt, 0, len(articles)+len(d.docs))
	for _, n := range articles {
		doc, err := d.article(n)
		if err != nil {
			return nil, err
		}
		docs[n.id] = doc
		order = append(order, articleAt{n.id, n.line})
	}
	for _, s := range d.docs {
		docs[s.doc.Article.ID] = s.doc
		order = append(order, articleAt{s.doc.Article.ID, s.line})
	}
	type claimAt struct {
		sealedClaim
		n *node // when not sealed
	}
	all := make([]claimAt, 0, len(claims)+len(d.claims))
	for _, n := range claims {
		all = append(all, claimAt{sealedClaim{id: n.id, line: n.line}, n})
	}
	for _, s := range d.claims {
		all = append(all, claimAt{sealedClaim: s})
	}
	slices.SortFunc(all, func(a, b claimAt) int { return strings.Compare(a.id, b.id) })
	seen := make(map[claimKey]bool)
	for _, n := range all {
		c := n.c
		if n.n != nil {
			var err error
			if c, err = d.claim(n.n); err != nil {
				return nil, err
			}
		}
		doc, ok := docs[c.Article]
		if !ok {
			return nil, errAt(n.line, "claim %s is quoted from article %q, which is not in the input", n.id, c.Article)
		}
		k := claimKey{c.Subject, c.Predicate, c.Object, c.Article}
		if _, ok := d.plain[k]; !ok {
			return nil, errAt(n.line, "claim %s has no plain quad %s %s %s in its graph", n.id, c.Subject, c.Predicate, c.Object)
		}
		seen[k] = true
		doc.Claims = append(doc.Claims, c)
	}
	if len(seen) < len(d.plain) {
		// The first plain quad, in input order, that no claim node
		// states: found in one pass, where sorting every plain quad by
		// its line looked each up in the map at each comparison.
		var first claimKey
		line := 0
		for k, l := range d.plain {
			if !seen[k] && (line == 0 || l < line) {
				first, line = k, l
			}
		}
		return nil, errAt(line, "plain quad %s %s %s has no claim node", first.s, first.p, first.o)
	}
	slices.SortFunc(order, func(a, b articleAt) int { return strings.Compare(a.id, b.id) })
	add := g.Add
	if d.noText {
		add = g.AddWithoutText
	}
	for _, a := range order {
		if err := add(*docs[a.id]); err != nil {
			return nil, &ParseError{Line: a.line, Err: err}
		}
	}
	return g, nil
}

func (d *decoding) entity(n *node) (graph.Entity, error) {
	e := graph.Entity{ID: n.id}
	t, err := n.need(rdfType)
	if err != nil {
		return e, err
	}
	class, _ := t.v.(quad.IRI)
	typ, ok := entityType(class)
	if !ok {
		return e, errAt(t.line, "entity %q has type %v, not a schema.org class for an entity type", n.id, t.v)
	}
	e.Type = typ
	if t, err = n.need(rdfsLabel); err != nil {
		return e, err
	}
	if e.Name, err = text(t); err != nil {
		return e, err
	}
	for _, t := range n.all(schemaAltName) {
		a, err := text(t)
		if err != nil {
			return e, err
		}
		e.Aliases = append(e.Aliases, a)
	}
	for _, t := range n.all(schemaSameAs) {
		iri, err := iriOf(t)
		if err != nil {
			return e, err
		}
		e.SameAs = append(e.SameAs, iri)
	}
	return e, nil
}

func (d *decoding) article(n *node) (*graph.Document, error) {
	a := graph.Article{ID: n.id}
	t, err := n.need(rdfType)
	if err != nil {
		return nil, err
	}
	if t.v != schemaNewsArticle {
		return nil, errAt(t.line, "article %q has type %v, not %s", n.id, t.v, schemaNewsArticle)
	}
	if a.Title, err = n.text(schemaHeadline); err != nil {
		return nil, err
	}
	if a.Text, err = n.text(schemaText); err != nil {
		return nil, err
	}
	if t, ok := n.get(schemaDate); ok {
		lex, dt, ok := literal(t.v)
		if !ok || dt != xsdDate && dt != xsdString {
			return nil, errAt(t.line, "want a date or a string, got %v", t.v)
		}
		a.Date = lex
	}
	if t, ok := n.get(schemaURL); ok {
		if _, ok := n.get(d.v.source); ok {
			return nil, errAt(t.line, "article %q has both %s and %s", n.id, schemaURL, d.v.source)
		}
		if a.Source, err = iriOf(t); err != nil {
			return nil, err
		}
	} else if a.Source, err = n.text(d.v.source); err != nil {
		return nil, err
	}
	doc := &graph.Document{Article: a}
	for _, t := range n.all(schemaMentions) {
		id, err := d.ref(kindEntity, t)
		if err != nil {
			return nil, &ParseError{Line: t.line, Err: err}
		}
		doc.Mentions = append(doc.Mentions, id)
	}
	return doc, nil
}

func (d *decoding) claim(n *node) (graph.Claim, error) {
	var c graph.Claim
	typed := false
	for _, t := range n.all(rdfType) {
		switch t.v {
		case d.v.claim:
			typed = true
		case rdfStatement:
		default:
			return c, errAt(t.line, "claim %s has type %v", n.id, t.v)
		}
	}
	if !typed {
		return c, errAt(n.line, "claim %s lacks type %s", n.id, d.v.claim)
	}
	var err error
	ref := func(p quad.IRI, kind string, dst *string) {
		if err != nil {
			return
		}
		var t term
		if t, err = n.need(p); err == nil {
			if *dst, err = d.ref(kind, t); err != nil {
				err = &ParseError{Line: t.line, Err: err}
			}
		}
	}
	ref(rdfSubject, kindEntity, &c.Subject)
	ref(rdfObject, kindEntity, &c.Object)
	ref(provQuotedFrom, kindArticle, &c.Article)
	if err != nil {
		return c, err
	}
	t, err := n.need(rdfPredicate)
	if err != nil {
		return c, err
	}
	p, _ := t.v.(quad.IRI)
	var ok bool
	if c.Predicate, ok = d.predicate(p); !ok {
		return c, errAt(t.line, "claim %s has predicate %v, not one of the vocabulary", n.id, t.v)
	}
	if c.Start, err = n.integer(n.need(d.v.start)); err != nil {
		return c, err
	}
	if c.End, err = n.integer(n.need(d.v.end)); err != nil {
		return c, err
	}
	if t, err = n.need(d.v.confidence); err != nil {
		return c, err
	}
	lex, dt, ok := literal(t.v)
	if !ok || dt != xsdDouble {
		return c, errAt(t.line, "want an xsd:double, got %v", t.v)
	}
	if c.Confidence, err = strconv.ParseFloat(lex, 64); err != nil {
		return c, errAt(t.line, "confidence: %v", err)
	}
	for _, s := range []struct {
		p   quad.IRI
		dst *string
	}{{d.v.evidence, &c.Evidence}, {d.v.verb, &c.Verb}, {d.v.cameo, &c.CAMEO}} {
		if *s.dst, err = n.text(s.p); err != nil {
			return c, err
		}
	}
	if article, _ := d.ref(kindGraph, term{v: n.label}); article != c.Article {
		return c, errAt(n.line, "claim %s is quoted from article %q but lies in the graph of %q", n.id, c.Article, article)
	}
	if c.ID() != n.id {
		return c, errAt(n.line, "claim %s does not match its content, whose ID is %s", n.id, c.ID())
	}
	return c, nil
}

// need returns the value of a property that the node must have.
func (n *node) need(p quad.IRI) (term, error) {
	t, ok := n.get(p)
	if !ok {
		return t, errAt(n.line, "%s %q has no %s", n.kind, n.id, p)
	}
	return t, nil
}

// text returns the value of an optional string property, "" when absent.
func (n *node) text(p quad.IRI) (string, error) {
	t, ok := n.get(p)
	if !ok {
		return "", nil
	}
	return text(t)
}

func (n *node) integer(t term, err error) (int, error) {
	if err != nil {
		return 0, err
	}
	lex, dt, ok := literal(t.v)
	if !ok || dt != xsdInteger {
		return 0, errAt(t.line, "want an xsd:integer, got %v", t.v)
	}
	i, err := strconv.Atoi(lex)
	if err != nil {
		return 0, errAt(t.line, "%v", err)
	}
	return i, nil
}

func text(t term) (string, error) {
	lex, dt, ok := literal(t.v)
	if !ok || dt != xsdString {
		return "", errAt(t.line, "want a string, got %v", t.v)
	}
	return lex, nil
}

func iriOf(t term) (string, error) {
	iri, ok := t.v.(quad.IRI)
	if !ok {
		return "", errAt(t.line, "want an IRI, got %v", t.v)
	}
	if err := checkIRI(string(iri)); err != nil {
		return "", errAt(t.line, "IRI %s: %v", iri, err)
	}
	return string(iri), nil
}

// literal returns the lexical form and datatype of a literal. It undoes
// the conversion to native values that quad's reader makes while
// nquads.AutoConvertTypedString is set (the default), so that decoding
// does not depend on that global.
func literal(v quad.Value) (lex string, datatype quad.IRI, ok bool) {
	switch v := v.(type) {
	case quad.String:
		return string(v), xsdString, true
	case quad.TypedString:
		return string(v.Value), v.Type, true
	case quad.Int:
		return strconv.FormatInt(int64(v), 10), xsdInteger, true
	case quad.Float:
		return formatDouble(float64(v)), xsdDouble, true
	}
	return "", "", false
}

var predicatePred = []byte(" <" + string(rdfPredicate) + "> <")

// countClaim counts a claim node's rdf:predicate quad.
func (d *Decoder) countClaim(line []byte) {
	px := d.prefixes()
	if !bytes.HasPrefix(line, px.claim) {
		return
	}
	i := bytes.IndexByte(line, '>')
	rest, ok := bytes.CutPrefix(line[i+1:], predicatePred)
	if !ok {
		return
	}
	rest, ok = bytes.CutPrefix(rest, px.ns)
	if !ok {
		return
	}
	j := bytes.IndexByte(rest, '>')
	if j < 0 {
		return
	}
	p := graph.Predicate(rest[:j])
	if !p.Valid() {
		return
	}
	if d.counts == nil {
		d.counts = make(map[graph.Predicate]int)
	}
	d.counts[p]++
}

// ours reports whether a line says what this package writes: a node
// under the base, with one of the mapping's predicates.
func (d *Decoder) ours(line []byte) bool {
	px := d.prefixes()
	if !bytes.HasPrefix(line, px.base) {
		return false
	}
	i := bytes.IndexByte(line, '>')
	rest := line[i+1:]
	if len(rest) < 2 || rest[0] != ' ' || rest[1] != '<' {
		return false
	}
	j := bytes.IndexByte(rest, '>')
	if j < 0 {
		return false
	}
	p := rest[2:j]
	if bytes.HasPrefix(p, px.ns) {
		return true
	}
	switch quad.IRI(p) {
	case rdfType, rdfsLabel, schemaAltName, schemaSameAs, schemaHeadline, schemaText, schemaDate, schemaURL,
		schemaMentions, rdfSubject, rdfPredicate, rdfObject, provQuotedFrom:
		return true
	}
	return false
}

// linePrefixes are the forms under the base that skip looks for, made
// once per base rather than once per line.
type linePrefixes struct {
	forBase string
	base    []byte // "<" + base
	article []byte // "<" + base + "article/"
	claim   []byte // "<" + base + "claim/"
	entity  []byte // base + "entity/"
	ns      []byte // base + "ns#"
	graph   string // "<" + base + "graph/"
	// charStart and charEnd start the rest of the lines of the derived
	// character offsets, after their subjects.
	charStart, charEnd []byte
}

func (d *Decoder) prefixes() *linePrefixes {
	if d.px == nil || d.px.forBase != d.base {
		d.px = &linePrefixes{forBase: d.base, base: []byte("<" + d.base), article: []byte("<" + d.base + kindArticle + "/"),
			claim: []byte("<" + d.base + kindClaim + "/"), entity: []byte(d.base + kindEntity + "/"),
			ns: []byte(d.base + "ns#"), graph: "<" + d.base + kindGraph + "/",
			charStart: []byte(" <" + d.base + "ns#charStart> "), charEnd: []byte(" <" + d.base + "ns#charEnd> ")}
	}
	return d.px
}
