// Package segment escapes the ID of an entity, article or claim as one
// IRI path segment, and reads it back.
//
// The nquads package mints IRIs base+kind+"/"+Escape(id), and the dgraph
// package writes xids kind+"/"+Escape(id), so that a Dgraph xid is the
// N-Quads IRI of the same node with its base cut off. Both encoders rely on
// this rule being one and the same: change it here and both change
// together, golden files included.
//
// The scheme: ASCII letters, digits and "-._~" (RFC 3986 unreserved) stay
// as they are, and so do non-ASCII characters that RFC 3987 allows
// anywhere in an IRI (ucschar) other than Unicode white space. Every other
// byte becomes %XX with upper-case hex: "%" itself, so that the mapping is
// one to one; the delimiters "/?#" and the sub-delims, so that the ID
// stays one segment with no reading of its own; white space, legal as it
// is in IRIs, because rdflib's IRI pattern stops at it; and invalid UTF-8,
// byte by byte. "a b/c" becomes "a%20b%2Fc" and "Київ" stays "Київ".
//
// Dgraph's IRIREF would take more characters than this, but Dgraph does
// not undo escapes in a label, so one rule for both formats is worth more
// than shorter labels.
package segment

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Escape returns id as one IRI path segment. Every string, valid UTF-8 or
// not, has exactly one escaped form, and [Unescape] gives it back.
func Escape(id string) string {
	// Most IDs need no escape; they are returned as they are, unallocated.
	plain := true
	for i := 0; i < len(id); {
		// IDs are mostly ASCII, whose bytes are read, not decoded.
		if c := id[i]; c < utf8.RuneSelf {
			if !plainASCII[c] {
				plain = false
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(id[i:])
		if !Plain(r) {
			plain = false
			break
		}
		i += n
	}
	if plain {
		return id
	}
	var b strings.Builder
	for i := 0; i < len(id); {
		r, n := utf8.DecodeRuneInString(id[i:])
		// An invalid byte decodes as utf8.RuneError (U+FFFD) with n == 1;
		// U+FFFD is not Plain, so the byte is escaped on its own.
		if Plain(r) {
			b.WriteString(id[i : i+n])
		} else {
			for _, c := range []byte(id[i : i+n]) {
				fmt.Fprintf(&b, "%%%02X", c)
			}
		}
		i += n
	}
	return b.String()
}

// Unescape reverses [Escape]. It accepts only the form Escape writes, so
// that two segments never stand for one ID: "%65" (for "e"), "%2f"
// (lower-case hex) and a raw space are errors.
func Unescape(seg string) (string, error) {
	b := make([]byte, 0, len(seg))
	for i := 0; i < len(seg); i++ {
		if seg[i] != '%' {
			b = append(b, seg[i])
			continue
		}
		if i+2 >= len(seg) || !IsHex(seg[i+1]) || !IsHex(seg[i+2]) {
			return "", fmt.Errorf("bad percent escape in %q", seg)
		}
		b = append(b, unhex(seg[i+1])<<4|unhex(seg[i+2]))
		i += 2
	}
	id := string(b)
	if Escape(id) != seg {
		return "", fmt.Errorf("ID %q is not escaped the newskg way (want %q)", seg, Escape(id))
	}
	return id, nil
}

// Plain reports whether Escape writes the rune r as it is: r is an ASCII
// letter, digit or one of "-._~", or a non-ASCII character that RFC 3987
// allows anywhere in an IRI and that is not white space. These are also
// the characters other than delimiters and "%" that the nquads package
// lets through in any IRI it writes.
func Plain(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && unreserved(byte(r))
	}
	return ucschar(r) && !unicode.IsSpace(r)
}

// IsHex reports whether c is a hexadecimal digit, of either case.
func IsHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// plainASCII marks the ASCII bytes Plain allows: unreserved.
var plainASCII = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = unreserved(byte(c))
	}
	return t
}()

func unreserved(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '-' || c == '.' || c == '_' || c == '~'
}

// ucschar reports whether RFC 3987 allows r, not ASCII, anywhere in an
// IRI.
func ucschar(r rune) bool {
	switch {
	case 0xA0 <= r && r <= 0xD7FF, 0xF900 <= r && r <= 0xFDCF, 0xFDF0 <= r && r <= 0xFFEF:
		return true
	case 0x10000 <= r && r <= 0xDFFFD:
		return r&0xFFFF <= 0xFFFD
	}
	return 0xE1000 <= r && r <= 0xEFFFD
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}
