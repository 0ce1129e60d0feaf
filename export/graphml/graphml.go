// Package graphml writes a knowledge graph as GraphML
// (http://graphml.graphdrawing.org/), in a form that NetworkX
// (read_graphml) and Neo4j APOC (apoc.import.graphml with readLabels)
// both read without loss of claims.
//
// # Layout
//
// The document holds one directed <graph id="G">. Every entity is a
// <node> whose id is the entity ID, sorted by ID; every claim is its own
// <edge>, in [graph.Graph.Claims] order, whose id is [graph.Claim.ID], so
// that several claims between the same two entities stay distinct edges
// (NetworkX uses the ids as multi-edge keys). All nodes come before any
// edge, because APOC resolves an edge's endpoints as it reads it.
//
// Each node carries the XML attribute labels=":Type" (the Neo4j label),
// and each edge the XML attribute label="predicate" (the Neo4j
// relationship type, written as the predicate itself, such as "accused").
// NetworkX ignores those XML attributes, so the same values are also
// written as data under the keys whose ids are literally "labels" and
// "label"; APOC with readLabels recognises exactly those key ids and does
// not store them a second time as properties.
//
// # Keys
//
// Node keys, all of attr.type string:
//
//	labels     ":" + entity type, such as ":Person"
//	name       canonical name
//	nodelabel  canonical name again, under attr.name "label": the node
//	           label of Gephi and other viewers (the key id "label" is
//	           the edges')
//	type       entity type, such as "Person"
//	aliases    aliases joined with "|"
//	sameAs     sameAs IRIs joined with " "
//
// Edge keys:
//
//	label       string  predicate
//	predicate   string  predicate
//	article     string  article ID
//	title       string  article title
//	date        string  article date as YYYY-MM-DD, or ""
//	evidence    string  supporting sentence
//	start       int     byte offset of the evidence in the article text
//	end         int     byte offset just past the evidence
//	verb        string  surface verb
//	cameo       string  CAMEO code; a string so that "016" keeps its zero
//	confidence  double  confidence in [0, 1]
//
// GraphML has no date type and APOC rejects unknown types, so dates are
// ISO strings. Keys declare no defaults and every element carries every
// key, since NetworkX never copies a key's default onto elements.
//
// # Lossy points
//
// An alias that itself contains "|" cannot be told apart from two
// aliases once the list is split again; entity aliases are surface forms,
// where "|" does not occur in practice.
//
// XML 1.0 cannot hold control characters other than tab, newline and
// carriage return, nor U+FFFE and U+FFFF, nor invalid UTF-8. In names,
// evidence and every other value each such character, and each byte of
// invalid UTF-8, is written as U+FFFD so that the document stays
// well-formed. Entity IDs are the exception: they link edges to nodes,
// where a replaced character could merge two IDs, so an entity ID holding
// such a character is an error.
//
// An empty value is written as an empty <data> element. APOC stores it as
// "", but NetworkX 2.8 reads an element without text as no value at all,
// so such attributes (a missing date, an entity without sameAs) are
// absent from its elements.
package graphml

import (
	"bufio"
	"cmp"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newskg/newskg/graph"
)

const (
	namespace      = "http://graphml.graphdrawing.org/xmlns"
	schemaLocation = namespace + " " + namespace + "/1.0/graphml.xsd"
)

// A column is one GraphML key and how to compute its value for an
// element; keeping the declaration and the value side by side is what
// guarantees that every element carries every declared key.
type column[T any] struct {
	name  string // the key id, and its attr.name unless attr is set
	attr  string // attr.name, when it differs from the id
	typ   string // attr.type
	value func(T) string
}

var nodeColumns = []column[*graph.Entity]{
	{"labels", "", "string", func(e *graph.Entity) string { return ":" + string(e.Type) }},
	{"name", "", "string", func(e *graph.Entity) string { return e.Name }},
	// Gephi and yEd-like viewers show the key named "label"; the id
	// "label" is the edges' (APOC wants exactly that id there).
	{"nodelabel", "label", "string", func(e *graph.Entity) string { return e.Name }},
	{"type", "", "string", func(e *graph.Entity) string { return string(e.Type) }},
	{"aliases", "", "string", func(e *graph.Entity) string { return strings.Join(e.Aliases, "|") }},
	{"sameAs", "", "string", func(e *graph.Entity) string { return strings.Join(e.SameAs, " ") }},
}

// An Edge is a claim together with its article, which supplies the
// title and date columns.
type Edge struct {
	Claim   graph.Claim
	Article graph.Article
}

// edgeColumns take the edge by pointer: an Edge, a claim and an article,
// is some 300 bytes, copied for each column.
var edgeColumns = []column[*Edge]{
	{"label", "", "string", func(e *Edge) string { return string(e.Claim.Predicate) }},
	{"predicate", "", "string", func(e *Edge) string { return string(e.Claim.Predicate) }},
	{"article", "", "string", func(e *Edge) string { return e.Claim.Article }},
	{"title", "", "string", func(e *Edge) string { return e.Article.Title }},
	{"date", "", "string", func(e *Edge) string { return e.Article.Date }},
	{"evidence", "", "string", func(e *Edge) string { return e.Claim.Evidence }},
	{"start", "", "int", func(e *Edge) string { return strconv.Itoa(e.Claim.Start) }},
	{"end", "", "int", func(e *Edge) string { return strconv.Itoa(e.Claim.End) }},
	{"verb", "", "string", func(e *Edge) string { return e.Claim.Verb }},
	{"cameo", "", "string", func(e *Edge) string { return e.Claim.CAMEO }},
	{"confidence", "", "double", func(e *Edge) string { return strconv.FormatFloat(e.Claim.Confidence, 'g', -1, 64) }},
}

// An Encoder writes graphs as GraphML documents to an output stream.
type Encoder struct {
	w io.Writer
}

// NewEncoder returns an encoder that writes to w.
func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{w: w}
}

// Encode writes g to the stream as one complete GraphML document. The
// output depends only on g's contents, so encoding equal graphs gives
// identical bytes.
func (enc *Encoder) Encode(g *graph.Graph) error {
	if g == nil {
		return errors.New("graphml: nil graph")
	}
	claims := g.Claims()
	// Check before writing anything, so that a bad graph leaves no
	// half-written document behind.
	for _, c := range claims {
		if err := checkClaim(g, c); err != nil {
			return err
		}
	}
	return enc.EncodeEdges(g, func(yield func(Edge, error) bool) {
		for _, c := range claims {
			e := Edge{Claim: c}
			if a, ok := g.Article(c.Article); ok {
				e.Article = *a
			}
			if !yield(e, nil) {
				return
			}
		}
	})
}

// checkClaim reports a claim whose entities g lacks: an edge to an
// undeclared node is a hard error in APOC. The graph should never hold
// one, so say so rather than write it.
func checkClaim(g *graph.Graph, c graph.Claim) error {
	for _, id := range []string{c.Subject, c.Object} {
		if _, ok := g.Entity(id); !ok {
			return fmt.Errorf("graphml: claim %s refers to unknown entity %q", c.ID(), id)
		}
	}
	return nil
}

// EncodeEdges writes, like Encode, a document of the entities of g and
// one edge per claim that edges yields, in the order it yields them
// (Encode's is graph.Graph.Claims order); g's own claims and articles are
// not written. A graph too large to hold its claims in memory is written
// this way, its claims read back from a file. Unlike Encode, it may fail
// after writing part of the document: on a bad claim or an error from
// edges.
func (enc *Encoder) EncodeEdges(g *graph.Graph, edges iter.Seq2[Edge, error]) error {
	if g == nil {
		return errors.New("graphml: nil graph")
	}
	entities := g.Entities()
	for _, e := range entities {
		if !xmlSafe(e.ID) {
			return fmt.Errorf("graphml: entity ID %q holds characters XML 1.0 cannot represent", e.ID)
		}
	}

	// The declaration goes straight to the stream: as a token it would
	// share its line with the root element.
	if _, err := io.WriteString(enc.w, xml.Header); err != nil {
		return fmt.Errorf("graphml: writing document: %w", err)
	}
	w := &writer{w: bufio.NewWriterSize(enc.w, 64<<10)}
	w.start("graphml", "xmlns", namespace,
		"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
		"xsi:schemaLocation", schemaLocation)
	for _, c := range nodeColumns {
		w.key(c.name, cmp.Or(c.attr, c.name), "node", c.typ)
	}
	for _, c := range edgeColumns {
		w.key(c.name, cmp.Or(c.attr, c.name), "edge", c.typ)
	}
	w.start("graph", "id", "G", "edgedefault", "directed")
	for _, e := range entities {
		w.start("node", "id", e.ID, "labels", ":"+string(e.Type))
		for _, c := range nodeColumns {
			w.data(c.name, c.value(e))
		}
		w.end("node")
	}
	var cur Edge // the edge the columns read, by pointer: one, not one an edge
	for e, err := range edges {
		c := e.Claim
		if err == nil {
			err = checkClaim(g, c)
		}
		if err != nil {
			return err
		}
		w.start("edge", "id", c.ID(), "source", c.Subject, "target", c.Object, "label", string(c.Predicate))
		cur = e
		for _, col := range edgeColumns {
			w.data(col.name, col.value(&cur))
		}
		w.end("edge")
		if w.err != nil {
			break
		}
	}
	w.end("graph")
	w.end("graphml")
	w.w.WriteByte('\n')
	if w.err == nil {
		w.err = w.w.Flush()
	}
	if w.err != nil {
		return fmt.Errorf("graphml: writing document: %w", w.err)
	}
	return nil
}

// writer writes the document's elements, indented by two spaces a
// level, as encoding/xml's Encoder with Indent("", "  ") writes them:
// each element on its own line, an element with text alone closed on
// the same line. (It stands in for that Encoder, which spent half of a
// picture's time on reflection and tokens; a test holds the two to the
// same bytes.) It keeps the first error, so that Encode reads as the
// document it produces.
type writer struct {
	w     *bufio.Writer
	err   error
	depth int
	// open is set after a start tag until an element or the end tag
	// follows: an element with no child element ends on its line.
	open bool
	// started is set once anything is written: the first line needs no
	// line break before it.
	started bool
}

// indent starts a new line at the writer's depth.
func (w *writer) indent() {
	if w.started && 1+2*w.depth <= len(newlineIndent) {
		w.w.WriteString(newlineIndent[:1+2*w.depth]) // one write, not one a level
		return
	}
	if w.started {
		w.w.WriteByte('\n')
	}
	w.started = true
	for range w.depth {
		w.w.WriteString("  ")
	}
}

// newlineIndent is a line break and the indentation of the deepest
// elements the encoder writes, and more.
const newlineIndent = "\n" + "                "

// start opens element name with the attributes given as name, value
// pairs. Attribute names are written verbatim, which is how the xmlns
// declarations reach the output unchanged.
func (w *writer) start(name string, attrs ...string) {
	w.indent()
	w.depth++
	w.open = true
	w.w.WriteByte('<')
	w.w.WriteString(name)
	for i := 0; i+1 < len(attrs); i += 2 {
		w.w.WriteByte(' ')
		w.w.WriteString(attrs[i])
		w.w.WriteString(`="`)
		escape(w.w, attrs[i+1], true)
		w.w.WriteByte('"')
	}
	w.w.WriteByte('>')
}

func (w *writer) end(name string) {
	w.depth--
	if !w.open {
		w.indent()
	}
	w.open = false
	w.w.WriteString("</")
	w.w.WriteString(name)
	w.w.WriteByte('>')
	if w.err == nil {
		_, w.err = w.w.Write(nil) // the writer's first error, kept
	}
}

func (w *writer) key(id, name, domain, typ string) {
	w.start("key", "id", id, "for", domain, "attr.name", name, "attr.type", typ)
	w.end("key")
}

// data writes one value. Markup is escaped, and what XML 1.0 cannot hold
// becomes U+FFFD, in attributes and text alike.
func (w *writer) data(key, value string) {
	w.start("data", "key", key)
	escape(w.w, value, false)
	w.end("data")
}

// escape writes s with the escapes encoding/xml writes: the five
// markup characters, tabs and carriage returns as character references,
// line feeds too in attributes (inAttr), and U+FFFD for bytes that are
// not UTF-8 and runes outside XML 1.0's Char production.
func escape(w *bufio.Writer, s string, inAttr bool) {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if xmlPlain[c] {
			i++
			continue
		}
		r, width := rune(c), 1
		if c >= utf8.RuneSelf {
			r, width = utf8.DecodeRuneInString(s[i:])
		}
		var esc string
		switch r {
		case '"':
			esc = "&#34;"
		case '\'':
			esc = "&#39;"
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '\t':
			esc = "&#x9;"
		case '\n':
			if !inAttr {
				i += width
				continue
			}
			esc = "&#xA;"
		case '\r':
			esc = "&#xD;"
		default:
			if !xmlChar(r) || (r == utf8.RuneError && width == 1) {
				esc = "\uFFFD"
				break
			}
			i += width
			continue
		}
		w.WriteString(s[last:i])
		w.WriteString(esc)
		i += width
		last = i
	}
	w.WriteString(s[last:])
}

// xmlPlain marks the bytes escape writes as they are: printable ASCII
// other than the five markup characters. One look in a table a byte, for
// the bytes of every name and every sentence of evidence.
var xmlPlain = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\'' && c != '&' && c != '<' && c != '>'
	}
	return t
}()

// xmlSafe reports whether s survives the trip through XML unchanged.
func xmlSafe(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return false
			}
		}
		if !xmlChar(r) {
			return false
		}
	}
	return true
}

// xmlChar reports whether r is in the Char production of XML 1.0.
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}
