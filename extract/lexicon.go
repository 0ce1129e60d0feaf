package extract

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newskg/newskg/graph"
)

//go:embed data
var dataFS embed.FS

// Lexicon holds the word lists that the patterns are built from, by
// section name (see data/lexicon.txt).
type Lexicon map[string][]string

// parseLexicon reads the sectioned word-list format of data/lexicon.txt.
func parseLexicon(r io.Reader) (Lexicon, error) {
	lex := make(Lexicon)
	sc := bufio.NewScanner(r)
	section, n := "", 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		if section == "" {
			return nil, fmt.Errorf("line %d: entry before the first [section]", n)
		}
		for w := range strings.SplitSeq(line, "|") {
			if w = strings.TrimSpace(w); w != "" {
				lex[section] = append(lex[section], w)
			}
		}
	}
	return lex, sc.Err()
}

// set returns a section as a set.
func (l Lexicon) set(section string) map[string]bool {
	m := make(map[string]bool, len(l[section]))
	for _, w := range l[section] {
		m[w] = true
	}
	return m
}

// alt returns a section as a regular-expression alternation, longest
// entries first so that "air strikes" wins over "air".
func (l Lexicon) alt(sections ...string) string {
	var ws []string
	for _, s := range sections {
		for _, w := range l[s] {
			ws = append(ws, regexp.QuoteMeta(w))
		}
	}
	sort.SliceStable(ws, func(i, j int) bool { return len(ws[i]) > len(ws[j]) })
	ws = slices.Compact(ws)
	return "(?:" + strings.Join(ws, "|") + ")"
}

// formKind says how a surface form refers to a gazetteer entity.
type formKind int

const (
	formName    formKind = iota // always the entity: "Zelenskyy"
	formDemonym                 // an adjective or people: "Russian", "the British"
	formMetonym                 // a capital speaking for its state: "Moscow said"
	formRole                    // a role only one person holds: "the Russian president"
)

// ref is one reading of a surface form.
type ref struct {
	id   string
	kind formKind
}

// Gazetteer maps surface forms to known entities.
type Gazetteer struct {
	entities map[string]graph.Entity
	forms    map[string][]ref
	// maxWords is the length, in words, of the longest form.
	maxWords int
	// override is set while a user's file loads: its readings of a form
	// go before the built-in ones.
	override bool
	// warnings lists the forms a user's file took over.
	warnings []string
	// metonyms lists each state's metonyms in the order of its line.
	metonyms map[string][]string
	// adjective holds, for each country, the word that names its agents
	// ("US prosecutors", "Russian military"): a short name in capitals
	// where the country has one, else its first demonym.
	adjective map[string]string
	// firstWords maps the first word of each form to the most words a
	// form starting with it has, so that most tokens are ruled out at
	// once; firstFilter has the filterBit of each of its words set, and
	// rules most out before the map is asked.
	firstWords  map[string]int
	firstFilter [1 << 16 / 64]uint64
	// pairFilter has the pairBit of the first two words of each form of
	// two words or more set: most words that start a form ("the",
	// "president", "us") start none with the word that follows them.
	pairFilter [1 << 18 / 64]uint64
	// toks holds the tokens of the form add indexes, for the next.
	toks []token
}

func newGazetteer() *Gazetteer {
	return &Gazetteer{entities: make(map[string]graph.Entity), forms: make(map[string][]ref), firstWords: make(map[string]int), metonyms: make(map[string][]string), adjective: make(map[string]string)}
}

// sizeFor makes the maps of an empty gazetteer for a file of n lines,
// which give about n entities, twice as many forms and half as many
// first words as forms: grown from nothing, the maps were rebuilt a
// dozen times as they loaded.
func (g *Gazetteer) sizeFor(n int) {
	g.entities = make(map[string]graph.Entity, n)
	g.forms = make(map[string][]ref, 3*n)
	g.firstWords = make(map[string]int, 3*n/2)
}

// wikidata is the IRI prefix of the sameAs column's QIDs.
const wikidata = "http://www.wikidata.org/entity/"

// Load reads a gazetteer in the format of data/gazetteer.tsv and adds its
// entries to g. A later entry with the same canonical name merges into the
// earlier one: it sets the type and, when it gives one, the sameAs, and
// adds its forms.
func (g *Gazetteer) Load(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	// Lines of up to a megabyte, in a buffer grown to the longest:
	// those of data/gazetteer.tsv are a few hundred bytes.
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		// The seven columns, "" for those a short line lacks; what
		// follows a seventh is not read.
		var cols [7]string
		rest, more := line, true
		for k := range cols {
			if !more {
				break
			}
			cols[k], rest, more = strings.Cut(rest, "\t")
		}
		typ := graph.EntityType(strings.TrimSpace(cols[0]))
		canon := strings.TrimSpace(cols[1])
		if !typ.Valid() || canon == "" {
			return fmt.Errorf("%s:%d: want TYPE<tab>NAME<tab>..., TYPE one of Person, Organization, Country, Place, Event", name, n)
		}
		id := graph.Slug(canon)
		if id == "" {
			return fmt.Errorf("%s:%d: name %q has no letters or digits", name, n, canon)
		}
		e, ok := g.entities[id]
		if !ok {
			e = graph.Entity{ID: id, Type: typ, Name: canon}
		}
		// A later line overrides the type and the sameAs IRIs; the
		// list columns add to what is there.
		e.Type = typ
		if q := strings.TrimSpace(cols[6]); q != "" {
			e.SameAs = nil
			for q := range strings.SplitSeq(q, "|") {
				q = strings.TrimSpace(q)
				if strings.HasPrefix(q, "Q") {
					q = wikidata + q
				}
				if err := checkSameAs(q); q != "" && err != nil {
					return fmt.Errorf("%s:%d: sameAs %q: %v", name, n, q, err)
				}
				if q != "" && !slices.Contains(e.SameAs, q) {
					e.SameAs = append(e.SameAs, q)
				}
			}
		}
		g.entities[id] = e
		g.add(canon, ref{id, formName})
		if typ == graph.Country {
			if a := countryAdjective(e.Name, cols[2], cols[3]); a != "" {
				g.adjective[id] = a
			}
		}
		for _, c := range []struct {
			col  int
			kind formKind
		}{{2, formName}, {3, formDemonym}, {4, formMetonym}, {5, formRole}} {
			k := c.kind
			for f := range strings.SplitSeq(cols[c.col], "|") {
				if f = strings.TrimSpace(f); f != "" {
					g.add(f, ref{id, k})
					if k == formMetonym {
						g.metonyms[id] = append(g.metonyms[id], f)
					}
					if k == formRole {
						// Roles are written capitalised, in lower case, and
						// with only a leading demonym capitalised ("Russian
						// president").
						low := strings.ToLower(f)
						g.add(low, ref{id, k})
						g.add(capitalise(f), ref{id, k})
						g.add(strings.ToUpper(low[:1])+low[1:], ref{id, k})
					}
				}
			}
		}
	}
	g.toks = nil // add's array is not kept once loaded
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// LoadFile adds the entries of a user's gazetteer file, which override
// the built-in ones where they disagree.
func (g *Gazetteer) LoadFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	g.override = true
	defer func() { g.override = false }()
	return g.Load(f, path)
}

// countryAdjective returns the word for the agents of the country name
// from its aliases and demonyms columns: the alias that spells the
// initials of a name of several words ("US", "UK"), else the first
// demonym ("Russian"), else "".
func countryAdjective(name, aliases, demonyms string) string {
	var initials strings.Builder
	if words := strings.Fields(name); len(words) > 1 {
		for _, w := range words {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				initials.WriteRune(r)
			}
		}
	}
	for a := range strings.SplitSeq(aliases, "|") {
		if a = strings.TrimSpace(a); initials.Len() > 1 && a == initials.String() {
			return a
		}
	}
	d, _, _ := strings.Cut(demonyms, "|")
	return strings.TrimSpace(d)
}

// agentName returns the name of a country's agents of a kind: "US
// prosecutors", "Russian military".
func (g *Gazetteer) agentName(state, kind string) string {
	a := g.adjective[state]
	if a == "" {
		a = g.entities[state].Name
	}
	return a + " " + kind
}

func capitalise(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if len(w) > 2 || i == 0 {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

func (g *Gazetteer) add(form string, r ref) {
	if !spacedOnce(form) {
		form = strings.Join(strings.Fields(form), " ")
	}
	// Articles write apostrophes straight and curly alike.
	if strings.Contains(form, "'") {
		g.add(strings.ReplaceAll(form, "'", "’"), r)
	}
	// And names joined by "and" are written with "&" too: "Securities &
	// Exchange Commission".
	if r.kind == formName && strings.Contains(form, " and ") {
		g.add(strings.ReplaceAll(form, " and ", " & "), r)
	}
	rs := g.forms[form]
	if slices.Contains(rs, r) {
		return
	}
	if g.override && len(rs) > 0 {
		// A user's file wins a form it shares with the built-in file:
		// its reading comes first.
		if rs[0].id != r.id {
			g.warnings = append(g.warnings, fmt.Sprintf("%q now means %s before %s", form, r.id, rs[0].id))
		}
		g.forms[form] = append([]ref{r}, rs...)
	} else {
		g.forms[form] = append(rs, r)
	}
	// Forms are looked up as joined tokens, and tokens split off
	// punctuation and possessives; index by the first token. The
	// tokens go in an array kept for the next form: a new one for each
	// of the thousands of forms was the most memory loading took.
	g.toks = appendTokens(g.toks[:0], form, 0)
	toks := g.toks
	if len(toks) == 0 {
		return
	}
	n := len(toks)
	g.maxWords = max(g.maxWords, n)
	g.firstWords[toks[0].text] = max(g.firstWords[toks[0].text], n)
	b := filterBit(toks[0].text)
	g.firstFilter[b/64] |= 1 << (b % 64)
	if n >= 2 {
		p := pairBit(toks[0].text, toks[1].text)
		g.pairFilter[p/64] |= 1 << (p % 64)
	}
}

// spacedOnce reports whether strings.Join(strings.Fields(s), " ") is s:
// ASCII with no white space but single spaces between words, as the
// data files write nearly every form.
func spacedOnce(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c != ' ' && asciiSpace[c]:
			return false
		case c == ' ' && s[i+1] == ' ':
			return false
		}
	}
	return true
}

// pairBit returns the bit of the words a and b, in that order, in
// Gazetteer.pairFilter.
func pairBit(a, b string) uint {
	h := uint32(2166136261)
	for i := 0; i < len(a); i++ {
		h = (h ^ uint32(a[i])) * 16777619
	}
	h = (h ^ ' ') * 16777619
	for i := 0; i < len(b); i++ {
		h = (h ^ uint32(b[i])) * 16777619
	}
	return uint(h >> 14)
}

// mayPair reports whether a form of two words or more may start with the
// words a and b.
func (g *Gazetteer) mayPair(a, b string) bool {
	p := pairBit(a, b)
	return g.pairFilter[p/64]&(1<<(p%64)) != 0
}

// longest returns the most words a form starting with w has, or 0.
func (g *Gazetteer) longest(w string) int {
	if b := filterBit(w); g.firstFilter[b/64]&(1<<(b%64)) == 0 {
		return 0
	}
	return g.firstWords[w]
}

// metonymRank returns where form stands among the metonyms of a state,
// or a large number when it is not one.
func (g *Gazetteer) metonymRank(state, form string) int {
	if i := slices.Index(g.metonyms[state], form); i >= 0 {
		return i
	}
	return 1 << 30
}

// lookup returns the readings of a surface form.
func (g *Gazetteer) lookup(form string) []ref { return g.forms[form] }

func loadNames(r io.Reader) map[string]bool {
	m := make(map[string]bool)
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
}
