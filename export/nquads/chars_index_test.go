package nquads

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCharIndexCountsAsRuneCount(t *testing.T) {
	texts := []string{"", "abc", strings.Repeat("Київ é 😀 ", 2000), strings.Repeat("a\xffb\xe2\x82", 3000) + "ü"}
	for _, text := range texts {
		x := newCharIndex(text)
		for n := -1; n <= len(text)+1; n += 1 + n/97 {
			want := utf8.RuneCountInString(text[:min(max(n, 0), len(text))])
			if got := x.count(n); got != want {
				t.Fatalf("count(%d) = %d, want %d", n, got, want)
			}
		}
	}
}

func FuzzCharIndex(f *testing.F) {
	f.Add("Київ é 😀", 5)
	f.Fuzz(func(t *testing.T, text string, n int) {
		want := utf8.RuneCountInString(text[:min(max(n, 0), len(text))])
		if got := newCharIndex(text).count(n); got != want {
			t.Fatalf("count(%d) = %d, want %d", n, got, want)
		}
	})
}
