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
		if err := ls.addEntity(ls.appendMinted(v.t.entity, ent.ID), span{}, ent, true); err != nil {
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

// addDocument adds the quads of an article's graph, as the package
// comment lists them. Its terms are written straight into the buffer:
// the vocabulary's and the minted IRIs as they are (both valid by
// construction), literals checked as appendTerm checks them; the graph
// label is written once for every line.
func (ls *lines) addDocument(v *iris, d graph.Document) error {
	a := d.Article
	lab := ls.appendMinted(v.t.graph, a.ID)
	subj := ls.appendMinted(v.t.article, a.ID)
	ls.push(subj, ls.appendRaw(termRDFType), ls.appendRaw(termNewsArticle), lab)
	if err := ls.addOptString(subj, lab, termHeadline, a.Title); err != nil {
		return err
	}
	if err := ls.addOptString(subj, lab, termText, a.Text); err != nil {
		return err
	}
	if isDate(a.Date) {
		// YYYY-MM-DD: ASCII, which the literal holds as it is.
		off := len(ls.buf)
		ls.buf = append(append(append(ls.buf, '"'), a.Date...), termDateType...)
		obj := span{off, len(ls.buf)}
		ls.push(subj, ls.appendRaw(termDate), obj, lab)
	} else if err := ls.addOptString(subj, lab, termDate, a.Date); err != nil {
		return err
	}
	if isURL(a.Source) {
		if err := ls.addIRIProp(subj, lab, termURL, quad.IRI(a.Source)); err != nil {
			return err
		}
	} else if err := ls.addOptString(subj, lab, v.t.source, a.Source); err != nil {
		return err
	}
	if len(d.Mentions) > 0 {
		mentions := ls.appendRaw(termMentions)
		for _, id := range d.Mentions {
			ls.push(subj, mentions, ls.appendMinted(v.t.entity, id), lab)
		}
	}
	// The names of the entities beside the claims, for queries that stay
	// inside the article's graph.
	for i := range d.Entities {
		e := &d.Entities[i]
		if err := ls.addEntity(ls.appendMinted(v.t.entity, e.ID), lab, e, false); err != nil {
			return fmt.Errorf("entity %q: %w", e.ID, err)
		}
	}
	chars := newCharIndex(a.Text)
	for _, c := range d.Claims {
		if err := ls.addClaim(v, c, lab, chars); err != nil {
			return fmt.Errorf("claim %s: %w", c.ID(), err)
		}
	}
	return nil
}

// addOptString adds the quad of a string property unless the string is
// empty: an absent property decodes to "" just as well, and keeps the
// file small.
func (ls *lines) addOptString(subj, lab span, p string, s string) error {
	if s == "" {
		return nil
	}
	return ls.addStringProp(subj, lab, p, s)
}

func (ls *lines) addClaim(v *iris, c graph.Claim, lab span, chars *charIndex) error {
	// graph.Predicate.Valid also accepts spellings such as "Accused";
	// only the exact vocabulary maps to IRIs that decode back.
	k := slices.Index(graph.Predicates, c.Predicate)
	if k < 0 {
		return fmt.Errorf("predicate %q is not in the vocabulary", c.Predicate)
	}
	subj, obj, pred := ls.appendMinted(v.t.entity, c.Subject), ls.appendMinted(v.t.entity, c.Object), ls.appendRaw(v.t.predicates[k])
	ls.push(subj, pred, obj, lab)

	node := ls.appendMinted(v.t.claimNode, c.ID())
	typ := ls.appendRaw(termRDFType)
	ls.push(node, typ, ls.appendRaw(v.t.claim), lab)
	ls.push(node, typ, ls.appendRaw(termStatement), lab)
	ls.push(node, ls.appendRaw(termSubject), subj, lab)
	ls.push(node, ls.appendRaw(termPredicate), pred, lab)
	ls.push(node, ls.appendRaw(termObject), obj, lab)
	ls.push(node, ls.appendRaw(v.t.start), ls.appendInteger(c.Start), lab)
	ls.push(node, ls.appendRaw(v.t.end), ls.appendInteger(c.End), lab)
	ls.push(node, ls.appendRaw(v.t.charStart), ls.appendInteger(chars.count(c.Start)), lab)
	ls.push(node, ls.appendRaw(v.t.charEnd), ls.appendInteger(chars.count(c.End)), lab)
	// formatDouble writes ASCII that literals hold as it is.
	off := len(ls.buf)
	ls.buf = append(append(append(ls.buf, '"'), formatDouble(c.Confidence)...), termDoubleType...)
	conf := span{off, len(ls.buf)}
	ls.push(node, ls.appendRaw(v.t.confidence), conf, lab)
	ls.push(node, ls.appendRaw(termQuotedFrom), ls.appendMinted(v.t.article, c.Article), lab)
	if err := ls.addOptString(node, lab, v.t.evidence, c.Evidence); err != nil {
		return err
	}
	if err := ls.addOptString(node, lab, v.t.verb, c.Verb); err != nil {
		return err
	}
	return ls.addOptString(node, lab, v.t.cameo, c.CAMEO)
}

// The N-Quads forms of the vocabulary's terms that the encoder writes,
// and the ends of typed literals after their lexical forms.
const (
	termRDFType     = "<" + string(rdfType) + ">"
	termStatement   = "<" + string(rdfStatement) + ">"
	termSubject     = "<" + string(rdfSubject) + ">"
	termPredicate   = "<" + string(rdfPredicate) + ">"
	termObject      = "<" + string(rdfObject) + ">"
	termRDFSLabel   = "<" + string(rdfsLabel) + ">"
	termNewsArticle = "<" + string(schemaNewsArticle) + ">"
	termAltName     = "<" + string(schemaAltName) + ">"
	termSameAs      = "<" + string(schemaSameAs) + ">"
	termHeadline    = "<" + string(schemaHeadline) + ">"
	termDate        = "<" + string(schemaDate) + ">"
	termText        = "<" + string(schemaText) + ">"
	termURL         = "<" + string(schemaURL) + ">"
	termMentions    = "<" + string(schemaMentions) + ">"
	termQuotedFrom  = "<" + string(provQuotedFrom) + ">"
	termDateType    = `"^^<` + string(xsdDate) + ">"
	termDoubleType  = `"^^<` + string(xsdDouble) + ">"
)

// typeTerms maps each entity type to the N-Quads form of its schema.org
// IRI; it is never written after package initialisation.
var typeTerms = func() map[graph.EntityType]string {
	m := make(map[graph.EntityType]string)
	for t, iri := range typeIRIs {
		m[t] = vocabularyTerms[iri]
	}
	return m
}()

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
