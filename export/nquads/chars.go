package nquads

import (
	"slices"
	"sort"
	"unicode/utf8"
)

// A charIndex turns byte offsets into a text into character (code point)
// offsets. It keeps checkpoints, byte offsets where no rune continues and
// the characters before them, and counts from the last one at or before
// the offset asked, which it then adds: counting from the start of the
// text for each claim made an article with many claims cost its length
// times its claims. The checkpoints are made as offsets are asked, so
// that the text is read about once, as far as the claims reach (most
// articles have none or a few), rather than whole when the index is
// made.
type charIndex struct {
	text   string
	pos    []int // checkpoints, increasing, pos[0] == 0
	before []int // characters before each checkpoint
}

func newCharIndex(text string) *charIndex {
	return &charIndex{text: text, pos: make([]int, 1, 8), before: make([]int, 1, 8)}
}

// count returns the number of characters in the first n bytes of the
// text, counting each byte of invalid UTF-8 as one, as Go does:
// utf8.RuneCountInString(text[:n]).
func (x *charIndex) count(n int) int {
	n = min(max(n, 0), len(x.text))
	i := sort.SearchInts(x.pos, n+1) - 1 // last checkpoint at or before n
	p, c := x.pos[i], x.before[i]
	// The checkpoint for n: where the rune that n may cut starts. No
	// rune, valid or not, runs across a byte that is no continuation
	// byte, so counts add up exactly there.
	cut := n
	for cut > p && cut < len(x.text) && !utf8.RuneStart(x.text[cut]) {
		cut--
	}
	if cut-p < charGap {
		return c + countRunes(x.text[p:n])
	}
	c += countRunes(x.text[p:cut])
	x.pos = slices.Insert(x.pos, i+1, cut)
	x.before = slices.Insert(x.before, i+1, c)
	return c + countRunes(x.text[cut:n])
}

// charGap is the least distance in bytes between checkpoints: it bounds
// their number, and so the cost of inserting one, by the text's length
// rather than by the number of offsets asked.
const charGap = 256

// countRunes is utf8.RuneCountInString, eight bytes at a time through
// runs of ASCII, most of any text.
func countRunes(s string) int {
	n := 0
	for len(s) >= 8 {
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		if w&0x8080808080808080 == 0 {
			n += 8
			s = s[8:]
			continue
		}
		_, k := utf8.DecodeRuneInString(s)
		n++
		s = s[k:]
	}
	return n + utf8.RuneCountInString(s)
}
