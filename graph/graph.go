package graph

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"unicode/utf8"
)

// Document is everything one extractor run learnt from one article. It is
// the unit that flows from extraction to the graph, so that articles can
// be extracted in parallel and added one at a time.
type Document struct {
	Article  Article
	Entities []Entity
	// Mentions lists the IDs of the entities the article's story names.
	Mentions []string
	Claims   []Claim
}

// Graph is a knowledge graph over a corpus: one node per entity, and every
// claim kept with its provenance. Several claims between the same two
// entities are all kept, never collapsed.
//
// A Graph is not safe for concurrent use; feed it Documents from one
// goroutine.
type Graph struct {
	entities map[string]*Entity
	articles map[string]*Article
	mentions map[string]map[string]bool // article ID → entity IDs
	claims   map[string]Claim           // claim ID → claim
	claimed  map[string]bool            // IDs of articles with claims
	// sorted holds Entities' answer until an entity is added: a build
	// asks for it once an export, and sorting thousands of IDs takes
	// milliseconds each time. Atomic, since readers may share a graph.
	sorted atomic.Pointer[[]*Entity]
}

// New returns an empty graph.
func New() *Graph {
	return &Graph{
		entities: make(map[string]*Entity),
		articles: make(map[string]*Article),
		mentions: make(map[string]map[string]bool),
		claims:   make(map[string]Claim),
		claimed:  make(map[string]bool),
	}
}

// ErrDuplicateArticle is returned when an article ID is added twice.
var ErrDuplicateArticle = errors.New("duplicate article")

// Add merges one article's document into the graph. It checks the whole
// document first and changes nothing when any part is invalid: an unknown
// entity, a claim whose evidence is not the article text at its offsets,
// or an article already in the graph.
func (g *Graph) Add(d Document) error { return g.add(d, true) }

// AddWithoutText adds a document whose article comes without its text,
// such as one read back from a saved graph for a query: it checks what
// Add checks, except that each claim's evidence is taken as given (its
// length must still span its offsets).
func (g *Graph) AddWithoutText(d Document) error {
	d.Article.Text = ""
	return g.add(d, false)
}

func (g *Graph) add(d Document, withText bool) error {
	a := d.Article
	if a.ID == "" {
		return errors.New("article without ID")
	}
	if _, ok := g.articles[a.ID]; ok {
		return fmt.Errorf("%w %q", ErrDuplicateArticle, a.ID)
	}
	local := make(map[string]bool, len(d.Entities))
	for _, e := range d.Entities {
		if err := checkEntity(e); err != nil {
			return fmt.Errorf("article %s: %w", a.ID, err)
		}
		local[e.ID] = true
	}
	known := func(id string) bool { _, ok := g.entities[id]; return ok || local[id] }
	for _, id := range d.Mentions {
		if !known(id) {
			return fmt.Errorf("article %s: mention of unknown entity %q", a.ID, id)
		}
	}
	for _, c := range d.Claims {
		if c.Article != a.ID {
			return fmt.Errorf("article %s: claim belongs to article %q", a.ID, c.Article)
		}
		if err := checkClaim(c, a.Text, withText, known); err != nil {
			return fmt.Errorf("article %s: %w", a.ID, err)
		}
	}

	art := a
	g.articles[a.ID] = &art
	for _, e := range d.Entities {
		g.mergeEntity(e)
	}
	m := make(map[string]bool, len(d.Mentions))
	for _, id := range d.Mentions {
		m[id] = true
	}
	for _, c := range d.Claims {
		m[c.Subject], m[c.Object] = true, true
		g.claims[c.ID()] = c
		g.claimed[a.ID] = true
	}
	g.mentions[a.ID] = m
	return nil
}

func checkEntity(e Entity) error {
	if e.ID == "" || e.ID != strings.TrimSpace(e.ID) {
		return fmt.Errorf("entity %q: bad ID", e.Name)
	}
	if !e.Type.Valid() {
		return fmt.Errorf("entity %q: unknown type %q", e.ID, e.Type)
	}
	if e.Name == "" {
		return fmt.Errorf("entity %q: empty name", e.ID)
	}
	return nil
}

func checkClaim(c Claim, text string, withText bool, known func(string) bool) error {
	if !c.Predicate.Valid() {
		return fmt.Errorf("claim: unknown predicate %q", c.Predicate)
	}
	if !known(c.Subject) || !known(c.Object) {
		return fmt.Errorf("claim %s %s %s: unknown entity", c.Subject, c.Predicate, c.Object)
	}
	if !withText {
		if c.Start < 0 || c.End-c.Start != len(c.Evidence) {
			return fmt.Errorf("claim %s %s %s: evidence does not span [%d:%d]", c.Subject, c.Predicate, c.Object, c.Start, c.End)
		}
	} else if c.Start < 0 || c.End > len(text) || c.Start > c.End || text[c.Start:c.End] != c.Evidence {
		return fmt.Errorf("claim %s %s %s: evidence does not match text[%d:%d]", c.Subject, c.Predicate, c.Object, c.Start, c.End)
	}
	if !utf8.ValidString(c.Evidence) {
		return fmt.Errorf("claim %s %s %s: evidence is not UTF-8", c.Subject, c.Predicate, c.Object)
	}
	if !(c.Confidence >= 0 && c.Confidence <= 1) { // also rejects NaN
		return fmt.Errorf("claim %s %s %s: confidence %v out of [0,1]", c.Subject, c.Predicate, c.Object, c.Confidence)
	}
	return nil
}

// typeRank orders entity types so that merging two documents that disagree
// on a type gives the same answer whatever order they arrive in.
func typeRank(t EntityType) int { return slices.Index(EntityTypes, t) }

// mergeEntity adds e or folds it into the entity with the same ID. The
// merge is commutative, so a graph grown article by article equals one
// built in a single pass.
func (g *Graph) mergeEntity(e Entity) {
	old, ok := g.entities[e.ID]
	if !ok {
		n := Entity{ID: e.ID, Type: e.Type, Name: e.Name}
		n.Aliases = union(nil, e.Aliases)
		n.SameAs = union(nil, e.SameAs)
		g.entities[e.ID] = &n
		g.sorted.Store(nil)
		return
	}
	if typeRank(e.Type) < typeRank(old.Type) {
		old.Type = e.Type
	}
	if betterName(e.Name, old.Name) {
		old.Name = e.Name
	}
	old.Aliases = union(old.Aliases, e.Aliases)
	old.SameAs = union(old.SameAs, e.SameAs)
}

// betterName reports whether name a should replace b as an entity's
// name: the longer one says more ("Drone attack on the Kremlin" over
// "Attack on the Kremlin", "Kraków" over "Krakow"); between equals, the
// first in byte order, so that merging does not depend on order.
func betterName(a, b string) bool {
	la, lb := len(a), len(b)
	if la != lb {
		return la > lb
	}
	return a < b
}

// union returns the sorted, duplicate-free union of a and b, without
// empty strings. a is such a union already (nil, or what union returned
// before): when b adds nothing to it, as for most entities met again,
// a is the answer, unallocated. Slices that union returned are not
// changed in place, so that sharing them is safe.
func union(a, b []string) []string {
	if !slices.ContainsFunc(b, func(s string) bool {
		_, found := slices.BinarySearch(a, s)
		return s != "" && !found
	}) {
		if len(a) == 0 {
			return nil
		}
		return a
	}
	out := make([]string, 0, len(a)+len(b))
	for _, s := range append(slices.Clone(a), b...) {
		if s != "" {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) == 0 {
		return nil
	}
	return out
}

// Entity returns the entity with the given ID.
func (g *Graph) Entity(id string) (*Entity, bool) {
	e, ok := g.entities[id]
	return e, ok
}

// Article returns the article with the given ID.
func (g *Graph) Article(id string) (*Article, bool) {
	return g.article(id)
}

// Entities returns every entity, sorted by ID.
func (g *Graph) Entities() []*Entity {
	if p := g.sorted.Load(); p != nil {
		return slices.Clone(*p) // callers may change their slice
	}
	out := make([]*Entity, 0, len(g.entities))
	for _, e := range g.entities {
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b *Entity) int { return strings.Compare(a.ID, b.ID) })
	g.sorted.Store(&out)
	return slices.Clone(out)
}

// Articles returns every article, sorted by ID.
func (g *Graph) Articles() []*Article {
	out := make([]*Article, 0, len(g.articles))
	for id := range g.articles {
		a, _ := g.article(id)
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b *Article) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// Mentions returns the IDs of the entities that the article names, sorted.
func (g *Graph) Mentions(articleID string) []string {
	out := make([]string, 0, len(g.mentions[articleID]))
	for id := range g.mentions[articleID] {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// Claims returns every claim in a fixed order: by article, position,
// subject, predicate and object.
func (g *Graph) Claims() []Claim {
	out := make([]Claim, 0, len(g.claims))
	for _, c := range g.claims {
		out = append(out, c)
	}
	slices.SortFunc(out, CompareClaims)
	return out
}

// CompareClaims orders claims by article, position, subject, predicate
// and object; it is the order of every export.
func CompareClaims(a, b Claim) int {
	return cmp.Or(
		strings.Compare(a.Article, b.Article),
		cmp.Compare(a.Start, b.Start),
		cmp.Compare(a.End, b.End),
		strings.Compare(a.Subject, b.Subject),
		strings.Compare(string(a.Predicate), string(b.Predicate)),
		strings.Compare(a.Object, b.Object),
	)
}

// Len returns the numbers of articles, entities and claims.
func (g *Graph) Len() (articles, entities, claims int) {
	return len(g.articles), len(g.entities), len(g.claims)
}

// Documents returns the graph split back into one document per article, in
// article order: what a decoder needs to rebuild a graph, or an appender
// to replay one.
func (g *Graph) Documents() []Document {
	byArticle := make(map[string][]Claim)
	for _, c := range g.Claims() {
		byArticle[c.Article] = append(byArticle[c.Article], c)
	}
	var docs []Document
	for _, a := range g.Articles() {
		d := Document{Article: *a, Mentions: g.Mentions(a.ID), Claims: byArticle[a.ID]}
		for _, id := range d.Mentions {
			d.Entities = append(d.Entities, *g.entities[id])
		}
		docs = append(docs, d)
	}
	return docs
}

// DropText forgets an article's text and mentions, and, when none of
// the article's claims is in the graph, its title, date and source too,
// keeping its ID. A program that has written an article out (an N-Quads
// writer takes each article as it comes) calls it so that memory grows
// with the graph's entities and claims, not with the text read: the
// graph still draws, queries and counts as before, and Article still
// finds the article, but Documents no longer gives its text or mentions.
// Claims keep their evidence, so callers that want the text freed should
// give claims evidence strings of their own (strings.Clone), not slices
// of the text.
func (g *Graph) DropText(articleID string) {
	a, ok := g.articles[articleID]
	if !ok || a == nil {
		return
	}
	delete(g.mentions, articleID)
	if g.claimed[articleID] {
		a.Text = ""
	} else {
		g.articles[articleID] = nil // the ID alone: see article
	}
}

// article returns the article with the given ID; one whose details
// DropText dropped comes back with its ID alone.
func (g *Graph) article(id string) (*Article, bool) {
	a, ok := g.articles[id]
	if ok && a == nil {
		a = &Article{ID: id}
	}
	return a, ok
}

// AddEntity adds an entity that no article needs to mention, or merges it
// into the one with the same ID. Decoders use it for entities whose
// articles are not in the file.
func (g *Graph) AddEntity(e Entity) error {
	if err := checkEntity(e); err != nil {
		return err
	}
	g.mergeEntity(e)
	return nil
}

// Counts returns the number of claims for each predicate.
func (g *Graph) Counts() map[Predicate]int {
	out := make(map[Predicate]int)
	for _, c := range g.claims {
		out[c.Predicate]++
	}
	return out
}
