package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newskg/newskg/graph"
)

// eventWordRE is the regular expression hasEventWord stands in for.
var eventWordRE = regexp.MustCompile(`(?i)attack|strike|raid|attempt|bomb|incident|episode|plot|terror`)

func TestHasEventWord(t *testing.T) {
	for _, s := range []string{
		"", "The ATTACK on", "a drone strike", "no such word", "Strı\u212Ae", "stri\u212Ae", "epi\u017Fode",
		"bo mb", "B\u00f6mb", "raid", "RAID", "The Kremlin’s “terror” claim", "attac", "\xff\xfeattack",
	} {
		if got, want := hasEventWord(s), eventWordRE.MatchString(s); got != want {
			t.Errorf("hasEventWord(%q) = %v; the regular expression says %v", s, got, want)
		}
	}
}

// TestDatedNounsAreEventWords checks what datedEvents relies on to skip
// the sentences findEvents found no event word in: each noun datedEvent
// ends with is one (hasEventWord holds of it).
func TestDatedNounsAreEventWords(t *testing.T) {
	src := datedEvent.String()
	i, j := strings.LastIndex(src, " ("), strings.LastIndex(src, ")")
	if i < 0 || j < i {
		t.Fatalf("no group of nouns at the end of datedEvent %s", src)
	}
	for _, noun := range strings.Split(src[i+2:j], "|") {
		if !hasEventWord(noun) {
			t.Errorf("datedEvent's noun %q is none of eventWords", noun)
		}
	}
}

func FuzzHasEventWord(f *testing.F) {
	f.Add("A drone stri\u212Ae on the Kremlin")
	f.Add("epi\u017Fode")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasEventWord(s), eventWordRE.MatchString(s); got != want {
			t.Errorf("hasEventWord(%q) = %v; the regular expression says %v", s, got, want)
		}
	})
}

// blurbCases are lines that authorBlurb matches or nearly matches.
var blurbCases = []string{
	"", "John Smith is a freelance journalist based in Kabul.", "Anna is the editor of the paper", "Anna  is a writer",
	"A B C is an author", "A B C D is an author", "Jo is", "Jo was a writer", "Jo wasn't a writer", "Jo-Ann O’Neil was the BBC correspondent",
	"The minister is a reporter", "is a reporter", "Jo	is a writer",
}

func TestMayBeBlurb(t *testing.T) {
	matched := 0
	for _, s := range blurbCases {
		checkMayBeBlurb(t, s)
		if authorBlurb.MatchString(s) {
			matched++
		}
	}
	if matched < 3 {
		t.Errorf("authorBlurb matches %d of the cases; want a few, or the test shows nothing", matched)
	}
}

func FuzzMayBeBlurb(f *testing.F) {
	for _, s := range blurbCases {
		f.Add(s)
	}
	f.Fuzz(checkMayBeBlurb)
}

// checkMayBeBlurb fails when mayBeBlurb turns away a line that
// authorBlurb matches.
func checkMayBeBlurb(t *testing.T, s string) {
	if authorBlurb.MatchString(s) && !mayBeBlurb(s) {
		t.Errorf("mayBeBlurb(%q) = false, but authorBlurb matches", s)
	}
}

// eventNounCases are sentences that eventNounWord must let through to
// eventNoun, or may turn away.
var eventNounCases = []string{
	"", "The attack on the Kremlin", "a drone STRIKE", "the striker scored", "attempted murder", "attacks",
	"an act of terrorism", "the terrorist act", "the assassination bid", "attempt on his life", "_attack",
	"anti-attack", "attack_", "9attack", "the alleged raid.", "stri\u212Ae on", "epi\u017Fode", "«plot»",
	"the bombing", "an incident", "x episode y", "Attack\u00e9", "\u00e9attack", "\xffattack\xfe",
}

func checkEventNounWord(t *testing.T, s string) {
	t.Helper()
	if eventNoun.MatchString(s) && !eventNounWord(s) {
		t.Errorf("eventNounWord(%q) = false; eventNoun matches", s)
	}
}

func TestEventNounWord(t *testing.T) {
	for _, s := range eventNounCases {
		checkEventNounWord(t, s)
	}
	if eventNounWord("the striker attempted attacks") {
		t.Error(`eventNounWord("the striker attempted attacks") = true, want false`)
	}
}

func FuzzEventNounWord(f *testing.F) {
	for _, s := range eventNounCases {
		f.Add(s)
	}
	f.Fuzz(checkEventNounWord)
}

// The helpers below stand in for simpler code that built strings; each
// must give what that code gave.

func initialsRef(name, a string) bool {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String() == a
}

func fieldsRef(s string) (first, last string, more bool) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return "", "", false
	}
	return f[0], f[len(f)-1], len(f) > 1
}

var helperCases = []string{
	"", " ", "Serious Fraud Office", "SFO", "  Serious   fraud Office ", "Élysée Palace", "ÉP",
	"a\u00a0B", "\u2003Kyiv\u2003City\u2003", "U.S. Department of State", "\xff\xfeBad UTF-8", "İstanbul",
	"ŞİRKET", "Abc", "ABC",
}

func checkHelpers(t *testing.T, s, a string) {
	t.Helper()
	if got, want := initials(s, a), initialsRef(s, a); got != want {
		t.Errorf("initials(%q, %q) = %v, want %v", s, a, got, want)
	}
	first, last, more := fieldsRef(s)
	if f, m := firstField(s); f != first || m != more {
		t.Errorf("firstField(%q) = %q, %v; want %q, %v", s, f, m, first, more)
	}
	if l, m := lastField(s); l != last || m != more {
		t.Errorf("lastField(%q) = %q, %v; want %q, %v", s, l, m, last, more)
	}
	if got, want := string(appendLower([]byte(s))), strings.ToLower(s); got != want {
		t.Errorf("appendLower(%q) = %q, want %q", s, got, want)
	}
	if got, want := isLowerWord(s), isLowerWordRef(s); got != want {
		t.Errorf("isLowerWord(%q) = %v, want %v", s, got, want)
	}
	r, _ := utf8.DecodeRuneInString(s)
	tok := token{text: s}
	if got, want := tok.isWord(), unicode.IsLetter(r) || unicode.IsDigit(r); got != want {
		t.Errorf("token %q: isWord() = %v, want %v", s, got, want)
	}
	if got, want := tok.capitalised(), unicode.IsUpper(r); got != want {
		t.Errorf("token %q: capitalised() = %v, want %v", s, got, want)
	}
}

func isLowerWordRef(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) && w == strings.ToLower(w)
}

func TestStringHelpers(t *testing.T) {
	for _, s := range helperCases {
		for _, a := range helperCases {
			checkHelpers(t, s, a)
		}
	}
}

func FuzzStringHelpers(f *testing.F) {
	for _, s := range helperCases {
		f.Add(s, "SFO")
	}
	f.Fuzz(func(t *testing.T, s, a string) { checkHelpers(t, s, a) })
}

// TestSpacedOnce checks that spacedOnce(s) tells whether the
// normalisation Gazetteer.add skips for it would leave s as it is.
func TestSpacedOnce(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "a\u00a0b", "a\u2003b", "Zürich Re", "a b c", "a\rb", "\v", "x\x85y"} {
		checkSpacedOnce(t, s)
	}
}

func FuzzSpacedOnce(f *testing.F) {
	f.Add("Federation of Small Businesses")
	f.Add("a  b")
	f.Fuzz(checkSpacedOnce)
}

func checkSpacedOnce(t *testing.T, s string) {
	if want := strings.Join(strings.Fields(s), " ") == s; spacedOnce(s) && !want {
		t.Errorf("spacedOnce(%q) is true, but Fields and Join change it", s)
	}
}

// TestInFold checks that rules.inFold(sec, w) is rules.in(sec,
// strings.ToLower(w)) for every word and section of the lexicon, in the
// case it is written in and capitalised.
func TestInFold(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for sec, ws := range x.lex {
		for _, w := range ws {
			for _, v := range []string{w, strings.ToUpper(w), capitalise(w), "Ünknown " + w} {
				if got, want := x.rules.inFold(sec, v), x.rules.in(sec, strings.ToLower(v)); got != want {
					t.Errorf("inFold(%q, %q) = %v, want %v", sec, v, got, want)
				}
			}
		}
	}
}

func FuzzLastOpenQuote(f *testing.F) {
	for _, s := range []string{"", "a “b", "‘x’ and “y", "\xe2\x80\x9c\x80\x80", "\x80\xe2\x80\x98", "“\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := lastOpenQuote(s), strings.LastIndexAny(s, "“‘"); got != want {
			t.Errorf("last open quote in %q: %d, LastIndexAny says %d", s, got, want)
		}
	})
}

// TestWordFacts checks that the facts lowWords gives each token say what
// the lists say of its text, for the words of the seed articles and
// every word the lists hold, as written, capitalised, in capitals and in
// odd cases.
func TestWordFacts(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for w := range x.words {
		words = append(words, w, strings.ToLower(w), strings.ToUpper(w), capitalise(w), "x"+w, w+"s")
		if len(w) > 1 {
			words = append(words, strings.ToLower(w[:1])+strings.ToUpper(w[1:]))
		}
	}
	files, _ := filepath.Glob(filepath.Join("..", "seeds", "*"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range tokenize(string(b), 0) {
			words = append(words, tok.text)
		}
	}
	toks := make([]token, len(words))
	for k, w := range words {
		toks[k] = token{text: w}
	}
	lows, _ := x.lowWords([][]token{toks}, nil, new(wordCache))
	for k, tok := range toks {
		w := tok.text
		var b []byte
		if got, want := lows[0][k], x.rules.lowWord(w, &b); got != want {
			t.Errorf("%q: lowWord %+v, want %+v", w, got, want)
		}
		f := tok.facts
		if f == nil {
			continue // read from the lists themselves
		}
		if f.rules != x.rules.lookup(strings.ToLower(w)) || f.gaz != x.gaz.longest(w) || !slices.Equal(f.forms, x.gaz.lookup(w)) ||
			f.given != x.givenNames[w] || f.notName != x.notName[w] || f.orgHead != x.orgHead[w] || f.placeHead != x.placeHead[w] ||
			f.connector != connectors[w] || f.homeCue != x.homeCues[w] || f.upper != startsUpper(w) || f.word != startsWord(w) {
			t.Errorf("%q: facts %+v disagree with the lists", w, *f)
		}
		for h := range x.orgHead {
			if first, _, _ := strings.Cut(h, " "); first == w && strings.Contains(h, " ") && !f.orgHeadFirst {
				t.Errorf("%q: orgHeadFirst not set, though %q is an org-head", w, h)
			}
		}
	}
}

// BenchmarkHasEventWord measures the event-word test over the sentences
// of the shared BBC corpus when it sits beside the repository (else the
// seeds): findEvents asks it of every sentence.
func BenchmarkHasEventWord(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpora", "bbc-news", "*", "*.txt"))
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join("..", "seeds", "*"))
	}
	var sents []string
	n := 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range Sentences(string(t)) {
			sents = append(sents, s.Text)
			n += len(s.Text)
		}
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, s := range sents {
			hasEventWord(s)
		}
	}
}

// appendTokensRef is appendTokens as it was before it tested for a
// space and an ASCII letter first and noted a word's first hyphen as it
// read the word.
func appendTokensRef(out []token, s string, base int) []token {
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
			if h := strings.IndexByte(s[i:j], '-'); h > 0 && h+1 < j-i && !syllableAfter(out, s[i+h+1:j], base+i) {
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
				text = "‘" // a straight mark that opens a quotation
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

func FuzzAppendTokens(f *testing.F) {
	for _, s := range []string{"", "Washington-based", "Russia-annexed Crimea", "al-Assad", "U.S.-led", "ex-Yukos boss", "a-b-c", "Ab-cd-Ef", "PodolyakChief", "O'Brien’s", "\xff-a", "É-é", "Lai Ching-te", "The Soviet-era"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := appendTokens(nil, s, 3), appendTokensRef(nil, s, 3); !slices.Equal(got, want) {
			t.Errorf("appendTokens(%q) = %v; before: %v", s, got, want)
		}
	})
}

// TestSectionBits checks the bits by which phraseAt and wordRules.isIn
// turn a word away: each word's must hold the secBit of every section
// that lists it or a phrase it starts, or the rules would miss them.
func TestSectionBits(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for w, e := range x.rules.words {
		for _, sec := range e.in {
			if e.inBits&secBit(sec) == 0 || !e.isIn(sec) {
				t.Errorf("%q is in [%s], but its inBits leave the section out", w, sec)
			}
		}
		for _, p := range e.phrases {
			if e.phraseBits&secBit(p.sec) == 0 || len(e.phrasesOf(p.sec)) != len(p.phrases) {
				t.Errorf("%q starts phrases of [%s], but its phraseBits leave the section out", w, p.sec)
			}
		}
	}
	var nilRules *wordRules
	if nilRules.isIn("speech") {
		t.Error("a word no section lists is in [speech]")
	}
}

// checkEventNounFrom fails when eventNoun finds other matches in s than
// in s[eventNounFrom(s):], moved back by the offset, or any match where
// eventNounFrom reports none can be.
func checkEventNounFrom(t *testing.T, s string) {
	t.Helper()
	want := eventNoun.FindAllStringSubmatchIndex(s, -1)
	from := eventNounFrom(s)
	if from < 0 {
		if want != nil {
			t.Errorf("eventNounFrom(%q) = -1; eventNoun matches %v", s, want)
		}
		return
	}
	got := eventNoun.FindAllStringSubmatchIndex(s[from:], -1)
	for _, loc := range got {
		for k := range loc {
			if loc[k] >= 0 {
				loc[k] += from
			}
		}
	}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("eventNoun in %q from %d: %v; in the whole: %v", s, from, got, want)
	}
}

var eventNounFromCases = []string{
	"He said the alleged drone missile attack on the Kremlin was staged", "the  alleged\tdrone \n missile attack", "x9drone strike",
	"_the attack", "The Alleged Kamikaze Drone Strike against the base", "a suspected terrorist act at the airport and a bombing",
	"(the attack)", "the\vattack", "an attempt on his life; the raid", "drone drone drone attack", "terror terrorist attack",
	"stri\u212Ae on", "\u017Fuicide attack", "the attacks", "this episode, that incident and a plot", "Ｔhe attack",
	"attempt to kill Zelensky", "an act of terrorism targeting the embassy",
	"the attack drone strike", "an attack on the base, then a raid and a plot", "attac\u212Ax strike", "a raid on the attack",
	"the act was a bombing", "terrorist attack; terrorist act", "attack strike raid",
	"a plot to attack the base", "an attempt attempt to kill Putin", "the terrorist terrorist act", "raid-attack",
	"the suspected drone missile bomb attack", "Attack on the base. The strike at the port", "x_the attack", "the 9 raid",
}

func TestEventNounFrom(t *testing.T) {
	for _, s := range append(eventNounFromCases, eventNounCases...) {
		checkEventNounFrom(t, s)
		checkEventNounMatches(t, s)
	}
}

func FuzzEventNounFrom(f *testing.F) {
	for _, s := range append(eventNounFromCases, eventNounCases...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkEventNounFrom(t, s)
		checkEventNounMatches(t, s)
	})
}

// checkEventNounMatches fails when eventNounMatches finds other matches
// in s than the regular expression does.
func checkEventNounMatches(t *testing.T, s string) {
	t.Helper()
	if got, want := eventNounMatches(s), eventNoun.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("eventNounMatches(%q) = %v; the regular expression finds %v", s, got, want)
	}
}

// datedNounRef is datedNoun as it was written first, searching for the
// nouns with their space.
func datedNounRef(text string) bool {
	for _, noun := range []string{" attack", " bombing"} {
		for from := 0; ; {
			i := strings.Index(text[from:], noun)
			if i < 0 {
				break
			}
			i += from
			if strings.ContainsAny(text[max(0, i-16):i], "0123456789") {
				return true
			}
			from = i + len(noun)
		}
	}
	return false
}

var datedNounCases = []string{
	"", "the 9/11 attacks", "the 7 July bombings", "attack", "1 attack", "1attack", "the September 11 attacks and more",
	"12345678901234567 attack", "1234567890123456 attack", "on 3 May. A long while later, an attack", "x attackattack 1 attack",
	"1  attack", "11 bombing", "9 attack attack", "the 1 xattack",
}

func TestDatedNoun(t *testing.T) {
	for _, s := range datedNounCases {
		if got, want := datedNoun(s), datedNounRef(s); got != want {
			t.Errorf("datedNoun(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzDatedNoun(f *testing.F) {
	for _, s := range datedNounCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := datedNoun(s), datedNounRef(s); got != want {
			t.Errorf("datedNoun(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestHomeBody checks that homeBody, which turns away the words of no
// line at once, says what homeBodies says of each state and word.
func TestHomeBody(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	states, words := []string{"", "nowhere"}, []string{"", "Treasury", "treasury", "Nothing"}
	for key := range x.homeBodies {
		state, word, _ := strings.Cut(key, "\t")
		states, words = append(states, state), append(words, word)
	}
	for _, state := range states {
		for _, word := range words {
			if got, want := x.homeBody(state, word), x.homeBodies[state+"\t"+word]; got != want {
				t.Errorf("homeBody(%q, %q) = %q, want %q", state, word, got, want)
			}
		}
	}
}

// localAtRef is localAt as it was first written, without the test of
// the first byte.
func localAtRef(ar *article, toks []token, i int) (int, localName) {
	if len(ar.localFirst) == 0 {
		return 0, localName{}
	}
	for n := min(ar.localFirst[toks[i].text], len(toks)-i); n >= 1; n-- {
		ar.buf = appendJoined(ar.buf[:0], toks[i:i+n])
		if ln, ok := ar.local[string(ar.buf)]; ok {
			return n, ln
		}
	}
	return 0, localName{}
}

// TestLocalAt checks that localAt, which turns away a token whose first
// byte starts no learnt name, finds what localAtRef finds, as names are
// learnt one after another.
func TestLocalAt(t *testing.T) {
	toks := tokenize("The Acme Widget Co said acme Widget and Zeta Labs, then Acme and Élan Vital met at Zeta.", 0)
	ar := &article{local: make(map[string]localName), localFirst: make(map[string]int)}
	learn := func(name string) {
		f := strings.Fields(name)
		ar.local[name] = localName{id: name, name: name}
		ar.localFirst[f[0]] = max(ar.localFirst[f[0]], len(f))
	}
	for _, name := range []string{"", "Acme Widget Co", "Zeta Labs", "Élan Vital", "acme Widget", "Acme"} {
		if name != "" {
			learn(name)
		}
		for i := range toks {
			n, ln := ar.localAt(toks, i)
			wn, wln := localAtRef(ar, toks, i)
			if n != wn || ln != wln {
				t.Errorf("after %q: localAt(%q) = %d, %v; want %d, %v", name, toks[i].text, n, ln, wn, wln)
			}
		}
	}
}

// TestLookupFold checks that lookupFold, which lowers an ASCII word on
// the stack, finds what lookup finds of strings.ToLower of the word.
func TestLookupFold(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"", "Mrs", "MRS", "mrs", "Ms.", "Sir", "Über", "ÉLYSÉE", "Kelvin\u212A", strings.Repeat("Long", 10), "Spokesman", "x"}
	for w := range x.rules.words {
		words = append(words, w, strings.ToUpper(w), capitalise(w))
	}
	for _, w := range words {
		if got, want := x.rules.lookupFold(w), x.rules.lookup(strings.ToLower(w)); got != want {
			t.Errorf("lookupFold(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestStartsAt checks that sentence.startsAt, which reads what the
// lexicon says of a word from the item appendItems laid out, agrees with
// rules.startsAny looking the word up afresh, for every section and the
// sets of sections the rules test.
func TestStartsAt(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	r := x.rules
	masks := []secMask{r.roleSet, r.speechCues, r.claimVerbs, r.launchCues, r.harmCall, r.eventNoun, r.publications, r.demands, r.stateOffice, r.stance, r.criticismReceived, r.accusationReceived, r.culpritNoun}
	for sec := range r.secIndex {
		masks = append(masks, r.mask(sec))
	}
	files, _ := filepath.Glob(filepath.Join("..", "seeds", "*"))
	if len(files) == 0 {
		t.Fatal("no seeds")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		toks := tokenize(string(b), 0)
		lows, _ := x.lowWords([][]token{toks}, nil, new(wordCache))
		// Some mentions among the words, as the rules see them.
		var ms []mention
		for k := 3; k+1 < len(toks); k += 7 {
			ms = append(ms, mention{start: toks[k].start, end: toks[k+1].end, t0: k, t1: k + 2})
		}
		items := appendItems(nil, toks, lows[0], ms)
		sc := &sentence{items: items}
		fresh := slices.Clone(items)
		for k := range fresh {
			fresh[k].rules, fresh[k].looked = nil, false
		}
		for i := range items {
			for _, m := range masks {
				if got, want := sc.startsAt(i, &m), r.startsAny(fresh, i, m); got != want {
					t.Errorf("%s: startsAt(%d %q) = %v, want %v", f, i, items[i].low, got, want)
				}
			}
		}
	}
}

// checkWordSet plays ops on a wordSet and on the map it stands for: each
// byte of ops adds a word, asks for one, or resets both (article after
// article, small and large, so that the table is reused and grows).
func checkWordSet(t *testing.T, ops []byte) {
	var s wordSet
	ref := make(map[string]bool)
	if s.has("x") || (*wordSet)(nil).has("x") {
		t.Fatal("an empty wordSet has a word")
	}
	s.reset(0)
	words := []string{"", "a", "b", "the", "The", "said", "sand", "minister", "ministers", "ü", "Ümit"}
	for k, op := range ops {
		w := words[int(op)%len(words)]
		if op >= 200 { // many words of one epoch: the set grows
			w += strings.Repeat("x", int(op)%7) + string(rune('a'+k%26))
		}
		switch op % 4 {
		case 0, 1:
			s.add(w)
			ref[w] = true
		case 2:
			if got, gotB := s.has(w), s.hasBytes([]byte(w)); got != ref[w] || gotB != ref[w] {
				t.Fatalf("op %d: has(%q) = %v, hasBytes %v; the map says %v", k, w, got, gotB, ref[w])
			}
		case 3:
			if op%8 == 3 {
				s.reset(int(op))
				clear(ref)
			}
		}
	}
	for w := range ref {
		if !s.has(w) {
			t.Fatalf("has(%q) = false after adding it", w)
		}
	}
}

func TestWordSet(t *testing.T) {
	ops := make([]byte, 5000)
	for i := range ops {
		ops[i] = byte(i*7919 + i/13)
	}
	checkWordSet(t, ops)
	// One article of many words: the table grows from its least size.
	var s wordSet
	s.reset(0)
	for i := range 1000 {
		s.add(strconv.Itoa(i))
	}
	for i := range 2000 {
		if got := s.has(strconv.Itoa(i)); got != (i < 1000) {
			t.Fatalf("after growing, has(%d) = %v", i, got)
		}
	}
}

func FuzzWordSet(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 11, 200, 201, 202, 203, 206})
	f.Fuzz(func(t *testing.T, ops []byte) { checkWordSet(t, ops) })
}

// checkJoinedText fails when joinedText returns other than joinTokens
// for a run of the tokens of s.
func checkJoinedText(t *testing.T, s string) {
	t.Helper()
	ar := &article{a: graph.Article{Text: s}}
	toks := tokenize(s, 0)
	for i := range toks {
		for j := i; j <= len(toks) && j <= i+6; j++ {
			if got, want := ar.joinedText(toks[i:j]), joinTokens(toks[i:j]); got != want {
				t.Fatalf("joinedText of %q[%d:%d] = %q; joinTokens gives %q", s, i, j, got, want)
			}
		}
	}
	// Tokens that are not the article's text at their offsets.
	moved := []token{{text: "New", start: 0, end: 3}, {text: "York", start: 4, end: 8}}
	if got, want := ar.joinedText(moved), joinTokens(moved); got != want {
		t.Fatalf("joinedText of tokens not in %q = %q; joinTokens gives %q", s, got, want)
	}
}

var joinedTextCases = []string{
	"", "New York", "New  York", "New\nYork", "New\tYork City", "Podolyak’s chief", "ex-President Bill Clinton",
	"U.S. President George W. Bush", "PodolyakChief of Staff", "Abdel Fattah al-Sisi, the Egyptian President",
	"Washington-based Brookings Institution", "“Lib Dem” leader", "The  Cabinet   Office",
}

func TestJoinedText(t *testing.T) {
	for _, s := range joinedTextCases {
		checkJoinedText(t, s)
	}
}

func FuzzJoinedText(f *testing.F) {
	for _, s := range joinedTextCases {
		f.Add(s)
	}
	f.Fuzz(checkJoinedText)
}

// TestMayBeBoilerplate checks that the lines mayBeBoilerplate turns away
// are lines boilerplateLine does not match.
func TestMayBeBoilerplate(t *testing.T) {
	lines := []string{"", "a", "©", "© BBC", "Don't miss", " \tREAD MORE", "\u212Aeep", "ſee more", "ſubscribe", "Subscribe now",
		"The minister said", "1 more", "Re: x", "re", "Related", "Sign up", "\vsign up", "x\u212A", "[Read more]", "Most read", "Sée"}
	for _, w := range boilerplateWords {
		lines = append(lines, w, strings.ToUpper(w), " "+w, "\f"+strings.ToUpper(w[:1])+w[1:])
	}
	files, _ := filepath.Glob(filepath.Join("..", "seeds", "*"))
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			lines = append(lines, strings.Split(string(b), "\n")...)
		}
	}
	for _, l := range lines {
		if !mayBeBoilerplate(l) && boilerplateLine.MatchString(l) {
			t.Errorf("mayBeBoilerplate(%q) = false; boilerplateLine matches it", l)
		}
	}
}

// FuzzMayBeBoilerplate checks mayBeBoilerplate against boilerplateLine.
func FuzzMayBeBoilerplate(f *testing.F) {
	for _, s := range []string{"Read more", "ſee also", " \u212Aeep", "© x", "The end"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !mayBeBoilerplate(s) && boilerplateLine.MatchString(s) {
			t.Fatalf("mayBeBoilerplate(%q) = false; boilerplateLine matches it", s)
		}
	})
}

// TestFields compares firstField and lastField, which read ASCII by the
// byte, with strings.Fields.
func TestFields(t *testing.T) {
	for _, s := range []string{
		"", " ", "  \t", "a", " a", "a ", " a b ", "Tony Blair", "Tony  Blair\t", "\vx\fy\rz\n", "x\u00a0y", "José María Aznar",
		" \u2003Zoë Ball\u2003", "a\x85b", "\xffa b",
	} {
		f := strings.Fields(s)
		first, last := "", ""
		if len(f) > 0 {
			first, last = f[0], f[len(f)-1]
		}
		if w, more := firstField(s); w != first || more != (len(f) > 1) {
			t.Errorf("firstField(%q) = %q, %v; want %q, %v", s, w, more, first, len(f) > 1)
		}
		if w, more := lastField(s); w != last || more != (len(f) > 1) {
			t.Errorf("lastField(%q) = %q, %v; want %q, %v", s, w, more, last, len(f) > 1)
		}
	}
}

// TestIsUpperWord compares isUpperWord with what it stands for: two runes
// or more, each a capital letter or a full stop.
func TestIsUpperWord(t *testing.T) {
	want := func(s string) bool {
		if utf8.RuneCountInString(s) < 2 {
			return false
		}
		for _, r := range s {
			if !unicode.IsUpper(r) && r != '.' {
				return false
			}
		}
		return true
	}
	for _, s := range []string{"", "A", "a", "AB", "Ab", "aB", "U.S.", "Tony", "ÉU", "Éa", "É", "\xffa", "a\xff", "NATO", "Nato", "QC", "..", ".a"} {
		if got := isUpperWord(s); got != want(s) {
			t.Errorf("isUpperWord(%q) = %v, want %v", s, got, want(s))
		}
	}
}

// TestMayAllegeStrike checks that mayAllegeStrike holds wherever
// allegedStrike matches: in cases made to match, and before every word of
// the seeds.
func TestMayAllegeStrike(t *testing.T) {
	match := []string{
		"Moscow claimed Kyiv attacked ", "Moscow claimed Kyiv attacked the ", "Moscow claimed Kyiv ATTACKED  THE\t",
		"they said it had tried to strike ", "said it attempted to hit\n", "Russia alleged that Ukraine struck ",
		"Russia alleged that Ukraine attac\u212Aed ", "Russia alleged that Ukraine attac\u212Aed      the ", "said Kyiv targeted\f",
	}
	for _, s := range match {
		if !allegedStrike.MatchString(s) {
			t.Errorf("allegedStrike does not match %q, a case made to match", s)
		}
	}
	cases := append(match, "said it hit", "said it hit the", "says the ", "claims the bathe ", "accused of attack ")
	files, _ := filepath.Glob(filepath.Join("..", "seeds", "*"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		for i := range s {
			if i > 0 && s[i] != ' ' && s[i-1] == ' ' {
				cases = append(cases, s[max(0, i-120):i])
			}
		}
	}
	for _, s := range cases {
		if allegedStrike.MatchString(s) && !mayAllegeStrike(s) {
			t.Errorf("mayAllegeStrike(%q) = false; allegedStrike matches it", s)
		}
	}
}

// TestQuoteMark checks that quoteMark holds for every mark that makes
// markQuotes quote words, so that appendItems may leave it uncalled in a
// sentence without one.
func TestQuoteMark(t *testing.T) {
	for _, mark := range []string{"“", "”", "«", "»", "\"", "'", "‘", "’", "„", "‟", "‹", "›", "「", "」", "`", "-", "(", ")"} {
		items := []item{{tok: token{text: "x", start: 0, end: 1}}}
		for k, w := range []string{mark, "a", "b", "c", "d", "e", mark, "f"} {
			items = append(items, item{tok: token{text: w, start: 2 * (k + 1), end: 2*(k+1) + 1}})
		}
		markQuotes(items)
		quoted := slices.ContainsFunc(items, func(it item) bool { return it.quoted })
		if quoted && !quoteMark(mark) {
			t.Errorf("markQuotes quotes after %q, which quoteMark does not hold", mark)
		}
	}
}

// TestNextStopStart compares nextStopStart with stopStart read byte by
// byte, for every byte at each place of strings around eight bytes long.
func TestNextStopStart(t *testing.T) {
	want := func(s string, i int) int {
		for i < len(s) && !stopStart[s[i]] {
			i++
		}
		return i
	}
	for size := 1; size <= 17; size++ {
		for at := 0; at < size; at++ {
			for c := 0; c < 256; c++ {
				b := []byte(strings.Repeat("a ,\x80", size)[:size])
				b[at] = byte(c)
				for from := 0; from <= 2 && from <= size; from++ {
					if s := string(b); nextStopStart(s, from) != want(s, from) {
						t.Fatalf("nextStopStart(%q, %d) = %d, want %d", s, from, nextStopStart(s, from), want(s, from))
					}
				}
			}
		}
	}
}

// TestAbbreviation compares abbreviation with abbreviations asked of the
// word in lower case, which it must stand for: each of them fits
// maxAbbreviation.
func TestAbbreviation(t *testing.T) {
	words := []string{"", "No", "NO", "nO", "no", "U.S", "u.s", "Approx", "approxi", "government", "Mr", "MRS", "\u212Ao", "Şt", "İnc"}
	for w := range abbreviations {
		if len(w) > maxAbbreviation {
			t.Errorf("abbreviation %q is longer than maxAbbreviation", w)
		}
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s")
	}
	for _, w := range words {
		if got, want := abbreviation(w), abbreviations[strings.ToLower(w)]; got != want {
			t.Errorf("abbreviation(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestCourtesyTitlesCapitalised checks what surnameCues relies on to ask
// courtesyTitles only of capitalised words.
func TestCourtesyTitlesCapitalised(t *testing.T) {
	for w := range courtesyTitles {
		if !startsUpper(w) {
			t.Errorf("courtesy title %q is not capitalised", w)
		}
	}
}

// TestSyllableAfter pins where a capitalised word's hyphen is kept: in a
// given name after a surname ("Lai Ching-te"), not before a modifier's
// suffix ("The Soviet-era", "The US-led") nor after a word in lower
// case.
func TestSyllableAfter(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Lai Ching-te spoke", []string{"Lai", "Ching-te", "spoke"}},
		{"President Moon Jae-in", []string{"President", "Moon", "Jae-in"}},
		{"The Soviet-era tanks", []string{"The", "Soviet", "-", "era", "tanks"}},
		{"The US-led force", []string{"The", "US", "-", "led", "force"}},
		{"in Zorbly-te", []string{"in", "Zorbly", "-", "te"}},
		{"Lai Ching-based", []string{"Lai", "Ching", "-", "based"}},
	} {
		var got []string
		for _, tok := range appendTokens(nil, tt.text, 0) {
			got = append(got, tok.text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("appendTokens(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
