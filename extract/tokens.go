package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark with its byte offsets in the
// article.
type token struct {
	text       string
	start, end int
}

// isWord reports whether the token starts with a letter or a digit.
// The rules ask it and capitalised of the same tokens over and over: an
// ASCII first byte, as in most of news prose, is read at once, inline,
// and only other text decodes a rune.
func (t token) isWord() bool {
	if t.text == "" {
		return false
	}
	if c := t.text[0]; c < utf8.RuneSelf {
		return asciiAlnum[c]
	}
	return startsWord(t.text)
}

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// capitalised reports whether a word starts with an upper-case letter.
func (t token) capitalised() bool {
	if t.text == "" {
		return false
	}
	if c := t.text[0]; c < utf8.RuneSelf {
		return c-'A' < 26
	}
	return startsUpper(t.text)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isPossessive reports whether the token is the possessive "’s" or "'s".
func (t token) isPossessive() bool {
	return t.text == "’s" || t.text == "'s" || t.text == "’" || t.text == "'"
}

// tokenize splits s (found at offset base of the article) into words and
// punctuation. A possessive "’s" becomes its own token, and two words run
// together by a lost space ("PodolyakChief") are split again.
func tokenize(s string, base int) []token {
	// About one token in six bytes of news prose; one allocation
	// instead of a dozen growths.
	return appendTokens(make([]token, 0, len(s)/6+4), s, base)
}

// appendTokens appends the tokens of s to out, as tokenize returns them.
func appendTokens(out []token, s string, base int) []token {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			for j < len(s) {
				if c := s[j]; c < utf8.RuneSelf && asciiAlnum[c] {
					j++ // most of news prose: no decoding, no tables
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += n2
					continue
				}
				// Keep inner hyphens, apostrophes and the dots of
				// abbreviations ("U.S.", "al-Assad", "O'Brien"), but
				// not a possessive "’s".
				if strings.ContainsRune("-'’.", r2) && j+n2 < len(s) {
					r3, n3 := utf8.DecodeRuneInString(s[j+n2:])
					if unicode.IsLetter(r3) && !(r2 != '-' && r2 != '.' && r3 == 's' && wordEnds(s, j+n2+n3)) {
						if r2 == '.' && !unicode.IsUpper(r3) {
							break
						}
						j += n2
						continue
					}
				}
				break
			}
			// "U.S." keeps its final dot when the word is an
			// abbreviation of single letters.
			if j < len(s) && s[j] == '.' && strings.Count(s[i:j], ".") > 0 && len(s[i:j]) <= 6 {
				j++
			}
			// "Washington-based" and "Russia-annexed": the name is a
			// modifier of what follows; keep it apart.
			if h := strings.IndexByte(s[i:j], '-'); h > 0 && h+1 < j-i {
				if r3, _ := utf8.DecodeRuneInString(s[i+h+1:]); unicode.IsLower(r3) {
					if r0, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsUpper(r0) {
						out = appendCamel(out, s[i:i+h], base+i)
						out = append(out, token{"-", base + i + h, base + i + h + 1})
						out = append(out, token{s[i+h+1 : j], base + i + h + 1, base + j})
						i = j
						continue
					}
				}
			}
			out = appendCamel(out, s[i:j], base+i)
			i = j
		case r == '’' || r == '\'':
			if i+n < len(s) && s[i+n] == 's' && wordEnds(s, i+n+1) && len(out) > 0 {
				out = append(out, token{s[i : i+n+1], base + i, base + i + n + 1})
				i += n + 1
				continue
			}
			out = append(out, token{s[i : i+n], base + i, base + i + n})
			i += n
		default:
			out = append(out, token{s[i : i+n], base + i, base + i + n})
			i += n
		}
	}
	return out
}

// asciiAlnum marks the ASCII letters and digits.
var asciiAlnum = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// innerUpper reports whether w may have an upper-case letter after its
// fifth byte, where appendCamel may split it: false for most words,
// which are ASCII without one.
func innerUpper(w string) bool {
	for i := 4; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

func wordEnds(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// appendCamel appends the tokens of word w at offset off to out, split
// where a lost space joined two capitalised words ("PodolyakChief" →
// "Podolyak", "Chief"). Both parts must be four letters or more, which
// leaves names such as "McShane" and "DeSantis" whole. It appends rather
// than returns a slice, sparing tokenize an allocation per word.
func appendCamel(out []token, w string, off int) []token {
	if !innerUpper(w) {
		return append(out, token{w, off, off + len(w)})
	}
	prevLower := false
	for i, r := range w {
		if unicode.IsUpper(r) && prevLower && i >= 4 && utf8.RuneCountInString(w[i:]) >= 4 {
			first := w[:i]
			if r0, _ := utf8.DecodeRuneInString(first); unicode.IsUpper(r0) {
				return appendCamel(append(out, token{first, off, off + i}), w[i:], off+i)
			}
		}
		prevLower = unicode.IsLower(r)
	}
	return append(out, token{w, off, off + len(w)})
}
