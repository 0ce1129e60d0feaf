package nquads

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/newskg/newskg/export/internal/segment"
	"github.com/newskg/newskg/graph"
)

// lines holds quads as the N-Quads forms of their terms, written back to
// back in one buffer: an article has hundreds of quads, and a string for
// each term was most of what a build allocated.
type lines struct {
	buf []byte
	ls  []line
	out []byte // write's line, reused
	// runs and tmp are sort's, reused: the runs of lines of one node,
	// and the lines in order.
	runs []span
	tmp  []line
}

// line is one quad: where its subject, predicate, object and graph label
// lie in lines.buf. An empty label is the default graph.
type line [4]span

type span struct{ off, end int }

// prop is one predicate and object of a node.
type prop struct {
	p quad.IRI
	o quad.Value
}

func (ls *lines) reset() {
	ls.buf, ls.ls = ls.buf[:0], ls.ls[:0]
}

func (ls *lines) term(s span) []byte { return ls.buf[s.off:s.end] }

// appendTerm encodes t at the end of the buffer and returns where it lies.
func (ls *lines) appendTerm(t quad.Value) (span, error) {
	off := len(ls.buf)
	if iri, ok := t.(quad.IRI); ok {
		return ls.appendIRI(iri)
	}
	b, err := appendTerm(ls.buf, t)
	if err != nil {
		return span{}, err
	}
	ls.buf = b
	return span{off, len(b)}, nil
}

// appendIRI is appendTerm for an IRI, without boxing it in a quad.Value.
// The vocabulary's own IRIs, on most lines, were checked once for all.
func (ls *lines) appendIRI(iri quad.IRI) (span, error) {
	off := len(ls.buf)
	if s, ok := vocabularyTerms[iri]; ok {
		ls.buf = append(ls.buf, s...)
		return span{off, len(ls.buf)}, nil
	}
	if err := checkIRI(string(iri)); err != nil {
		return span{}, fmt.Errorf("IRI %q: %w", string(iri), err)
	}
	ls.buf = append(append(append(ls.buf, '<'), iri...), '>')
	return span{off, len(ls.buf)}, nil
}

// appendRaw appends a term already in N-Quads form and known to be
// valid: a term of the vocabulary, or one of those iris holds.
func (ls *lines) appendRaw(term string) span {
	off := len(ls.buf)
	ls.buf = append(ls.buf, term...)
	return span{off, len(ls.buf)}
}

// appendMinted appends the IRI of the node whose kind's prefix is px
// (one of v.t's, "<"+base+kind+"/") and whose ID is id: what
// appendIRI(v.mint(kind, id)) appends, without the string mint makes
// or the check, which every minted IRI passes (FuzzEscapeID).
func (ls *lines) appendMinted(px, id string) span {
	off := len(ls.buf)
	ls.buf = append(append(append(ls.buf, px...), segment.Escape(id)...), '>')
	return span{off, len(ls.buf)}
}

// appendInteger appends n as an xsd:integer literal.
func (ls *lines) appendInteger(n int) span {
	off := len(ls.buf)
	ls.buf = append(strconv.AppendInt(append(ls.buf, '"'), int64(n), 10), termIntegerType...)
	return span{off, len(ls.buf)}
}

// termIntegerType ends an xsd:integer literal, after its digits.
const termIntegerType = `"^^<` + string(xsdInteger) + ">"

// push adds the quad of the terms at s, p, o and g.
func (ls *lines) push(s, p, o, g span) {
	ls.ls = append(ls.ls, line{s, p, o, g})
}

// appendString is appendTerm for a string literal, without boxing it in
// a quad.Value.
func (ls *lines) appendString(s string) (span, error) {
	if !utf8.ValidString(s) {
		return span{}, fmt.Errorf("string %q is not valid UTF-8", s)
	}
	off := len(ls.buf)
	ls.buf = appendLiteral(ls.buf, s)
	return span{off, len(ls.buf)}, nil
}

// addEntity adds the quads that give the entity node whose term is subj
// the type and name of ent and, when all is set, its aliases and sameAs
// IRIs, in the graph label whose term is lab (the zero span for the
// default graph): what add adds of those properties, without a list of
// them boxed in quad.Values. Each article's graph names its entities,
// and the default graph holds all their aliases: most lines a build
// writes.
func (ls *lines) addEntity(subj, lab span, ent *graph.Entity, all bool) error {
	typ := ls.appendRaw(termRDFType)
	if t, ok := typeTerms[ent.Type]; ok {
		ls.push(subj, typ, ls.appendRaw(t), lab)
	} else {
		obj, err := ls.appendIRI(quad.IRI(schemaNS + string(ent.Type)))
		if err != nil {
			return err
		}
		ls.push(subj, typ, obj, lab)
	}
	if err := ls.addStringProp(subj, lab, termRDFSLabel, ent.Name); err != nil {
		return err
	}
	if !all {
		return nil
	}
	for _, a := range ent.Aliases {
		if err := ls.addStringProp(subj, lab, termAltName, a); err != nil {
			return err
		}
	}
	for _, iri := range ent.SameAs {
		if err := ls.addIRIProp(subj, lab, termSameAs, quad.IRI(iri)); err != nil {
			return err
		}
	}
	return nil
}

// addIRIProp adds the quad of subject subj, predicate p (a term, as
// appendRaw takes) and IRI o, in graph label lab.
func (ls *lines) addIRIProp(subj, lab span, p string, o quad.IRI) error {
	pred := ls.appendRaw(p)
	obj, err := ls.appendIRI(o)
	if err != nil {
		return err
	}
	ls.push(subj, pred, obj, lab)
	return nil
}

// addStringProp adds the quad of subject subj, predicate p (a term, as
// appendRaw takes) and string o, in graph label lab.
func (ls *lines) addStringProp(subj, lab span, p string, o string) error {
	pred := ls.appendRaw(p)
	obj, err := ls.appendString(o)
	if err != nil {
		return err
	}
	ls.push(subj, pred, obj, lab)
	return nil
}

// add adds the quads that give node s the properties props, in the graph
// label (nil for the default graph).
func (ls *lines) add(s quad.IRI, label quad.Value, props ...prop) error {
	// The subject and label are the same on every line: each is encoded
	// once.
	subj, err := ls.appendIRI(s)
	if err != nil {
		return err
	}
	var lab span
	if label != nil {
		if lab, err = ls.appendTerm(label); err != nil {
			return err
		}
	}
	for _, p := range props {
		pred, err := ls.appendIRI(p.p)
		if err != nil {
			return err
		}
		obj, err := ls.appendTerm(p.o)
		if err != nil {
			return err
		}
		ls.ls = append(ls.ls, line{subj, pred, obj, lab})
	}
	return nil
}

// sort puts lines in output order, by graph label and then by subject,
// predicate and object, and drops repeats: two claims that differ only
// in their offsets share one plain quad.
//
// The lines of one node, which add and its kin write one after another
// and which share the spans of their label and subject, are sorted by
// themselves, by predicate and object, and then the runs of lines by
// label and subject: an article's lines are a few dozen runs, most of a
// handful of lines, and sorting them line by line compared the long
// common starts of their subjects over and over.
func (ls *lines) sort() {
	b := ls.buf
	term := func(s span) []byte { return b[s.off:s.end] }
	// Compares terms k of x and y, equal when they share their span.
	cmpTerm := func(x, y line, k int) int {
		if x[k] == y[k] {
			return 0
		}
		return bytes.Compare(term(x[k]), term(y[k]))
	}
	byPredObj := func(x, y line) int {
		if c := cmpTerm(x, y, 1); c != 0 {
			return c
		}
		return cmpTerm(x, y, 2)
	}
	if len(ls.ls) > maxRunSort {
		// A whole graph's lines (Encoder.Encode): sorted in place,
		// rather than copied in order.
		slices.SortFunc(ls.ls, func(x, y line) int {
			for _, k := range [...]int{3, 0, 1, 2} {
				if c := cmpTerm(x, y, k); c != 0 {
					return c
				}
			}
			return 0
		})
		ls.compact()
		return
	}
	ls.runs = ls.runs[:0]
	for i := 0; i < len(ls.ls); {
		j := i + 1
		for j < len(ls.ls) && ls.ls[j][0] == ls.ls[i][0] && ls.ls[j][3] == ls.ls[i][3] {
			j++
		}
		slices.SortFunc(ls.ls[i:j], byPredObj)
		ls.runs = append(ls.runs, span{i, j})
		i = j
	}
	node := func(x, y span) int {
		if c := cmpTerm(ls.ls[x.off], ls.ls[y.off], 3); c != 0 {
			return c
		}
		return cmpTerm(ls.ls[x.off], ls.ls[y.off], 0)
	}
	slices.SortFunc(ls.runs, node)
	sorted := ls.tmp[:0]
	for i := 0; i < len(ls.runs); {
		start := len(sorted)
		sorted = append(sorted, ls.ls[ls.runs[i].off:ls.runs[i].end]...)
		j := i + 1
		for ; j < len(ls.runs) && node(ls.runs[i], ls.runs[j]) == 0; j++ {
			// Another run of the same node (an entity named and also
			// the subject of a claim): its lines go among the first's.
			sorted = append(sorted, ls.ls[ls.runs[j].off:ls.runs[j].end]...)
		}
		if j > i+1 {
			slices.SortFunc(sorted[start:], byPredObj)
		}
		i = j
	}
	ls.ls, ls.tmp = sorted, ls.ls
	ls.compact()
}

// maxRunSort is the most lines that sort sorts run by run, through a
// copy of them: an article's lines are a few hundred.
const maxRunSort = 1 << 14

// compact drops the repeats of sorted lines.
func (ls *lines) compact() {
	ls.ls = slices.CompactFunc(ls.ls, func(x, y line) bool {
		for k := range x {
			if !bytes.Equal(ls.term(x[k]), ls.term(y[k])) {
				return false
			}
		}
		return true
	})
}

// statement appends l as "s p o" or "s p o g", without the final " .",
// to dst.
func (ls *lines) statement(dst []byte, l line) []byte {
	n := 4
	if l[3].end == l[3].off {
		n = 3
	}
	for i, s := range l[:n] {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, ls.term(s)...)
	}
	return dst
}

// appendTo appends sorted lines to dst.
func (ls *lines) appendTo(dst []byte) []byte {
	for _, l := range ls.ls {
		dst = append(ls.statement(dst, l), " .\n"...)
	}
	return dst
}

// write writes sorted lines.
func (ls *lines) write(w interface{ Write([]byte) (int, error) }) {
	for _, l := range ls.ls {
		ls.out = append(ls.statement(ls.out[:0], l), " .\n"...)
		w.Write(ls.out)
	}
}
