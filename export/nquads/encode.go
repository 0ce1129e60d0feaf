package nquads

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/newskg/newskg/graph"
)

// An Encoder writes graphs as N-Quads to an output stream.
type Encoder struct {
	w    io.Writer
	base string
}

// NewEncoder returns an encoder that writes to w under DefaultBase.
func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{w: w, base: DefaultBase}
}

// SetBase sets the base IRI under which the encoder mints IRIs. It must be
// an absolute IRI without a fragment; Encode reports it if it is not.
func (e *Encoder) SetBase(iri string) {
	e.base = iri
}

// Encode writes g. It checks the whole graph before writing anything, and
// fails when the base, a SameAs IRI or a predicate cannot be written as an
// IRI, or when a string is not valid UTF-8, which N-Quads cannot hold.
func (e *Encoder) Encode(g *graph.Graph) error {
	v, err := newIRIs(e.base)
	if err != nil {
		return fmt.Errorf("nquads: %w", err)
	}
	var ls lines
	for _, ent := range g.Entities() {
		if err := ls.addEntity(v.mint(kindEntity, ent.ID), span{}, ent, true); err != nil {
			return fmt.Errorf("nquads: entity %q: %w", ent.ID, err)
		}
	}
	for _, d := range g.Documents() {
		if err := ls.addDocument(v, d); err != nil {
			return fmt.Errorf("nquads: article %q: %w", d.Article.ID, err)
		}
	}

	ls.sort()
	bw := bufio.NewWriter(e.w)
	ls.write(bw)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("nquads: %w", err)
	}
	return nil
}

// vocabularyTerms holds the N-Quads forms of the fixed IRIs of the
// vocabulary; it is never written after package initialisation.
var vocabularyTerms = func() map[quad.IRI]string {
	m := make(map[quad.IRI]string)
	for _, iri := range vocabulary {
		b, err := appendTerm(nil, iri)
		if err != nil {
			panic(err)
		}
		m[iri] = string(b)
	}
	return m
}()

// nameAndType returns the type and name of ent, the two properties each
// article's graph repeats.
func nameAndType(ent *graph.Entity) [2]prop {
	t, ok := typeIRIs[ent.Type]
	if !ok {
		t = quad.IRI(schemaNS + string(ent.Type))
	}
	return [2]prop{{rdfType, t}, {rdfsLabel, quad.String(ent.Name)}}
}

// typeIRIs maps each entity type to its schema.org IRI; it is never
// written after package initialisation.
var typeIRIs = func() map[graph.EntityType]quad.IRI {
	m := make(map[graph.EntityType]quad.IRI)
	for _, t := range graph.EntityTypes {
		m[t] = quad.IRI(schemaNS + string(t))
	}
	return m
}()

func (ls *lines) addDocument(v *iris, d graph.Document) error {
	a := d.Article
	label := v.mint(kindGraph, a.ID)
	props := []prop{{rdfType, schemaNewsArticle}}
	props = appendString(props, schemaHeadline, a.Title)
	props = appendString(props, schemaText, a.Text)
	if isDate(a.Date) {
		props = append(props, prop{schemaDate, quad.TypedString{Value: quad.String(a.Date), Type: xsdDate}})
	} else {
		props = appendString(props, schemaDate, a.Date)
	}
	if isURL(a.Source) {
		props = append(props, prop{schemaURL, quad.IRI(a.Source)})
	} else {
		props = appendString(props, v.source, a.Source)
	}
	for _, id := range d.Mentions {
		props = append(props, prop{schemaMentions, v.mint(kindEntity, id)})
	}
	if err := ls.add(v.mint(kindArticle, a.ID), label, props...); err != nil {
		return err
	}
	// The names of the entities beside the claims, for queries that stay
	// inside the article's graph.
	lab, err := ls.appendIRI(label) // one term for the label of every entity's lines
	if err != nil {
		return err
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		if err := ls.addEntity(v.mint(kindEntity, e.ID), lab, e, false); err != nil {
			return fmt.Errorf("entity %q: %w", e.ID, err)
		}
	}
	chars := newCharIndex(a.Text)
	for _, c := range d.Claims {
		if err := ls.addClaim(v, c, label, chars); err != nil {
			return fmt.Errorf("claim %s: %w", c.ID(), err)
		}
	}
	return nil
}

func (ls *lines) addClaim(v *iris, c graph.Claim, label quad.IRI, chars *charIndex) error {
	// graph.Predicate.Valid also accepts spellings such as "Accused";
	// only the exact vocabulary maps to IRIs that decode back.
	if !slices.Contains(graph.Predicates, c.Predicate) {
		return fmt.Errorf("predicate %q is not in the vocabulary", c.Predicate)
	}
	subj, obj, pred := v.mint(kindEntity, c.Subject), v.mint(kindEntity, c.Object), quad.IRI(v.ns+string(c.Predicate))
	if err := ls.add(subj, label, prop{pred, obj}); err != nil {
		return err
	}
	integer := func(n int) quad.Value {
		return quad.TypedString{Value: quad.String(strconv.Itoa(n)), Type: xsdInteger}
	}
	props := []prop{
		{rdfType, v.claim},
		{rdfType, rdfStatement},
		{rdfSubject, subj},
		{rdfPredicate, pred},
		{rdfObject, obj},
		{v.start, integer(c.Start)},
		{v.end, integer(c.End)},
		{v.charStart, integer(chars.count(c.Start))},
		{v.charEnd, integer(chars.count(c.End))},
		{v.confidence, quad.TypedString{Value: quad.String(formatDouble(c.Confidence)), Type: xsdDouble}},
		{provQuotedFrom, v.mint(kindArticle, c.Article)},
	}
	props = appendString(props, v.evidence, c.Evidence)
	props = appendString(props, v.verb, c.Verb)
	props = appendString(props, v.cameo, c.CAMEO)
	return ls.add(v.mint(kindClaim, c.ID()), label, props...)
}

// appendString adds a string property unless it is empty: an absent
// property decodes to "" just as well, and keeps the file small.
func appendString(props []prop, p quad.IRI, s string) []prop {
	if s == "" {
		return props
	}
	return append(props, prop{p, quad.String(s)})
}

// isDate reports whether s is a date as YYYY-MM-DD, and so a valid
// xsd:date. Other dates are kept as plain strings rather than written as
// ill-typed literals.
func isDate(s string) bool {
	t, err := time.Parse(time.DateOnly, s)
	return err == nil && t.Format(time.DateOnly) == s
}

// isURL reports whether a source is a web address that can be written as
// an IRI.
func isURL(s string) bool {
	return (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")) && checkIRI(s) == nil
}

// formatDouble returns the XSD canonical form of f, such as "9.5E-1" or
// "1.0E0". Go's shortest 'E' formatting gives the digits that parse back
// to exactly f; XSD wants at least one fractional digit and a bare
// exponent.
func formatDouble(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "INF"
	case math.IsInf(f, -1):
		return "-INF"
	}
	mant, exp, _ := strings.Cut(strconv.FormatFloat(f, 'E', -1, 64), "E")
	if !strings.Contains(mant, ".") {
		mant += ".0"
	}
	n, _ := strconv.Atoi(exp) // FormatFloat writes a valid exponent
	return mant + "E" + strconv.Itoa(n)
}
