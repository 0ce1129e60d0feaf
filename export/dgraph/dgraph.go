// Package dgraph writes a knowledge graph for Dgraph's live and bulk
// loaders (https://dgraph.io): the data as Dgraph RDF, and the DQL schema
// that types and indexes it.
//
// Dgraph reads N-Quads-like lines, but a fourth field is a namespace, not
// a named graph, so nothing is written there: what the N-Quads export keeps
// in an article's graph goes into edge facets and nodes here.
//
// # Loading
//
// Write the data with an [Encoder] to a file whose name ends in .rdf or
// .rdf.gz (the loaders choose the format by name) and the schema with
// [WriteSchema] to another, then
//
//	dgraph live -f kg.rdf -s kg.schema --upsertPredicate xid
//
// With --upsertPredicate xid a second load of the same or a larger export
// updates the nodes of the first instead of adding copies. dgraph bulk, which
// only fills a new cluster, reads the same files.
//
// # Node identifiers
//
// Every node is named by an external ID written as an IRI, <entity/ID>,
// <article/ID> or <claim/ID>, and carries the same ID, without the angle
// brackets, in its xid predicate. Blank nodes (_:x) would not upsert: under
// --upsertPredicate the live loader stores a node's label, "_:x" for a blank
// node, in the upsert predicate, so an xid of our own would overwrite it and
// the next load would match nothing. An IRI label is stored as the ID
// between the brackets, which is exactly our xid, so the two agree. The cost
// is that only the loaders accept such labels: a mutation sent through the
// HTTP or gRPC API must use blank nodes or UIDs.
//
// An ID is escaped as one path segment, as the nquads package does: ASCII
// letters, digits and "-._~" stay, so do non-ASCII characters that RFC 3987
// allows other than white space, and every other byte, "%" included,
// becomes %XX. The mapping is one to one, and an xid is the nquads IRI of
// the same node with the base cut off.
//
// # Mapping
//
// Predicates are plain names; [WriteSchema] declares each with its type.
//
//	<entity/ID>  <dgraph.type> "Person" | "Organization" | "Country" | "Place" | "Event"
//	             <xid> "entity/ID"
//	             <name> "Name"
//	             <aliases> "alias"                  one per alias
//	             <same_as> "IRI"                    one per SameAs IRI, as a string
//	<article/ID> <dgraph.type> "Article"
//	             <xid> "article/ID"
//	             <headline> "Title"
//	             <date_published> "2023-05-04"^^<xs:dateTime>   if Date is YYYY-MM-DD
//	             <date_text> "May 2023"             any other Date, which a datetime cannot hold
//	             <outlet> "Source"
//	             <text> "full text"
//	             <mentions> <entity/ID>             one per mentioned entity
//
// Each claim is written twice. First as an edge between its entities, whose
// predicate is the [graph.Predicate] (<accused>, <affiliated_with>, ...) and
// whose facets carry its provenance:
//
//	<entity/S> <accused> <entity/O> (article="a1", cameo="112", claim="ID",
//	    claim_count=2, confidence=0.9, date=2023-05-04, end=40,
//	    evidence="...", start=12, verb="blamed") .
//
// Dgraph keeps one edge per subject, predicate and object, and loads
// batches concurrently, so several claims between the same two entities with
// the same predicate are written as one edge: it carries the facets of the
// most confident of them (the first in [graph.CompareClaims] order on a tie),
// and claim_count says how many there are. Facets are typed by their form:
// start, end and claim_count are ints, confidence a float (always written
// with a point, so that 1 is not an int), date a datetime when it is
// YYYY-MM-DD and a string otherwise, the rest strings.
//
// Second, as a node that keeps every claim whole:
//
//	<claim/ID>   <dgraph.type> "Claim"
//	             <xid> "claim/ID"                   ID is graph.Claim.ID
//	             <subject> <entity/S>
//	             <predicate> "accused"
//	             <object> <entity/O>
//	             <source> <article/A>
//	             <evidence> "supporting sentence"
//	             <start> "12"^^<xs:int>             byte offsets into the article text
//	             <end> "40"^^<xs:int>
//	             <verb> "blamed"
//	             <cameo> "112"
//	             <confidence> "0.9"^^<xs:float>
//
// Empty strings are not written, in facets either.
//
// # Output
//
// Lines are sorted byte by byte and written once each, so the output
// depends only on the graph's content. Strings keep non-ASCII text as it
// is. In literals `"`, `\`, LF, CR and tab are escaped by name and every
// other control as \uXXXX, so no line holds a control byte. Facet strings
// go through a lexer that knows only the one-letter escapes
// (\" \\ \n \r \t \b \f \v), so other controls, rare in news text, stay raw
// there; the claim node holds the same text fully escaped.
package dgraph

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newskg/newskg/export/internal/segment"
	"github.com/newskg/newskg/graph"
)

// Kinds of node: the part of an external ID before the slash.
const (
	kindEntity  = "entity"
	kindArticle = "article"
	kindClaim   = "claim"
)

// Dgraph's names for the RDF types of typed literals.
const (
	xsInt      = "xs:int"
	xsFloat    = "xs:float"
	xsDateTime = "xs:dateTime"
)

// An Encoder writes graphs as Dgraph RDF to an output stream.
type Encoder struct {
	w io.Writer
}

// NewEncoder returns an encoder that writes to w.
func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{w: w}
}

// Encode writes g. It writes nothing when it fails, which it does when a
// string is not valid UTF-8, an entity type or claim predicate is not in
// the vocabulary, or a confidence is not a finite number.
func (e *Encoder) Encode(g *graph.Graph) error {
	var lines []string
	for _, ent := range g.Entities() {
		ls, err := entityLines(ent)
		if err != nil {
			return fmt.Errorf("dgraph: entity %q: %w", ent.ID, err)
		}
		lines = append(lines, ls...)
	}
	for _, a := range g.Articles() {
		ls, err := articleLines(a, g.Mentions(a.ID))
		if err != nil {
			return fmt.Errorf("dgraph: article %q: %w", a.ID, err)
		}
		lines = append(lines, ls...)
	}
	claims := g.Claims()
	for _, c := range claims {
		ls, err := claimLines(c)
		if err != nil {
			return fmt.Errorf("dgraph: claim %s: %w", c.ID(), err)
		}
		lines = append(lines, ls...)
	}
	for _, group := range edgeGroups(claims) {
		l, err := edgeLine(group, g)
		if err != nil {
			return fmt.Errorf("dgraph: claim %s: %w", group[0].ID(), err)
		}
		lines = append(lines, l)
	}

	slices.Sort(lines)
	lines = slices.Compact(lines)
	bw := bufio.NewWriter(e.w)
	for _, l := range lines {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("dgraph: %w", err)
	}
	return nil
}

// node returns the label of a node in the data file: its xid in angle
// brackets.
func node(kind, id string) string {
	return "<" + xid(kind, id) + ">"
}

// xid returns the external ID of a node, the value of its xid predicate.
// The ID is escaped by package segment, the rule the nquads package mints
// its IRIs with, so that an xid is the nquads IRI with its base cut off.
// Dgraph's IRIREF would take more
// (anything above space but <>"{}|^`\), but Dgraph does not undo escapes
// in a label, so one rule with a reading of its own is worth more than
// shorter labels.
func xid(kind, id string) string {
	return kind + "/" + segment.Escape(id)
}

// lineBuilder collects the lines about one node.
type lineBuilder struct {
	subject string
	lines   []string
	err     error
}

func (b *lineBuilder) add(pred, object string) {
	b.lines = append(b.lines, b.subject+" <"+pred+"> "+object+" .")
}

// str adds a string literal unless it is empty: an absent predicate tells
// the reader just as much, and keeps the file small.
func (b *lineBuilder) str(pred, s string) {
	if s == "" || b.err != nil {
		return
	}
	lit, err := literal(s)
	if err != nil {
		b.err = fmt.Errorf("%s: %w", pred, err)
		return
	}
	b.add(pred, lit)
}

func (b *lineBuilder) typed(pred, value, typ string) {
	b.add(pred, `"`+value+`"^^<`+typ+`>`)
}

func (b *lineBuilder) result() ([]string, error) {
	if b.err != nil {
		return nil, b.err
	}
	return b.lines, nil
}

func entityLines(ent *graph.Entity) ([]string, error) {
	if !slices.Contains(graph.EntityTypes, ent.Type) {
		return nil, fmt.Errorf("type %q is not in the vocabulary", ent.Type)
	}
	b := &lineBuilder{subject: node(kindEntity, ent.ID)}
	b.str("dgraph.type", string(ent.Type))
	b.str("xid", xid(kindEntity, ent.ID))
	b.str("name", ent.Name)
	for _, a := range ent.Aliases {
		b.str("aliases", a)
	}
	// Dgraph has no IRI values: an IRI object would be a node.
	for _, iri := range ent.SameAs {
		b.str("same_as", iri)
	}
	return b.result()
}

func articleLines(a *graph.Article, mentions []string) ([]string, error) {
	b := &lineBuilder{subject: node(kindArticle, a.ID)}
	b.str("dgraph.type", "Article")
	b.str("xid", xid(kindArticle, a.ID))
	b.str("headline", a.Title)
	if isDate(a.Date) {
		b.typed("date_published", a.Date, xsDateTime)
	} else {
		b.str("date_text", a.Date)
	}
	b.str("outlet", a.Source)
	b.str("text", a.Text)
	for _, id := range mentions {
		b.add("mentions", node(kindEntity, id))
	}
	return b.result()
}

func claimLines(c graph.Claim) ([]string, error) {
	// The schema declares an edge for each word of the vocabulary and no
	// other; an edge it does not declare would load untyped and unindexed.
	if !slices.Contains(graph.Predicates, c.Predicate) {
		return nil, fmt.Errorf("predicate %q is not in the vocabulary", c.Predicate)
	}
	conf, err := formatFloat(c.Confidence)
	if err != nil {
		return nil, err
	}
	b := &lineBuilder{subject: node(kindClaim, c.ID())}
	b.str("dgraph.type", "Claim")
	b.str("xid", xid(kindClaim, c.ID()))
	b.add("subject", node(kindEntity, c.Subject))
	b.str("predicate", string(c.Predicate))
	b.add("object", node(kindEntity, c.Object))
	b.add("source", node(kindArticle, c.Article))
	b.str("evidence", c.Evidence)
	b.typed("start", strconv.Itoa(c.Start), xsInt)
	b.typed("end", strconv.Itoa(c.End), xsInt)
	b.str("verb", c.Verb)
	b.str("cameo", c.CAMEO)
	b.typed("confidence", conf, xsFloat)
	return b.result()
}

// edgeGroups splits claims, in CompareClaims order, into groups that
// share a subject, predicate and object, and so one Dgraph edge. Each
// group keeps that order, and the groups are in the order of their first
// claims.
func edgeGroups(claims []graph.Claim) [][]graph.Claim {
	type key struct {
		s, o string
		p    graph.Predicate
	}
	index := make(map[key]int)
	var groups [][]graph.Claim
	for _, c := range claims {
		k := key{c.Subject, c.Object, c.Predicate}
		i, ok := index[k]
		if !ok {
			i = len(groups)
			index[k] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], c)
	}
	return groups
}

// edgeLine writes the one edge for a group of claims, with the facets of
// its most confident claim: an edge that passes a confidence filter then
// has a claim that does.
func edgeLine(group []graph.Claim, g *graph.Graph) (string, error) {
	rep := group[0]
	for _, c := range group[1:] {
		if c.Confidence > rep.Confidence {
			rep = c
		}
	}
	f := &facetList{}
	f.str("article", rep.Article)
	f.str("cameo", rep.CAMEO)
	f.str("claim", rep.ID())
	f.raw("claim_count", strconv.Itoa(len(group)))
	conf, err := formatFloat(rep.Confidence)
	if err != nil {
		return "", err
	}
	f.raw("confidence", conf)
	if a, ok := g.Article(rep.Article); ok {
		if isDate(a.Date) {
			// Unquoted, Dgraph types the facet as a datetime, which
			// compares as a date in @facets(ge(date, ...)) filters.
			f.raw("date", a.Date)
		} else {
			f.str("date", a.Date)
		}
	}
	f.raw("end", strconv.Itoa(rep.End))
	f.str("evidence", rep.Evidence)
	f.raw("start", strconv.Itoa(rep.Start))
	f.str("verb", rep.Verb)
	if f.err != nil {
		return "", f.err
	}
	return node(kindEntity, rep.Subject) + " <" + string(rep.Predicate) + "> " +
		node(kindEntity, rep.Object) + " (" + strings.Join(f.items, ", ") + ") .", nil
}

// facetList collects the key=value items of an edge's facets, in the
// order added.
type facetList struct {
	items []string
	err   error
}

func (f *facetList) raw(key, value string) {
	f.items = append(f.items, key+"="+value)
}

func (f *facetList) str(key, s string) {
	if s == "" || f.err != nil {
		return
	}
	if !utf8.ValidString(s) {
		f.err = fmt.Errorf("facet %s: %w", key, errNotUTF8)
		return
	}
	f.raw(key, string(appendFacetString(nil, s)))
}

var errNotUTF8 = errors.New("not valid UTF-8")

// literal returns s as a Dgraph string literal.
func literal(s string) (string, error) {
	if !utf8.ValidString(s) {
		return "", fmt.Errorf("%q: %w", s, errNotUTF8)
	}
	return string(appendLiteral(nil, s)), nil
}

// isDate reports whether s is a date as YYYY-MM-DD, which Dgraph reads as
// a datetime. Other dates are kept as strings rather than rejected by the
// loader.
func isDate(s string) bool {
	t, err := time.Parse(time.DateOnly, s)
	return err == nil && t.Format(time.DateOnly) == s
}

// formatFloat writes f as the shortest decimal that parses back to it,
// always with a point or exponent: Dgraph types an unquoted facet by its
// form, and "1" would be an int where "1.0" is a float.
func formatFloat(f float64) (string, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "", fmt.Errorf("confidence %v is not a finite number", f)
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s, nil
}
