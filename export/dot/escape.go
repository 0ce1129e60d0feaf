package dot

import (
	"strings"
	"unicode/utf8"
)

// maxChunk bounds each piece of a quoted string. Graphviz 2.43's lexer
// rejects a quoted string of about 16 KB or more ("longer than 16384?"),
// but joins pieces written "a" + "b" into one value of any length.
const maxChunk = 4096

// quote returns s as a DOT double-quoted string that Graphviz accepts
// whatever s holds, for IDs and attribute values alike.
//
// Beyond the `\` and `"` that DOT itself needs escaped:
//   - a newline becomes the escString line break `\n`, and so do CR and
//     CRLF, so that no raw line break reaches the file;
//   - a tab becomes a space, since Graphviz copies it into labels as is;
//   - invalid UTF-8, other C0 controls, U+FFFE and U+FFFF become U+FFFD,
//     since Graphviz either rejects them (NUL ends the string) or copies
//     them into SVG, where XML 1.0 forbids them;
//   - `&` becomes `&amp;`, since Graphviz decodes HTML entities in labels
//     and passes entity-like text through to SVG unescaped: "&amp;" in a
//     name would otherwise be drawn as "&", and "&#0;" would break the SVG.
func quote(s string) string { return string(appendQuote(nil, s)) }

// appendQuote appends quote(s) to b. Runs of printable ASCII other than
// `\`, `"` and `&`, most of any text, are copied at once; the rest rune
// by rune.
func appendQuote(b []byte, s string) []byte {
	b = append(b, '"')
	n := 0 // bytes in the current piece
	cr := false
	for i := 0; i < len(s); {
		if j := plainRun(s, i); j > i {
			cr = false
			for run := s[i:j]; len(run) > 0; {
				if n == maxChunk {
					b = append(b, `" + "`...)
					n = 0
				}
				k := min(len(run), maxChunk-n)
				b = append(b, run[:k]...)
				n += k
				run = run[k:]
			}
			i = j
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
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
			// An invalid byte arrives here as utf8.RuneError and is
			// written as U+FFFD.
			u = utf8.AppendRune(rb[:0], r)
		}
		if n+len(u) > maxChunk {
			b = append(b, `" + "`...)
			n = 0
		}
		b = append(b, u...)
		n += len(u)
	}
	return append(b, '"')
}

// plainRun returns the end of the run of bytes that quote copies as they
// are, starting at s[i].
func plainRun(s string, i int) int {
	for i < len(s) && quotePlain[s[i]] {
		i++
	}
	return i
}

// quotePlain marks the bytes quote writes as they are, each a rune of
// its own: printable ASCII other than `\`, `"` and `&`.
var quotePlain = func() (t [256]bool) {
	for c := 0x20; c < 0x7F; c++ {
		t[c] = c != '\\' && c != '"' && c != '&'
	}
	return t
}()

// nodeID maps an entity ID to the DOT node ID. quote alone is not
// one-to-one (CRLF and CR both become `\n`, every invalid byte becomes
// U+FFFD), and two entities must never fold into one node, so the runes
// quote would alter, and `%` itself, are percent-encoded first. Real IDs
// are slugs, which this leaves as they are.
func nodeID(id string) string {
	clean := true
	for i := 0; i < len(id); {
		r, w := utf8.DecodeRuneInString(id[i:])
		if lossy(r, w) {
			clean = false
			break
		}
		i += w
	}
	if clean {
		return id
	}
	b := make([]byte, 0, len(id)+8)
	for i := 0; i < len(id); {
		r, w := utf8.DecodeRuneInString(id[i:])
		if lossy(r, w) {
			for _, c := range []byte(id[i : i+w]) {
				b = append(b, '%')
				b = append(b, hexDigit(c>>4), hexDigit(c&0xF))
			}
		} else {
			b = append(b, id[i:i+w]...)
		}
		i += w
	}
	return string(b)
}

// lossy reports whether quote would not keep rune r (of width w in the
// source) recoverably, or whether it is the escape character of nodeID.
func lossy(r rune, w int) bool {
	return r == '%' || r < 0x20 || r == 0xFFFE || r == 0xFFFF || (r == utf8.RuneError && w == 1)
}

func hexDigit(c byte) byte { return "0123456789ABCDEF"[c] }

// clip shortens s to at most n runes, marking the cut with an ellipsis.
// Labels are clipped because Graphviz fails to lay out a node wider than
// 65535 points ("Edge length ... larger than maximum"); tooltips keep the
// full text.
func clip(s string, n int) string {
	i, count := 0, 0
	for j := range s {
		if count == n-1 {
			i = j
		}
		count++
		if count > n {
			return s[:i] + "…"
		}
	}
	return s
}

// htmlText returns s as text inside an HTML-like label: markup characters
// as entities, line breaks as <BR/>, tabs as spaces, and what XML forbids
// (controls, U+FFFE, U+FFFF, invalid UTF-8) as U+FFFD, since Graphviz
// parses these labels as XML.
func htmlText(s string) string {
	var b strings.Builder
	cr := false
	for _, r := range s {
		if r == '\n' && cr {
			cr = false
			continue
		}
		cr = r == '\r'
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\n' || r == '\r':
			b.WriteString("<BR/>")
		case r == '\t':
			b.WriteByte(' ')
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF:
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(r) // invalid bytes arrive as utf8.RuneError
		}
	}
	return b.String()
}
