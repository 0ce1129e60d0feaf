package extract

import (
	"bytes"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newskg/newskg/graph"
)

// eventNoun matches the words that name a single incident. A plural
// ("attacks") describes a campaign and makes no event node.
var eventNoun = regexp.MustCompile(`(?i)\b(?:(the|this|that|a|an)\s+)?(?:(alleged|suspected|purported|apparent|attempted|reported|failed|foiled|planned|possible)\s+)?` +
	`(?:(?:kamikaze|drone|missile|rocket|bomb|terrorist|terror|suicide|artillery)\s+){0,2}` +
	`(attack|strike|raid|assassination attempt|assassination bid|attempt on (?:his|her|the president['’]s|[\p{L}]+['’]s) life|attempt to (?:kill|assassinate) [\p{L}]+|bombing|incident|episode|plot|act of terrorism|terrorist act)\b` +
	`(?:\s+(?:on|at|against|targeting)\s+(?:the\s+)?)?`)

// allegedStrike matches the words before the target of a strike that
// someone claims: a verb of speech or accusation, then a verb of attack.
var allegedStrike = regexp.MustCompile(`(?i)\b(?:claim\w*|alleg\w*|accus\w*|said|says|say)\b[^.;]{0,80}\b(?:attacked|struck|hit|targeted|(?:tried|attempted) to (?:strike|hit|attack))\s+(?:the\s+)?$`)

// mayAllegeStrike reports whether allegedStrike may match s: a match
// ends with a verb of attack, white space and maybe "the" and white
// space. The pattern is tried before each name of a place or a body, and
// costs its time at every byte of the 120 before it; most of them end
// otherwise, which is told from their last bytes.
func mayAllegeStrike(s string) bool {
	const space = "\t\n\f\r " // \s
	t := strings.TrimRight(s, space)
	if len(t) == len(s) {
		return false
	}
	if endsWithStrike(t) || !isASCII(t[max(0, len(t)-16):]) {
		return true // a verb, or one (?i) may read in other bytes ("K", U+212A, is k)
	}
	if !endsFold(t, "the") {
		return false
	}
	u := strings.TrimRight(t[:len(t)-3], space)
	return len(u) < len(t)-3 && (endsWithStrike(u) || !isASCII(u[max(0, len(u)-16):]))
}

// endsWithStrike reports whether s ends with a verb that ends a match of
// allegedStrike, in any case.
func endsWithStrike(s string) bool {
	for _, v := range [...]string{"attacked", "struck", "hit", "targeted", "strike", "attack"} {
		if endsFold(s, v) {
			return true
		}
	}
	return false
}

// endsFold reports whether s ends with the ASCII word w in lower case,
// in any case.
func endsFold(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	s = s[len(s)-len(w):]
	for i := 0; i < len(w); i++ {
		if c := s[i]; c != w[i] && c+'a'-'A' != w[i] {
			return false
		}
	}
	return true
}

// weapon finds the weapon of an attack.
var weapon = regexp.MustCompile(`(?i)\b(drone|missile|rocket|bomb)s?\b`)

// eventName names an incident after its weapon and target: "Drone attack
// on the Kremlin", "Attack on Kyiv". The article's own "the" before the
// target is kept.
func eventName(target *graph.Entity, weapon, text string, m *mention) string {
	name := "attack on "
	if m.start >= 4 && strings.EqualFold(text[m.start-4:m.start], "the ") {
		name += "the "
	}
	name += target.Name
	if weapon != "" {
		name = weapon + " " + name
	}
	return strings.ToUpper(name[:1]) + name[1:]
}

// eventWords are the words one of which eventNoun needs: a quick
// filter that spares most sentences the full pattern.
var eventWords = [][]byte{[]byte("attack"), []byte("strike"), []byte("raid"), []byte("attempt"),
	[]byte("bomb"), []byte("incident"), []byte("episode"), []byte("plot"), []byte("terror")}

// hasEventWord reports whether s holds one of eventWords in any case, as
// the regular expression (?i)attack|strike|... would: Unicode case
// folding maps only the Kelvin sign (U+212A) and the long s (U+017F) to
// ASCII letters besides the ASCII capitals. It folds s into a buffer on
// the stack, one byte per rune, and searches that, which is many times
// faster than the regular expression.
func hasEventWord(s string) bool {
	// Text in plain ASCII, most of it, is searched in place, by the
	// shift-and method: bit k of state is set when the bytes read so far
	// end with the first k+1 letters of a word laid out in eventBits,
	// one bit per letter. Each byte costs a few operations and no
	// branch the processor could mispredict. The first byte of a rune
	// of more than one turns to the folded search, which finds what
	// this one would have found before it.
	var state uint64
	for j := 0; j < len(s); j++ {
		m := eventMasks[s[j]]
		state = (state<<1 | eventStarts) & m
		if state&eventEnds|m&eventNonASCII != 0 {
			if m&eventNonASCII != 0 {
				return hasEventWordFolded(s)
			}
			return true
		}
	}
	return false
}

// eventMasks, eventStarts and eventEnds lay eventWords out for the
// shift-and search of hasEventWord: eventMasks[c] has the bits of the
// letters c is, in either case, eventStarts the bits of the words'
// first letters and eventEnds those of their last. eventNonASCII is set
// in the masks of the bytes of runes of more than one byte.
var eventMasks, eventStarts, eventEnds = func() (m [256]uint64, starts, ends uint64) {
	bit := 0
	for _, w := range eventWords {
		starts |= 1 << bit
		for _, c := range w {
			m[c] |= 1 << bit
			m[c-'a'+'A'] |= 1 << bit
			bit++
		}
		ends |= 1 << (bit - 1)
	}
	if bit > 63 {
		panic("extract: eventWords do not fit the shift-and masks")
	}
	for c := utf8.RuneSelf; c < len(m); c++ {
		m[c] = eventNonASCII
	}
	return m, starts, ends
}()

const eventNonASCII = 1 << 63

// hasEventWordFolded is hasEventWord for text with other than ASCII.
func hasEventWordFolded(s string) bool {
	var stack [512]byte
	b := stack[:0]
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '\u212A':
			b = append(b, 'k')
		case '\u017F':
			b = append(b, 's')
		default:
			b = append(b, 0) // matches no letter
		}
		i += n
	}
	// One pass over b that tries the words only where their first
	// letter stands, rather than a search of b for each word.
	for j, c := range b {
		for _, w := range eventByFirst[c] {
			if bytes.HasPrefix(b[j:], w) {
				return true
			}
		}
	}
	return false
}

// eventNounWord reports whether s may hold a match of eventNoun: every
// match has a noun that opens with one of eventNounFirst as a whole word
// between two places where \b matches (a maximal run of ASCII letters,
// digits and "_"), in any case. Most sentences that hasEventWord lets
// through have only "striker", "attempted" or "attacks". A rune that
// folds to an ASCII letter (the Kelvin sign, the long s) makes it report
// true, as it does not fold them.
func eventNounWord(s string) bool { return eventNounFrom(s) >= 0 }

// eventNounFrom returns -1 when eventNounWord(s) is false, and otherwise
// an offset in s before which no match of eventNoun starts, and after a
// byte that is no ASCII word character (or 0), so that \b reads the same
// in s and in s[from:]: eventNoun finds in s[from:] what it finds in s,
// moved by from. The pattern costs its time at every byte it is tried
// from, and the nouns stand late in most sentences that have one.
func eventNounFrom(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if !asciiWord[c] {
			if c >= utf8.RuneSelf && (strings.HasPrefix(s[i:], "\u017F") || strings.HasPrefix(s[i:], "\u212A")) {
				return 0
			}
			i++
			continue
		}
		j := i + 1
		for j < len(s) && asciiWord[s[j]] {
			j++
		}
		if w := s[i:j]; len(w) >= 3 && len(w) <= 13 {
			for _, n := range eventNounFirst[len(w)] {
				if foldEqualASCII(w, n) {
					return eventPrefixStart(s, i)
				}
			}
		}
		i = j
	}
	return -1
}

// eventNounMatches returns eventNoun.FindAllStringSubmatchIndex(s, -1).
// The pattern is tried only where a match may start (see nextEventNoun),
// or, in text with a rune that folds to an ASCII letter, from where
// eventNounFrom says a match may start: the pattern costs its time at
// every byte it is tried from, and it cost 1% of a build's instructions
// tried from there to the end of each sentence with a noun. After each
// match it is tried again only if another noun may stand in the rest. A
// match ends after its noun and a \b, or after white space, never inside
// a word, so that \b reads the same at the start of the rest as in the
// whole of s.
func eventNounMatches(s string) [][]int {
	var out [][]int
	for pos := 0; pos < len(s); {
		var loc []int
		if foldsToASCII(s[pos:]) {
			from := eventNounFrom(s[pos:])
			if from < 0 {
				break
			}
			from += pos
			loc = eventNoun.FindStringSubmatchIndex(s[from:])
			if loc == nil {
				break
			}
			for k := range loc {
				if loc[k] >= 0 {
					loc[k] += from
				}
			}
		} else if loc = nextEventNoun(s, pos); loc == nil {
			break
		}
		out = append(out, loc)
		pos = loc[1]
	}
	return out
}

// eventNounAt is eventNoun anchored at the start of the text.
var eventNounAt = regexp.MustCompile(`^(?:` + eventNoun.String() + `)`)

// nextEventNoun returns eventNoun.FindStringSubmatchIndex of the first
// match in s that starts at pos or after, for s[pos:] with no rune that
// folds to an ASCII letter (see foldsToASCII). Rather than try the
// pattern at every byte, as the regular expression does, it tries it
// anchored at the starts of words (where \b matches before a letter)
// that a match may start at: those from eventPrefixStart of each noun
// eventNounFrom would find, up to the noun, in the order of the text.
func nextEventNoun(s string, pos int) []int {
	tried := pos // the words before tried were tried
	for i := pos; i < len(s); {
		if !asciiWord[s[i]] {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && asciiWord[s[j]] {
			j++
		}
		if !eventNounFirstWord(s[i:j]) {
			i = j
			continue
		}
		for p := max(pos+eventPrefixStart(s[pos:], i-pos), tried); p <= i; p++ {
			if !asciiWord[s[p]] || p > 0 && asciiWord[s[p-1]] {
				continue // no \b before a letter: no match starts here
			}
			if loc := eventNounAt.FindStringSubmatchIndex(s[p:]); loc != nil {
				for k := range loc {
					if loc[k] >= 0 {
						loc[k] += p
					}
				}
				return loc
			}
		}
		tried = i + 1
		i = j
	}
	return nil
}

// eventNounFirstWord reports whether w, a run of ASCII word characters,
// is one of eventNounFirst in any case.
func eventNounFirstWord(w string) bool {
	if len(w) < 3 || len(w) >= len(eventNounFirst) {
		return false
	}
	for _, n := range eventNounFirst[len(w)] {
		if foldEqualASCII(w, n) {
			return true
		}
	}
	return false
}

// foldsToASCII reports whether s has a rune other than an ASCII letter
// that (?i) matches with one: the long s and the Kelvin sign.
func foldsToASCII(s string) bool {
	return strings.Contains(s, "\u017F") || strings.Contains(s, "\u212A")
}

// eventPrefixStart returns where a match of eventNoun whose noun starts
// at s[q] starts at the earliest: eventNoun allows at most four words
// before the noun (a determiner, a qualifier, two weapons), each ASCII
// letters followed by white space (\s), and then the start goes back to
// a byte that is no ASCII word character. A match with a later noun
// starts no earlier, since q is the first noun there may be and the
// words before a later one run back over it in the same way.
func eventPrefixStart(s string, q int) int {
	from := q
	for range 4 {
		j := from
		for j > 0 && (s[j-1] == ' ' || '\t' <= s[j-1] && s[j-1] <= '\r' && s[j-1] != '\v') {
			j--
		}
		if j == from {
			break
		}
		word := j
		for j > 0 && ('a' <= s[j-1]|0x20 && s[j-1]|0x20 <= 'z') {
			j--
		}
		if j == word {
			break
		}
		from = j
	}
	for from > 0 && asciiWord[s[from-1]] {
		from--
	}
	return from
}

// eventNounFirst lists, by length, the first words of eventNoun's nouns
// in lower case.
var eventNounFirst = func() (t [14][]string) {
	for _, w := range []string{"attack", "strike", "raid", "assassination", "attempt", "bombing", "incident", "episode", "plot", "act", "terrorist"} {
		t[len(w)] = append(t[len(w)], w)
	}
	return t
}()

// asciiWord marks the bytes of ASCII word characters, between which and
// others \b matches.
var asciiWord = func() (t [256]bool) {
	for c := range t {
		t[c] = c < utf8.RuneSelf && asciiAlnum[c] || c == '_'
	}
	return t
}()

// foldEqualASCII reports whether w, ASCII, is low, ASCII lower-case
// letters, in any case.
func foldEqualASCII(w, low string) bool {
	if len(w) != len(low) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k]|0x20 != low[k] {
			return false
		}
	}
	return true
}

// eventByFirst indexes eventWords by their first letter.
var eventByFirst = func() (t [256][][]byte) {
	for _, w := range eventWords {
		t[w[0]] = append(t[w[0]], w)
	}
	return t
}()

// findEvents detects incident mentions: an attack noun with a target
// ("drone strike on the Kremlin", "the Kremlin attack"). Every incident in
// an article with the same target is one Event, named after the target,
// so that articles describing it in other words still meet in one node.
// A reference without a target ("the alleged attack", "the assassination
// attempt") resolves to the article's main incident when it is definite
// or qualified as alleged; an indefinite one ("a missile strike on a
// supermarket") is left alone.
//
// It returns, for each sentence, whether it holds one of eventWords (see
// hasEventWord), which datedEvents reads rather than search again.
func (ar *article) findEvents(sents []Sentence, ms [][]mention) (eventWord []bool) {
	eventWord = make([]bool, len(sents))
	type hit struct {
		sent       int
		start, end int
		target     *mention
		noun       string
		anaphoric  bool
	}
	var hits []hit
	for i, s := range sents {
		if !hasEventWord(s.Text) {
			continue // the cheap test spares most sentences the full pattern
		}
		eventWord[i] = true
		for _, loc := range eventNounMatches(s.Text) {
			start, end := s.Start+loc[0], s.Start+loc[1]
			det, qual := "", ""
			if loc[2] >= 0 {
				det = strings.ToLower(s.Text[loc[2]:loc[3]])
				start = s.Start + loc[3] + len(s.Text[loc[3]:]) - len(strings.TrimLeft(s.Text[loc[3]:], " \t"))
			}
			if loc[4] >= 0 {
				qual = strings.ToLower(s.Text[loc[4]:loc[5]])
			}
			noun := strings.ToLower(s.Text[loc[6]:loc[7]])
			var target *mention
			for k := range ms[i] {
				m := &ms[i][k]
				if m.modifier || m.kind == byDemonym || m.kind == byEvent {
					continue
				}
				// Target after the noun: "strike on the Kremlin".
				if m.start == end && end > s.Start+loc[7] && ar.strikable(m, s.Text) && m.state == "" {
					target = m
				}
				// Target before the noun: "the Kremlin drone attack".
				if m.end+1 == s.Start+loc[0] && ar.strikable(m, s.Text) && m.state == "" {
					target = m
					start = m.start
				}
			}
			stop := s.Start + loc[7]
			if target != nil && target.end > stop {
				stop = target.end
			}
			// "that" is left out: in "demanded that rocket attack" it
			// introduces a clause, not a reference.
			anaphoric := det == "the" || det == "this" || (qual != "" && qual != "possible") ||
				strings.HasPrefix(noun, "assassination") || strings.HasPrefix(noun, "attempt")
			if det == "a" || det == "an" {
				anaphoric = anaphoric && qual != "" && qual != "possible"
			}
			hits = append(hits, hit{i, start, stop, target, noun, anaphoric})
		}
		// An alleged strike told as a claim: "Russia's claimed Ukraine
		// attacked the Kremlin" names the incident's target too.
		for k := range ms[i] {
			m := &ms[i][k]
			if m.kind != byName || m.modifier || m.state != "" || (m.typ != graph.Place && m.typ != graph.Organization) || ar.party(m.id) {
				continue // not "said the Tories had attacked Labour": words, no strike on a party
			}
			from := max(s.Start, m.start-120)
			if before := ar.a.Text[from:m.start]; mayAllegeStrike(before) && allegedStrike.FindStringIndex(before) != nil {
				hits = append(hits, hit{i, m.start, m.end, m, "attack", false})
			}
		}
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return a.start - b.start })
	// The main incident: the first one with a named target.
	var main *mention
	for _, h := range hits {
		if h.target != nil {
			main = h.target
			break
		}
	}
	// The weapon, when the article names one for a target, goes into
	// the event's name: "Drone attack on the Kremlin".
	weapons := make(map[string]string)
	for _, h := range hits {
		t := h.target
		if t == nil {
			t = main
		}
		if t == nil || weapons[t.id] != "" {
			continue
		}
		s := sents[h.sent]
		if w := weapon.FindStringSubmatch(ar.a.Text[h.start:h.end]); w != nil {
			weapons[t.id] = strings.ToLower(w[1])
		} else if w := weapon.FindStringSubmatch(s.Text); w != nil && h.target != nil {
			weapons[t.id] = strings.ToLower(w[1]) // "attacked the Kremlin with drones"
		}
	}
	for _, h := range hits {
		t := h.target
		if t == nil {
			if main == nil || !h.anaphoric {
				continue
			}
			t = main
		}
		e := ar.ents[t.id]
		if e == nil {
			continue
		}
		// The ID depends on the target only, so that articles naming
		// the weapon or not still meet in one node.
		id := graph.Slug(e.Name + " attack")
		name := eventName(e, weapons[t.id], ar.a.Text, t)
		surface := strings.TrimSpace(ar.a.Text[h.start:h.end])
		if len(strings.Fields(surface)) < 2 || h.target != nil && surface == h.target.surface {
			// "attack" alone, or the bare target of an alleged strike,
			// is no name for the incident.
			ar.add(id, graph.Event, name, "")
		} else {
			ar.add(id, graph.Event, name, surface)
		}
		ms[h.sent] = append(ms[h.sent], mention{start: h.start, end: h.end, id: id, typ: graph.Event, kind: byEvent, surface: surface, t0: -1, t1: -1})
		if ar.eventTargets == nil {
			ar.eventTargets = make(map[string]string)
		}
		ar.eventTargets[id] = t.id
		if ar.mainEvent == "" {
			ar.mainEvent = id
		}
	}
	return eventWord
}

// datedEvent matches an incident named by its date: "the 11 September
// attacks", "the September 11 attacks", "the 9/11 attacks", "the 7 July
// bombings".
var datedEvent = regexp.MustCompile(`\b(?:(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)|(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})/(\d{1,2})) (attacks|bombings|attack|bombing)\b`)

// datedEvents adds the incidents an article names by their date (see
// datedEvent): one event per date and kind, whichever order the article
// writes the day and month in. They are the story's background, not its
// main incident. eventWord is what findEvents returned: a sentence with
// none of eventWords has none of datedEvent's nouns either (see
// TestDatedNounsAreEventWords).
func (ar *article) datedEvents(sents []Sentence, ms [][]mention, eventWord []bool) {
	for i, s := range sents {
		if !eventWord[i] || !datedNoun(s.Text) {
			continue // the cheap tests spare most sentences the pattern
		}
		for _, loc := range datedEvent.FindAllStringSubmatchIndex(s.Text, -1) {
			g := func(n int) string {
				if loc[2*n] < 0 {
					return ""
				}
				return s.Text[loc[2*n]:loc[2*n+1]]
			}
			month, day := g(2), g(1)
			if month == "" {
				month, day = g(3), g(4)
			}
			if month == "" {
				// "9/11", "7/7": the month first, as these names are written.
				if n, err := strconv.Atoi(g(5)); err == nil && n >= 1 && n <= 12 {
					month, day = time.Month(n).String(), g(6)
				} else {
					continue
				}
			}
			kind := g(7)
			if !strings.HasSuffix(kind, "s") {
				kind += "s"
			}
			surface := s.Text[loc[0]:loc[1]]
			id := graph.Slug(month + " " + day + " " + kind)
			name := surface
			if e, ok := ar.ents[id]; ok {
				name = e.Name
			}
			ar.add(id, graph.Event, name, surface)
			ms[i] = append(ms[i], mention{start: s.Start + loc[0], end: s.Start + loc[1], id: id, typ: graph.Event, kind: byEvent, surface: surface, t0: -1, t1: -1})
		}
	}
}

// datedNoun reports whether text has "attack" or "bombing" with a digit
// in the few bytes before it, as every datedEvent match has.
//
// It looks for the nouns without their space, and then at the byte before
// them: strings.Index takes a needle's first byte for its first guess,
// and a space is in every few bytes of a sentence.
func datedNoun(text string) bool {
	for _, noun := range []string{"attack", "bombing"} {
		for from := 0; ; {
			i := strings.Index(text[from:], noun)
			if i < 0 {
				break
			}
			i += from
			if i > 0 && text[i-1] == ' ' && strings.ContainsAny(text[max(0, i-1-16):i-1], "0123456789") {
				return true
			}
			from = i + len(noun)
		}
	}
	return false
}
