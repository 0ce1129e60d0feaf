package extract

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"
)

// checkSameAs reports why a gazetteer's sameAs value cannot be written as
// an IRI by the exports, so that a bad one stops the build when the
// gazetteer loads rather than after all the extraction work. It follows
// the rules of the N-Quads encoder: an absolute IRI, without white space,
// controls or the characters <>"{}|\^`, with well-formed %XX escapes.
func checkSameAs(iri string) error {
	if !utf8.ValidString(iri) {
		return errors.New("not UTF-8")
	}
	scheme, _, ok := strings.Cut(iri, ":")
	if !ok || scheme == "" || !isScheme(scheme) {
		return errors.New("not an absolute IRI (want http://... or a Wikidata QID)")
	}
	if strings.Count(iri, "#") > 1 {
		return errors.New("more than one #")
	}
	for i, r := range iri {
		switch {
		case unicode.IsSpace(r) || unicode.IsControl(r):
			return errors.New("holds white space or a control character")
		case strings.ContainsRune("<>\"{}|\\^`", r):
			return errors.New("holds a character not allowed in an IRI: " + string(r))
		case r == '%':
			if i+2 >= len(iri) || !isHex(iri[i+1]) || !isHex(iri[i+2]) {
				return errors.New("bad %XX escape")
			}
		}
	}
	return nil
}

func isScheme(s string) bool {
	for i, c := range []byte(s) {
		letter := 'A' <= c&^0x20 && c&^0x20 <= 'Z'
		if !letter && (i == 0 || !('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return true
}

func isHex(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'f' }
