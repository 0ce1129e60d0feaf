package nquads

import (
	"sort"
	"unicode/utf8"
)

// charStep is the distance in bytes between the checkpoints of a
// charIndex.
const charStep = 4096

// A charIndex turns byte offsets into a text into character (code point)
// offsets in time bounded by charStep, not by the offset: counting from
// the start of the text for each claim made an article with many claims
// cost its length times its claims.
type charIndex struct {
	text   string
	pos    []int // checkpoints: byte offsets at rune starts
	before []int // characters before each checkpoint
}

func newCharIndex(text string) *charIndex {
	x := &charIndex{text: text, pos: []int{0}, before: []int{0}}
	for p, c := 0, 0; p < len(text); {
		next := min(p+charStep, len(text))
		// Cut where no rune continues, so that counts add up exactly,
		// invalid UTF-8 included.
		for next < len(text) && !utf8.RuneStart(text[next]) {
			next++
		}
		c += utf8.RuneCountInString(text[p:next])
		p = next
		x.pos, x.before = append(x.pos, p), append(x.before, c)
	}
	return x
}

// count returns the number of characters in the first n bytes of the
// text, counting each byte of invalid UTF-8 as one, as Go does:
// utf8.RuneCountInString(text[:n]).
func (x *charIndex) count(n int) int {
	n = min(max(n, 0), len(x.text))
	i := sort.SearchInts(x.pos, n+1) - 1 // last checkpoint at or before n
	return x.before[i] + utf8.RuneCountInString(x.text[x.pos[i]:n])
}
