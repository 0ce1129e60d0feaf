package dgraph

import (
	"fmt"
	"unicode/utf8"
)

// appendLiteral appends s, which must be valid UTF-8, as the object
// literal of a Dgraph RDF line.
//
// Dgraph's lexer ends a literal at a raw LF or CR and takes a backslash
// only before one of vtbnrf"'\ or as \uXXXX, \UXXXXXXXX or \xXX; it then
// undoes the escapes with Go's strconv.Unquote. We escape `"`, `\`, LF, CR
// and tab by name, and every other C0 and C1 control, DEL, U+2028 and
// U+2029 as \u with upper-case hex, so that no line-oriented tool on the
// way sees a line end or a control byte. Everything else, non-ASCII
// included, is written as it is.
func appendLiteral(b []byte, s string) []byte {
	b = append(b, '"')
	for _, r := range s {
		switch {
		case r == '"':
			b = append(b, `\"`...)
		case r == '\\':
			b = append(b, `\\`...)
		case r == '\n':
			b = append(b, `\n`...)
		case r == '\r':
			b = append(b, `\r`...)
		case r == '\t':
			b = append(b, `\t`...)
		case r < 0x20 || 0x7F <= r && r <= 0x9F || r == 0x2028 || r == 0x2029:
			b = fmt.Appendf(b, `\u%04X`, r)
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return append(b, '"')
}

// appendFacetString appends s, which must be valid UTF-8, as a quoted
// facet value.
//
// Facets go through a different lexer from literals: it takes a backslash
// only before one of vtbnrf"'\, with no \u form, and then undoes the
// escapes with strconv.Unquote. So the controls that have a one-letter
// escape get it, and the others (NUL, ESC, DEL, C1, U+2028, ...) can only
// be written raw; none of them ends a line for Dgraph, which splits its
// input at LF alone. The claim node keeps the same text with every control
// escaped.
func appendFacetString(b []byte, s string) []byte {
	b = append(b, '"')
	for _, r := range s {
		switch r {
		case '"':
			b = append(b, `\"`...)
		case '\\':
			b = append(b, `\\`...)
		case '\n':
			b = append(b, `\n`...)
		case '\r':
			b = append(b, `\r`...)
		case '\t':
			b = append(b, `\t`...)
		case '\b':
			b = append(b, `\b`...)
		case '\f':
			b = append(b, `\f`...)
		case '\v':
			b = append(b, `\v`...)
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return append(b, '"')
}
