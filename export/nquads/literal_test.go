package nquads

import (
	"strings"
	"testing"
)

// TestPlainPrefix compares plainPrefix with literalPlain read byte by
// byte, for every byte at each place of strings around eight bytes long.
func TestPlainPrefix(t *testing.T) {
	want := func(s string) int {
		n := 0
		for n < len(s) && literalPlain[s[n]] {
			n++
		}
		return n
	}
	for size := 1; size <= 17; size++ {
		for at := 0; at < size; at++ {
			for c := 0; c < 256; c++ {
				b := []byte(strings.Repeat("a ~", size)[:size])
				b[at] = byte(c)
				if s := string(b); plainPrefix(s) != want(s) {
					t.Fatalf("plainPrefix(%q) = %d, want %d", s, plainPrefix(s), want(s))
				}
			}
		}
	}
}
