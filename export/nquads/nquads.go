// Package nquads reads and writes a knowledge graph as RDF 1.1 N-Quads
// (https://www.w3.org/TR/n-quads/): the on-disk form of a [graph.Graph].
//
// The mapping is lossless. Decoding a file that Encode wrote gives a graph
// equal in content to the one encoded (article texts included), and
// encoding that graph again gives the same bytes.
//
// # IRIs
//
// Every IRI is minted under a base B, [DefaultBase] unless
// [Encoder.SetBase] says otherwise:
//
//	B+"entity/"+ID   an entity
//	B+"article/"+ID  an article
//	B+"graph/"+ID    the named graph that holds an article and its claims
//	B+"claim/"+ID    a claim; its ID is [graph.Claim.ID]
//	B+"ns#"          the newskg vocabulary, [NS] under the default base
//
// An ID is written as one path segment. ASCII letters, digits and "-._~"
// stay as they are, and so do non-ASCII characters that RFC 3987 allows
// (ucschar) other than white space; every other byte, "%" included,
// becomes %XX. "a b/c" becomes "a%20b%2Fc" and "Київ" stays "Київ". The
// mapping is one to one, so every ID, even one that is not UTF-8, comes
// back unchanged. The dgraph package escapes its xids by the same rule,
// so that an xid is the IRI with the base cut off.
//
// # Vocabulary
//
// With rdf, rdfs, schema (http://schema.org/), prov
// (http://www.w3.org/ns/prov#) and xsd the usual namespaces and ns: B+"ns#",
// entities live in the default graph:
//
//	<entity> rdf:type schema:Person | schema:Organization | schema:Country | schema:Place | schema:Event
//	<entity> rdfs:label "Name"
//	<entity> schema:alternateName "alias"        one per alias
//	<entity> schema:sameAs <IRI>                 one per SameAs IRI
//
// Each article lives, with its claims, in its own graph <B graph/ID>.
// That graph also repeats the type and name of every entity the article
// mentions,
//
//	<entity> rdf:type schema:Person | ...
//	<entity> rdfs:label "Name"
//
// so that a SPARQL query that keeps its whole pattern inside GRAPH ?g { }
// finds the names beside the claims. Engines disagree on what the default
// graph of a query over N-Quads is (Oxigraph: the file's default graph;
// rdflib's Dataset: neither that nor the union), and only such a query
// gives the same answer in both. The article's graph holds:
//
//	<article> rdf:type schema:NewsArticle
//	<article> schema:headline "Title"
//	<article> schema:datePublished "2023-05-04"^^xsd:date   a plain string if Date is not YYYY-MM-DD
//	<article> schema:url <Source>                           if Source is an http(s) IRI
//	<article> ns:source "Source"                            otherwise
//	<article> schema:text "Text"
//	<article> schema:mentions <entity>                      one per [graph.Graph.Mentions]
//
// A claim is written twice in its article's graph: as a plain quad, for
// simple queries,
//
//	<subject entity> ns:accused <object entity>
//
// whose predicate's local name is exactly the [graph.Predicate]
// (ns:affiliated_with, ...), and as a node that carries its provenance:
//
//	<claim> rdf:type ns:Claim, rdf:Statement
//	<claim> rdf:subject <subject entity>
//	<claim> rdf:predicate ns:accused
//	<claim> rdf:object <object entity>
//	<claim> ns:evidence "supporting sentence"
//	<claim> ns:start "42"^^xsd:integer       byte offsets into the UTF-8 text
//	<claim> ns:end "97"^^xsd:integer
//	<claim> ns:charStart "40"^^xsd:integer   the same in characters (code points)
//	<claim> ns:charEnd "95"^^xsd:integer
//	<claim> ns:verb "blamed"
//	<claim> ns:cameo "112"
//	<claim> ns:confidence "9.0E-1"^^xsd:double   XSD canonical form
//	<claim> prov:wasQuotedFrom <article>
//
// Byte offsets are what Go, Rust and a byte-oriented reader of the UTF-8
// file need; SPARQL's string functions count characters, so
// SUBSTR(?text, ?charStart + 1, ?charEnd - ?charStart) is the evidence
// (in rdflib and Oxigraph alike).
//
// Empty strings (no title, no CAMEO code, ...) are not written. There are
// no blank nodes.
//
// # Output
//
// Quads are sorted by graph label (the default graph first), then subject,
// predicate and object, comparing their N-Quads forms byte by byte, and
// written once each, so output depends only on the graph's content.
// Literals escape more than the grammar requires, for the sake of the
// consumers we test against: see appendLiteral.
//
// # Input
//
// The Decoder reads any N-Quads file. It takes entities from the default
// graph and skips their copies in the articles' graphs; it skips
// ns:charStart and ns:charEnd, which follow from the byte offsets. Quads about nodes other than the
// entities, articles and claims under the base, and quads whose predicate
// is not in the vocabulary, are skipped, so that files other tools
// annotated still load. Every other quad must follow the mapping above.
// In particular a claim node's IRI must be the ID of what it says, and it
// must come with its plain quad, so that a hand-edited claim is reported
// rather than silently given another identity. Errors about the input are
// *ParseError values that name the line.
package nquads

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/newskg/newskg/export/internal/segment"
	"github.com/newskg/newskg/graph"
)

// DefaultBase is the base IRI of an Encoder on which SetBase was not
// called.
const DefaultBase = "https://newskg.example/"

// NS is the namespace of the newskg vocabulary under DefaultBase. Under
// another base B it is B+"ns#".
const NS = DefaultBase + "ns#"

// Namespaces of the standard vocabularies that the mapping uses.
const (
	rdfNS    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	rdfsNS   = "http://www.w3.org/2000/01/rdf-schema#"
	schemaNS = "http://schema.org/"
	provNS   = "http://www.w3.org/ns/prov#"
	xsdNS    = "http://www.w3.org/2001/XMLSchema#"
)

// The standard terms, written in full: quad's voc packages hold prefixed
// forms such as "rdf:type", which are not IRIs to any other tool.
const (
	rdfType           quad.IRI = rdfNS + "type"
	rdfStatement      quad.IRI = rdfNS + "Statement"
	rdfSubject        quad.IRI = rdfNS + "subject"
	rdfPredicate      quad.IRI = rdfNS + "predicate"
	rdfObject         quad.IRI = rdfNS + "object"
	rdfsLabel         quad.IRI = rdfsNS + "label"
	schemaNewsArticle quad.IRI = schemaNS + "NewsArticle"
	schemaAltName     quad.IRI = schemaNS + "alternateName"
	schemaSameAs      quad.IRI = schemaNS + "sameAs"
	schemaHeadline    quad.IRI = schemaNS + "headline"
	schemaDate        quad.IRI = schemaNS + "datePublished"
	schemaText        quad.IRI = schemaNS + "text"
	schemaURL         quad.IRI = schemaNS + "url"
	schemaMentions    quad.IRI = schemaNS + "mentions"
	provQuotedFrom    quad.IRI = provNS + "wasQuotedFrom"
	xsdString         quad.IRI = xsdNS + "string"
	xsdInteger        quad.IRI = xsdNS + "integer"
	xsdDouble         quad.IRI = xsdNS + "double"
	xsdDate           quad.IRI = xsdNS + "date"
)

// vocabulary lists the fixed IRIs above and the types of entities.
var vocabulary = func() []quad.IRI {
	v := []quad.IRI{rdfType, rdfStatement, rdfSubject, rdfPredicate, rdfObject, rdfsLabel,
		schemaNewsArticle, schemaAltName, schemaSameAs, schemaHeadline, schemaDate, schemaText,
		schemaURL, schemaMentions, provQuotedFrom, xsdString, xsdInteger, xsdDouble, xsdDate}
	for _, t := range graph.EntityTypes {
		v = append(v, quad.IRI(schemaNS+string(t)))
	}
	return v
}()

// Kinds of minted IRIs: the path segment before the ID.
const (
	kindEntity  = "entity"
	kindArticle = "article"
	kindGraph   = "graph"
	kindClaim   = "claim"
)

// iris mints the IRIs under one base and recognises them.
type iris struct {
	base string
	ns   string

	claim, source, evidence, start, end, charStart, charEnd, verb, cameo, confidence quad.IRI

	// t holds the N-Quads forms of the IRIs above, and of the kinds'
	// prefixes, for the encoder to copy: valid, as every IRI minted
	// under a valid base without a fragment is.
	t struct {
		claim, source, evidence, start, end, charStart, charEnd, verb, cameo, confidence string
		// entity, article, graph and claimNode are "<"+base+kind+"/".
		entity, article, graph, claimNode string
		// predicates are the terms of graph.Predicates, in order.
		predicates []string
	}
}

func newIRIs(base string) (*iris, error) {
	if err := checkIRI(base); err != nil {
		return nil, fmt.Errorf("base %q: %w", base, err)
	}
	// The vocabulary lives in the fragment B+"ns#"; a base with a
	// fragment of its own would give IRIs with two.
	if strings.Contains(base, "#") {
		return nil, fmt.Errorf("base %q has a fragment", base)
	}
	ns := base + "ns#"
	v := &iris{
		base: base, ns: ns,
		claim: quad.IRI(ns + "Claim"), source: quad.IRI(ns + "source"),
		evidence: quad.IRI(ns + "evidence"), start: quad.IRI(ns + "start"), end: quad.IRI(ns + "end"),
		charStart: quad.IRI(ns + "charStart"), charEnd: quad.IRI(ns + "charEnd"),
		verb: quad.IRI(ns + "verb"), cameo: quad.IRI(ns + "cameo"), confidence: quad.IRI(ns + "confidence"),
	}
	t := &v.t
	for _, x := range []struct {
		term *string
		iri  quad.IRI
	}{{&t.claim, v.claim}, {&t.source, v.source}, {&t.evidence, v.evidence}, {&t.start, v.start}, {&t.end, v.end},
		{&t.charStart, v.charStart}, {&t.charEnd, v.charEnd}, {&t.verb, v.verb}, {&t.cameo, v.cameo}, {&t.confidence, v.confidence}} {
		*x.term = "<" + string(x.iri) + ">"
	}
	t.entity, t.article, t.graph, t.claimNode = "<"+base+kindEntity+"/", "<"+base+kindArticle+"/", "<"+base+kindGraph+"/", "<"+base+kindClaim+"/"
	for _, p := range graph.Predicates {
		t.predicates = append(t.predicates, "<"+ns+string(p)+">")
	}
	for _, term := range append([]string{t.claim, t.source, t.evidence, t.start, t.end, t.charStart, t.charEnd, t.verb, t.cameo, t.confidence}, t.predicates...) {
		if err := checkIRI(term[1 : len(term)-1]); err != nil {
			return nil, fmt.Errorf("base %q: IRI %s: %w", base, term, err)
		}
	}
	return v, nil
}

// mint returns the IRI of the node of the given kind and ID.
func (v *iris) mint(kind, id string) quad.IRI {
	return quad.IRI(v.base + kind + "/" + segment.Escape(id))
}

// parse returns the kind and ID of an IRI minted under the base, or kind
// "" when iri is not one.
func (v *iris) parse(iri quad.IRI) (kind, id string, err error) {
	rest, ok := strings.CutPrefix(string(iri), v.base)
	if !ok {
		return "", "", nil
	}
	kind, seg, ok := strings.Cut(rest, "/")
	switch {
	case !ok:
		return "", "", nil
	case kind != kindEntity && kind != kindArticle && kind != kindGraph && kind != kindClaim:
		return "", "", nil
	}
	id, err = segment.Unescape(seg)
	return kind, id, err
}

// checkIRI reports why s cannot be written as an IRIREF that our
// consumers read back, if it cannot: s must be an absolute IRI made only
// of the characters RFC 3987 allows, with well-formed percent escapes. It
// also rejects Unicode white space, which RFC 3987 allows but rdflib does
// not.
func checkIRI(s string) error {
	if plainIRI(s) {
		return nil // most IRIs, read in one pass over their bytes
	}
	return checkIRIRunes(s)
}

// plainIRI reports whether s is an IRI of ASCII alone that checkIRI
// accepts. It reads s a byte at a time, with a table, where
// checkIRIRunes decodes runes and searches the reserved characters for
// each: a build checks every IRI it writes, of every article's quads.
// It answers false for what it does not accept at once, which
// checkIRIRunes then reads closely and says why.
func plainIRI(s string) bool {
	hashes := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case iriASCII[c]:
		case c == '%':
			if i+2 >= len(s) || !segment.IsHex(s[i+1]) || !segment.IsHex(s[i+2]) {
				return false
			}
		case c == '#':
			hashes++
		default:
			return false
		}
	}
	scheme, _, ok := strings.Cut(s, ":")
	return hashes <= 1 && ok && validScheme(scheme)
}

// iriASCII marks the ASCII characters that checkIRI allows anywhere in
// an IRI, other than '%', which must open an escape, and '#', which may
// stand once.
var iriASCII = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c != '%' && c != '#' && (segment.Plain(rune(c)) || strings.ContainsRune(iriReserved, rune(c)))
	}
	return t
}()

// iriReserved are the ASCII characters an IRI may hold besides those
// segment.Plain allows.
const iriReserved = ":/?#[]@!$&'()*+,;="

// checkIRIRunes is checkIRI, rune by rune.
func checkIRIRunes(s string) error {
	if !utf8.ValidString(s) {
		return errors.New("not valid UTF-8")
	}
	scheme, _, ok := strings.Cut(s, ":")
	if !ok || !validScheme(scheme) {
		return errors.New("not an absolute IRI")
	}
	if strings.Count(s, "#") > 1 {
		return errors.New("more than one #")
	}
	for i, r := range s {
		switch {
		case r == '%':
			if i+2 >= len(s) || !segment.IsHex(s[i+1]) || !segment.IsHex(s[i+2]) {
				return errors.New("bad percent escape")
			}
		case r < utf8.RuneSelf:
			if !segment.Plain(r) && !strings.ContainsRune(iriReserved, r) {
				return fmt.Errorf("character %q not allowed", r)
			}
		case !segment.Plain(r):
			return fmt.Errorf("character %U not allowed", r)
		}
	}
	return nil
}

func validScheme(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		if !letter && (i == 0 || !('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return s != ""
}

// appendLiteral appends s, which must be valid UTF-8, as an N-Quads
// STRING_LITERAL_QUOTE.
//
// The grammar only requires escaping `"`, `\`, LF and CR. We also escape
// every other C0 and C1 control, DEL, and U+2028 and U+2029, which some
// line-oriented tools take for line ends. Apart from \t \n \r and \" all
// escapes are \u with upper-case hex: rdflib 6.1 knows no \b or \f and,
// when validating, no lower-case hex. A backslash is written as \u005C,
// not \\, because rdflib 6.1 undoes escapes one kind after another, so
// that the text `\n` written as `\\n` would come back as a backslash and
// a newline.
func appendLiteral(b []byte, s string) []byte {
	b = append(b, '"')
	// Runs of printable ASCII other than the quote and the backslash,
	// most of any text, go as they are, at once; the rest rune by rune.
	for i := 0; i < len(s); {
		j := i + plainPrefix(s[i:])
		b = append(b, s[i:j]...)
		if j == len(s) {
			break
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		b = appendLiteralRune(b, r)
		i = j + n
	}
	return append(b, '"')
}

// literalPlain marks the bytes appendLiteral writes as they are: printable
// ASCII other than '"' and '\\'.
var literalPlain = func() (t [256]bool) {
	for c := 0x20; c < 0x7F; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// plainPrefix returns the number of literalPlain bytes s starts with. It
// tests eight bytes at a time while none is another byte, as in most of
// an article's text: builds spent about 1% of their instructions testing
// the bytes of the literals one by one.
func plainPrefix(s string) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	n := 0
	for ; len(s)-n >= 8; n += 8 {
		t := s[n : n+8]
		w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		// The high bit of a byte of each term is set when that byte, in
		// turn, is below 0x20, above 0x7E, '"' or '\\' (and sometimes in
		// the bytes after such a byte, which is no matter: the word is
		// then read byte by byte).
		quote, backslash := w^('"'*ones), w^('\\'*ones)
		if ((w-0x20*ones)&^w|(w+ones)|w|(quote-ones)&^quote|(backslash-ones)&^backslash)&highs != 0 {
			break
		}
	}
	for n < len(s) && literalPlain[s[n]] {
		n++
	}
	return n
}

// appendLiteralRune appends r as appendLiteral writes it.
func appendLiteralRune(b []byte, r rune) []byte {
	switch {
	case r == '"':
		return append(b, `\"`...)
	case r == '\n':
		return append(b, `\n`...)
	case r == '\r':
		return append(b, `\r`...)
	case r == '\t':
		return append(b, `\t`...)
	case r == '\\' || r < 0x20 || 0x7F <= r && r <= 0x9F || r == 0x2028 || r == 0x2029:
		return fmt.Appendf(b, `\u%04X`, r)
	}
	return utf8.AppendRune(b, r)
}

// appendTerm appends the N-Quads form of an IRI or literal, checking that
// it is one that our consumers read back.
func appendTerm(b []byte, v quad.Value) ([]byte, error) {
	switch v := v.(type) {
	case quad.IRI:
		if err := checkIRI(string(v)); err != nil {
			return nil, fmt.Errorf("IRI %q: %w", string(v), err)
		}
		b = append(b, '<')
		b = append(b, v...)
		return append(b, '>'), nil
	case quad.String:
		if !utf8.ValidString(string(v)) {
			return nil, fmt.Errorf("string %q is not valid UTF-8", string(v))
		}
		return appendLiteral(b, string(v)), nil
	case quad.TypedString:
		b, err := appendTerm(b, v.Value)
		if err != nil {
			return nil, err
		}
		return appendTerm(append(b, "^^"...), v.Type)
	}
	return nil, fmt.Errorf("cannot write %T", v)
}
