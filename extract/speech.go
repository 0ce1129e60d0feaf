package extract

import (
	"slices"
	"strings"

	"github.com/newskg/newskg/graph"
)

// claimRegion is a stretch of a sentence that reports a speaker's words:
// a quotation, or the clause after "said" or "claimed".
type claimRegion struct {
	speaker  *mention
	from, to int // item range
	conf     float64
	// charge is set when a noun of accusation opens the region
	// ("charges from US regulators that it failed ..."): what it says
	// of a party is an accusation, not mere criticism.
	charge bool
	// about is the party the words are said of ("X said of Y: “He is
	// ...”"), whom a pronoun opening a clause of them stands for.
	about *mention
	// addressed is set when about is the one the words are told to
	// ("X told Y: “You have ...”"): "you" stands for it, not "he".
	addressed bool
}

// nominalAnaphors are noun phrases that point back at an organisation
// named earlier ("the think tank said").
var nominalAnaphors = map[string]bool{"think tank": true, "institute": true, "ministry": true, "agency": true,
	"organisation": true, "organization": true, "group": true, "company": true, "court": true, "council": true,
	"committee": true, "government": true, "military": true, "army": true, "statement": false}

// scareMark reports whether the quotation mark at items[k] opens or
// closes a scare quote, a few words markQuotes left unquoted inside the
// writer's own sentence.
func scareMark(items []item, k int) bool {
	open := items[k].tok.text == "“" || items[k].tok.text == "«"
	if items[k].tok.text == "\"" {
		// A straight mark faces the word it touches: `the "big` opens,
		// `lie".` closes (the stop after it is no word); one touching
		// words on both sides or neither is not read.
		before := k > 0 && items[k-1].tok.end == items[k].tok.start
		after := k+1 < len(items) && items[k+1].tok.start == items[k].tok.end && items[k+1].tok.isWord()
		if before == after {
			return false
		}
		open = after
	}
	var in int // the first word inside
	if open {
		in = k + 1
	} else {
		in = k - 1
	}
	if in < 0 || in >= len(items) || items[in].quoted {
		return false
	}
	if open {
		// Its closing mark is within three words, with more after it.
		for e := in; e < len(items) && e <= in+3; e++ {
			if t := items[e].tok.text; items[e].m == nil && (t == "”" || t == "»" || t == "\"") {
				return e > in && e+1 < len(items)
			}
		}
		return false
	}
	for b := in; b >= 0 && b >= in-3; b-- {
		if t := items[b].tok.text; items[b].m == nil && (t == "“" || t == "«" || t == "\"") {
			return b < in
		}
	}
	return false
}

// findSpeakers works out who speaks in which part of the sentence.
func (sc *sentence) findSpeakers() []claimRegion {
	r := sc.ar.x.rules
	items := sc.items
	var out []claimRegion
	firstQuote, lastQuote := -1, -1
	for k := 0; k < len(items) && sc.hasCue(cueQuote); k++ {
		it := &items[k]
		if k == 0 && dangling(items) {
			continue
		}
		if it.m == nil && (it.tok.text == "“" || it.tok.text == "”" || it.tok.text == "\"" || it.tok.text == "«" || it.tok.text == "»") {
			if scareMark(items, k) {
				// `Brown has failed to tackle the "fundamental
				// unfairness", Kennedy said`: the writer's words.
				continue
			}
			if firstQuote < 0 {
				firstQuote = k
			}
			lastQuote = k
		}
	}
	// A quotation carried over from an earlier sentence.
	if sc.quoteSpeaker != nil {
		end := len(items)
		if dangling(items) {
			end = 0 // `" And Gordon Brown said`: the quotation closed before
		}
		for k, it := range items[:end] {
			// The quotation is open, so a straight mark closes it.
			if it.m == nil && (it.tok.text == "”" || it.tok.text == "»" || it.tok.text == "\"" && k > 0) {
				end = k
				break
			}
		}
		out = append(out, claimRegion{sc.quoteSpeaker, 0, end, confReported, false, sc.quoteAbout, false})
		if end == len(items) {
			sc.openSpeaker, sc.openAbout = sc.quoteSpeaker, sc.quoteAbout
		}
	}
	cues := r.speechCues
	// A sentence where no word starts a cue, nor is "asked" or "asks"
	// (cueAsk), is not read word by word.
	speech := sc.may(cues) || sc.hasCue(cueAsk)
	for i := 0; i < len(items) && speech; i++ {
		if items[i].m != nil || items[i].quoted || !sc.startsAt(i, &cues) && items[i].low != "asked" && items[i].low != "asks" {
			continue
		}
		n := r.phraseAt(items, i, "speech")
		if n > 0 && r.phraseAt(items, i, "accusation-noun") > 0 && (i > 1 && items[i-1].tok.isPossessive() && items[i-2].m != nil ||
			i+2 < len(items) && items[i+1].is("by", "from") && items[i+2].m != nil ||
			i > 0 && items[i-1].is("his", "her") && i+1 < len(items) && items[i+1].is("that")) {
			n = 0 // "Tom Reed's claims that ...", "claims by X that ...", "his claims that": the noun, not the verb
		}
		if n == 0 {
			// "accused X of ..." names its object; "alleged that" and
			// "accused that" report a clause.
			if a := r.phraseAt(items, i, "accuse"); a > 0 && i+a < len(items) && items[i+a].is("that") {
				n = a
			}
		}
		if n == 0 && items[i].is("asked", "asks") && sc.rhetorical(i) {
			n = 1 // "“Isn't the government involved in propaganda?” he asked"
		}
		if n == 0 {
			// "Russian claims that ...", "allegations from Moscow that".
			if n = r.phraseAt(items, i, "accusation-noun"); n > 0 {
				var sp *mention
				if i > 0 && items[i-1].m != nil && !items[i-1].m.modifier {
					sp = items[i-1].m
				} else if i > 1 && items[i-1].tok.isPossessive() && items[i-2].m != nil {
					sp = items[i-2].m
				} else if i+n+1 < len(items) && items[i+n].is("from", "by") && items[i+n+1].m != nil {
					sp = items[i+n+1].m
				} else if j := sc.claimMadeAt(i); j >= 0 {
					// "Gazprom made allegations of fraud against Yukos".
					sp = sc.subjectBefore(j)
				} else if i > 0 && items[i-1].is("his", "her") && i+n < len(items) && items[i+n].is("that") {
					// "Jones sued Conte over his allegations that she
					// took drugs": the person of that gender named last.
					sp = sc.ownerBefore(i - 1)
				}
				if sp != nil {
					out = append(out, claimRegion{sp, i + n, len(items), confNominal, true, nil, false})
					// "accusations by Moscow against Kyiv".
					for k := i + n; k+1 < len(items) && k < i+n+6; k++ {
						// "levelled accusations at Kyiv": "at" right after.
						if items[k].is("against") || k == i+n && items[k].is("at") {
							if o := sc.nameAt(k + 1); o != nil && !o.modifier && o.kind != byEvent {
								sc.claim(sp, graph.Accused, o, joinItems(items[i:i+n]), confNominal)
							}
							break
						}
					}
				}
			}
			continue
		}
		if i > 0 && items[i-1].is("was", "were", "been", "being", "is", "are") && r.phraseAt(items, i, "describe") > 0 {
			continue // "Labour was branded a shambles by the Tories": the subject is described, not speaking (see describedBy)
		}
		if i > 0 && items[i-1].is("was", "were", "been", "being") && items[i].is("told", "warned", "reminded", "assured", "informed", "advised") {
			// "Gordon Brown was told by the Tories that his sums did not
			// add up": the agent speaks, of the one told; told by no
			// one named, nobody's words.
			if k := i + n; k+2 < len(items) && items[k].is("by") {
				if a := sc.nameIndex(k + 1); a < len(items) && items[a].m != nil && !items[a].m.modifier && items[a].m.kind != byEvent {
					sp, told := items[a].m, sc.subjectBefore(i)
					if sc.subject == nil {
						sc.subject = sp
					}
					from := a + 1
					if from < len(items) && items[from].is("that", ":", ",") {
						from++
					}
					out = append(out, claimRegion{sp, from, sc.contrastEnd(from), confReported, false, told, false})
				}
			}
			i += n - 1
			continue
		}
		if d := sc.demandAt(i); d >= 0 {
			// "He urged the chancellor to admit he had been responsible
			// for ...": words asked for are not said by the one asked;
			// the one who asks stands by them, of the one asked.
			if sp := sc.subjectBefore(d); sp != nil && sp.kind != byEvent {
				var asked *mention
				for k := d + 1; k < i; k++ {
					if items[k].m != nil {
						asked = items[k].m
						break
					}
				}
				if sc.subject == nil {
					sc.subject = sp
				}
				out = append(out, claimRegion{sp, i + n, sc.contrastEnd(i + n), confReported, false, asked, false})
			}
			i += n - 1
			continue
		}
		sp := sc.subjectBefore(i)
		if sp == nil && i > 0 && items[i-1].is("its", "their") {
			// "Robert Peston's new book ... with its claims that": the
			// author of the publication named before speaks.
			sp = sc.authorBefore(i - 1)
		}
		if sp == nil {
			if p := sc.pairBefore(i); p != nil {
				sp, sc.pair = p[0], p // "The pair claim they are being punished"
			}
		}
		if sp == nil && i > 0 && (items[i-1].is(",", "”", "\"") || items[i-1].quoted) && !strings.HasSuffix(items[i].low, "ing") {
			sp = sc.invertedSpeaker(i + n) // "..., said Mr Medvedev"; but "..., saying the Tories had lied" is no inversion
		}
		if sp == nil && i > 0 {
			sp = sc.nominalSpeaker(i)
		}
		if sp == nil && i > 0 {
			// "Marlin Group's report says", "the statement added": the
			// party whose document it is.
			sp = sc.documentSpeaker(i - 1)
		}
		if sp == nil && i > 1 && items[i-1].is(",") && strings.HasSuffix(items[i].low, "ing") && !items[i].is("according") {
			// "Labour attacked the plan, saying the Tories had lied":
			// the participle's speaker is the sentence's subject.
			sp = sc.participleSubject(i)
		}
		if items[i].is("according") && (i == 0 || i == 1 && items[0].is("but", "and", "yet")) && i+3 < len(items) && items[i+1].is("to") {
			// "According to Menatep, the government's actions were
			// contrary to the treaty": the words after the speaker.
			j := sc.nameIndex(i + 2)
			if j < len(items) && items[j].m != nil && !items[j].m.modifier && items[j].m.kind != byEvent && items[j].m.typ != graph.Place {
				sp := items[sc.head(j)].m
				for c := j + 1; c < len(items) && c <= j+8; c++ {
					if items[c].is(",") {
						// The source's words end where another speaks in
						// them: "According to X, Y had warned that ..."
						// tells what Y said.
						end := c + 1
						for end < len(items) && !(items[end].m == nil && (r.in("speech", items[end].low) || items[end].is("warned", "warns"))) {
							end++
						}
						out = append(out, claimRegion{sp, c + 1, end, confReported, false, nil, false})
						break
					}
				}
			}
			continue
		}
		if sp == nil && items[i].is("according") && i+2 < len(items) && items[i+2].m != nil {
			// "..., according to Prokudin": the words before it.
			out = append(out, claimRegion{items[i+2].m, 0, i, confReported, false, nil, false})
			continue
		}
		if sp == nil || sp.kind == byEvent {
			continue
		}
		if sc.subject == nil {
			sc.subject = sp
		}
		sc.noteStatement(sp, i+n)
		if items[i].is("claimed", "claims", "claim", "claiming", "alleged", "alleges", "allege", "alleging") && sp.typ != graph.Place {
			sc.ar.claimant, sc.ar.claimedAt = sp, items[i].tok.start
		}
		switch {
		case firstQuote < 0 && sc.finalAttribution(i, n) >= 0:
			// "Labour has broken its promise, the Tories have claimed":
			// the words before the closing attribution are the speaker's.
			out = append(out, claimRegion{sp, 0, sc.finalAttribution(i, n), confReported, false, nil, false})
		case firstQuote >= 0 && firstQuote < i && lastQuote < i:
			// “...,” X said: the quotation before the verb; “They have
			// failed,” X said of the Tories: "they" are the Tories.
			about, _ := sc.saidOf(i+n, sp)
			from := firstQuote
			if firstQuote > 0 && sc.finalAttribution(i, n) >= 0 {
				// `Labour's rule has been marked by "lost trust", he
				// told the conference`: a quoted phrase inside the
				// speaker's own indirect words, which begin the sentence.
				from = 0
			}
			out = append(out, claimRegion{sp, from, i, confReported, false, about, false})
		case firstQuote > i:
			// X said: “...”. The quotation may run on to later
			// sentences.
			end := len(items)
			closed := false
			if firstQuote == lastQuote && firstQuote == len(items)-1 && items[firstQuote-1].is(".", "?", "!", ",") {
				// `He let me use it, saying it's a luxury."`: the only mark
				// closes, after the final stop, a quotation opened before.
				end, closed = firstQuote, true
			}
			for k := firstQuote + 1; k < len(items) && !closed; k++ {
				if items[k].m == nil && (items[k].tok.text == "”" || items[k].tok.text == "»" || items[k].tok.text == "\"") {
					end, closed = k, true
					break
				}
			}
			if closed && firstQuote > i+n+2 && !narration(items, i+n) {
				// "X said the return of Y was a sign of “sinister
				// tactics” by Labour": indirect speech that quotes a
				// phrase runs on to the end of the sentence.
				end = len(items)
			}
			about, from := sc.saidOf(i+n, sp)
			to, toFrom := sc.toldTo(i, n, sp)
			if to != nil {
				about, from = to, toFrom
			}
			out = append(out, claimRegion{sp, from, end, confReported, false, about, to != nil})
			if !closed {
				sc.openSpeaker, sc.openAbout = sp, about
				if to != nil {
					// The one addressed is no "he" of the sentences
					// the quotation runs on to.
					sc.openAbout = nil
				}
			}
		case narration(items, i+n):
			// "Popko said after Moscow attacked the city": what follows
			// is the article's narration, not the speaker's words; only
			// a quotation later in the sentence is.
			if lastQuote > i+n {
				q := i + n
				for q < len(items) && !(items[q].m == nil && (items[q].tok.text == "“" || items[q].tok.text == "\"")) {
					q++
				}
				out = append(out, claimRegion{sp, q, len(items), confReported, false, nil, false})
			}
		default:
			about, from := sc.saidOf(i+n, sp)
			out = append(out, claimRegion{sp, from, sc.contrastEnd(i + n), confReported, false, about, false})
		}
		i += n - 1
	}
	return out
}

// documentSpeaker returns the party whose document, named by the
// publication noun at items[k], speaks: the possessor ("Marlin Group's
// annual report says") or, for "the report" or "the statement", the
// party the article last said issued one; or nil. A new document ("a
// report says") is no one the article named.
func (sc *sentence) documentSpeaker(k int) *mention {
	items := sc.items
	if k < 1 || items[k].m != nil || items[k].quoted || items[k].rules == nil || !sc.ar.x.rules.has(items[k], "publication") {
		return nil
	}
	if m := sc.possessedDocument(k); m != nil {
		return m
	}
	b := k - 1
	for b > 0 && b >= k-3 && items[b].m == nil && isLowerWord(items[b].low) && !items[b].is("the", "this", "that", "a", "an", "its", "their", "his", "her") {
		b-- // "the committee's final report"
	}
	if !items[b].is("the", "this", "that") {
		return nil
	}
	noun := items[k].low
	for j := len(sc.ar.publications) - 1; j >= 0; j-- {
		if p := sc.ar.publications[j]; p.noun == noun || p.noun == noun+"s" || p.noun+"s" == noun {
			cp := p.body
			cp.kind = byPronoun
			return &cp
		}
	}
	return nil
}

// possessedDocument returns the party whose possessive comes before the
// publication noun at items[k], across up to two describing words:
// "Marlin Group's annual report", "the Pensions Commission's initial
// report"; or nil.
func (sc *sentence) possessedDocument(k int) *mention {
	items := sc.items
	b := k - 1
	for b > 0 && b >= k-3 && items[b].m == nil && isLowerWord(items[b].low) {
		b--
	}
	if b < 1 || !items[b].tok.isPossessive() || items[b-1].m == nil {
		return nil
	}
	if m := items[b-1].m; !m.modifier && m.kind != byEvent && m.typ != graph.Place {
		return m
	}
	return nil
}

// noteStatement records the document a speaker's words came in, so that
// "the statement" later speaks for them: "X said in a statement", "X
// said in its annual report".
func (sc *sentence) noteStatement(sp *mention, k int) {
	items := sc.items
	if sp == nil || sp.kind == byEvent || sp.typ == graph.Place || k+2 >= len(items) || !items[k].is("in") ||
		!items[k+1].is("a", "an", "its", "their", "his", "her") {
		return
	}
	for j := k + 2; j < len(items) && j <= k+5; j++ {
		if items[j].m != nil || items[j].is(",", ".", "that", ":") {
			return // a describing word may be capitalised: "its latest Beige Book report"
		}
		if items[j].rules != nil && sc.ar.x.rules.has(items[j], "publication") {
			sc.ar.publications = append(sc.ar.publications, publication{items[j].low, *sp})
			return
		}
	}
}

// saidOf reads "of Y" after a verb of speech ending at items[k], "X said
// of Y: “...”", "X said of Y that ...": it returns Y and the start of
// the words said, past the name and the marks after it, or nil and k.
func (sc *sentence) saidOf(k int, sp *mention) (*mention, int) {
	items := sc.items
	if k+2 >= len(items) || !items[k].is("of") {
		return nil, k
	}
	j := k + 1
	if items[j].is("the") {
		j++
	}
	for j < len(items) && j < k+5 && items[j].m == nil && (isTitleWord(sc, items[j]) || sc.titleBefore(j) > 0) {
		j++ // "said of the shadow chancellor Oliver Letwin"
	}
	if j < len(items) && items[j].m != nil {
		j = sc.head(j) // "said of Tory leader Michael Howard"
	}
	if j >= len(items) || items[j].m == nil || items[j].m.modifier || items[j].m.kind == byEvent || items[j].m.typ == graph.Place || items[j].m.id == sp.id {
		return nil, k
	}
	m := items[j].m
	f := j + 1
	for f < len(items) && f < j+3 && items[f].m == nil && items[f].is(":", ",", "that", "“", "\"", "‘") {
		f++
	}
	return m, f
}

// toldTo reads the one a quotation is told to after the verb of speech at
// items[i:i+n], "X told Y: “...”": it returns Y, a person or a body, and
// the start of the words, or nil.
func (sc *sentence) toldTo(i, n int, sp *mention) (*mention, int) {
	items := sc.items
	if !items[i].is("told", "tells", "telling") {
		return nil, 0
	}
	j := i + n
	for j < len(items) && j < i+n+4 && items[j].m == nil && (items[j].is("the") || isTitleWord(sc, items[j]) || sc.titleBefore(j) > 0) {
		j++
	}
	if j+2 >= len(items) || items[j].m == nil {
		return nil, 0
	}
	j = sc.head(j)
	m := items[j].m
	if m.modifier || m.kind == byEvent || m.id == sp.id || m.typ != graph.Person && m.typ != graph.Organization || sc.ar.outlet(*m) {
		return nil, 0 // "told the BBC": a medium, not the one addressed
	}
	f := j + 1
	if !items[f].is(":") {
		return nil, 0
	}
	for f < len(items) && f < j+3 && items[f].m == nil && items[f].is(":", "“", "\"", "‘") {
		f++
	}
	return m, f
}

// aboutPronoun reports whether the pronoun item it stands for the party
// rg is said of, or told to.
func (sc *sentence) aboutPronoun(rg claimRegion, it item) bool {
	if rg.about == nil || it.m != nil {
		return false
	}
	if rg.addressed {
		return it.low == "you"
	}
	switch it.low {
	case "he", "she":
		return rg.about.typ == graph.Person && sc.ar.fits(rg.about.id, it.low)
	case "his":
		return rg.about.typ == graph.Person && sc.ar.fits(rg.about.id, "he")
	case "her":
		return rg.about.typ == graph.Person && sc.ar.fits(rg.about.id, "she")
	case "it", "they", "its", "their":
		return rg.about.typ != graph.Person
	}
	return false
}

// finalAttribution returns the comma that ends the reported words when
// the verb of speech at items[i:i+n] closes the sentence ("..., the
// Tories have claimed", "..., say the Tories", "..., he added on
// Monday", "..., he claimed, saying ..."), or -1.
func (sc *sentence) finalAttribution(i, n int) int {
	items := sc.items
	end := i + n
	for end < len(items) && end < i+n+6 && (items[end].m != nil || skipWord(items[end].low) || items[end].is("the")) {
		end++
	}
	if items[i].is("told", "tells", "telling") {
		// "..., he told reporters", "..., she told BBC Radio 4's Today
		// programme": the audience told is no part of the words.
		r := sc.ar.x.rules
		for end < len(items) && end < i+n+8 && (items[end].m != nil || items[end].is("the", "a", "an", "'s", "’s", "s") ||
			items[end].tok.capitalised() || r.itemIn(items, end, "audience") ||
			items[end].is("in", "at", "on") && end+1 < len(items) && (items[end+1].m != nil || items[end+1].tok.capitalised())) {
			end++ // "told the conference in Brighton"
		}
	}
	// "..., he claimed, saying ...": a participle clause of the speaker's
	// own may follow.
	if end < len(items) && !items[end].is(".", "!", "?") && !(items[end].is(",") && end+1 < len(items) && items[end+1].m == nil && strings.HasSuffix(items[end+1].low, "ing")) {
		return -1
	}
	for k := i - 1; k > 0 && k >= i-6; k-- {
		if items[k].is(",", "—", "–") {
			for j := k + 1; j < i; j++ {
				if items[j].m == nil && !skipWord(items[j].low) && !items[j].is("the", "a", "an", "he", "she", "they", "we") && !(j+1 < i && items[j+1].m != nil) {
					return -1 // more than a speaker between the comma and the verb
				}
			}
			return k
		}
	}
	return -1
}

// narration reports whether the words at items[k], right after a verb of
// speech, go on with the article's own account ("said after ...", "told
// CNN on Wednesday") rather than with what was said.
func narration(items []item, k int) bool {
	if k >= len(items) || !items[k].narrates() {
		return false
	}
	// "said on Thursday that ...": the words come after all.
	for j := k + 1; j < len(items) && j < k+6; j++ {
		if items[j].is("that") {
			return false
		}
	}
	return true
}

// narrates reports whether the item is a word narration looks for, as
// is("after", "before", "when", "while", "during", "as", "in", "at", "on",
// "since", "following") would, without building the list at each call.
func (it *item) narrates() bool {
	switch it.low {
	case "after", "before", "when", "while", "during", "as", "in", "at", "on", "since", "following":
		return true
	}
	return false
}

// speakerPronoun reports whether it is a pronoun that can stand for the
// speaker sp in sp's own words: "it" or "we" for a body or a state, "he",
// "she", "I" or "we" for a person. ("They" may be anyone.)
func (sc *sentence) speakerPronoun(it item, sp *mention) bool {
	if sp.typ == graph.Person {
		return it.is("he", "she", "i", "we")
	}
	return it.is("it", "we")
}

// invertedSpeaker finds the speaker after an inverted verb of speech:
// "said Ukrainian official Olena Kovalenko" gives Kovalenko, not Ukraine.
func (sc *sentence) invertedSpeaker(k int) *mention {
	items := sc.items
	var first *mention
	for end := k + 12; k < len(items) && k < end; k++ {
		it := items[k]
		if it.m != nil {
			if it.m.typ == graph.Person && it.m.kind != byEvent {
				return it.m
			}
			if first == nil && it.m.kind == byName && !it.m.modifier {
				first = it.m
			}
			continue
		}
		if it.is("the", "a", "an") || isTitleWord(sc, it) || sc.ar.x.rules.has(it, "role-qualifier") {
			continue
		}
		if n := sc.portfolioBefore(k); n > 0 {
			k += n - 1
			continue // "said Tory shadow local government secretary X"
		}
		break
	}
	return first
}

// portfolioBefore returns the length of the run of up to three
// lower-case words, the portfolio of a title, that starts at items[k]
// and ends right before a title word ("local government" in "shadow
// local government secretary", "trade and industry" in "trade and
// industry spokesman"), or 0.
func (sc *sentence) portfolioBefore(k int) int {
	items := sc.items
	for j := k; j < len(items) && j < k+3; j++ {
		it := items[j]
		if it.m != nil || !isLowerWord(it.tok.text) || (preposition[it.low] || skipWord(it.low)) && !(j > k && sc.portfolioAnd(j)) {
			return 0
		}
		if j+1 < len(items) && items[j+1].m == nil && isTitleWord(sc, items[j+1]) {
			return j + 1 - k
		}
	}
	return 0
}

// nominalSpeaker resolves "the think tank said" to the organisation last
// named in the article.
func (sc *sentence) nominalSpeaker(i int) *mention {
	items := sc.items
	var words []string
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if items[k].m != nil {
			break
		}
		words = append([]string{items[k].low}, words...)
		if !nominalAnaphors[strings.Join(words, " ")] {
			continue
		}
		if k == 0 || !items[k-1].is("the") {
			return nil
		}
		if m := sc.lastOrganization(); m != nil {
			cp := *m
			cp.kind = byPronoun
			return &cp
		}
	}
	return nil
}

// speakerAt returns the speaker whose words include items[i].
func (sc *sentence) speakerAt(i int) *mention {
	for _, rg := range sc.regions {
		if i >= rg.from && i < rg.to {
			return rg.speaker
		}
	}
	return nil
}

// clauseRules reads each reported clause for what it says about others:
// "X staged the attack" accuses X; "we did not attack" denies; "the right
// to retaliate" threatens.
func (sc *sentence) clauseRules() {
	for _, rg := range sc.regions {
		// "A and B said the Kremlin rigged the vote": each speaks, and
		// none judges the other in what they say together.
		sc.together = sc.coSpeakers(rg)
		sc.readClause(rg)
		if len(sc.together) > 1 {
			for _, sp := range sc.together[1:] {
				rg.speaker = sp
				sc.readClause(rg)
			}
		}
		sc.together = nil
	}
}

// withSpeaker reports whether m is one of the speakers of the clause
// being read.
func (sc *sentence) withSpeaker(m *mention, rg claimRegion) bool {
	if m.id == rg.speaker.id {
		return true
	}
	for _, t := range sc.together {
		if t.id == m.id {
			return true
		}
	}
	return false
}

// coSpeakers returns a region's speaker and the names coordinated with
// it before the clause ("Ivan Petrov and Oleg Sidorov said"), or nil
// when it speaks alone.
func (sc *sentence) coSpeakers(rg claimRegion) []*mention {
	if sc.pair != nil && rg.speaker == sc.pair[0] {
		return sc.pair
	}
	if rg.from == 0 || rg.speaker.kind == byPronoun {
		return nil
	}
	// Only a list closed by "and": in "According to Mr Sands, Lord
	// Goldsmith had warned", the comma coordinates no one.
	for j := rg.from - 1; j > 0 && j >= rg.from-4; j-- {
		if sc.items[j].m == rg.speaker {
			if k := j - 1; k > 0 && (sc.items[k].is("and") || sc.items[k].is("the") && sc.items[k-1].is("and")) {
				return sc.coSubjects(rg.from, rg.speaker)
			}
			break
		}
	}
	return nil
}

// readClause reads one speaker's reported clause.
func (sc *sentence) readClause(rg claimRegion) {
	r := sc.ar.x.rules
	items := sc.items
	sp := rg.speaker
	accused := false
	to := rg.to
	if rg.charge {
		// "Accusations by Moscow against Kyiv were dismissed by the
		// ministry as ludicrous": the charge ends where its denial
		// begins.
		for k := rg.from; k < rg.to; k++ {
			if items[k].m == nil && r.phraseAt(items, k, "deny") > 0 {
				to = k
				break
			}
		}
	}
	// In most sentences no phrase of these sections may start: asked once
	// here, not at every word.
	blame, criticism, strike, threat := sc.mayStart("blame-cue"), sc.mayStart("criticism-cue"), sc.mayStart("reported-strike"), sc.mayStart("threat-cue")
	harm := sc.mayStart("policy-harm")
	knowledge, virtue, label := sc.mayStart("knowledge-cue"), sc.mayStart("virtue"), sc.mayStart("criminal-label")
	for k := rg.from; k < to; k++ {
		if items[k].m != nil {
			continue
		}
		if (items[k].low == "evidence" || items[k].low == "proof") && k+2 < to && items[k+1].is("that") && (sc.negated(k) || k > 0 && items[k-1].is("little", "scant", "no", "any")) {
			break // "little evidence that X had paid bribes": no wrong is claimed
		}
		if (items[k].low == "evidence" || items[k].low == "proof") && k+2 < to && items[k+1].is("that") && !accused {
			// "said it had found credible evidence that the UAE sent
			// arms": the speaker accuses the one the evidence is about.
			j := k + 2
			if items[j].is("the") && j+1 < to {
				j++
			}
			if m := items[j].m; m != nil && !m.modifier && m.kind != byEvent && m.typ != graph.Place && m.id != sp.id &&
				!(j+1 < len(items) && items[j+1].tok.isPossessive()) { // "evidence that X's programme is unsustainable": a thing judged
				sc.claim(sp, graph.Accused, items[sc.head(j)].m, joinItems(items[k:k+2]), rg.conf)
				accused = true
			}
			continue
		}
		if !accused && k > rg.from+1 && items[k].is("punishment", "persecution", "victimisation") && items[k-1].is("was", "is", "were", "are") {
			// "Yukos claims its downfall was punishment for ...": a
			// state's wrong done to the speaker, by no one named.
			if st := sc.persecutor(rg, k-1, k); st != nil {
				sc.claim(sp, graph.Accused, st, items[k].tok.text, rg.conf)
				accused = true
			}
			continue
		}
		if !accused && items[k].is("blame", "responsibility", "fault") && k+3 < rg.to {
			// "responsibility for the collapse lay with X", "the fault
			// of X": the party after, past what the blame is for.
			if x := sc.blameWith(rg, k); x != nil {
				sc.claim(sp, graph.Accused, x, items[k].tok.text, rg.conf)
				accused = true
				continue
			}
		}
		if items[k].low == "fault" && !accused && k > rg.from+1 && items[k-1].tok.isPossessive() {
			// "the crisis was Quill Bank's fault" (a cue of its own: a
			// phrase that opened with "'s" would wake the blame rules
			// in every sentence with a possessive); not "not X's fault".
			if m := items[k-2].m; m != nil && !m.modifier && m.kind != byEvent && m.typ != graph.Place && m.id != sp.id && !(k > 2 && items[k-3].is("not", "never", "no")) {
				sc.claim(sp, graph.Accused, m, "fault", rg.conf)
				accused = true
			}
			continue
		}
		if r.phraseAt(items, k, "ignorance") > 0 {
			// "said Orme Bank had no knowledge of any illegal deals": the
			// wrong after it is not the ignorant party's.
			for k+1 < rg.to && !items[k+1].is(",", ";", "but") {
				k++
			}
			continue
		}
		if blame {
			if n := r.phraseAt(items, k, "blame-cue"); n > 0 && !accused && sc.ownWrongDenied(rg, k) {
				// "Mr Blair insisted he had not lied": the speaker
				// denies the wrong.
				sc.denial(sp, k, "not "+joinItems(items[k:k+n]), rg.conf)
				k += n - 1
				continue
			}
			if n := r.phraseAt(items, k, "blame-cue"); n > 0 && !accused && !sc.negated(k) && !sc.hearsay(k) {
				if g := k + n; items[g-1].is("for") && g < len(items) && strings.HasSuffix(items[g].low, "ing") && r.phraseAt(items, g, "blame-cue") == 0 &&
					!r.itemIn(items, g, "violence") && !r.itemIn(items, g, "crime-word") && r.phraseAt(items, g, "attack") == 0 {
					// "they are responsible for training the next generation":
					// a duty, not a wrong.
					k += n - 1
					continue
				}
				if x := sc.blamed(rg, k, n); x != nil {
					// "said Royer and Elgindy used the tools to defraud": each.
					for _, o := range sc.coSubjects(k, x) {
						sc.claim(sp, graph.Accused, o, joinItems(items[k:k+n]), rg.conf)
					}
					accused = true
				}
				k += n - 1
				continue
			}
		}
		if knowledge && !sc.negated(k) && !sc.hearsay(k) {
			if n := r.phraseAt(items, k, "knowledge-cue"); n > 0 && sc.wrongAfter(k+n) {
				if x := sc.blamed(rg, k, n); x != nil {
					sc.claim(sp, graph.Accused, x, joinItems(items[k:k+n]), rg.conf)
					accused = true
				}
				k += n - 1
				continue
			}
		}
		// Breaking a norm: "X said she broke a convention".
		if items[k].breaks() && !accused && !sc.negated(k) {
			for f := k + 1; f < rg.to && f <= k+6; f++ {
				if r.itemIn(items, f, "norm") {
					if x := sc.blamed(rg, k, 1); x != nil {
						sc.claim(sp, graph.Accused, x, joinItems(items[k:f+1]), rg.conf)
						accused = true
					}
					break
				}
			}
		}
		if r.phraseAt(items, k, "refutation") > 0 {
			break // "X said Y was wrong to suggest the plan failed": what follows is Y's claim, denied
		}
		// Evaluative words about a party the speaker names: "X said
		// the Tories were an irrelevant party" is criticism.
		if criticism || harm {
			n, _ := r.phraseMarked(items, k, "criticism-cue") // "in \"disarray\""
			// A rival's policy said to do harm ("said Labour would raise
			// taxes"); said by its own people, it is policy.
			policy := false
			if n == 0 && harm {
				n = r.phraseAt(items, k, "policy-harm")
				policy = n > 0
			}
			if n > 0 && r.phraseAt(items, k+n-1, "refutation") > 0 {
				break // "Y was wrong to suggest ...": the cue ends where a refutation begins
			}
			if n > 0 && !accused && !sc.negated(k) && !conceded(items, k) && !(k+2 < len(items) && items[k+1].is("to") && r.phraseAt(items, k+2, "deny") > 0 && !items[k].is("wrong")) &&
				!sc.attributive(k, n) && !sc.hypothetical(rg, k) && !sc.misfortune(rg, k, n) {
				if x := sc.criticised(rg, k); x != nil && x.typ != graph.Place && !(policy && sc.ar.affiliated(sp.id, x.id)) {
					p := graph.Criticized
					if rg.charge {
						p = graph.Accused // "charges that it failed to disclose"
					}
					// "said Labour and the Tories were incompetent": each.
					for _, o := range sc.coSubjects(k, x) {
						sc.claim(sp, p, o, joinItems(items[k:k+n]), rg.conf)
					}
					accused = true
				}
				k += n - 1
				continue
			}
		}
		// A virtue denied: "said Mr Kilroy-Silk had not been
		// 'straightforward'" criticises him.
		if virtue && !accused {
			n, _ := r.phraseMarked(items, k, "virtue")
			if n > 0 && sc.negated(k) && !sc.hypothetical(rg, k) {
				if x := sc.criticised(rg, k); x != nil && sc.copulaSubject(k) == x {
					for _, o := range sc.coSubjects(k, x) {
						sc.claim(sp, graph.Criticized, o, "not "+joinWords(items[k:k+n]), rg.conf)
					}
					accused = true
				}
				k += n - 1
				continue
			}
		}
		// A wrongdoer's name given to a party: "said Feroz Abbasi was a
		// terrorist", "claimed Mr Begg was an 'enemy combatant'".
		if label && !accused {
			n, _ := r.phraseMarked(items, k, "criminal-label")
			if n > 0 && !sc.negated(k) && !sc.hypothetical(rg, k) {
				if x := sc.copulaSubject(k); x != nil && !sc.qualifiesNoun(k+n) {
					for _, o := range sc.coSubjects(k, x) {
						sc.claim(sp, graph.Accused, o, joinWords(items[k:k+n]), rg.conf)
					}
					accused = true
				}
				k += n - 1
				continue
			}
		}
		// A strike the speaker reports is the speaker's accusation:
		// "Pashinyan said Azerbaijani troops had launched attacks on
		// Jermuk". The strike must have a target, so that "struck a
		// deal" is none.
		if strike {
			if n := r.phraseAt(items, k, "reported-strike"); n > 0 && !accused && !sc.negated(k) && !sc.modal(k) {
				if x := sc.attacker(rg, k); x != nil && (strings.HasSuffix(items[k+n-1].low, "on") || sc.targetWithin(k+n, 5)) {
					sc.claim(rg.speaker, graph.Accused, x, joinItems(items[k:k+n]), rg.conf)
					accused = true
				}
			}
		}
		// Legal action the speaker says it will take threatens: "said it
		// would take legal action against X", "says he will sue X".
		if k >= 2 && k-2 >= rg.from && items[k-1].is("would", "will") && sc.speakerPronoun(items[k-2], sp) &&
			!slices.ContainsFunc(items[rg.from:k], func(it item) bool { return it.is("whether", "if", "unless") }) {
			var objs []*mention
			end := k
			if n := r.phraseAt(items, k, "law-action"); n > 0 {
				objs, _ = sc.objectsAfter(k+n, 1)
				end = k + n
			} else if items[k].is("take", "drag") {
				// "said he would take Quill Bank to court": the object
				// inside the phrase.
				if o, next := sc.objectsAfter(k+1, 0); next+1 < len(items) && items[next].is("to") && sc.toCourt(next+1) {
					objs, end = o, sc.nameIndex(next+1)+1
				}
			}
			for _, o := range objs {
				if o.id != sp.id {
					sc.claim(sp, graph.Threatened, o, joinItems(items[k-1:end]), rg.conf)
				}
			}
		}
		if items[k].deniable() && k > rg.from && sc.negated(k) &&
			!(k+1 < rg.to && items[k+1].is("to")) && sc.selfClause(rg, k) { // "it would not be responsible to do": no denial
			sc.denial(sp, k, "not "+items[k].low, rg.conf)
			continue
		}
		if n := r.phraseAt(items, k, "threat-fate"); n > 0 && k > rg.from && items[k-1].is("would", "will", "must", "shall", "could") && !sc.negated(k-1) {
			// "said Quill Bank would pay a heavy price": the one whose
			// fate it is, named before the modal.
			if x := sc.clauseSubjectBefore(rg, k-1); x != nil && x.id != sp.id {
				sc.claim(sp, graph.Threatened, x, joinItems(items[k-1:k+n]), rg.conf)
			}
		}
		if !threat || r.phraseAt(items, k, "threat-cue") == 0 {
			continue
		}
		if a := sc.retaliator(k); a != nil {
			sc.ownRetaliation(a, k, rg.conf)
		} else if !sc.commonSubjectBefore(rg, k) {
			// A journalist's "The Kremlin published a statement ...
			// emphasising its right to retaliate": the threat is
			// the Kremlin's, the clause's own subject.
			if a := sc.clauseAgent(rg, k); a != nil {
				sp = a
			}
			if os := sc.targetsAfter(k); len(os) > 0 {
				for _, o := range os {
					sc.claim(sp, graph.Threatened, o, items[k].tok.text, rg.conf)
				}
			} else {
				sc.claim(sp, graph.Threatened, sc.ar.accusedBy(sp, sc.firstNamed(rg.from, rg.to)), items[k].tok.text, rg.conf)
			}
		}
	}
}

// blameWith returns the party that blame or responsibility at items[k]
// is said to lie with, past what it is for: "responsibility for the
// collapse lay with Quill Bank", "the blame lies squarely with X", "the
// fault of X" (not "no fault of X"); or nil.
func (sc *sentence) blameWith(rg claimRegion, k int) *mention {
	items := sc.items
	a := -1
	if items[k].is("fault") && k > 0 && items[k-1].is("the") && items[k+1].is("of") {
		a = k + 2
	}
	for j := k + 1; a < 0 && j+1 < rg.to && j <= k+7; j++ {
		if items[j].is(",", ";", "but", "and") {
			return nil
		}
		if items[j].is("lay", "lies", "rests", "rested", "lie", "rest") {
			w := j + 1
			if w < rg.to && items[w].is("squarely", "firmly", "entirely", "solely") {
				w++
			}
			if w < rg.to && items[w].is("with") {
				a = w + 1
			}
			break
		}
	}
	if a < 0 || a >= rg.to {
		return nil
	}
	objs, _ := sc.objectsAfter(sc.nameIndex(a), 0)
	if len(objs) == 0 || objs[0].kind == byEvent || objs[0].id == rg.speaker.id {
		return nil
	}
	return objs[0]
}

// remedied reports whether the fault named at items[k] is the object of a
// verb that puts it right ([remedy-verb]): "would sort out the
// \"shambles\" of immigration", "pledged to end the chaos".
func (sc *sentence) remedied(rg claimRegion, k int) bool {
	items := sc.items
	b := k - 1
	for b >= rg.from && items[b].m == nil && items[b].is("the", "a", "an", "this", "that", "its", "their", "his", "her", "\"", "“", "‘", "'") {
		b--
	}
	for s := b; s >= rg.from && s >= b-2; s-- {
		if items[s].m == nil && sc.ar.x.rules.phraseAt(items, s, "remedy-verb") == b-s+1 {
			return true
		}
	}
	return false
}

// commonSubjectBefore reports whether the clause of items[k] has a
// subject that is a common noun, no name and no pronoun, right before its
// modal: "said Mr Blair was worried voters would take revenge" threatens
// nothing on anyone's part ("its fighters would" are the speaker's).
func (sc *sentence) commonSubjectBefore(rg claimRegion, k int) bool {
	items := sc.items
	for j := k - 1; j > rg.from && j >= k-4; j-- {
		if items[j].m != nil || items[j].is(",", ";", "that") {
			return false
		}
		if items[j].is("would", "will", "could", "might", "may", "shall", "must") {
			p := items[j-1]
			if j > 1 && items[j-2].is("its", "his", "her", "their", "our", "my") {
				return false // "its fighters would take revenge": the speaker's own
			}
			return p.m == nil && isLowerWord(p.low) && !p.is("he", "she", "it", "they", "we", "i", "you", "who", "which", "that") &&
				!strings.HasSuffix(p.low, "ly")
		}
	}
	return false
}

// clauseSubjectBefore returns the party named right before the modal at
// items[k] in rg's words, past "that": "said (that) Quill Bank would",
// or nil.
func (sc *sentence) clauseSubjectBefore(rg claimRegion, k int) *mention {
	items := sc.items
	j := k - 1
	if j < rg.from || items[j].m == nil {
		return nil
	}
	m := items[j].m
	if m.modifier || m.kind == byEvent || m.typ == graph.Place || m.typ == graph.Event {
		return nil
	}
	if j > rg.from && !items[j-1].is("that", "\"", "“", ":", "the") && !(items[j-1].tok.capitalised() && sc.ar.x.isHonorific(&items[j-1].tok)) {
		return nil
	}
	return m
}

// breaks reports whether the item is a verb of breaking a norm, as
// is("broke", "broken", "breaking", "breached", "breaches", "violated",
// "flouted", "defied", "contravened", "contrary", "ignored", ...) would, without building the list: readClause asks
// it of every word a speaker says.
func (it *item) breaks() bool {
	switch it.low {
	case "broke", "broken", "breaking", "breached", "breaches", "violated", "flouted", "defied",
		"violates", "violating", "flouts", "flouting", "contravened", "contravenes", "contravening", "contrary", "disregarded", "ignored":
		return true
	}
	return false
}

// deniable reports whether the item is a word that, negated, denies, as
// is("responsible", "involved", "involvement", "nothing") would, without
// building the list: readClause asks it of every word a speaker says.
func (it *item) deniable() bool {
	switch it.low {
	case "responsible", "involved", "involvement", "nothing":
		return true
	}
	return false
}

// firstNamed returns the first entity named in items[from:to], the
// subject of a quoted clause ("The Russian side reserves the right ..."),
// which a threat in that clause is not aimed at.
func (sc *sentence) firstNamed(from, to int) map[string]bool {
	for k := from; k < to && k < len(sc.items); k++ {
		if m := sc.items[k].m; m != nil && m.kind != byEvent {
			return map[string]bool{m.id: true, m.state: m.state != ""}
		}
	}
	return nil
}

// retaliator returns the party named right after a retaliation word at
// items[k], whose retaliation it is: "a retaliatory EU complaint",
// "retaliatory Israeli strikes"; or nil.
func (sc *sentence) retaliator(k int) *mention {
	if k+1 < len(sc.items) && sc.items[k+1].m != nil && sc.items[k+1].m.kind != byEvent {
		return sc.items[k+1].m
	}
	return nil
}

// ownRetaliation reads a retaliation word at items[k] that names its own
// party a: a threat by a against the target after "against" or "on",
// if any. Whom it answers is not the sentence subject's accusation, so
// no accused party stands in for a missing target.
func (sc *sentence) ownRetaliation(a *mention, k int, conf float64) {
	for _, o := range sc.targetsAfter(k + 1) {
		sc.claim(a, graph.Threatened, o, sc.items[k].tok.text, conf)
	}
}

// threatCues reads a retaliation cue outside reported speech as a threat
// by the sentence's subject: "The Kremlin published a statement ...
// emphasising its right to retaliate against Kyiv".
func (sc *sentence) threatCues() {
	if !sc.hasCue(cueRetaliate) {
		return // no word of the sentence is one the rule acts at
	}
	items := sc.items
	for k := range items {
		it := &items[k]
		if it.m != nil || it.quoted || !strings.HasPrefix(it.low, "retaliat") || sc.speakerAt(k) != nil {
			continue
		}
		if k > 0 && items[k-1].is("in", "for") {
			continue // "in retaliation for": a motive, not a threat
		}
		if a := sc.retaliator(k); a != nil {
			sc.ownRetaliation(a, k, confReported)
			return
		}
		subj := sc.participleSubject(k)
		if subj == nil {
			for j := 0; j < k; j++ {
				if m := items[j].m; m != nil && !m.modifier && m.kind != byEvent {
					subj = m
					break
				}
			}
		}
		if os := sc.targetsAfter(k); len(os) > 0 {
			for _, o := range os {
				sc.claim(subj, graph.Threatened, o, it.tok.text, confReported)
			}
		} else {
			sc.claim(subj, graph.Threatened, sc.ar.accusedBy(subj, nil), it.tok.text, confPronoun)
		}
		return
	}
}

// attacker returns the agent of a reported strike: the name right before
// the verb, across auxiliaries ("Azerbaijani troops had launched"), when
// it is a party that can strike and not the speaker.
func (sc *sentence) attacker(rg claimRegion, k int) *mention {
	items := sc.items
	j := k - 1
	for j >= rg.from && items[j].m == nil && skipWord(items[j].low) {
		j--
	}
	if j >= rg.from+3 && items[j].is("force") && items[j-1].is("air") && items[j-2].tok.isPossessive() && items[j-3].m != nil {
		j -= 3 // "the army's air force had bombed": the army strikes through it
	}
	if j < rg.from || items[j].m == nil {
		return nil
	}
	m := items[j].m
	// A state or a force strikes; a person "attacking" is a sportsman
	// or a critic.
	if m.modifier || m.kind == byEvent || m.kind == byPronoun || m.id == rg.speaker.id || m.typ == graph.Person ||
		m.typ == graph.Place && m.state == "" {
		return nil
	}
	return m
}

// targetWithin reports whether a strike's verb at k has a target within n
// items: a named place, state or body, or a thing ("bombed a hospital",
// "shelled its villages"), but not the object of an idiom ("struck a
// deal").
func (sc *sentence) targetWithin(k, n int) bool {
	for j := k; j < len(sc.items) && j < k+n; j++ {
		it := sc.items[j]
		if it.m != nil {
			return it.m.kind != byEvent && it.m.typ != graph.Person
		}
		switch {
		case it.is(".", ";", ","):
			return false
		case it.is("deal", "agreement", "balance", "chord", "note", "tone", "compromise", "bargain", "pose", "back", "out", "gold", "lucky"):
			return false
		case it.is("a", "an", "the", "its", "their", "his", "her", "several", "two", "three", "many", "civilian", "residential"):
		case isLowerWord(it.low):
			return true
		}
	}
	return false
}

// clauseAgent returns the organisation or person that opens a reported
// clause as its subject ("“The Kremlin published ..."), if it is not the
// speaker. A country is left to the speaker, who speaks for it.
func (sc *sentence) clauseAgent(rg claimRegion, k int) *mention {
	items := sc.items
	for j := rg.from; j < k && j < rg.from+4; j++ {
		m := items[j].m
		if m == nil {
			continue
		}
		if m.id == rg.speaker.id || m.modifier || m.kind != byName || (m.typ != graph.Organization && m.typ != graph.Person) {
			return nil
		}
		if j+1 < len(items) && items[j+1].m == nil && isLowerWord(items[j+1].low) {
			return m
		}
		return nil
	}
	return nil
}

// persecutor reads the wrong a speaker says it suffers at the hands of
// no one named, when the wrong is one a state does ([persecution-cue]):
// "Yukos claims that it is being punished for the political ambitions of
// its founder" blames the state the article is about. items[b] is the
// auxiliary before the cue at items[k]; the one wronged, before it, must
// be the speaker ("it", "they", "he") or its own ("its shareholders").
func (sc *sentence) persecutor(rg claimRegion, b, k int) *mention {
	items := sc.items
	if sc.ar.x.rules.phraseAt(items, k, "persecution-cue") == 0 {
		return nil
	}
	v := b - 1
	for v > rg.from && items[v].is("has", "have", "had", "is", "are", "was", "were", "being", "been", "not") {
		v--
	}
	if v < rg.from || items[v].m != nil {
		return nil
	}
	own := items[v].is("it", "they", "he", "she", "we", "i") && (v == rg.from || items[v-1].is("that", ",", "\"", "“"))
	if !own && v > rg.from && items[v-1].is("its", "their", "our") && isLowerWord(items[v].low) {
		own = true // "its downfall was punishment", "its shareholders were persecuted"
	}
	if !own {
		return nil
	}
	return sc.homeState(rg)
}

// homeState returns the state the article is about, as the agent of a
// wrong its speaker blames on no one named, or nil when the article has
// none or it is the speaker's own.
func (sc *sentence) homeState(rg claimRegion) *mention {
	home := sc.ar.home
	if home == "" || home == rg.speaker.id || rg.speaker.typ == graph.Country || sc.ar.onSide(rg.speaker.id, map[string]bool{home: true}) {
		return nil
	}
	e := sc.ar.ents[home]
	if e == nil {
		return nil
	}
	return &mention{id: home, typ: graph.Country, kind: byName, surface: e.Name}
}

// blamed finds the party that a blame cue at items[k] points at: the
// nearest name before it in the clause ("Russia likely staged"), or the
// one after "by" ("staged by Russia").
func (sc *sentence) blamed(rg claimRegion, k, n int) *mention {
	items := sc.items
	if k > 0 && items[k-1].is("facing", "face", "faces", "faced", "risk", "risking", "fear", "feared", "fearing", "suffered", "suffering", "endured", "without") {
		return nil // "deport them to Jordan without them facing torture": suffered, by no one named
	}
	if b := k - 1; b > 0 && sc.ar.x.rules.phraseAt(items, k, "victim-cue") > 0 && !(k+n < len(items) && items[k+n].is("by")) {
		if b > 1 && items[b].is("or", "and") && sc.ar.x.rules.phraseAt(items, b-1, "victim-cue") > 0 {
			b -= 2 // "was tortured or abused"
		}
		for b > 1 && items[b].m == nil && strings.HasSuffix(items[b].low, "ly") && isLowerWord(items[b].low) {
			b-- // "were probably stolen", "was allegedly abused"
		}
		if items[b].is("was", "were", "been", "being", "is", "are", "be", "get", "got") {
			if st := sc.persecutor(rg, b, k); st != nil {
				return st
			}
			return nil // "no British detainee was tortured": the one wronged, by no one named
		}
	}
	if k > 0 && items[k-1].is("is", "was", "were", "are", "been", "being") && !sc.modal(k) {
		// "all this is dictated to Kyiv from Washington": the
		// source after "from" in a passive.
		for f := k + n; f+1 < len(items) && f <= k+n+3; f++ {
			if items[f].is("from") {
				if m := items[f+1].m; m != nil && !m.modifier && m.kind != byEvent && m.id != rg.speaker.id {
					return m // a place that is no state's seat is checked off by argOK
				}
				break
			}
		}
	}
	if k+n < len(items) && n == 3 && items[k].is("the") && items[k+1].is("work") && items[k+2].is("of") {
		// "the attack was the work of Russian partisans", "the work of
		// what he calls Russian partisans": the one named after it (where
		// after "a breach of" comes the rule broken).
		a := k + n
		if a+2 < len(items) && items[a].is("what") && items[a+1].is("he", "she", "it", "they", "we", "i") && items[a+2].is("calls", "called", "call", "termed", "terms", "describes", "described") {
			a += 3
			if a < len(items) && items[a].is("as") {
				a++
			}
		}
		if objs, _ := sc.objectsAfter(a, 0); len(objs) > 0 && objs[0].kind != byEvent && objs[0].id != rg.speaker.id {
			return objs[0]
		}
	}
	if items[k].is("blame", "responsibility") && items[k+n-1].is("with") {
		return sc.blameWith(rg, k) // "the blame lay with Quill Bank": the one named after it
	}
	if k+n+1 < len(items) && items[k+n].is("by") && !sc.modal(k) {
		// "he was persecuted by the Kremlin": the agent is blamed.
		a := k + n + 1
		if items[a].is("the") && a+1 < len(items) {
			a++
		}
		if m := items[a].m; m != nil && !m.modifier && m.kind != byEvent && m.id != rg.speaker.id {
			return m
		}
		if k > 0 && items[k-1].is("was", "were", "been", "being", "is", "are", "be") && sc.ar.x.rules.phraseAt(items, k, "victim-cue") > 0 {
			return nil // "the Labour Party is being punished by voters": the one wronged is no wrongdoer
		}
	}
	p := k - 3
	if p > 0 && items[k-1].is("a", "an", "the", "its", "their", "his", "her") {
		p-- // "as part of a campaign to destroy"
	}
	if p > rg.from && items[p].is("as") && items[p+1].is("part") && items[p+2].is("of") {
		// "Russia forced the sale of Yugansk as part of a campaign to
		// destroy Yukos": the one whose act it was, opening the words.
		return sc.openingParty(rg, p)
	}
	for j := k - 1; j >= rg.from && j >= k-6; j-- {
		it := items[j]
		// The cue's clause ends at a dash or colon, and at a comma
		// unless the cue is a participle ("..., killing civilians").
		if it.is(",") && j+2 < k && items[j+1].is("and", "but") && items[j+2].is("has", "have", "had", "is", "was", "are", "were") {
			// "Mr Blair has forgotten taxpayers, and has broken the
			// pledges": the first verb's subject, which opens the words.
			return sc.openingParty(rg, j)
		}
		if it.is("-", "–", "—", "(", ")", ":") || it.is(",") && !strings.HasSuffix(items[k].low, "ing") {
			return nil
		}
		if it.m != nil {
			if it.m.modifier || it.m.kind == byEvent || it.m.id == rg.speaker.id {
				return nil
			}
			if it.m.typ == graph.Place && it.m.state == "" {
				return nil
			}
			if j+1 < len(items) && items[j+1].tok.isPossessive() {
				// "RF grounds to justify its attacks": the possessor
				// acts only when it is the clause's subject, or when
				// what it owns is its doing: "the Kremlin's actions
				// broke the treaty".
				if p := j + 2; p < k && items[p].m == nil && sc.ar.x.rules.itemIn(items, p, "judged-thing") && !sc.actedOn(rg, j) {
					return it.m
				}
				continue
			}
			if sc.actedOn(rg, j) {
				continue // "the use of force against Iraq was illegal": not Iraq
			}
			if j >= 2 && items[j-1].is("of") && items[j-2].m == nil && isLowerWord(items[j-2].low) && !sc.ar.x.rules.itemIn(items, j-2, "judged-thing") {
				continue // "forced the sale of Yugansk as part of a campaign to destroy": what was sold, not who
			}
			if sc.eventModifier(j) || sc.ar.outlet(*it.m) {
				return nil // "the Iraq war could be illegal": no party
			}
			return it.m
		}
		if sc.aboutPronoun(rg, it) {
			return rg.about // `X said of Y: "He lied"`
		}
		if it.is("it") && j <= rg.from+2 {
			// "it" is no person: "Jane Roe, spokeswoman for the
			// committee, said it was aware of" speaks of the committee.
			if m := sc.clauseSubject(rg); m != nil && m.typ != graph.Person && m.id != rg.speaker.id {
				return m
			}
			return nil
		}
		if it.is("he", "she") && j <= rg.from+2 {
			// "Sullivan admitted he was willing to commit fraud": a
			// person who speaks of "he" speaks of himself unless the
			// pronoun's gender is not his. "The Tories said she broke a
			// convention": the person of that gender named last.
			if rg.speaker.typ == graph.Person && sc.ar.fits(rg.speaker.id, it.low) && !it.quoted {
				return nil
			}
			// In a quotation "he" is never its speaker: `X said: "He
			// lied to the public"` is of the man the story is about.
			return sc.recentPerson(it.low, rg.speaker)
		}
		if it.is(".", ";", "but", "if", "whether", "because") {
			return nil
		}
	}
	return nil
}

// criticised finds the party that a criticism cue at items[k] is said
// of: the nearest name before it in the clause, a possessor included
// ("Labour's plans were a shambles" is said of Labour).
func (sc *sentence) criticised(rg claimRegion, k int) *mention {
	items := sc.items
	if sc.remedied(rg, k) {
		return nil // "would sort out the \"shambles\"": whoever made it is not named
	}
	if e := k + sc.ar.x.rules.phraseAt(items, k, "criticism-cue"); e+2 < rg.to && (items[e].is("for", "of") || items[e-1].is("for", "of")) {
		// "It is not enough for the military to investigate", "it was
		// wrong of the government to": the party whose act is judged.
		a := e + 1
		if items[e-1].is("for", "of") {
			a = e // the cue's own preposition: "wrong of"
		}
		if items[a].is("the") {
			a++
		}
		if a+1 < rg.to && items[a+1].is("to") {
			if m := items[a].m; m != nil && !m.modifier && m.kind != byEvent && m.typ != graph.Event && m.id != rg.speaker.id {
				return m
			}
		}
	}
	if e := k + sc.ar.x.rules.phraseAt(items, k, "criticism-cue"); k > 0 && items[k-1].is("the", "this", "such") && e+1 < rg.to && items[e].is("of") {
		// "the arrogance of Michael Howard was": the owner of the fault.
		a := e + 1
		if items[a].is("the") && a+1 < rg.to {
			a++
		}
		// A person or a body, not a state whose plight it may be ("the
		// chaos of Iraq"), ending the phrase: not "the chaos of the Iraq
		// war".
		if m := items[a].m; m != nil && !m.modifier && m.kind != byEvent && (m.typ == graph.Person || m.typ == graph.Organization) && m.id != rg.speaker.id && sc.endsPhrase(a) {
			return m
		}
	}
	if m := sc.qualifiedAfter(rg, k+sc.ar.x.rules.phraseAt(items, k, "criticism-cue")); m != nil {
		return m // "a return to a failed Tory past": the party that qualifies what is judged
	}
	// "a sign of new tactics by Labour": the agent after the cue.
	for j := k + 1; j < rg.to && j < k+12; j++ {
		if items[j].is(",") && j == k+1 && j+1 < rg.to && !items[j+1].is("and", "but", "or", "which", "who", "that", "it", "he", "she", "they", "we", "as", "while", "although") {
			continue // "the reckless, George Bush-style tax cutting spree planned by the Tories": adjectives
		}
		if items[j].is(",", ".", ";", "but") {
			break
		}
		if items[j].is("by") && j+1 < rg.to {
			a := j + 1
			if items[a].is("the") && a+1 < rg.to {
				a++ // "an attempt by the Tories"
			}
			if m := items[a].m; m != nil && !m.modifier && m.kind != byEvent && m.id != rg.speaker.id &&
				!(a+1 < len(items) && items[a+1].m == nil && isLowerWord(items[a+1].low) && !preposition[items[a+1].low] && !skipWord(items[a+1].low)) {
				return m // not "displayed by Labour voters": the voters, whom the party only qualifies
			}
		}
	}
	// "the prime minister's view that there was no agreement on the
	// Lords was flawed": the holder of the view, not a name inside what
	// it holds.
	for t := k - 1; t > rg.from && t >= k-20; t-- {
		if items[t].is(",", ";", ":", "-", "–", "—") {
			break
		}
		if items[t].is("that") && items[t-1].m == nil && sc.ar.x.rules.has(items[t-1], "accusation-noun") || items[t].is("that") && items[t-1].is("view", "views", "idea", "belief", "suggestion", "notion", "argument", "assertion", "impression") {
			// The cue judges the view only past the view's own verb:
			// in "Labour's claim that the Tories were weak" it is the
			// view's content.
			verbs := 0
			for v := t + 1; v < k; v++ {
				if items[v].is("is", "was", "were", "are") {
					verbs++
				}
			}
			if verbs < 2 {
				return nil
			}
			for f := rg.from; f < t; f++ {
				if m := items[f].m; m != nil {
					if m.modifier || m.kind == byEvent || m.id == rg.speaker.id {
						return nil
					}
					return m
				}
			}
			return nil
		}
	}
	// "Comparing the Assembly to Hitler's Germany is crass": an act
	// with no agent named is judged, not the names inside it.
	if f := rg.from; f < k {
		for f < k && items[f].m == nil && (items[f].tok.text == "\"" || items[f].tok.text == "“" || items[f].is(":", ",")) {
			f++
		}
		if f < k && items[f].m == nil && len(items[f].low) > 5 && strings.HasSuffix(items[f].low, "ing") && items[f].tok.capitalised() {
			return nil
		}
	}
	var target *mention // a name the subject acts on: "plans attacking Mr Howard"
	for j, lim := k-1, k-8; j >= rg.from && j >= lim; j-- {
		it := items[j]
		if it.is("-", "–", "—") && target == nil {
			// "plans attacking Mr Howard - recently withdrawn - were a
			// sign of": the subject is read past the aside.
			if o := sc.asideOpen(rg.from, j); o >= 0 {
				lim -= j - o + 1
				j = o
				continue
			}
		}
		if it.is("-", "–", "—", "(", ")", ":", ".", ";", "but", "if", "whether", "because") {
			return nil
		}
		if sc.aboutPronoun(rg, it) {
			return rg.about // `X said of Y: "He is arrogant"`
		}
		if it.m == nil && it.quoted && it.is("he", "she") && j <= rg.from+2 {
			// `X said: "He has behaved in a manner unbecoming of his
			// office"`: a quotation's "he" is not its speaker, but the
			// person of that gender the story named last.
			return sc.recentPerson(it.low, rg.speaker)
		}
		if p := sc.publisherOf(j); p != nil && p.id != rg.speaker.id {
			return p // "said the documentary was biased": the body that made it
		}
		if p := sc.remarksOf(j, rg.speaker); p != nil {
			return p // "X said the comments were at odds with ...": whoever made them
		}
		if p, d := sc.planOwner(j); p != nil && p.id != rg.speaker.id && sc.opensWords(rg, d) {
			// "X unveiled plans ... Y said the proposals were a
			// shambles": whoever put them forward, when the plans are
			// what the words are about; not "the way the government
			// handled the bill was a shambles".
			return p
		}
		if it.m != nil {
			if it.m.modifier || it.m.kind == byEvent || sc.withSpeaker(it.m, rg) {
				return nil
			}
			if sc.ar.outlet(*it.m) || sc.eventModifier(j) || it.m.typ == graph.Event {
				continue // "told the Today programme that ...", "the Iraq war", "response to the tsunami"
			}
			if (it.m.typ == graph.Place || it.m.typ == graph.Country) && j > rg.from && items[j-1].is("in", "at", "near", "across", "throughout") &&
				!slices.ContainsFunc(items[j:k], func(it item) bool { return it.is(",") }) {
				lim -= 2
				continue // "Yukos filed for bankruptcy in Texas in a desperate bid": where, not who
			}
			if o := sc.possessedAct(rg, j); o != nil {
				return o
			}
			if f := j - 1; f > rg.from && (items[f].is("for") || items[f].is("the") && f-1 > rg.from && items[f-1].is("for")) {
				continue // "the offer for the LSE is too high": what the offer is for, not who made it
			}
			if sc.actedOn(rg, j) {
				// "said Labour posters attacking Mr Howard were a
				// disgrace": Howard is the posters' target; the one
				// judged is whoever made them, named before.
				target = it.m
				continue
			}
			return it.m
		}
	}
	if target != nil && rg.from == 0 {
		// "Tony Blair has had the chance to tackle the problems facing
		// Britain and has failed, Michael Howard has said": past the
		// target, the subject that opens the reported words.
		if m := items[0].m; m != nil && m != target && !m.modifier && m.kind != byEvent && !sc.withSpeaker(m, rg) && m.typ != graph.Place {
			return m
		}
	}
	return nil
}

// possessedAct returns the owner of the act whose object is the party at
// items[j], when the act is a noun another party possesses: in "Tony
// Blair's feud with Gordon Brown is damaging", "Ann Lee's treatment of
// Tom Reed was shameful", the one judged is the owner, not the party
// after "with" or "of".
func (sc *sentence) possessedAct(rg claimRegion, j int) *mention {
	items := sc.items
	if j-4 < rg.from || !items[j-1].is("with", "of", "over", "against", "to", "towards", "on") {
		return nil
	}
	n := j - 2
	if items[n].m != nil || !isLowerWord(items[n].low) || preposition[items[n].low] || !items[n-1].tok.isPossessive() {
		return nil
	}
	if o := items[n-2].m; o != nil && !o.modifier && o.kind != byEvent && o.typ != graph.Event && (o.typ != graph.Place) && !sc.withSpeaker(o, rg) {
		return o
	}
	return nil
}

// asideOpen returns the index of the dash that opens the aside closed by
// the dash at items[j], searching back to items[from], or -1.
func (sc *sentence) asideOpen(from, j int) int {
	for o := j - 1; o >= from; o-- {
		if sc.items[o].is("-", "–", "—") {
			return o
		}
		if sc.items[o].is(".", ";", ":") {
			break
		}
	}
	return -1
}

// misfortune reports whether a failure or refusal at items[k:k+n] is no
// fault the speaker finds: a failure to win or get what one sought
// ("Quill Bank's failure to win the contract was a blow"), or a refusal
// the speaker only concedes ("will act despite George Bush's refusal to
// sign").
func (sc *sentence) misfortune(rg claimRegion, k, n int) bool {
	items := sc.items
	if !items[k].is("failure", "failures", "refusal") {
		return false
	}
	if k+n < len(items) && items[k+n].is("win", "secure", "qualify", "reach", "find", "get", "attract", "sell", "make", "land", "clinch") {
		return true
	}
	for j := k - 1; j >= rg.from && j >= k-4; j-- {
		if items[j].is("despite") {
			return true
		}
	}
	return false
}

// hypothetical reports whether the words at items[k] judge only what a
// party might do, in a condition the speaker's words set before them:
// "warned that if the Commission ignored the request it would be an
// insult", "said that if Quill Bank cut jobs it would be a disgrace".
func (sc *sentence) hypothetical(rg claimRegion, k int) bool {
	if k > 0 && sc.items[k-1].is("this", "these", "such", "their", "his", "her", "its") {
		return false // "if they did not stop this nonsense": what they do now
	}
	for j := rg.from; j < k; j++ {
		if sc.items[j].is("if", "unless") && sc.items[j].m == nil {
			return true
		}
	}
	return false
}

// copulaSubject returns the name a copula gives the word at items[k]:
// "Feroz Abbasi was a terrorist", "Mr Begg was an \"enemy combatant\"",
// "Tom Reed had not been honest", past auxiliaries, negation, adverbs,
// an article and quote marks; nil with no copula or with other words
// between ("the men he called terrorists", "the Tesco deal was not
// straightforward": there the name only qualifies the thing).
func (sc *sentence) copulaSubject(k int) *mention {
	items := sc.items
	copula := false
	for j := k - 1; j >= 0; j-- {
		it := &items[j]
		if it.m != nil {
			if copula && !it.m.modifier && it.m.kind != byEvent {
				return it.m
			}
			return nil
		}
		switch {
		case it.is("is", "was", "are", "were", "been", "be"):
			copula = true
		case it.is("as") && j > 0 && items[j-1].is("detained", "held", "classified", "designated", "branded", "labelled", "labeled", "described", "treated", "named", "identified"):
			j-- // "was detained as an enemy combatant": the verb gives the name as a copula would
		case it.is("a", "an", "has", "have", "had", "will", "would", "being") || sc.ar.x.rules.has(*it, "negation") ||
			len(it.low) > 4 && strings.HasSuffix(it.low, "ly") || quoteMark(it.tok.text):
		default:
			return nil
		}
	}
	return nil
}

// qualifiesNoun reports whether items[k] is a lower-case noun the word
// before qualifies: "a terrorist attack", "a criminal offence".
func (sc *sentence) qualifiesNoun(k int) bool {
	if k >= len(sc.items) {
		return false
	}
	it := &sc.items[k]
	return it.m == nil && isLowerWord(it.low) && !preposition[it.low] && !it.is("and", "or", "but", "who", "which", "that", "whose")
}

// conceded reports whether the evaluative word at items[k] is granted
// rather than asserted: "said the remarks may have been offensive but
// were not racist".
func conceded(items []item, k int) bool {
	return k >= 3 && items[k-1].is("been") && items[k-2].is("have") && items[k-3].is("may", "might", "could")
}

// ownWrongDenied reports whether the wrong at items[k] is one the
// speaker of rg says they did not do, told in the active voice right
// after the negation, with the speaker or a pronoun for them as the
// subject: "he had not lied", "it did not mis-sell policies", "he never
// lied"; not "consumers are not overcharged" or "none of us will be
// intimidated".
func (sc *sentence) ownWrongDenied(rg claimRegion, k int) bool {
	items := sc.items
	if k < 2 || k-2 < rg.from || !sc.ar.x.rules.has(items[k-1], "negation") {
		return false
	}
	j := k - 2
	if items[j].is("had", "has", "have", "did", "does", "do") && j > rg.from {
		j--
	}
	it := items[j]
	if it.m != nil {
		return it.m.id == rg.speaker.id
	}
	switch it.low {
	case "he", "she", "i":
		return rg.speaker.typ == graph.Person
	case "it", "we", "they":
		return true
	}
	return false
}

// selfClause reports whether the clause around items[k] is the speaker's
// about itself: "he said he had done nothing wrong", "we are not
// responsible", not "they are not responsible" said of others.
func (sc *sentence) selfClause(rg claimRegion, k int) bool {
	for j := k - 1; j >= rg.from && j >= k-6; j-- {
		it := sc.items[j]
		if it.m != nil {
			return it.m.id == rg.speaker.id
		}
		if it.is("they", "them") {
			return rg.speaker.typ != graph.Person
		}
		if it.is("i", "we", "he", "she", "it") {
			return true
		}
	}
	return true
}

// eventModifier reports whether the mention at items[j] only names an
// event after it ("the Iraq war could be illegal").
func (sc *sentence) eventModifier(j int) bool {
	return j+1 < len(sc.items) && sc.items[j+1].m == nil && (sc.ar.x.rules.itemIn(sc.items, j+1, "event-noun") || sc.items[j+1].is("war", "wars", "conflict"))
}

// recentPerson returns the person named last, in this sentence or the
// ones before, whom a pronoun can stand for, other than not.
func (sc *sentence) recentPerson(pronoun string, not *mention) *mention {
	ok := func(m *mention) bool {
		return m != nil && m.typ == graph.Person && m.kind != byPronoun && (not == nil || m.id != not.id) && sc.ar.fits(m.id, pronoun)
	}
	for _, it := range sc.items {
		if ok(it.m) && !it.quoted {
			cp := *it.m
			cp.kind = byPronoun
			return &cp
		}
	}
	for j := len(sc.ar.recent) - 1; j >= 0 && j >= len(sc.ar.recent)-15; j-- {
		if ok(sc.ar.recent[j]) {
			cp := *sc.ar.recent[j]
			cp.kind = byPronoun
			return &cp
		}
	}
	return nil
}

// openingParty returns the party named first in rg's words, before
// items[end], past "that", quotation marks, "the" and a title, or nil:
// the subject of the words' first verb.
func (sc *sentence) openingParty(rg claimRegion, end int) *mention {
	items := sc.items
	for f := rg.from; f < end; f++ {
		if m := items[f].m; m != nil {
			if m.modifier || m.kind == byEvent || m.id == rg.speaker.id || m.typ == graph.Place {
				return nil
			}
			return m
		}
		if !items[f].is("\"", "“", ":", "that", "the") && !(items[f].tok.capitalised() && sc.ar.x.isHonorific(&items[f].tok)) {
			return nil
		}
	}
	return nil
}

// clauseSubject resolves "it" at the start of a reported clause to the
// subject of the sentence: "The US denied Russian claims that it
// masterminded ...".
func (sc *sentence) clauseSubject(rg claimRegion) *mention {
	for k := 0; k < rg.from; k++ {
		if m := sc.items[k].m; m != nil && !m.modifier && m.kind == byName && m.id != rg.speaker.id {
			return m
		}
	}
	return nil
}

// harmCalls reads "X called for Y to be killed" and "X proposed to kill
// Y" as threats against Y.
func (sc *sentence) harmCalls() {
	r := sc.ar.x.rules
	items := sc.items
	if !sc.may(r.harmCall) {
		return
	}
	for i := 0; i < len(items); i++ {
		n := r.phraseAt(items, i, "harm-call")
		if n == 0 || items[i].quoted {
			continue
		}
		end := min(len(items), i+n+14)
		harm := false
		for k := i + n; k < end; k++ {
			if r.phraseAt(items, k, "harm-word") > 0 || items[k].m != nil && items[k].m.kind == byEvent {
				harm = true
				break
			}
		}
		if !harm {
			continue
		}
		subj := sc.subjectBefore(i)
		if subj == nil {
			continue
		}
		var obj *mention
		for k := i + n; k < end; k++ {
			if m := items[k].m; m != nil && !m.modifier && m.kind != byEvent {
				if m.typ == graph.Person {
					obj = m
					break
				}
				if obj == nil && m.typ == graph.Country && m.kind == byName {
					obj = m
				}
			}
		}
		sc.claim(subj, graph.Threatened, obj, joinItems(items[i:i+n]), confNominal)
		i += n - 1
	}
}

// claimMadeAt returns the index of a verb that makes the accusation noun
// at items[i] ("made allegations", "levelled serious charges", "has
// repeated its claims": [make-claim]), within three words before it, or
// -1.
func (sc *sentence) claimMadeAt(i int) int {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		it := sc.items[j]
		if it.m != nil {
			return -1
		}
		if sc.ar.x.rules.has(it, "make-claim") {
			return j
		}
		if !isLowerWord(it.low) || sc.ar.x.rules.phraseAt(sc.items, j, "deny") > 0 {
			return -1 // "had earlier denied accusations": the denier makes none
		}
	}
	return -1
}

// rhetorical reports whether the verb at items[i] closes a question that
// asserts its answer: a quotation before it that opens with a negated
// auxiliary ("Isn't the reason that ...?", "Didn't they promise ...?")
// and ends in a question mark. A plain question asserts nothing.
func (sc *sentence) rhetorical(i int) bool {
	items := sc.items
	for k := i - 1; k >= 0; k-- {
		if !items[k].is("\"", "“") {
			continue
		}
		if k+1 >= i || !items[k+1].is("isn't", "wasn't", "aren't", "weren't", "don't", "doesn't", "didn't", "hasn't", "haven't", "won't", "wouldn't", "shouldn't", "can't", "couldn't", "isn’t", "wasn’t", "aren’t", "doesn’t", "didn’t", "hasn’t", "haven’t", "won’t", "wouldn’t", "can’t") {
			continue
		}
		for q := k + 2; q < i; q++ {
			if items[q].is("?") {
				return true
			}
		}
	}
	return false
}

// actedOn reports whether the name at items[j] is the target or an
// example of an act named before it in the clause: "posters attacking Mr
// Howard", "force against Iraq", "firms like Yukos".
func (sc *sentence) actedOn(rg claimRegion, j int) bool {
	items := sc.items
	b := j - 1
	for b > rg.from && items[b].m == nil && sc.ar.x.rules.has(items[b], "honorific") {
		b-- // "attacking Mr Howard"
	}
	return b >= rg.from && items[b].m == nil && (items[b].is("against", "on", "at", "towards", "like", "including") ||
		isLowerWord(items[b].low) && strings.HasSuffix(items[b].low, "ing") && len(items[b].low) > 5)
}

// pairBefore returns the two people that a subject such as "the pair",
// "the two men" or "both women" before the verb at items[i] stands for:
// the two last named. It returns nil for any other subject, or when the
// article has not named two people.
func (sc *sentence) pairBefore(i int) []*mention {
	items := sc.items
	k := i - 1
	for k >= 0 && items[k].m == nil && skipWord(items[k].low) {
		k--
	}
	if k < 1 || items[k].m != nil {
		return nil
	}
	switch w, d := items[k].low, items[k-1]; {
	case (w == "pair" || w == "duo" || w == "couple") && d.is("the"):
	case w == "two" && d.is("the"):
	case (w == "men" || w == "women" || w == "brothers" || w == "sisters") && (d.is("both") || d.is("two") && k > 1 && items[k-2].is("the")):
	default:
		return nil
	}
	var out []*mention
	for j := len(sc.ar.recent) - 1; j >= 0 && len(sc.ar.recent)-j <= 20 && len(out) < 2; j-- {
		m := sc.ar.recent[j]
		if m.typ != graph.Person || m.kind == byPronoun || m.modifier || len(out) == 1 && out[0].id == m.id {
			continue
		}
		cp := *m
		cp.kind = byPronoun
		out = append(out, &cp)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// attributive reports whether the one-word criticism cue at items[k]
// qualifies the noun after it in passing ("fuelling damaging
// speculation", "had given the most damaging testimony") rather than
// judging a party: it is neither said of something ("was damaging", "a
// damaging blow") nor stands alone.
func (sc *sentence) attributive(k, n int) bool {
	items := sc.items
	if n != 1 || k == 0 || k+1 >= len(items) {
		return false
	}
	next := items[k+1]
	if next.is("and", "or") && k+3 < len(items) && items[k+2].m == nil && (sc.ar.x.rules.itemIn(items, k+2, "criticism-cue") || adjectiveLike(items[k+2].low)) {
		next = items[k+3] // "failed and failing states", "damaging and unfounded charges": two adjectives, one noun
	}
	if next.m != nil || !isLowerWord(next.low) || preposition[next.low] || next.is("or", "but", "nor", "the", "a", "an", "his", "her", "its", "their", "this", "these", "those", "any", "all", "some", "our", "your", "my") {
		return false // "had failed the tartan test": a verb
	}
	if items[k-1].is("had", "has", "have", "having") {
		return false // "had wasted billions", "has failed pensioners": a verb
	}
	if items[k-1].tok.isPossessive() {
		return false // "Michael Howard's arrogance was": a noun, its owner judged
	}
	return !items[k-1].is("is", "was", "were", "are", "be", "been", "being", "a", "an", "his", "her", "its", "their", "so", "too", "very", "deeply", "utterly",
		"totally", "completely", "increasingly", "simply", "wholly", "extremely", "thoroughly", "fundamentally", "hugely", "particularly")
}

// adjectiveLike reports whether w ends as English adjectives and
// participles do ("unfounded", "failing", "dangerous", "harmful").
func adjectiveLike(w string) bool {
	return isLowerWord(w) && len(w) >= 5 && hasAnySuffix(w, "ed", "ing", "ous", "ful", "less", "ive", "al", "ic", "able", "ible")
}

// qualifiedAfter returns the body named right after a cue as the
// qualifier of a noun ("a failed Tory past", "a breach of Treasury
// confidentiality", "incompetent Labour ministers"), or nil.
func (sc *sentence) qualifiedAfter(rg claimRegion, j int) *mention {
	items := sc.items
	if j+1 >= rg.to || j+1 >= len(items) {
		return nil
	}
	m := items[j].m
	if m == nil || m.kind == byEvent || m.typ != graph.Organization && m.typ != graph.Country || m.id == rg.speaker.id {
		return nil
	}
	if next := items[j+1]; next.m != nil || !isLowerWord(next.low) || preposition[next.low] || sc.ar.x.rules.has(next, "national-thing") {
		return nil // "a failure to Britain", "British banks"
	}
	return m
}

// ownerBefore returns the person whom the possessive pronoun at items[p]
// ("his", "her") stands for: the nearest person named before it in the
// sentence whose given name says that gender, else the nearest whose
// name says none, else the one of that gender the sentences before named
// last.
func (sc *sentence) ownerBefore(p int) *mention {
	pronoun := pronounOf(sc.items[p])
	var unsure *mention
	for k := p - 1; k >= 0; k-- {
		m := sc.items[k].m
		if m == nil || sc.items[k].quoted || m.typ != graph.Person || m.kind == byPronoun || m.modifier || !sc.ar.fits(m.id, pronoun) {
			continue
		}
		if sc.ar.gender[m.id] != "" {
			return m
		}
		if unsure == nil {
			unsure = m
		}
	}
	if unsure != nil {
		return unsure
	}
	return sc.recentPerson(pronoun, nil)
}
