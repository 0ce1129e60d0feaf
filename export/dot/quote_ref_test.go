package dot

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// quoteRunes is quote as it was first written, rune by rune; FuzzQuote
// checks that quote, which copies runs of plain ASCII at once, writes
// the same.
func quoteRunes(s string) string {
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	n := 0 // bytes in the current piece
	cr := false
	for _, r := range s {
		if r == '\n' && cr {
			cr = false
			continue // the CR of this CRLF already wrote the line break
		}
		cr = r == '\r'
		var rb [utf8.UTFMax]byte // the rune's own bytes, on the stack
		var u []byte
		switch {
		case r == '\\':
			u = []byte(`\\`)
		case r == '"':
			u = []byte(`\"`)
		case r == '&':
			u = []byte("&amp;")
		case r == '\n' || r == '\r':
			u = []byte(`\n`)
		case r == '\t':
			u = []byte(" ")
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF:
			u = utf8.AppendRune(rb[:0], utf8.RuneError)
		default:
			u = utf8.AppendRune(rb[:0], r)
		}
		if n+len(u) > maxChunk {
			b = append(b, `" + "`...)
			n = 0
		}
		b = append(b, u...)
		n += len(u)
	}
	return string(append(b, '"'))
}

// FuzzAppendFields checks appendFields against strings.Fields and
// strings.Join, which claimSource used.
func FuzzAppendFields(f *testing.F) {
	for _, s := range []string{"", " ", "a", "  a  b\t\nc ", "x\u00a0y\u2028z\u0085", "bad\xff \xfe", "“quoted” — Title (2005-01-01)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := "<" + strings.Join(strings.Fields(s), " ")
		if got := string(appendFields([]byte("<"), s)); got != want {
			t.Fatalf("appendFields(%q) = %q, want %q", s, got, want)
		}
	})
}
