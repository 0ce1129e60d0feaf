// Package eval scores a knowledge graph against hand-annotated gold
// (testdata/gold/SCHEMA.md): precision, recall and F1 for the entities
// each article names and for the relations it states, overall and per
// predicate, with the misses and false positives listed for inspection.
package eval

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newskg/newskg/graph"
)

// Score compares g with the gold and returns the report. Only the
// articles the gold annotates are scored; gold articles absent from g are
// listed in Report.MissingArticles and all their gold items count as
// misses.
//
// An entity is predicted for an article when g ties them together, that
// is, when its ID is in g.Mentions(article). It matches a gold entity of
// the article when its normalised name equals a normalised mention of
// that entity (lowercase, no diacritics, punctuation or possessive "'s",
// no leading "Mr" or "the"). As a small extension of SCHEMA.md, the gold
// entity's canonical name also counts as a mention: a node labelled
// "Volodymyr Zelensky" is that person even in an article that only
// writes "Zelensky".
//
// A predicted claim matches a gold relation of the same article with the
// same predicate whose subject and object match by the same rule. The
// gold entity is looked up in the article's own annotations and, when
// the article does not annotate it, among all gold annotations of that
// ID. A gold object_alt entity is also an acceptable object, and
// object_event makes any predicted object of type graph.Event acceptable.
// For graph.Met either direction matches.
//
// Predicted claims count once per (article, subject, predicate, object),
// with the two sides of "met" unordered; the earliest claim stands for
// its duplicates. Matching is one-to-one within each article, both for
// entities and for relations: two nodes that both match one gold entity
// give one hit and one false positive. Among the largest assignments,
// the one chosen is fixed by ID and claim order, so reports are
// reproducible.
func Score(g *graph.Graph, gold *Gold) *Report {
	if g == nil {
		g = graph.New()
	}
	if gold == nil {
		gold = &Gold{}
	}
	s := newScorer(g, gold)
	r := &Report{
		Articles:        []string{},
		MissingArticles: []string{},
		Entities:        EntityReport{Misses: []GoldEntity{}, FalsePositives: []PredictedEntity{}},
		Relations:       RelationReport{Misses: []GoldRelation{}, FalsePositives: []graph.Claim{}},
		ByPredicate:     make(map[graph.Predicate]Metrics),
	}
	goldEntities := make(map[string][]GoldEntity)
	for _, e := range gold.Entities {
		goldEntities[e.Article] = append(goldEntities[e.Article], e)
	}
	goldRelations := make(map[string][]GoldRelation)
	for _, rel := range gold.Relations {
		goldRelations[rel.Article] = append(goldRelations[rel.Article], rel)
	}
	claims := make(map[string][]graph.Claim)
	for _, c := range g.Claims() {
		claims[c.Article] = append(claims[c.Article], c)
	}

	var entityHits int
	relationHits := make(map[graph.Predicate]int)
	for _, a := range gold.Articles() {
		ents := slices.Clone(goldEntities[a])
		slices.SortFunc(ents, func(x, y GoldEntity) int { return strings.Compare(x.ID, y.ID) })
		if _, ok := g.Article(a); !ok {
			r.MissingArticles = append(r.MissingArticles, a)
			r.Entities.Misses = append(r.Entities.Misses, ents...)
			r.Relations.Misses = append(r.Relations.Misses, goldRelations[a]...)
			continue
		}
		r.Articles = append(r.Articles, a)
		entityHits += s.entities(a, ents, &r.Entities)
		s.relations(a, goldRelations[a], claims[a], &r.Relations, relationHits)
	}

	r.Entities.Metrics = newMetrics(entityHits, len(r.Entities.FalsePositives), len(r.Entities.Misses))
	fp := make(map[graph.Predicate]int)
	for _, c := range r.Relations.FalsePositives {
		fp[c.Predicate]++
	}
	fn := make(map[graph.Predicate]int)
	for _, rel := range r.Relations.Misses {
		fn[rel.Predicate]++
	}
	var tpAll int
	for _, p := range graph.Predicates {
		r.ByPredicate[p] = newMetrics(relationHits[p], fp[p], fn[p])
		tpAll += relationHits[p]
	}
	r.Relations.Overall = newMetrics(tpAll, len(r.Relations.FalsePositives), len(r.Relations.Misses))
	return r
}

// scorer answers whether a predicted entity is a gold one.
type scorer struct {
	g *graph.Graph
	// forms maps article, then gold entity ID, to the normalised
	// mentions and canonical name; anywhere does the same for the
	// union over all articles.
	forms    map[string]map[string]map[string]bool
	anywhere map[string]map[string]bool
	labels   map[string]string // predicted entity ID → normalised name
}

func newScorer(g *graph.Graph, gold *Gold) *scorer {
	s := &scorer{
		g:        g,
		forms:    make(map[string]map[string]map[string]bool),
		anywhere: make(map[string]map[string]bool),
		labels:   make(map[string]string),
	}
	add := func(set map[string]bool, names []string) {
		for _, n := range names {
			if f := normalize(n); f != "" {
				set[f] = true
			}
		}
	}
	for _, e := range gold.Entities {
		names := append([]string{e.Name}, e.Mentions...)
		if s.forms[e.Article] == nil {
			s.forms[e.Article] = make(map[string]map[string]bool)
		}
		set := make(map[string]bool)
		add(set, names)
		s.forms[e.Article][e.ID] = set
		if s.anywhere[e.ID] == nil {
			s.anywhere[e.ID] = make(map[string]bool)
		}
		add(s.anywhere[e.ID], names)
	}
	return s
}

func (s *scorer) label(id string) string {
	if l, ok := s.labels[id]; ok {
		return l
	}
	var l string
	if e, ok := s.g.Entity(id); ok {
		l = normalize(e.Name)
	}
	s.labels[id] = l
	return l
}

// same reports whether predicted entity pred is gold entity gold as
// article names it.
func (s *scorer) same(article, pred, gold string) bool {
	l := s.label(pred)
	if l == "" {
		return false
	}
	set, ok := s.forms[article][gold]
	if !ok {
		set = s.anywhere[gold]
	}
	return set[l]
}

// entities matches the entities predicted for article against its gold
// entities, sorted by ID, records the misses and false positives in r,
// and returns the number of hits.
func (s *scorer) entities(article string, gold []GoldEntity, r *EntityReport) int {
	pred := s.g.Mentions(article)
	adj := make([][]int, len(pred))
	exact := make([]bool, len(pred))
	for i, id := range pred {
		for j, ge := range gold {
			if s.same(article, id, ge.ID) {
				adj[i] = append(adj[i], j)
				exact[i] = exact[i] || ge.ID == id
			}
		}
	}
	left, right := assign(adj, len(gold), exact)
	hits := 0
	for i, j := range left {
		if j >= 0 {
			hits++
			continue
		}
		e, _ := s.g.Entity(pred[i])
		pe := PredictedEntity{Article: article, ID: pred[i]}
		if e != nil {
			pe.Type, pe.Name = e.Type, e.Name
		}
		r.FalsePositives = append(r.FalsePositives, pe)
	}
	for j, i := range right {
		if i < 0 {
			r.Misses = append(r.Misses, gold[j])
		}
	}
	return hits
}

// relations matches the claims of article, deduplicated, against its
// gold relations, records the misses and false positives in r, and adds
// the hits to hits by predicate.
func (s *scorer) relations(article string, gold []GoldRelation, claims []graph.Claim, r *RelationReport, hits map[graph.Predicate]int) {
	var pred []graph.Claim
	seen := make(map[relationKey]bool)
	for _, c := range claims { // in graph.CompareClaims order: earliest first
		if p, err := graph.ParsePredicate(string(c.Predicate)); err == nil {
			c.Predicate = p
		}
		k := keyOf(c.Article, c.Subject, c.Predicate, c.Object)
		if seen[k] {
			continue
		}
		seen[k] = true
		pred = append(pred, c)
	}
	adj := make([][]int, len(pred))
	exact := make([]bool, len(pred))
	for i, c := range pred {
		for j, gr := range gold {
			if s.relationMatches(c, gr) {
				adj[i] = append(adj[i], j)
				exact[i] = exact[i] || keyOf(c.Article, c.Subject, c.Predicate, c.Object) == keyOf(gr.Article, gr.Subject, gr.Predicate, gr.Object)
			}
		}
	}
	left, right := assign(adj, len(gold), exact)
	for i, j := range left {
		if j >= 0 {
			hits[pred[i].Predicate]++
		} else {
			r.FalsePositives = append(r.FalsePositives, pred[i])
		}
	}
	for j, i := range right {
		if i < 0 {
			r.Misses = append(r.Misses, gold[j])
		}
	}
}

func (s *scorer) relationMatches(c graph.Claim, gr GoldRelation) bool {
	if c.Predicate != gr.Predicate {
		return false
	}
	forward := s.same(gr.Article, c.Subject, gr.Subject) && s.objectMatches(c.Object, gr)
	if forward || gr.Predicate != graph.Met {
		return forward
	}
	return s.same(gr.Article, c.Object, gr.Subject) && s.objectMatches(c.Subject, gr)
}

func (s *scorer) objectMatches(pred string, gr GoldRelation) bool {
	if s.same(gr.Article, pred, gr.Object) {
		return true
	}
	for _, alt := range gr.ObjectAlt {
		if s.same(gr.Article, pred, alt) {
			return true
		}
	}
	if gr.ObjectEvent {
		e, ok := s.g.Entity(pred)
		return ok && e.Type == graph.Event
	}
	return false
}

// assign returns a maximum one-to-one assignment between left items and
// m right items, where adj[i] lists the right items left item i may take.
// left[i] is the right item given to i and right[j] the left item given
// to j, or -1. It follows augmenting paths (Kuhn's algorithm) rather than
// taking the first free candidate, since a greedy pass can leave a hit
// unclaimed: if claim A may match gold X or Y and claim B only X, giving
// X to A leaves B out.
//
// The left items marked in first are placed before the others. Scoring
// marks the predictions that carry a gold item's very IDs, so that the
// "russia" node rather than the "moscow" node is paired with gold russia
// and the other one is reported as the false positive; the counts do not
// depend on it.
func assign(adj [][]int, m int, first []bool) (left, right []int) {
	right = make([]int, m)
	for j := range right {
		right[j] = -1
	}
	var seen []bool
	var augment func(i int) bool
	augment = func(i int) bool {
		for _, j := range adj[i] {
			if seen[j] {
				continue
			}
			seen[j] = true
			if right[j] < 0 || augment(right[j]) {
				right[j] = i
				return true
			}
		}
		return false
	}
	for _, pass := range []bool{true, false} {
		for i := range adj {
			if first[i] == pass {
				seen = make([]bool, m)
				augment(i)
			}
		}
	}
	left = make([]int, len(adj))
	for i := range left {
		left[i] = -1
	}
	for j, i := range right {
		if i >= 0 {
			left[i] = j
		}
	}
	return left, right
}

// normalize folds a name for matching. On top of graph.Fold (lowercase,
// no diacritics or punctuation, no leading "Mr"/"the") it drops the
// possessive "'s", typed with any apostrophe, so that "Ukraine’s military"
// and "Ukraine's military" agree with each other and "Putin's" agrees
// with "Putin"; graph.Fold alone would give "putins".
func normalize(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		if !isApostrophe(rs[i]) {
			b.WriteRune(rs[i])
			continue
		}
		possessive := i > 0 && unicode.IsLetter(rs[i-1]) &&
			i+1 < len(rs) && (rs[i+1] == 's' || rs[i+1] == 'S') &&
			(i+2 == len(rs) || !isWordRune(rs[i+2]))
		if possessive {
			i++ // skip the s as well
		}
		// Any other apostrophe goes, as graph.Fold drops it: "O'Brien"
		// and "O’Brien" are "obrien".
	}
	return graph.Fold(b.String())
}

// isApostrophe reports whether r is typed as an apostrophe in news text:
// ASCII, typographic, the modifier letter of Ukrainian transliteration
// (which graph.Fold would keep as a letter), and look-alikes.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '`', '´', '′', '＇':
		return true
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
