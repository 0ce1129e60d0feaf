package query

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// printable makes s safe to print on a terminal: article text may hold
// escape sequences that would recolour, move the cursor or retitle the
// window of whoever reads the table. Control characters (C0, C1, DEL) and
// line and paragraph separators become spaces; bidirectional overrides,
// which reorder what follows them, are dropped; bytes that are not UTF-8
// become U+FFFD.
func printable(s string) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || unicode.IsControl(r) || isBidiControl(r) || r == '\u2028' || r == '\u2029' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case isBidiControl(r):
		case unicode.IsControl(r), r == '\u2028', r == '\u2029':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isBidiControl(r rune) bool {
	return '\u202A' <= r && r <= '\u202E' || '\u2066' <= r && r <= '\u2069' || r == '\u200E' || r == '\u200F' || r == '\u061C'
}
