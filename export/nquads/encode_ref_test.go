package nquads

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newskg/newskg/graph"
)

// addDocumentRef, addClaimRef and addEntityRef are addDocument,
// addClaim and addEntity as they were before they wrote terms straight
// into the buffer: every term through quad.Value and appendTerm,
// checked, and every minted IRI a string of its own. FuzzAddDocument
// compares the two.
func (ls *lines) addDocumentRef(v *iris, d graph.Document) error {
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
	lab, err := ls.appendIRI(label)
	if err != nil {
		return err
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		if err := ls.addEntityRef(v.mint(kindEntity, e.ID), lab, e, false); err != nil {
			return fmt.Errorf("entity %q: %w", e.ID, err)
		}
	}
	chars := newCharIndex(a.Text)
	for _, c := range d.Claims {
		if err := ls.addClaimRef(v, c, label, chars); err != nil {
			return fmt.Errorf("claim %s: %w", c.ID(), err)
		}
	}
	return nil
}

func (ls *lines) addClaimRef(v *iris, c graph.Claim, label quad.IRI, chars *charIndex) error {
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

func (ls *lines) addEntityRef(s quad.IRI, lab span, ent *graph.Entity, all bool) error {
	subj, err := ls.appendIRI(s)
	if err != nil {
		return err
	}
	t, ok := typeIRIs[ent.Type]
	if !ok {
		t = quad.IRI(schemaNS + string(ent.Type))
	}
	if err := ls.addIRIPropRef(subj, lab, rdfType, t); err != nil {
		return err
	}
	if err := ls.addStringPropRef(subj, lab, rdfsLabel, ent.Name); err != nil {
		return err
	}
	if !all {
		return nil
	}
	for _, a := range ent.Aliases {
		if err := ls.addStringPropRef(subj, lab, schemaAltName, a); err != nil {
			return err
		}
	}
	for _, iri := range ent.SameAs {
		if err := ls.addIRIPropRef(subj, lab, schemaSameAs, quad.IRI(iri)); err != nil {
			return err
		}
	}
	return nil
}

// appendString adds a string property unless it is empty.
func appendString(props []prop, p quad.IRI, s string) []prop {
	if s == "" {
		return props
	}
	return append(props, prop{p, quad.String(s)})
}

func (ls *lines) addIRIPropRef(subj, lab span, p, o quad.IRI) error {
	pred, err := ls.appendIRI(p)
	if err != nil {
		return err
	}
	obj, err := ls.appendIRI(o)
	if err != nil {
		return err
	}
	ls.ls = append(ls.ls, line{subj, pred, obj, lab})
	return nil
}

func (ls *lines) addStringPropRef(subj, lab span, p quad.IRI, o string) error {
	pred, err := ls.appendIRI(p)
	if err != nil {
		return err
	}
	obj, err := ls.appendString(o)
	if err != nil {
		return err
	}
	ls.ls = append(ls.ls, line{subj, pred, obj, lab})
	return nil
}

// FuzzAddDocument checks that addDocument writes the lines that
// addDocumentRef writes, and fails where it fails, with the same error.
func FuzzAddDocument(f *testing.F) {
	f.Add("world/1", "Title", "A accused B of fraud.", "2023-05-04", "https://bbc.co.uk/x", "a b", "Київ", "Name", "person", "accused", 0, 9, 0.9, "ev", "accused", "112", "urn:x:kg/")
	f.Add("статья 1/2", "Title\\", "Back\\slash \x00 end.", "May 2023", "BBC", "100%", "bad\xffutf8", "N\u2028", "Event", "affiliated_with", 5, 2, 1.0, "", "", "", "")
	f.Add("x", "", "", "", "", "a", "a", "", "Country", "Accused", -1, 100, -0.0, "\xff", "v", "c", "")
	f.Fuzz(func(t *testing.T, id, title, text, date, source, e1, e2, name, typ, pred string, start, end int, conf float64,
		evidence, verb, cameo, base string) {
		v, err := newIRIs(cmp.Or(base, DefaultBase))
		if err != nil {
			return
		}
		ents := []graph.Entity{{ID: e1, Name: name, Type: graph.EntityType(typ)}, {ID: e2, Name: name + "2", Type: graph.Person}}
		d := graph.Document{
			Article:  graph.Article{ID: id, Title: title, Text: text, Date: date, Source: source},
			Entities: ents,
			Mentions: []string{e1, e2},
			Claims: []graph.Claim{
				{Subject: e1, Predicate: graph.Predicate(pred), Object: e2, Article: id, Start: start, End: end,
					Confidence: conf, Evidence: evidence, Verb: verb, CAMEO: cameo},
				{Subject: e2, Predicate: graph.Criticized, Object: e1, Article: id + "x", Start: end, End: start, Confidence: 0.5},
			},
		}
		var got, want lines
		gerr, werr := got.addDocument(v, d), want.addDocumentRef(v, d)
		if (gerr == nil) != (werr == nil) || gerr != nil && gerr.Error() != werr.Error() {
			t.Fatalf("addDocument: %v; addDocumentRef: %v", gerr, werr)
		}
		if gerr != nil {
			return
		}
		var gb, wb bytes.Buffer
		got.sort()
		got.write(&gb)
		want.sort()
		want.write(&wb)
		if !bytes.Equal(gb.Bytes(), wb.Bytes()) {
			t.Fatalf("addDocument wrote\n%s\naddDocumentRef wrote\n%s", gb.Bytes(), wb.Bytes())
		}
	})
}
