package graph

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Selection narrows a graph for a readable picture or a query. Its
// filters apply in the order of its fields: predicates and confidence
// first, then MinClaims, then Focus and Depth, then Top.
type Selection struct {
	// Predicates keeps only claims with one of these predicates; empty
	// keeps all.
	Predicates []Predicate
	// MinConfidence drops claims below it.
	MinConfidence float64
	// MinClaims drops the links (claims of one predicate from one entity
	// to another) made of fewer claims.
	MinClaims int
	// Focus holds entity IDs; when set, only entities within Depth
	// claims of one of them (in either direction) are kept.
	Focus []string
	Depth int
	// Top, when positive, keeps the Top entities that take part in most
	// claims (the focus entities first), and the claims among them.
	Top int
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
	if s.MinClaims > 1 {
		var kept []Claim
		for _, l := range Links(claims) {
			if len(l.Claims) >= s.MinClaims {
				kept = append(kept, l.Claims...)
			}
		}
		slices.SortFunc(kept, CompareClaims)
		claims = kept
	}
	if len(s.Focus) > 0 {
		reach := NewNetwork(claims).Within(s.Focus, s.Depth)
		claims = slices.DeleteFunc(claims, func(c Claim) bool {
			_, a := reach[c.Subject]
			_, b := reach[c.Object]
			return !a || !b
		})
	}
	if s.Top > 0 {
		top := busiest(claims, s.Focus, s.Top)
		claims = slices.DeleteFunc(claims, func(c Claim) bool { return !top[c.Subject] || !top[c.Object] })
	}
	out := New()
	ents := make(map[string]bool)
	for _, id := range s.Focus {
		ents[id] = true
	}
	for _, c := range claims {
		ents[c.Subject], ents[c.Object] = true, true
		if _, ok := out.articles[c.Article]; !ok {
			a, _ := g.article(c.Article)
			cp := *a
			out.articles[cp.ID] = &cp
			out.claimed[cp.ID] = true
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

// busiest returns the n entities that take part in most claims (the
// focus entities first, ties broken by ID) among those linked to each
// other: an entity whose claims all involve entities outside the set is
// passed over, since it would only stand alone in a picture.
func busiest(claims []Claim, focus []string, n int) map[string]bool {
	count := make(map[string]int)
	adj := make(map[string][]string)
	for _, c := range claims {
		count[c.Subject]++
		if c.Object != c.Subject {
			count[c.Object]++
		}
		adj[c.Subject] = append(adj[c.Subject], c.Object)
		adj[c.Object] = append(adj[c.Object], c.Subject)
	}
	ids := slices.Collect(maps.Keys(count))
	slices.SortFunc(ids, func(a, b string) int {
		fa, fb := slices.Contains(focus, a), slices.Contains(focus, b)
		switch {
		case fa && !fb:
			return -1
		case fb && !fa:
			return 1
		}
		return cmp.Or(cmp.Compare(count[b], count[a]), strings.Compare(a, b))
	})
	in := make(map[string]bool)    // candidates taken so far
	drawn := make(map[string]bool) // those linked to another taken one
	for _, id := range ids {
		if len(drawn) >= n {
			break
		}
		var gain []string
		for _, u := range adj[id] {
			if in[u] && !drawn[u] && !slices.Contains(gain, u) {
				gain = append(gain, u)
			}
		}
		linked := slices.ContainsFunc(adj[id], func(u string) bool { return in[u] || u == id })
		if linked {
			gain = append(gain, id)
		}
		if len(drawn)+len(gain) > n {
			continue // it would bring in more than fit
		}
		in[id] = true
		for _, u := range gain {
			drawn[u] = true
		}
	}
	return drawn
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
		if a == nil {
			out.articles[id] = nil
			continue
		}
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
			out.claimed[c.Article] = true
		}
	}
	return out
}
