package graph_test

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/newskg/newskg/graph"
)

// slugRunes is Slug as it was first written, rune by rune for every
// name.
func slugRunes(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '’' || r == '\'':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			dash = true
		}
	}
	return b.String()
}

func FuzzSlug(f *testing.F) {
	for _, s := range []string{"", "Volodymyr Zelenskyy", "Kraków", "O'Brien", "O’Brien", "  --Hello, World!-- ", "AT&T", "9/11", "Москва", "x\x00y", "\xff", "a_b", "A'", "'", "--"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := graph.Slug(s), slugRunes(s); got != want {
			t.Errorf("graph.Slug(%q) = %q, want %q", s, got, want)
		}
	})
}
