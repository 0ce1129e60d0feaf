// Package dot writes a knowledge graph as a Graphviz DOT digraph styled for
// reading: the claim network, each entity type with its own shape and
// fill, one edge per link (the claims of one predicate from one entity to
// another) coloured by its predicate and as wide as it has claims, and a
// legend.
//
// The encoder draws the entities that take part in a claim; the others,
// which a picture could only show as scattered dots, stay in the N-Quads
// and GraphML exports. To draw the neighbourhood of an entity, or only
// some predicates, narrow the graph first with graph.Select:
//
//	sub := g.Select(graph.Selection{Focus: []string{"ukraine"}, Depth: 1})
//	err := dot.NewEncoder(w).Encode(sub)
//
// The output is deterministic: the same graph gives the same bytes, with
// entities in ID order and links in graph.CompareLinks order. Rendered to
// SVG (dot -Tsvg), each link's edge is the element whose id is
// LinkElementID of it, each entity's node the element whose id is
// EntityElementID of it; hovering over an edge or its label shows the
// evidence sentences with their articles' titles, and hovering over a node
// shows the entity's aliases.
//
// Any entity ID, name, evidence or title gives DOT that Graphviz accepts
// and SVG that is well-formed. Every ID and value is quoted, with `\` and
// `"` escaped, line breaks (LF, CR, CRLF) written as \n, tabs as spaces,
// `&` as &amp; (Graphviz decodes HTML entities in labels), and control
// characters and invalid UTF-8 replaced by U+FFFD. Strings of more than 4
// KB are split into "…" + "…" pieces, since Graphviz rejects a quoted
// string of 16 KB. Node IDs are the entity IDs, with `%`, control
// characters and invalid UTF-8 percent-encoded so that two entities never
// share a node. Entity names longer than 80 characters are shortened in
// labels, never in tooltips, since Graphviz cannot lay out very wide nodes.
//
// The legend and the title are the graph's own label, an HTML-like table,
// which every Graphviz layout engine (dot, neato, fdp, sfdp, circo, twopi)
// draws above the picture; legend nodes inside the graph would be placed
// among the real ones by every engine but dot. Backslashes in tooltips are
// written as U+29F5 (⧵), since Graphviz expands \N, \G and the like in
// tooltips however they are escaped.
package dot

import (
	"bufio"
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/newskg/newskg/graph"
)

const (
	font = "Helvetica"
	// maxLabel and maxTitle keep nodes and the title narrow enough for
	// Graphviz to lay out; see clip.
	maxLabel = 80
	maxTitle = 200
	// MaxTooltipClaims bounds the evidence sentences in an edge's
	// tooltip; a link with more says how many it leaves out. A tooltip
	// of hundreds of sentences covers the screen and bloats the SVG.
	MaxTooltipClaims = 12
)

// An Encoder writes graphs as DOT to an output stream.
type Encoder struct {
	w      io.Writer
	title  string
	legend bool
	layout string
}

// NewEncoder returns an encoder that writes to w. By default it draws a
// legend and no title.
func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{w: w, legend: true}
}

// SetTitle sets a title to draw above the graph; the empty string, the
// default, draws none. Titles longer than 200 characters are shortened.
func (e *Encoder) SetTitle(title string) { e.title = title }

// SetLegend sets whether to draw a legend: the fill of each entity type
// and the line of each predicate. It lists only the types and predicates
// that the picture holds, so that the legend of a picture narrowed by
// graph.Select explains that picture and nothing else; an empty graph
// gets no legend.
func (e *Encoder) SetLegend(on bool) { e.legend = on }

// SetLayout names the Graphviz layout engine the file is for, written as
// the graph's layout attribute so that any Graphviz program lays it out
// with that engine. The default, "", writes no layout attribute and suits
// dot.
func (e *Encoder) SetLayout(engine string) { e.layout = engine }

// EntityElementID returns the id of the entity's node in Graphviz's SVG:
// a hash, since entity IDs may hold anything and the id must be safe in
// XML, HTML and CSS selectors.
func EntityElementID(entityID string) string {
	h := sha256.Sum256([]byte(entityID))
	return "entity-" + hex.EncodeToString(h[:8])
}

// LinkElementID returns the id of the link's edge in Graphviz's SVG.
func LinkElementID(l graph.Link) string { return "link-" + l.ID() }

// Encode writes g as one DOT digraph. It writes nothing unless the whole
// graph has been rendered, so a failed Encode leaves no partial graph.
func (e *Encoder) Encode(g *graph.Graph) error {
	if g == nil {
		return errors.New("dot: encode nil graph")
	}
	var t Tally
	for _, c := range g.Claims() {
		a, _ := g.Article(c.Article)
		t.Add(c, a)
	}
	var b bytes.Buffer
	e.write(&b, g, &t)
	if _, err := e.w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("dot: write graph: %w", err)
	}
	return nil
}

// EncodeTally writes, like Encode, the picture of the claims gathered in
// t, with the entities of g, whose own claims it ignores. A graph too
// large to hold its claims in memory is drawn this way: its claims are
// added to t one by one, and g keeps the entities.
// Unlike Encode, it writes as it goes, so that the picture of a large
// graph is not held in memory whole; on an error, the output is cut
// short.
func (e *Encoder) EncodeTally(g *graph.Graph, t *Tally) error {
	if g == nil || t == nil {
		return errors.New("dot: encode nil graph")
	}
	b := bufio.NewWriterSize(e.w, 1<<16)
	e.write(b, g, t)
	if err := b.Flush(); err != nil {
		return fmt.Errorf("dot: write graph: %w", err)
	}
	return nil
}

// Drawn returns the entities that the encoder draws for g, those that
// take part in a claim, in ID order, and the links between them.
func Drawn(g *graph.Graph) ([]*graph.Entity, []graph.Link) {
	links := graph.Links(g.Claims())
	in := make(map[string]bool)
	for _, l := range links {
		in[l.Subject], in[l.Object] = true, true
	}
	ents := slices.DeleteFunc(g.Entities(), func(e *graph.Entity) bool { return !in[e.ID] })
	return ents, links
}

// output is where write writes: a bytes.Buffer or a bufio.Writer, whose
// errors stick until the end.
type output interface {
	io.Writer
	io.ByteWriter
	io.StringWriter
}

// A Tally gathers claims, one at a time and in any order, into the links
// the encoder draws: for each link, its number of claims and the tooltip
// lines of its first MaxTooltipClaims claims in graph.CompareClaims
// order, which are all the picture shows. Its memory grows with the
// links, not the claims, and lines repeated word for word (syndicated
// copies of a story) are kept once. The zero value is an empty tally.
// Each claim is to be added once.
type Tally struct {
	idx   map[tallyKey]int
	links []tallied
	lines map[string]string
}

type tallyKey struct {
	s, o string
	p    graph.Predicate
}

// tallied is one link: its claims are those of one subject, predicate
// and object, so that their CompareClaims order is that of their
// article and offsets.
type tallied struct {
	link  graph.Link // without claims
	n     int
	first []shown
}

// shown is one claim in a tooltip.
type shown struct {
	article    string
	start, end int
	line       string
}

func (a shown) compare(b shown) int {
	return cmp.Or(strings.Compare(a.article, b.article), cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end))
}

// Add counts c in its link; a is c's article, whose title and date the
// tooltip shows (nil when unknown).
func (t *Tally) Add(c graph.Claim, a *graph.Article) {
	if t.idx == nil {
		t.idx = make(map[tallyKey]int)
		t.lines = make(map[string]string)
	}
	k := tallyKey{c.Subject, c.Object, c.Predicate}
	i, ok := t.idx[k]
	if !ok {
		i = len(t.links)
		t.idx[k] = i
		t.links = append(t.links, tallied{link: graph.Link{Subject: c.Subject, Predicate: c.Predicate, Object: c.Object}})
	}
	l := &t.links[i]
	l.n++
	s := shown{article: c.Article, start: c.Start, end: c.End}
	at, _ := slices.BinarySearchFunc(l.first, s, shown.compare)
	if at >= MaxTooltipClaims {
		return
	}
	line := claimSource(c, a)
	if same, ok := t.lines[line]; ok {
		line = same
	} else {
		t.lines[line] = line
	}
	s.line = line
	if len(l.first) == MaxTooltipClaims {
		l.first = l.first[:MaxTooltipClaims-1]
	}
	l.first = slices.Insert(l.first, at, s)
}

// drawn returns the links in graph.CompareLinks order.
func (t *Tally) drawn() []*tallied {
	out := make([]*tallied, len(t.links))
	for i := range t.links {
		out[i] = &t.links[i]
	}
	slices.SortFunc(out, func(a, b *tallied) int { return graph.CompareLinks(a.link, b.link) })
	return out
}

func (e *Encoder) write(b output, g *graph.Graph, t *Tally) {
	drawn := t.drawn()
	links := make([]graph.Link, len(drawn))
	in := make(map[string]bool)
	for i, l := range drawn {
		links[i] = l.link
		in[l.link.Subject], in[l.link.Object] = true, true
	}
	ents := slices.DeleteFunc(g.Entities(), func(e *graph.Entity) bool { return !in[e.ID] })
	types, preds := typesOf(ents), predicatesOf(links)

	b.WriteString("digraph \"newskg\" {\n")
	ga := []attr{
		{key: "charset", value: "UTF-8"},
		{key: "rankdir", value: "LR"},
		// Without it dot 2.43 fails on some large graphs ("trouble in
		// init_rank").
		{key: "newrank", value: "true"},
		{key: "splines", value: "true"},
		// dot ignores overlap; it keeps the file readable when drawn
		// with neato, fdp or sfdp instead.
		{key: "overlap", value: "false"},
		// Nodes over edges, so that crossing edges do not hide names.
		{key: "outputorder", value: "edgesfirst"},
		// Edge labels are laid out as nodes of their own, so that a
		// rank with many labelled edges grows tall by nodesep for each:
		// 0.2 in rather than 0.3 makes the BBC corpus's 30 busiest
		// actors a 2,970 × 3,300 px picture rather than 2,970 × 4,580,
		// names no nearer than their labels.
		{key: "nodesep", value: "0.2"},
		{key: "ranksep", value: "0.9"},
		{key: "fontname", value: font},
	}
	if e.layout != "" {
		ga = append(ga, attr{key: "layout", value: e.layout})
	}
	if lbl := e.label(types, preds); lbl != "" {
		ga = append(ga, attr{key: "label", value: lbl, html: true}, attr{key: "labelloc", value: "t"}, attr{key: "labeljust", value: "l"})
	}
	var buf []byte // one statement's, reused
	buf = stmt(b, buf, "\t", "graph", ga...)
	buf = stmt(b, buf, "\t", "node", attr{key: "fontname", value: font}, attr{key: "fontsize", value: "11"}, attr{key: "style", value: "filled"}, attr{key: "color", value: "grey30"})
	buf = stmt(b, buf, "\t", "edge", attr{key: "fontname", value: font}, attr{key: "fontsize", value: "9"}, attr{key: "arrowsize", value: "0.7"})

	// Entity types are told apart by shape and fill, not by clusters:
	// on the BBC corpus, one box per type pulled every edge across the
	// picture and made it a third taller; neato, sfdp, circo and twopi
	// cannot draw clusters at all.
	for _, t := range types {
		b.WriteByte('\n')
		s := nodeStyleOf(t)
		for _, en := range ents {
			if en.Type != t {
				continue
			}
			buf = stmt(b, buf, "\t", quote(nodeID(en.ID)),
				attr{key: "id", value: EntityElementID(en.ID)},
				attr{key: "label", value: clip(en.Name, maxLabel)},
				attr{key: "shape", value: s.shape},
				attr{key: "fillcolor", value: s.fill},
				attr{key: "tooltip", value: entityTooltip(en)})
		}
	}

	if len(links) > 0 {
		b.WriteByte('\n')
	}
	for _, tl := range drawn {
		l, n := tl.link, tl.n
		s := edgeStyleOf(l.Predicate)
		tip := linkTooltip(tl)
		label := string(l.Predicate)
		if n > 1 {
			label += " ×" + strconv.Itoa(n)
		}
		buf = stmt(b, buf, "\t", quote(nodeID(l.Subject))+" -> "+quote(nodeID(l.Object)),
			attr{key: "id", value: LinkElementID(l)},
			attr{key: "label", value: label},
			attr{key: "color", value: s.color},
			attr{key: "fontcolor", value: s.color},
			attr{key: "style", value: s.style},
			attr{key: "penwidth", value: penwidth(n, s.style)},
			// More claims pull the pair closer under dot.
			attr{key: "weight", value: strconv.Itoa(n)},
			attr{key: "tooltip", value: tip},
			// Without it the label, the easiest part to point at,
			// shows no tooltip in SVG.
			attr{key: "labeltooltip", value: tip})
	}
	b.WriteString("}\n")
}

// penwidth grows with the logarithm of the claim count, so that one link
// of forty claims does not blot out the picture: 1 claim 1pt, 2 claims
// 2pt, 4 claims 3pt, 8 claims 4pt, at most 5pt. Broken lines (denials,
// affiliations) stop at 3pt: on the BBC corpus a politician's 147
// affiliations with his country drew a dotted bar over everything else.
func penwidth(claims int, style string) string {
	w := 1 + math.Log2(float64(max(claims, 1)))
	limit := 5.0
	switch style {
	case "bold":
		w++ // bold is Graphviz's 2pt line: keep it heavier than solid
		limit = 6
	case "dotted", "dashed":
		limit = 3
	}
	return strconv.FormatFloat(min(w, limit), 'f', -1, 64)
}

// label returns the graph label, an HTML-like table with the title and
// the legend, or "" when there is neither.
func (e *Encoder) label(types []graph.EntityType, preds []graph.Predicate) string {
	legend := e.legend && len(types)+len(preds) > 0
	if e.title == "" && !legend {
		return ""
	}
	var b strings.Builder
	b.WriteString(`<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2">`)
	if e.title != "" {
		b.WriteString(`<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="18">` + htmlText(clip(e.title, maxTitle)) + `</FONT></TD></TR>`)
	}
	if legend {
		b.WriteString(`<TR><TD ALIGN="LEFT"><TABLE BORDER="0" CELLBORDER="1" CELLSPACING="3" CELLPADDING="3" COLOR="grey70"><TR>`)
		for _, t := range types {
			b.WriteString(`<TD BGCOLOR="` + nodeStyleOf(t).fill + `"><FONT POINT-SIZE="10">` + htmlText(string(t)) + `</FONT></TD>`)
		}
		b.WriteString(`</TR></TABLE></TD></TR>`)
		b.WriteString(`<TR><TD ALIGN="LEFT"><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="3" CELLPADDING="1"><TR>`)
		for _, p := range preds {
			s := edgeStyleOf(p)
			b.WriteString(`<TD><FONT POINT-SIZE="10" COLOR="` + s.color + `">` + sample(s.style) + " " + htmlText(string(p)) + `</FONT></TD>`)
		}
		b.WriteString(`<TD><FONT POINT-SIZE="9" COLOR="grey35">  line width: number of claims; hover over an edge for its evidence</FONT></TD>`)
		b.WriteString(`</TR></TABLE></TD></TR>`)
	}
	b.WriteString(`</TABLE>`)
	return b.String()
}

// sample draws a predicate's line style in text, since an HTML-like label
// cannot hold an edge.
func sample(style string) string {
	switch style {
	case "dashed":
		return "╌╌╌▸"
	case "dotted":
		return "┈┈┈▸"
	case "bold":
		return "━━━▸"
	}
	return "───▸"
}

// attr is one attribute; a slice of them keeps the written order fixed.
// An html value is an HTML-like label that the encoder built itself.
type attr struct {
	key, value string
	html       bool
}

// stmt writes one statement: head, then the attribute list if any. Keys
// are the encoder's own identifiers; every value is quoted, but for HTML
// labels, which are written between < and >. The statement is built in
// buf, which stmt returns for the next, and written at once.
func stmt(b output, buf []byte, indent, head string, attrs ...attr) []byte {
	buf = append(append(buf[:0], indent...), head...)
	if len(attrs) > 0 {
		buf = append(buf, " ["...)
		var last []byte // the last value quoted, in buf
		for i, a := range attrs {
			if i > 0 {
				buf = append(buf, ", "...)
			}
			buf = append(append(buf, a.key...), '=')
			switch {
			case a.html:
				buf = append(append(append(buf, '<'), a.value...), '>')
				last = nil
			case last != nil && a.value == attrs[i-1].value:
				// An edge's tooltip, again for its label: quoted once.
				buf = append(buf, last...)
			default:
				off := len(buf)
				buf = appendQuote(buf, a.value)
				last = buf[off:]
			}
		}
		buf = append(buf, ']')
	}
	buf = append(buf, ";\n"...)
	b.Write(buf)
	return buf
}

// entityTooltip gives the name and every other spelling of the entity.
func entityTooltip(e *graph.Entity) string {
	aka := slices.DeleteFunc(slices.Clone(e.Aliases), func(a string) bool { return a == e.Name })
	if len(aka) == 0 {
		return tooltipText(e.Name)
	}
	return tooltipText(e.Name + "\naka " + strings.Join(aka, "; "))
}

// tooltipText replaces each backslash with U+29F5, which looks the same.
// Graphviz expands \N, \G, \E, \T, \H and \L in a tooltip into node,
// graph and edge names however the backslash is escaped, and reads \\ as
// one backslash, so no DOT spelling keeps a backslash in a tooltip.
func tooltipText(s string) string { return strings.ReplaceAll(s, `\`, "⧵") }

// linkTooltip gives the link's evidence sentences, one a line, each
// with its article's title and date, at most MaxTooltipClaims of them.
func linkTooltip(l *tallied) string {
	var b strings.Builder
	for i, s := range l.first {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(s.line)
	}
	if l.n > len(l.first) {
		fmt.Fprintf(&b, "\n… and %d more", l.n-len(l.first))
	}
	return tooltipText(b.String())
}

// ClaimSource gives a claim's evidence on one line and where it comes
// from: "“evidence” — Title (date)". It is one line of an edge's tooltip.
func ClaimSource(g *graph.Graph, c graph.Claim) string {
	a, _ := g.Article(c.Article)
	return claimSource(c, a)
}

// claimSource is ClaimSource with the claim's article, nil when unknown.
func claimSource(c graph.Claim, a *graph.Article) string {
	src := c.Article
	if a != nil {
		if a.Title != "" {
			src = a.Title
		}
		if a.Date != "" {
			src += " (" + a.Date + ")"
		}
	}
	b := make([]byte, 0, len(c.Evidence)+len(src)+len("“” — "))
	b = appendFields(append(b, "“"...), c.Evidence)
	b = appendFields(append(b, "” — "...), src)
	return string(b)
}

// appendFields appends strings.Join(strings.Fields(s), " "), s's words
// one space apart, without the slice of words and the string Join
// makes: a build makes a tooltip line for most claims.
func appendFields(b []byte, s string) []byte {
	start := -1 // where the word being read starts
	sep := false
	for i, r := range s {
		switch {
		case !unicode.IsSpace(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			if sep {
				b = append(b, ' ')
			}
			b, sep, start = append(b, s[start:i]...), true, -1
		}
	}
	if start >= 0 {
		if sep {
			b = append(b, ' ')
		}
		b = append(b, s[start:]...)
	}
	return b
}

// typesOf lists the entity types present, in graph.EntityTypes order;
// types outside the vocabulary, which graph does not let in, would follow
// in name order.
func typesOf(ents []*graph.Entity) []graph.EntityType {
	seen := make(map[graph.EntityType]bool)
	for _, e := range ents {
		seen[e.Type] = true
	}
	return present(seen, graph.EntityTypes)
}

// predicatesOf lists the predicates present, in graph.Predicates order.
func predicatesOf(links []graph.Link) []graph.Predicate {
	seen := make(map[graph.Predicate]bool)
	for _, l := range links {
		seen[l.Predicate] = true
	}
	return present(seen, graph.Predicates)
}

func present[T ~string](seen map[T]bool, order []T) []T {
	var out []T
	for _, k := range order {
		if seen[k] {
			out = append(out, k)
			delete(seen, k)
		}
	}
	rest := make([]T, 0, len(seen))
	for k := range seen {
		rest = append(rest, k)
	}
	slices.Sort(rest)
	return append(out, rest...)
}
