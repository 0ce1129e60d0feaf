package nquads

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// parseLine parses one N-Quads statement in a single scan: it checks the
// line against the N-Quads grammar
// (https://www.w3.org/TR/n-quads/#sec-grammar) and decodes its terms.
// quad's Parse decodes terms too, but also takes forms the grammar does
// not (bare words for literals), which is why the decoder used to check
// each line with ParseRaw first: two parses a line. IRIs
// become quad.IRI, blank nodes quad.BNode, literals quad.String,
// quad.LangString or quad.TypedString (never converted to native
// values), and a missing graph label nil.
func parseLine(s string) (quad.Quad, error) {
	var terms [4]quad.Value
	i, n := 0, 0
	for {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i >= len(s) {
			return quad.Quad{}, errors.New("missing final '.'")
		}
		c := s[i]
		if c == '.' {
			if n < 3 {
				return quad.Quad{}, fmt.Errorf("%d terms before '.', want 3 or 4", n)
			}
			for i++; i < len(s) && (s[i] == ' ' || s[i] == '\t'); i++ {
			}
			if i < len(s) && s[i] != '#' {
				return quad.Quad{}, fmt.Errorf("unexpected %.20q after '.'", s[i:])
			}
			return quad.Quad{Subject: terms[0], Predicate: terms[1], Object: terms[2], Label: terms[3]}, nil
		}
		if n == 4 {
			return quad.Quad{}, errors.New("more than 4 terms")
		}
		var j int
		var err error
		switch {
		case c == '<':
			if j, err = scanIRI(s, i); err == nil {
				var iri string
				if iri, err = unescape(s[i+1:j-1], false); err == nil {
					terms[n] = quad.IRI(iri)
				}
			}
		case c == '_' && n != 1:
			if j, err = scanBlank(s, i); err == nil {
				terms[n] = quad.BNode(s[i+2 : j])
			}
		case c == '"' && n == 2:
			terms[n], j, err = literalAt(s, i)
		default:
			return quad.Quad{}, fmt.Errorf("unexpected %.20q where term %d belongs", s[i:], n+1)
		}
		if err != nil {
			return quad.Quad{}, err
		}
		i = j
		n++
	}
}

// literalAt decodes the literal at s[i] and returns it and its end.
func literalAt(s string, i int) (quad.Value, int, error) {
	j, err := scanLiteral(s, i)
	if err != nil {
		return nil, 0, err
	}
	close := i + 1
	for close < j && s[close] != '"' {
		if s[close] == '\\' {
			close++
		}
		close++
	}
	lex, err := unescape(s[i+1:close], true)
	if err != nil {
		return nil, 0, err
	}
	switch rest := s[close+1 : j]; {
	case strings.HasPrefix(rest, "^^<"):
		dt, err := unescape(rest[3:len(rest)-1], false)
		if err != nil {
			return nil, 0, err
		}
		return quad.TypedString{Value: quad.String(lex), Type: quad.IRI(dt)}, j, nil
	case strings.HasPrefix(rest, "@"):
		return quad.LangString{Value: quad.String(lex), Lang: rest[1:]}, j, nil
	}
	return quad.String(lex), j, nil
}

// unescape decodes the escapes of an IRI (\u and \U only) or of a
// literal (also \t, \b, \n, \r, \f, \", \' and \\); parseLine has
// checked their form.
func unescape(s string, literal bool) (string, error) {
	k := strings.IndexByte(s, '\\')
	if k < 0 {
		return s, nil
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:k]...)
	for i := k; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			b = append(b, c)
			continue
		}
		i++
		switch e := s[i]; e {
		case 'u', 'U':
			w := 4
			if e == 'U' {
				w = 8
			}
			v, err := strconv.ParseUint(s[i+1:i+1+w], 16, 32)
			if err != nil || v > utf8.MaxRune || v >= 0xD800 && v <= 0xDFFF {
				return "", fmt.Errorf("escape \\%c%s is no code point", e, s[i+1:i+1+w])
			}
			b = utf8.AppendRune(b, rune(v))
			i += w
		case 't':
			b = append(b, '\t')
		case 'b':
			b = append(b, '\b')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 'f':
			b = append(b, '\f')
		default: // " ' \
			if !literal {
				return "", fmt.Errorf("escape \\%c in IRI", e)
			}
			b = append(b, e)
		}
	}
	return string(b), nil
}

// scanIRI returns the end of the IRIREF at s[i].
func scanIRI(s string, i int) (int, error) {
	for j := i + 1; j < len(s); j++ {
		// Runs of bytes that need no second look, most of an IRI, at
		// a table lookup each.
		for j < len(s) && !iriSpecial[s[j]] {
			j++
		}
		if j == len(s) {
			break
		}
		switch c := s[j]; {
		case c == '>':
			return j + 1, nil
		case c <= ' ', c == '<', c == '"', c == '{', c == '}', c == '|', c == '^', c == '`':
			return 0, fmt.Errorf("character %q in IRI", c)
		case c == '\\':
			k, err := scanUCHAR(s, j)
			if err != nil {
				return 0, err
			}
			j = k - 1
		}
	}
	return 0, errors.New("unterminated IRI")
}

// iriSpecial marks the bytes that scanIRI looks at closely: the end of
// the IRI, those the grammar forbids in one, and the escape.
var iriSpecial = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c <= ' ' || strings.IndexByte("<>\"{}|^`\\", byte(c)) >= 0
	}
	return t
}()

// scanUCHAR returns the end of the \uXXXX or \UXXXXXXXX escape at s[i].
func scanUCHAR(s string, i int) (int, error) {
	if i+1 >= len(s) {
		return 0, errors.New("unterminated escape")
	}
	digits := 0
	switch s[i+1] {
	case 'u':
		digits = 4
	case 'U':
		digits = 8
	default:
		return 0, fmt.Errorf("bad escape \\%c", s[i+1])
	}
	if i+2+digits > len(s) {
		return 0, errors.New("short escape")
	}
	for _, c := range []byte(s[i+2 : i+2+digits]) {
		if !isHex(c) {
			return 0, fmt.Errorf("bad hex digit %q in escape", c)
		}
	}
	return i + 2 + digits, nil
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// scanBlank returns the end of the blank node label at s[i]: letters,
// digits, "_", "-" and inner dots, not starting with "-" or ".".
func scanBlank(s string, i int) (int, error) {
	if i+2 >= len(s) || s[i+1] != ':' {
		return 0, errors.New("bad blank node")
	}
	j := i + 2
	for j < len(s) {
		c := s[j]
		ok := c >= 0x80 || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' ||
			j > i+2 && (c == '-' || c == '.')
		if !ok {
			break
		}
		j++
	}
	for j > i+2 && s[j-1] == '.' {
		j-- // a label does not end with '.'; that one ends the statement
	}
	if j == i+2 {
		return 0, errors.New("empty blank node label")
	}
	return j, nil
}

// scanLiteral returns the end of the literal at s[i], with its language
// tag or datatype.
func scanLiteral(s string, i int) (int, error) {
	j := i + 1
	for ; j < len(s) && s[j] != '"'; j++ {
		switch s[j] {
		case '\\':
			if j+1 >= len(s) {
				return 0, errors.New("unterminated literal")
			}
			switch s[j+1] {
			case 't', 'b', 'n', 'r', 'f', '"', '\'', '\\':
				j++
			default:
				k, err := scanUCHAR(s, j)
				if err != nil {
					return 0, err
				}
				j = k - 1
			}
		case '\n', '\r':
			return 0, errors.New("line break in literal")
		}
	}
	if j >= len(s) {
		return 0, errors.New("unterminated literal")
	}
	j++
	switch {
	case j+1 < len(s) && s[j] == '^' && s[j+1] == '^':
		if j+2 >= len(s) || s[j+2] != '<' {
			return 0, errors.New("datatype is not an IRI")
		}
		return scanIRI(s, j+2)
	case j < len(s) && s[j] == '@':
		k := j + 1
		for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z') {
			k++
		}
		if k == j+1 {
			return 0, errors.New("empty language tag")
		}
		for k < len(s) && s[k] == '-' {
			m := k + 1
			for m < len(s) && (s[m] >= 'a' && s[m] <= 'z' || s[m] >= 'A' && s[m] <= 'Z' || s[m] >= '0' && s[m] <= '9') {
				m++
			}
			if m == k+1 {
				return 0, errors.New("bad language tag")
			}
			k = m
		}
		return k, nil
	}
	return j, nil
}
