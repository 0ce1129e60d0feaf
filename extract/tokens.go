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
	// facts is what the data files say of text, set for the tokens of
	// the article being read (see Extractor.lowWords); nil elsewhere and
	// for a word the lexicon holds in another case only ("OFFICIALs"),
	// where the helpers that read it look the word up instead.
	facts *wordFacts
}

// wordFacts is what the data files say of one word, as written. The
// name rules ask of each capitalised word whether it is a given name,
// the start of a gazetteer form, a lexicon word in lower case and more;
// found once per token, the answers are read rather than the word hashed
// again for each question.
type wordFacts struct {
	text  string     // the word as written
	low   string     // the word in lower case
	rules *wordRules // what the lexicon says of low, or nil
	gaz   int        // Gazetteer.longest of the word
	forms []ref      // the gazetteer's readings of the word alone

	homeCue string // Extractor.homeCues of the word

	given, notName, orgHead, placeHead, connector, honorific, speech bool
	// lowerFirst is Extractor.lowerFirst of the word.
	lowerFirst int
	// upper and word are token.capitalised and token.isWord, which the
	// rules ask of every token many times over.
	upper, word bool
	// orgHeadFirst is set when an org-head of two words starts with the
	// word ("Air Force").
	orgHeadFirst bool
}

// newWords returns the wordFacts of every word that one of x's lists
// holds, by the word as written, and of the lexicon's words capitalised
// and in capitals, as sentences write them.
//
// Each list marks its own words, rather than each word asking every
// list: a word is in one or two lists of the ten, and the fifteen
// thousand words asked ten maps each.
func newWords(x *Extractor) map[string]*wordFacts {
	// Sized for the first words of the forms, the given names and the
	// lexicon's words, most of the words, so that the map is not rebuilt
	// a dozen times as it grows; the facts are allocated in blocks.
	m := make(map[string]*wordFacts, len(x.gaz.firstWords)+len(x.givenNames)+len(x.rules.words))
	var block []wordFacts
	var buf []byte
	// add returns the facts of w, made at the first call with what
	// depends on w alone, or nil for a string that is no token.
	add := func(w string) *wordFacts {
		if f := m[w]; f != nil {
			return f
		}
		if w == "" || strings.IndexByte(w, ' ') >= 0 || strings.IndexByte(w, '\t') >= 0 {
			return nil // a token has no space
		}
		if len(block) == cap(block) {
			block = make([]wordFacts, 0, 1024)
		}
		block = block[:len(block)+1]
		f := &block[len(block)-1]
		m[w] = f
		// lowWord lowers in buf, and takes the lexicon's own string
		// for a word it lists.
		lw := x.rules.lowWord(w, &buf)
		*f = wordFacts{text: w, low: lw.low, rules: lw.rules, upper: startsUpper(w), word: startsWord(w)}
		return f
	}
	// Gazetteer.longest of a word is its firstWords entry, and its
	// readings the forms of the word alone.
	for w, n := range x.gaz.firstWords {
		if f := add(w); f != nil {
			f.gaz = n
		}
	}
	for w, rs := range x.gaz.forms {
		if f := add(w); f != nil {
			f.forms = rs
		}
	}
	mark := func(set map[string]bool, fact func(*wordFacts) *bool) {
		for w, in := range set {
			if f := add(w); f != nil {
				*fact(f) = in
			}
		}
	}
	mark(x.givenNames, func(f *wordFacts) *bool { return &f.given })
	mark(x.notName, func(f *wordFacts) *bool { return &f.notName })
	mark(x.orgHead, func(f *wordFacts) *bool { return &f.orgHead })
	mark(x.placeHead, func(f *wordFacts) *bool { return &f.placeHead })
	mark(connectors, func(f *wordFacts) *bool { return &f.connector })
	mark(x.honorific, func(f *wordFacts) *bool { return &f.honorific })
	mark(x.speech, func(f *wordFacts) *bool { return &f.speech })
	for w, n := range x.lowerFirst {
		if f := add(w); f != nil {
			f.lowerFirst = n
		}
	}
	for w, state := range x.homeCues {
		if f := add(w); f != nil {
			f.homeCue = state
		}
	}
	for h := range x.orgHead {
		if first, _, two := strings.Cut(h, " "); two {
			if f := add(first); f != nil {
				f.orgHeadFirst = true
			}
		}
	}
	for w := range x.rules.words {
		r, n := utf8.DecodeRuneInString(w)
		add(w)
		add(string(unicode.ToUpper(r)) + w[n:])
		add(strings.ToUpper(w))
	}
	for w := range m {
		b := wordBit(w)
		x.wordFilter[b/64] |= 1 << (b % 64)
	}
	return m
}

// wordBit returns the bit of w in Extractor.wordFilter: FNV-1a of all its
// bytes, for words that differ in one letter ("said", "sand") must seldom
// share it.
func wordBit(w string) uint {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return uint(h >> (32 - wordFilterBits))
}

// wordFilterBits is the size of Extractor.wordFilter, as a power of two:
// ten bits for each of the lists' words.
const wordFilterBits = 17

// listed returns x.words[w], asking the map only when the filter lets
// w through, which it does not for half the words of news prose, and
// the cache, when there is one, has not kept it.
func (x *Extractor) listed(w string, cache *wordCache) *wordFacts {
	h := wordBit(w)
	if x.wordFilter[h/64]&(1<<(h%64)) == 0 {
		return nil
	}
	if cache == nil {
		return x.words[w]
	}
	if f := cache[h%wordCacheSize]; f != nil && f.text == w {
		return f
	}
	f := x.words[w]
	if f != nil {
		cache[h%wordCacheSize] = f
	}
	return f
}

// wordCache keeps, by wordBit, the facts last found in Extractor.words:
// news writes the same words over and over, which the cache finds
// without hashing them again, in a table much smaller than the map.
// Sixteen thousand entries (128 KB, which the processor's cache holds)
// keep a corpus's common words from pushing one another out, which 4096
// did often enough to cost 0.45% of an extraction pass's instructions.
type wordCache [wordCacheSize]*wordFacts

const wordCacheSize = 1 << 14

// lowerASCII reports whether w is ASCII with no capital letter.
func lowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

// noFactsOf returns the facts of w, which no list holds.
func (x *Extractor) noFactsOf(w string) *wordFacts {
	u, k := 0, 0
	if startsUpper(w) {
		u = 1
	}
	if startsWord(w) {
		k = 1
	}
	return &x.noFacts[u][k]
}

// isGiven is x.givenNames[t.text], read from the token's facts when it
// has them; notName, orgHead, placeHead, speech, honorific and connector
// are the same for their sets.
func (x *Extractor) isGiven(t *token) bool {
	if t.facts != nil {
		return t.facts.given
	}
	return x.givenNames[t.text]
}

func (x *Extractor) isNotName(t *token) bool {
	if t.facts != nil {
		return t.facts.notName
	}
	return x.notName[t.text]
}

func (x *Extractor) isOrgHead(t *token) bool {
	if t.facts != nil {
		return t.facts.orgHead
	}
	return x.orgHead[t.text]
}

func (x *Extractor) isPlaceHead(t *token) bool {
	if t.facts != nil {
		return t.facts.placeHead
	}
	return x.placeHead[t.text]
}

func (x *Extractor) isSpeech(t *token) bool {
	if t.facts != nil {
		return t.facts.speech
	}
	return x.speech[t.text]
}

func (x *Extractor) isHonorific(t *token) bool {
	if t.facts != nil {
		return t.facts.honorific
	}
	return x.honorific[t.text]
}

func isConnector(t *token) bool {
	if t.facts != nil {
		return t.facts.connector
	}
	return connectors[t.text]
}

// homeCue is x.homeCues[t.text], read from the token's facts when it
// has them.
func (x *Extractor) homeCue(t *token) string {
	if t.facts != nil {
		return t.facts.homeCue
	}
	return x.homeCues[t.text]
}

// lowerFirstOf is x.lowerFirst[t.text], read from the token's facts
// when it has them.
func (x *Extractor) lowerFirstOf(t *token) int {
	if t.facts != nil {
		return t.facts.lowerFirst
	}
	return x.lowerFirst[t.text]
}

// formsOf is x.gaz.lookup(t.text), read from the token's facts when it
// has them.
func (x *Extractor) formsOf(t *token) []ref {
	if t.facts != nil {
		return t.facts.forms
	}
	return x.gaz.lookup(t.text)
}

// tokenIn is r.inFold(sec, t.text), read from the token's facts when it
// has them.
func (r *rules) tokenIn(sec string, t *token) bool {
	if t.facts != nil {
		return t.facts.rules.isIn(sec)
	}
	return r.inFold(sec, t.text)
}

// isWord reports whether the token starts with a letter or a digit.
// The rules ask it and capitalised of the same tokens over and over: the
// methods are inlined, the tokens of an article have the answer in their
// facts, and others pass their text alone, whose ASCII first byte, as in
// most of news prose, is read at once.
func (t *token) isWord() bool {
	if t.facts != nil {
		return t.facts.word
	}
	return startsWord(t.text)
}

func startsWord(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return asciiAlnum[s[0]]
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// capitalised reports whether a word starts with an upper-case letter.
func (t *token) capitalised() bool {
	if t.facts != nil {
		return t.facts.upper
	}
	return startsUpper(t.text)
}

func startsUpper(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isPossessive reports whether the token is the possessive "’s" or "'s".
func (t *token) isPossessive() bool {
	// Asked of most tokens, which are none: most start with neither
	// byte those do.
	if len(t.text) == 0 || t.text[0] != '\'' && t.text[0] != "’"[0] {
		return false
	}
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
		// Most of news prose is ASCII: its bytes are read, not decoded,
		// and its white space is found in a table.
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && unicode.IsSpace(r): // most of news prose: a space or a letter
			i += n
		case r < utf8.RuneSelf && asciiAlnum[r] || unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + n
			hyphen := -1 // where the word's first hyphen is, from i
			for j < len(s) {
				if c := s[j]; c < utf8.RuneSelf && asciiAlnum[c] {
					j++ // most of news prose: no decoding, no tables
					continue
				} else if c < utf8.RuneSelf && c != '-' && c != '\'' && c != '.' {
					break // and most words end at a space or a stop
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
						if r2 == '-' && hyphen < 0 {
							hyphen = j - i
						}
						j += n2
						continue
					}
				}
				break
			}
			// "U.S." keeps its final dot when the word is an
			// abbreviation of single letters.
			if j < len(s) && s[j] == '.' && len(s[i:j]) <= 6 && strings.IndexByte(s[i:j], '.') >= 0 {
				j++
			}
			// "Washington-based" and "Russia-annexed": the name is a
			// modifier of what follows; keep it apart.
			if h := hyphen; h > 0 && h+1 < j-i && !syllableAfter(out, s[i+h+1:j], base+i) {
				if r3, _ := utf8.DecodeRuneInString(s[i+h+1:]); unicode.IsLower(r3) {
					if r0, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsUpper(r0) {
						out = appendCamel(out, s[i:i+h], base+i)
						out = append(out, token{text: "-", start: base + i + h, end: base + i + h + 1})
						out = append(out, token{text: s[i+h+1 : j], start: base + i + h + 1, end: base + j})
						i = j
						continue
					}
				}
			}
			out = appendCamel(out, s[i:j], base+i)
			i = j
		case r == '’' || r == '\'':
			if i+n < len(s) && s[i+n] == 's' && wordEnds(s, i+n+1) && len(out) > 0 {
				out = append(out, token{text: s[i : i+n+1], start: base + i, end: base + i + n + 1})
				i += n + 1
				continue
			}
			text := s[i : i+n]
			if r == '\'' && (i == 0 || s[i-1] < utf8.RuneSelf && asciiSpace[s[i-1]]) && i+n < len(s) && s[i+n] < utf8.RuneSelf && asciiAlnum[s[i+n]] {
				// "Tony Blair 'lied'": a straight mark with a space before
				// it and a word after opens a quotation; it is no
				// possessive of the word before.
				text = "‘"
			}
			out = append(out, token{text: text, start: base + i, end: base + i + n})
			i += n
		default:
			out = append(out, token{text: s[i : i+n], start: base + i, end: base + i + n})
			i += n
		}
	}
	return out
}

// syllableAfter reports whether rest, the lower-case part of a
// capitalised word after its hyphen, is a syllable of a given name that
// follows a surname ("Lai Ching-te", "Moon Jae-in"): two or three letters,
// after a capitalised word and one space, and no suffix that makes a
// modifier ("Soviet-era", "US-led", "Labour-run").
func syllableAfter(out []token, rest string, start int) bool {
	if len(rest) < 2 || len(rest) > 3 || len(out) == 0 {
		return false
	}
	switch rest {
	case "led", "run", "era", "hit", "fed", "set", "won", "old", "age", "day", "war", "pro", "ish":
		return false
	}
	prev := out[len(out)-1]
	return prev.end+1 == start && prev.capitalised() && prev.isWord()
}

// asciiSpace marks the ASCII white space, as unicode.IsSpace has it.
var asciiSpace = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = unicode.IsSpace(rune(c))
	}
	return t
}()

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
		return append(out, token{text: w, start: off, end: off + len(w)})
	}
	prevLower := false
	for i, r := range w {
		if unicode.IsUpper(r) && prevLower && i >= 4 && utf8.RuneCountInString(w[i:]) >= 4 {
			first := w[:i]
			if r0, _ := utf8.DecodeRuneInString(first); unicode.IsUpper(r0) {
				return appendCamel(append(out, token{text: first, start: off, end: off + i}), w[i:], off+i)
			}
		}
		prevLower = unicode.IsLower(r)
	}
	return append(out, token{text: w, start: off, end: off + len(w)})
}

// textIn is in(sec, t.text), read from the token's facts when they hold
// the word as written in lower case, as they do for most words of news
// prose: the rules ask it of the words around names, and the map need
// not be asked again for what lowWords found.
//
// The facts of a word no list holds (see noFactsOf) have no text: the
// lexicon's words are all among Extractor.words, so no section holds
// such a word, and the map is not asked either.
func (r *rules) textIn(sec string, t *token) bool { return r.textRules(t).isIn(sec) }

// textRules is r.lookup(t.text), read from the token's facts as textIn
// reads them.
func (r *rules) textRules(t *token) *wordRules {
	if f := t.facts; f != nil {
		if f.low == t.text {
			return f.rules
		}
		if f.text == "" {
			return nil
		}
	}
	return r.lookup(t.text)
}
