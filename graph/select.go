package graph

import (
	"slices"
	"strings"
	"unicode"

	dgraph "github.com/dominikbraun/graph"
	"golang.org/x/text/unicode/norm"
)

// Network returns the entity network as a dominikbraun graph: one vertex
// per entity, one edge per ordered (subject, object) pair. That library
// keeps a single edge per pair, so each edge's Data holds the []Claim
// between the pair, in CompareClaims order.
func (g *Graph) Network() dgraph.Graph[string, *Entity] {
	n := dgraph.New(func(e *Entity) string { return e.ID }, dgraph.Directed())
	for _, e := range g.Entities() {
		_ = n.AddVertex(e) // IDs are unique: cannot fail
	}
	type pair struct{ s, o string }
	byPair := make(map[pair][]Claim)
	var order []pair
	for _, c := range g.Claims() {
		p := pair{c.Subject, c.Object}
		if _, ok := byPair[p]; !ok {
			order = append(order, p)
		}
		byPair[p] = append(byPair[p], c)
	}
	for _, p := range order {
		_ = n.AddEdge(p.s, p.o, dgraph.EdgeData(byPair[p]))
	}
	return n
}

// Selection narrows a graph for a readable picture or a query.
type Selection struct {
	// Focus holds entity IDs; when set, only entities within Depth hops
	// of one of them (either direction) are kept.
	Focus []string
	Depth int
	// Predicates keeps only claims with one of these predicates; empty
	// keeps all.
	Predicates []Predicate
	// MinConfidence drops claims below it.
	MinConfidence float64
}

// Select returns a new graph with the claims that s keeps, the entities
// those claims touch (plus the focus entities), and the articles they come
// from. Mentions without claims are dropped.
func (g *Graph) Select(s Selection) *Graph {
	keep := func(c Claim) bool {
		if c.Confidence < s.MinConfidence {
			return false
		}
		return len(s.Predicates) == 0 || slices.Contains(s.Predicates, c.Predicate)
	}
	var claims []Claim
	for _, c := range g.Claims() {
		if keep(c) {
			claims = append(claims, c)
		}
	}
	if len(s.Focus) > 0 {
		reach := ego(claims, s.Focus, s.Depth)
		claims = slices.DeleteFunc(claims, func(c Claim) bool { return !reach[c.Subject] || !reach[c.Object] })
	}
	out := New()
	ents := make(map[string]bool)
	for _, id := range s.Focus {
		ents[id] = true
	}
	for _, c := range claims {
		ents[c.Subject], ents[c.Object] = true, true
		if _, ok := out.articles[c.Article]; !ok {
			a := *g.articles[c.Article]
			out.articles[a.ID] = &a
			out.mentions[a.ID] = make(map[string]bool)
		}
		out.mentions[c.Article][c.Subject] = true
		out.mentions[c.Article][c.Object] = true
		out.claims[c.ID()] = c
	}
	for id := range ents {
		if e, ok := g.entities[id]; ok {
			cp := *e
			out.entities[id] = &cp
		}
	}
	return out
}

// ego returns the entities within depth hops of the focus, following
// claims in either direction.
func ego(claims []Claim, focus []string, depth int) map[string]bool {
	adj := make(map[string][]string)
	for _, c := range claims {
		adj[c.Subject] = append(adj[c.Subject], c.Object)
		adj[c.Object] = append(adj[c.Object], c.Subject)
	}
	seen := make(map[string]bool)
	frontier := slices.Clone(focus)
	for _, id := range focus {
		seen[id] = true
	}
	for d := 0; d < depth && len(frontier) > 0; d++ {
		var next []string
		for _, id := range frontier {
			for _, n := range adj[id] {
				if !seen[n] {
					seen[n] = true
					next = append(next, n)
				}
			}
		}
		frontier = next
	}
	return seen
}

// Fold normalises a name for comparison: lowercase, no diacritics, no
// punctuation, no leading "Mr"/"Mrs"/"Ms"/"the", single spaces.
func Fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '’', r == '\'', r == '.':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	out := b.String()
	for _, p := range []string{"the ", "mr ", "mrs ", "ms ", "dr "} {
		out = strings.TrimPrefix(out, p)
	}
	return out
}

// Resolve finds the entities a user means by name: an exact ID; else the
// entities whose name equals it after Fold; else those with an alias
// equal to it; else those whose name or alias starts or ends with it as a
// word ("Peskov" → Dmitry Peskov). The result is sorted by ID. Names beat
// aliases, so "Kyiv" finds the city, not Ukraine, which Kyiv also stands
// for.
func (g *Graph) Resolve(name string) []*Entity {
	if e, ok := g.entities[name]; ok {
		return []*Entity{e}
	}
	f := Fold(name)
	if f == "" {
		return nil
	}
	var byName, byAlias, partial []*Entity
	for _, e := range g.Entities() {
		if Fold(e.Name) == f {
			byName = append(byName, e)
			continue
		}
		alias, part := false, false
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			fa := Fold(a)
			if fa == f {
				alias = true
			} else if strings.HasSuffix(fa, " "+f) || strings.HasPrefix(fa, f+" ") {
				part = true
			}
		}
		if alias {
			byAlias = append(byAlias, e)
		} else if part {
			partial = append(partial, e)
		}
	}
	switch {
	case len(byName) > 0:
		return byName
	case len(byAlias) > 0:
		return byAlias
	}
	return partial
}

// Filter returns a copy of g that keeps every article, entity and mention
// but only the claims for which keep returns true.
func (g *Graph) Filter(keep func(Claim) bool) *Graph {
	out := New()
	for id, e := range g.entities {
		cp := *e
		out.entities[id] = &cp
	}
	for id, a := range g.articles {
		cp := *a
		out.articles[id] = &cp
	}
	for id, m := range g.mentions {
		cp := make(map[string]bool, len(m))
		for k := range m {
			cp[k] = true
		}
		out.mentions[id] = cp
	}
	for id, c := range g.claims {
		if keep(c) {
			out.claims[id] = c
		}
	}
	return out
}
