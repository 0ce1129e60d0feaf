package dgraph

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newskg/newskg/export/internal/segment"
)

// This file holds a strict reader for the lines Encode writes. It takes
// what Dgraph's RDF lexer takes (chunker/rdf_state.go, lex/lexer.go and
// lex/iri.go in dgraph-io/dgraph), undoes escapes the way Dgraph does, with
// strconv.Unquote, and types unquoted facets as types/facets does. Where
// Dgraph is lenient and we never need it to be (spacing, language tags,
// escapes in IRIs, blank nodes, a fourth field) it rejects the line, so
// that a test fails if the encoder drifts from the form it documents.
//
//	line    = node " " pred " " object [" (" facet *(", " facet) ")"] " ."
//	node    = "<" kind "/" segment ">"
//	pred    = "<" name ">"
//	object  = node | literal ["^^<" xstype ">"]
//	facet   = key "=" (quoted | int | float | datetime)

// rdfLine is one parsed line.
type rdfLine struct {
	subject, predicate string // IRI contents, without brackets
	object             rdfTerm
	facets             []rdfFacet
}

// rdfTerm is an object: a node, or a literal with its Dgraph type.
type rdfTerm struct {
	node  string // IRI contents, when the object is a node
	value string // unescaped literal
	typ   string // "" for a plain string, else as written: "xs:int", ...
}

func (t rdfTerm) isNode() bool { return t.node != "" }

// Facet types, as Dgraph infers them.
const (
	facetString   = "string"
	facetInt      = "int"
	facetFloat    = "float"
	facetBool     = "bool"
	facetDateTime = "datetime"
)

type rdfFacet struct {
	key, typ string
	value    string // unescaped, for strings; as written, otherwise
}

// scanner walks a line byte by byte.
type scanner struct {
	s   string
	pos int
}

func (sc *scanner) errorf(format string, args ...any) error {
	return fmt.Errorf("column %d: %s", sc.pos, fmt.Sprintf(format, args...))
}

func (sc *scanner) expect(lit string) error {
	if !strings.HasPrefix(sc.s[sc.pos:], lit) {
		return sc.errorf("want %q, have %q", lit, truncate(sc.s[sc.pos:]))
	}
	sc.pos += len(lit)
	return nil
}

func (sc *scanner) peek() byte {
	if sc.pos >= len(sc.s) {
		return 0
	}
	return sc.s[sc.pos]
}

func truncate(s string) string {
	if len(s) > 20 {
		return s[:20] + "..."
	}
	return s
}

// parseLine parses one line, without its newline.
func parseLine(line string) (rdfLine, error) {
	var l rdfLine
	if !utf8.ValidString(line) {
		return l, errors.New("not UTF-8")
	}
	sc := &scanner{s: line}
	var err error
	if l.subject, err = sc.node(); err != nil {
		return l, fmt.Errorf("subject: %w", err)
	}
	if err := sc.expect(" "); err != nil {
		return l, err
	}
	if l.predicate, err = sc.iri(); err != nil {
		return l, fmt.Errorf("predicate: %w", err)
	}
	if !validName(l.predicate) {
		return l, fmt.Errorf("predicate %q is not a plain name", l.predicate)
	}
	if err := sc.expect(" "); err != nil {
		return l, err
	}
	if sc.peek() == '<' {
		if l.object.node, err = sc.node(); err != nil {
			return l, fmt.Errorf("object: %w", err)
		}
	} else if l.object, err = sc.literal(); err != nil {
		return l, fmt.Errorf("object: %w", err)
	}
	if strings.HasPrefix(sc.s[sc.pos:], " (") {
		sc.pos++
		if l.facets, err = sc.facetList(); err != nil {
			return l, fmt.Errorf("facets: %w", err)
		}
	}
	if err := sc.expect(" ."); err != nil {
		return l, err
	}
	if sc.pos != len(sc.s) {
		return l, sc.errorf("trailing %q", truncate(sc.s[sc.pos:]))
	}
	return l, nil
}

// iri reads an IRIREF as Dgraph's lexer does, less the \u escapes that
// Dgraph would keep as they are, and returns its contents.
func (sc *scanner) iri() (string, error) {
	if err := sc.expect("<"); err != nil {
		return "", err
	}
	start := sc.pos
	for {
		r, n := utf8.DecodeRuneInString(sc.s[sc.pos:])
		switch {
		case n == 0:
			return "", sc.errorf("unterminated IRI")
		case r == '>':
			v := sc.s[start:sc.pos]
			sc.pos++
			if v == "" {
				return "", sc.errorf("empty IRI")
			}
			return v, nil
		case r <= 0x20 || strings.ContainsRune("<\"{}|^`\\", r):
			return "", sc.errorf("character %q not allowed in an IRI", r)
		}
		sc.pos += n
	}
}

// node reads a node label and checks that it is one Encode mints.
func (sc *scanner) node() (string, error) {
	v, err := sc.iri()
	if err != nil {
		return "", err
	}
	kind, seg, ok := strings.Cut(v, "/")
	if !ok || kind != kindEntity && kind != kindArticle && kind != kindClaim {
		return "", fmt.Errorf("node %q is not kind/ID", v)
	}
	if _, err := segment.Unescape(seg); err != nil {
		return "", fmt.Errorf("node %q: %w", v, err)
	}
	return v, nil
}

// validName reports whether s is a predicate name that the DQL schema
// can hold without angle brackets.
func validName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c == '.' || i > 0 && '0' <= c && c <= '9') {
			return false
		}
	}
	return s != ""
}

// literal reads a quoted literal as Dgraph's lexLiteral does, unquotes it
// with strconv.Unquote as Dgraph's ParseRDF does, and reads its type.
func (sc *scanner) literal() (rdfTerm, error) {
	var t rdfTerm
	start := sc.pos
	if err := sc.expect(`"`); err != nil {
		return t, err
	}
	for {
		if sc.pos >= len(sc.s) {
			return t, sc.errorf("unterminated literal")
		}
		c := sc.s[sc.pos]
		sc.pos++
		switch c {
		case '"':
			goto done
		case '\n', '\r':
			return t, sc.errorf("raw line end in literal")
		case '\\':
			if err := sc.literalEscape(); err != nil {
				return t, err
			}
		}
	}
done:
	v, err := strconv.Unquote(sc.s[start:sc.pos])
	if err != nil {
		return t, fmt.Errorf("unquoting %s: %w", sc.s[start:sc.pos], err)
	}
	t.value = v
	if !strings.HasPrefix(sc.s[sc.pos:], "^^") {
		return t, nil
	}
	sc.pos += 2
	if t.typ, err = sc.iri(); err != nil {
		return t, err
	}
	return t, checkTyped(t.value, t.typ)
}

// literalEscape reads what follows a backslash in a literal: an ECHAR, or
// \u, \U or \x and hex digits.
func (sc *scanner) literalEscape() error {
	c := sc.peek()
	sc.pos++
	digits := map[byte]int{'u': 4, 'U': 8, 'x': 2}[c]
	switch {
	case strings.IndexByte(`vtbnrf"'\`, c) >= 0:
		return nil
	case digits == 0:
		return sc.errorf("invalid escape \\%c", c)
	}
	if sc.pos+digits > len(sc.s) {
		return sc.errorf("short \\%c escape", c)
	}
	if _, err := strconv.ParseUint(sc.s[sc.pos:sc.pos+digits], 16, 32); err != nil {
		return sc.errorf("bad \\%c escape", c)
	}
	sc.pos += digits
	return nil
}

// checkTyped checks that Dgraph can convert a typed literal's value.
func checkTyped(v, typ string) error {
	var err error
	switch typ {
	case xsInt:
		_, err = strconv.ParseInt(v, 10, 64)
	case xsFloat:
		var f float64
		f, err = strconv.ParseFloat(v, 64)
		if err == nil && (math.IsNaN(f) || math.IsInf(f, 0)) {
			err = errors.New("not finite")
		}
	case xsDateTime:
		_, err = parseDateTime(v)
	default:
		err = errors.New("type not used by the mapping")
	}
	if err != nil {
		return fmt.Errorf("%q^^<%s>: %w", v, typ, err)
	}
	return nil
}

// parseDateTime accepts the forms of datetime the mapping writes.
func parseDateTime(v string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, v); err == nil {
		return t, nil
	}
	return time.Parse(time.RFC3339, v)
}

// facetList reads "(k=v, k=v)". Dgraph allows any spacing; we write one
// form.
func (sc *scanner) facetList() ([]rdfFacet, error) {
	if err := sc.expect("("); err != nil {
		return nil, err
	}
	var fs []rdfFacet
	seen := make(map[string]bool)
	for {
		f, err := sc.facet()
		if err != nil {
			return nil, err
		}
		if seen[f.key] {
			return nil, fmt.Errorf("facet %s twice", f.key)
		}
		seen[f.key] = true
		fs = append(fs, f)
		if sc.peek() == ')' {
			sc.pos++
			return fs, nil
		}
		if err := sc.expect(", "); err != nil {
			return nil, err
		}
	}
}

func (sc *scanner) facet() (rdfFacet, error) {
	var f rdfFacet
	start := sc.pos
	for sc.pos < len(sc.s) && ('a' <= sc.s[sc.pos] && sc.s[sc.pos] <= 'z' || sc.s[sc.pos] == '_') {
		sc.pos++
	}
	f.key = sc.s[start:sc.pos]
	if f.key == "" {
		return f, sc.errorf("missing facet key")
	}
	if err := sc.expect("="); err != nil {
		return f, err
	}
	if sc.peek() == '"' {
		v, err := sc.facetString()
		f.typ, f.value = facetString, v
		return f, err
	}
	start = sc.pos
	for sc.pos < len(sc.s) && !strings.ContainsRune(" ,)=", rune(sc.s[sc.pos])) {
		sc.pos++
	}
	f.value = sc.s[start:sc.pos]
	var err error
	f.typ, err = facetType(f.value)
	return f, err
}

// facetString reads a quoted facet as Dgraph's LexQuotedString does, and
// unquotes it with strconv.Unquote as types/facets does.
func (sc *scanner) facetString() (string, error) {
	start := sc.pos
	sc.pos++
	for {
		if sc.pos >= len(sc.s) {
			return "", sc.errorf("unterminated facet string")
		}
		c := sc.s[sc.pos]
		sc.pos++
		switch c {
		case '"':
			v, err := strconv.Unquote(sc.s[start:sc.pos])
			if err != nil {
				return "", fmt.Errorf("unquoting %s: %w", sc.s[start:sc.pos], err)
			}
			return v, nil
		case '\n':
			return "", sc.errorf("raw line end in facet string")
		case '\\':
			if strings.IndexByte(`vtbnrf"'\`, sc.peek()) < 0 {
				return "", sc.errorf("escape \\%c, which Dgraph's facet lexer rejects", sc.peek())
			}
			sc.pos++
		}
	}
}

// facetType types an unquoted facet value as types/facets.valAndValType
// does: int, then float, then bool, then datetime.
func facetType(v string) (string, error) {
	if _, err := strconv.ParseInt(v, 0, 64); err == nil {
		return facetInt, nil
	}
	if f, err := strconv.ParseFloat(v, 64); err == nil {
		if math.IsNaN(f) {
			return "", errors.New("NaN facet")
		}
		return facetFloat, nil
	}
	if v == "true" || v == "false" {
		return facetBool, nil
	}
	if _, err := parseDateTime(v); err == nil {
		return facetDateTime, nil
	}
	return "", fmt.Errorf("facet value %q has no type", v)
}
