package nquads

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCharIndexCountsAsRuneCount(t *testing.T) {
	texts := []string{"", "abc", strings.Repeat("Київ é 😀 ", 2000), strings.Repeat("a\xffb\xe2\x82", 3000) + "ü"}
	for _, text := range texts {
		// Offsets asked in increasing order, in decreasing order, and
		// back and forth, as claims' starts and ends are.
		up, down, zigzag := newCharIndex(text), newCharIndex(text), newCharIndex(text)
		for n := -1; n <= len(text)+1; n += 1 + n/97 {
			want := utf8.RuneCountInString(text[:min(max(n, 0), len(text))])
			if got := up.count(n); got != want {
				t.Fatalf("count(%d) = %d, want %d", n, got, want)
			}
			m := len(text) - n
			want = utf8.RuneCountInString(text[:min(max(m, 0), len(text))])
			if got := down.count(m); got != want {
				t.Fatalf("count(%d) = %d, want %d (offsets decreasing)", m, got, want)
			}
			for _, k := range []int{n + 50, n} {
				want = utf8.RuneCountInString(text[:min(max(k, 0), len(text))])
				if got := zigzag.count(k); got != want {
					t.Fatalf("count(%d) = %d, want %d (offsets back and forth)", k, got, want)
				}
			}
		}
	}
}

func FuzzCharIndex(f *testing.F) {
	f.Add("Київ é 😀", 5, 2, 9)
	f.Add("a\xffb\xe2\x82 and more text than eight bytes\xf0\x9f", 30, 4, 31)
	f.Fuzz(func(t *testing.T, text string, n1, n2, n3 int) {
		x := newCharIndex(text)
		for _, n := range []int{n1, n2, n3, n2, n1} {
			want := utf8.RuneCountInString(text[:min(max(n, 0), len(text))])
			if got := x.count(n); got != want {
				t.Fatalf("count(%d) = %d, want %d (after %d, %d, %d)", n, got, want, n1, n2, n3)
			}
		}
	})
}

func FuzzCountRunes(f *testing.F) {
	f.Add("Київ é 😀 plain ASCII for a while\xff\xe2\x82")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countRunes(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("countRunes(%q) = %d, want %d", s, got, want)
		}
	})
}

// BenchmarkCharIndex counts the characters before the starts and ends of
// ten claims in a text of 3 KB, mostly ASCII: an article of a build.
func BenchmarkCharIndex(b *testing.B) {
	text := strings.Repeat("The minister said on Monday that the £2bn plan would go ahead. ", 48)
	for b.Loop() {
		x := newCharIndex(text)
		for k := range 10 {
			start := k * len(text) / 12
			x.count(start)
			x.count(start + 300)
		}
	}
}
