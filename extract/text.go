package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a half-open byte range [Start, End) of an article's text.
type span struct{ Start, End int }

// Sentence is one sentence of an article with its byte offsets, so that
// Text == article[Start:End].
type Sentence struct {
	Text       string
	Start, End int
	// Para numbers the paragraph the sentence belongs to.
	Para int
}

// boilerplateLine matches the lines that web pages wrap around a story:
// teasers, share prompts, bylines, captions credits and link texts. The
// patterns are generic page furniture, not strings of any one site.
var boilerplateLine = regexp.MustCompile(`(?i)^\s*(?:` + strings.Join(boilerplateWords, "|") + `)`)

var boilerplateWords = []string{
	`don['’]t miss`, `read (?:more|next|also|full|the full)`, `see (?:more|also)`, `more (?:latest )?news`,
	`latest news`, `related(?: articles| stories)?:?$`, `source:`, `listen to this article`, `loading`,
	`advertisement`, `sign up`, `subscribe`, `follow us`, `share (?:this|on)`, `click here`, `watch:`,
	`picture:`, `image:`, `photo:`, `credit:`, `copyright`, `©`, `all rights reserved`,
	`exclusive$`, `more topics`, `trending`, `recommended`, `most read`, `you may also like`,
}

// boilerplateStarts marks the first three letters, in lower case, of
// each of boilerplateWords that starts with three ASCII letters (all but
// "©"): bit c-'a' of [x][y] is set for the start xyc. A line of prose
// seldom starts as page furniture does, and the regular expression costs
// thousands of instructions to say so.
var boilerplateStarts = func() (t [26][26]uint32) {
	for _, w := range boilerplateWords {
		if len(w) >= 3 && isLowerASCII(w[0]) && isLowerASCII(w[1]) && isLowerASCII(w[2]) {
			t[w[0]-'a'][w[1]-'a'] |= 1 << (w[2] - 'a')
		}
	}
	return t
}()

func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }

// mayBeBoilerplate reports whether boilerplateLine may match t: unless
// t starts, after the white space \s matches, with three ASCII bytes that
// start none of boilerplateWords in either case. Other bytes go to the
// regular expression, whose case folding knows more than ASCII (the
// Kelvin sign is a k to it).
func mayBeBoilerplate(t string) bool {
	i := 0
	for i < len(t) && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\f' || t[i] == '\r') {
		i++
	}
	if i+3 > len(t) || t[i] >= utf8.RuneSelf || t[i+1] >= utf8.RuneSelf || t[i+2] >= utf8.RuneSelf {
		return true
	}
	a, b, c := t[i]|0x20, t[i+1]|0x20, t[i+2]|0x20 // lower case, for letters
	return isLowerASCII(a) && isLowerASCII(b) && isLowerASCII(c) && boilerplateStarts[a-'a'][b-'a']&(1<<(c-'a')) != 0
}

// byline matches "By Asher McShane": case matters, so that "By contrast"
// and "By the end of 2004" are not taken for names.
var byline = regexp.MustCompile(`^By [A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,3}(?:,.*)?$`)

// furnitureMax is the longest line taken for page furniture, in bytes.
const furnitureMax = 160

// authorBlurb matches the biography that ends many syndicated articles.
var authorBlurb = regexp.MustCompile(`^(?:[A-Z][\p{L}'’-]+ ){1,3}(?:is|was) (?:a|an|the) (?:[\p{L}-]+ ){0,3}(?:journalist|reporter|writer|editor|correspondent|columnist|author|contributor)\b`)

// mayBeBlurb reports whether t starts as every line that authorBlurb
// matches does: one to three words of two bytes or more with an ASCII
// capital first, then "is" or "was", then "a", "an" or "the", each word
// followed by a space. Few paragraphs do, and the test spares them the
// regular expression, whose work grows with the length of the line.
func mayBeBlurb(t string) bool {
	for k := 0; k < 4; k++ {
		w, rest, ok := strings.Cut(t, " ")
		if !ok {
			return false
		}
		if k > 0 && (w == "is" || w == "was") {
			a, _, ok := strings.Cut(rest, " ")
			return ok && (a == "a" || a == "an" || a == "the")
		}
		if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		t = rest
	}
	return false
}

// runOfHeadlines is the length from which consecutive short lines without
// sentence punctuation are taken as a list of links or headlines rather
// than story text.
const runOfHeadlines = 3

// isProse reports whether a line reads as story text: it ends like a
// sentence, or it is too long to be a headline, caption or menu entry.
//
// A credit or an emoji closing a paragraph is not its last word: "Moscow
// blamed Kyiv for the strike (Reuters)", "... [AP]", "... 🙏" read as prose
// when what comes before them ends like a sentence or has a sentence's
// length in words; a menu entry ("Watch live 📺") has not.
func isProse(line string) bool {
	t := strings.TrimRightFunc(line, unicode.IsSpace)
	if t == "" {
		return false
	}
	if core := trimClosingMarks(t); core != t {
		if core != "" && (endsLikeSentence(core) || len(strings.Fields(core)) >= 5) {
			return true
		}
	}
	return endsLikeSentence(t) || len(t) > 200
}

// closingCredit matches a short bracketed note closing a paragraph after
// a space: an agency's credit such as "(Reuters)", "[AP]" or "(AFP/Getty
// Images)". A teaser's label ("...ships[ANALYSIS]", "[VIDEO]") is none.
// A note of figures ("... Murphy (47)", a team sheet) is none either.
var closingCredit = regexp.MustCompile(`\s[(\[]\pL[^()\[\]\d]{0,39}[)\]]$`)

// teaserLabel matches the bracketed labels of links to other stories.
var teaserLabel = regexp.MustCompile(`(?i)[(\[]\s*(?:analysis|video|watch|pictured|pictures|photos|gallery|live|updated|exclusive|opinion|poll|quiz|podcast|audio)\s*[)\]]$`)

// creditTail returns the end of t where a closingCredit match could
// start, or "" when t cannot end with one. Go's regexp scans a whole
// paragraph for a pattern anchored at its end; the credit is at most
// maxCredit bytes, and most paragraphs end with a stop.
func creditTail(t string) string {
	if !strings.HasSuffix(t, ")") && !strings.HasSuffix(t, "]") {
		return ""
	}
	// A space of 3 bytes, a bracket, 40 letters of 4 bytes, a bracket.
	const maxCredit = 3 + 1 + 40*utf8.UTFMax + 1
	k := max(0, len(t)-maxCredit)
	for k < len(t) && !utf8.RuneStart(t[k]) {
		k++
	}
	return t[k:]
}

// trimClosingMarks removes closing credits, emoji and other symbols (with
// their joiners and modifiers) from the end of t.
func trimClosingMarks(t string) string {
	for {
		u := strings.TrimRightFunc(t, func(r rune) bool {
			return unicode.IsSpace(r) || unicode.In(r, unicode.So, unicode.Sk, unicode.Mn, unicode.Me) ||
				r == '\u200D' || 0xFE00 <= r && r <= 0xFE0F || 0x1F3FB <= r && r <= 0x1F3FF
		})
		// The credit ends the text with its bracket; most lines end
		// otherwise, and the expression is not asked of them.
		if tail := creditTail(u); tail != "" && (tail[len(tail)-1] == ')' || tail[len(tail)-1] == ']') {
			if loc := closingCredit.FindStringIndex(tail); loc != nil && !teaserLabel.MatchString(u) {
				u = u[:len(u)-len(tail)+loc[0]]
			}
		}
		if u == t {
			return t
		}
		t = u
	}
}

// endsLikeSentence reports whether t ends with sentence punctuation,
// perhaps before a closing quote.
func endsLikeSentence(t string) bool {
	r, n := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune(`"”’'`, r) {
		// A closing quote ends a sentence only after a stop: "... said
		// “No.”" is prose; "Bolton says Russia ‘beyond the pale’" is a
		// headline.
		r, _ = utf8.DecodeLastRuneInString(t[:len(t)-n])
	}
	return strings.ContainsRune(`.!?…:;,`, r)
}

// storySpans returns the parts of text that carry the story: the title
// line and every prose paragraph, without page furniture. It works on
// lines, the unit that web-page extraction leaves behind.
func storySpans(text string) []span {
	type line struct {
		span
		s string
	}
	var lines []line
	off := 0
	for _, l := range strings.SplitAfter(text, "\n") {
		body := strings.TrimRight(l, "\r\n")
		lines = append(lines, line{span{off, off + len(body)}, body})
		off += len(l)
	}
	keep := make([]bool, len(lines))
	title := true
	for i, l := range lines {
		t := strings.TrimSpace(l.s)
		if t == "" {
			continue
		}
		if title {
			// The headline carries the story's main claim, though it
			// has no final punctuation.
			keep[i], title = true, false
			continue
		}
		// Page furniture is short: "By contrast, ..." opening a long
		// paragraph is story text.
		if len(t) <= furnitureMax && (mayBeBoilerplate(t) && boilerplateLine.MatchString(t) || strings.HasPrefix(t, "By ") && byline.MatchString(t)) || mayBeBlurb(t) && authorBlurb.MatchString(t) {
			continue
		}
		keep[i] = isProse(t)
	}
	// A caption is often printed twice, the second time with a credit
	// ("... (inset). Picture: Getty"): drop both copies.
	for i := 0; i+1 < len(lines); i++ {
		a, b := strings.TrimSpace(lines[i].s), strings.TrimSpace(lines[i+1].s)
		if a != "" && len(a) > 20 && strings.HasPrefix(b, a) {
			keep[i], keep[i+1] = false, false
		}
	}
	// A prose line inside a long run of headline-like lines is a teaser
	// that happens to end with a full stop; drop it with the run.
	for i := 0; i < len(lines); {
		if strings.TrimSpace(lines[i].s) == "" || keep[i] {
			i++
			continue
		}
		j, short, prose := i, 0, 0
		for j < len(lines) && (strings.TrimSpace(lines[j].s) == "" || !keep[j] || len(lines[j].s) < 160) {
			if t := strings.TrimSpace(lines[j].s); t != "" {
				if keep[j] {
					prose++
				} else {
					short++
				}
			}
			j++
		}
		// A list of headlines is mostly headlines; a live blog or an
		// explainer alternates subheadings with paragraphs and keeps
		// its paragraphs.
		if short >= 2*runOfHeadlines && short >= 2*prose {
			for k := i; k < j; k++ {
				keep[k] = false
			}
		}
		i = j
		if i < len(lines) && keep[i] {
			i++
		}
	}
	var out []span
	for i, l := range lines {
		if keep[i] {
			out = append(out, l.span)
		}
	}
	return out
}

// abbreviations end with a full stop that does not end the sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "gen": true, "lt": true,
	"col": true, "capt": true, "sgt": true, "rev": true, "sen": true, "rep": true, "gov": true, "pres": true,
	"no": true, "vs": true, "etc": true, "jr": true, "sr": true, "inc": true, "ltd": true, "co": true,
	"corp": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "u.s": true, "u.k": true, "u.n": true,
	"a.m": true, "p.m": true, "e.g": true, "i.e": true, "approx": true, "est": true, "fig": true, "mt": true,
	"s.v": true, "d.c": true,
}

// maxAbbreviation is the length of the longest of abbreviations.
const maxAbbreviation = 6

// abbreviation reports whether abbreviations holds w in lower case,
// lowering a short word of ASCII on the stack: endsSentence asks it at
// every full stop, and a word of ASCII keeps its length in lower case.
func abbreviation(w string) bool {
	if !isASCII(w) {
		return abbreviations[strings.ToLower(w)]
	}
	if len(w) > maxAbbreviation {
		return false
	}
	var buf [maxAbbreviation]byte
	return abbreviations[string(appendLower(append(buf[:0], w...)))]
}

// Sentences splits the story parts of text into sentences with byte
// offsets into text. Boilerplate lines are left out.
func Sentences(text string) []Sentence { return appendSentences(nil, text) }

// appendSentences appends the sentences Sentences returns to out.
func appendSentences(out []Sentence, text string) []Sentence {
	for p, sp := range storySpans(text) {
		out = splitSentences(text, sp, p, out)
	}
	return out
}

func splitSentences(text string, sp span, para int, out []Sentence) []Sentence {
	s := text[sp.Start:sp.End]
	start := 0
	emit := func(end int) {
		seg := s[start:end]
		lead := len(seg) - len(strings.TrimLeftFunc(seg, unicode.IsSpace))
		trail := len(seg) - len(strings.TrimRightFunc(seg, unicode.IsSpace))
		if lead < len(seg)-trail {
			a, b := sp.Start+start+lead, sp.Start+end-trail
			if b-a <= maxSentence {
				// Most sentences: one chunk, without a slice for it.
				out = append(out, Sentence{Text: text[a:b], Start: a, End: b, Para: para})
				start = end
				return
			}
			for _, c := range chunks(text, a, b) {
				out = append(out, Sentence{Text: text[c.Start:c.End], Start: c.Start, End: c.End, Para: para})
			}
		}
		start = end
	}
	for i := 0; i < len(s); {
		// Only ".", "!", "?" and the first byte of "…" can start a
		// stop, and none of them is inside a rune of several bytes:
		// every other byte is passed over without decoding, at one
		// look in a table, in a loop of its own.
		i = nextStopStart(s, i)
		if i == len(s) {
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += n
			continue
		}
		j := i + n
		// Take closing quotes, brackets and repeated marks with the stop.
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !strings.ContainsRune(`.!?…"”’')]`, r2) {
				break
			}
			j += n2
		}
		if j < len(s) {
			r2, _ := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsSpace(r2) {
				i = j
				continue
			}
		}
		if r == '.' && !endsSentence(s, i, j) {
			i = j
			continue
		}
		if strings.ContainsAny(s[i+n:j], "\"”") && quoteGoesOn(s[j:]) {
			// "“Isn't it a cover-up?” he asked": the attribution
			// after a closing quotation is the same sentence.
			i = j
			continue
		}
		emit(j)
		i = j
	}
	emit(len(s))
	return out
}

// stopStart marks the bytes that can start a stop: ".", "!", "?" and
// 0xe2, the first byte of "…" (e2 80 a6).
var stopStart = [256]bool{'.': true, '!': true, '?': true, 0xe2: true}

// nextStopStart returns the index of the first byte of s from i on that
// stopStart marks, or len(s). It tests eight bytes at a time while none
// of them is one, as in most of a sentence: reading the bytes one by one
// took 0.7% of a build's instructions.
func nextStopStart(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	// zero has the high bit of a byte set for each byte of v that is
	// zero, and maybe of the bytes after one, which is no matter: the
	// bytes are then read one by one.
	zero := func(v uint64) uint64 { return (v - ones) &^ v }
	for ; len(s)-i >= 8; i += 8 {
		t := s[i : i+8]
		w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		if (zero(w^('.'*ones))|zero(w^('!'*ones))|zero(w^('?'*ones))|zero(w^(0xe2*ones)))&highs != 0 {
			break
		}
	}
	for i < len(s) && !stopStart[s[i]] {
		i++
	}
	return i
}

// quoteGoesOn reports whether the text after a closing quotation goes on
// with the sentence: its next word starts in lower case.
func quoteGoesOn(rest string) bool {
	rest = strings.TrimLeft(rest, " \t")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsLower(r)
}

// maxSentence is the longest sentence the rules read, in bytes. Real
// sentences are far shorter; text without stops (transcripts, lists,
// scripts that do not use ".") is cut into pieces at white space, which
// keeps the work per sentence bounded.
const maxSentence = 2000

// chunks splits text[a:b] into spans of at most maxSentence bytes, cut at
// white space where there is some.
func chunks(text string, a, b int) []span {
	var out []span
	for b-a > maxSentence {
		cut := a + maxSentence
		for cut > a && !utf8.RuneStart(text[cut]) {
			cut--
		}
		if i := strings.LastIndexFunc(text[a:cut], unicode.IsSpace); i > 0 {
			cut = a + i
		}
		out = append(out, span{a, cut})
		a = cut
		for a < b {
			r, n := utf8.DecodeRuneInString(text[a:])
			if !unicode.IsSpace(r) {
				break
			}
			a += n
		}
	}
	if a < b {
		out = append(out, span{a, b})
	}
	return out
}

// endsSentence decides whether the full stop at s[dot] ends a sentence:
// not after an abbreviation or an initial, and not when the next word
// starts in lower case.
func endsSentence(s string, dot, after int) bool {
	w := dot
	for w > 0 {
		if c := s[w-1]; c < utf8.RuneSelf {
			// The letters of ASCII are unicode.IsLetter's there.
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '.') {
				break
			}
			w--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[:w])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		w -= n
	}
	word := s[w:dot] // as written: lowered only to be looked up
	rest := strings.TrimLeftFunc(s[after:], unicode.IsSpace)
	if abbreviation(word) {
		// "No. 10" abbreviates; "said no." ends a sentence. Only "no",
		// "No", "nO" and "NO" are "no" in lower case.
		if len(word) != 2 || word[0]|0x20 != 'n' || word[1]|0x20 != 'o' || rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return false
		}
	}
	if utf8.RuneCountInString(word) == 1 { // as many runes as in lower case
		if r, _ := utf8.DecodeRuneInString(s[w:]); unicode.IsUpper(r) {
			return false // an initial: "George W. Bush"
		}
	}
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return !unicode.IsLower(r)
}

// appendLower lower-cases b in place, as strings.ToLower would, and
// returns it.
func appendLower(b []byte) []byte {
	for i, c := range b {
		if c >= utf8.RuneSelf {
			// The ASCII letters lowered so far lower to themselves.
			return append(b[:0], strings.ToLower(string(b))...)
		}
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return b
}

// firstField returns the first of strings.Fields(s), or "", and whether
// more follow, without building the list.
func firstField(s string) (string, bool) {
	if isASCII(s) {
		i := 0
		for i < len(s) && asciiSpace[s[i]] {
			i++
		}
		s = s[i:]
		for i = 0; i < len(s) && !asciiSpace[s[i]]; i++ {
		}
		w := s[:i]
		for i < len(s) && asciiSpace[s[i]] {
			i++
		}
		return w, i < len(s)
	}
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s, false
	}
	return s[:i], strings.TrimLeftFunc(s[i:], unicode.IsSpace) != ""
}

// isASCII reports whether s is ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lastField returns the last of strings.Fields(s), or "", and whether
// others come before it, without building the list.
func lastField(s string) (string, bool) {
	if isASCII(s) {
		// Names are, most of them: read by the byte, where the
		// functions below decode each rune and ask unicode.IsSpace.
		j := len(s)
		for j > 0 && asciiSpace[s[j-1]] {
			j--
		}
		i := j
		for i > 0 && !asciiSpace[s[i-1]] {
			i--
		}
		w := s[i:j]
		for i > 0 && asciiSpace[s[i-1]] {
			i--
		}
		return w, i > 0
	}
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s, false
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return s[i+n:], strings.TrimRightFunc(s[:i], unicode.IsSpace) != ""
}
