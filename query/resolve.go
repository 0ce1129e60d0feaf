package query

import (
	"cmp"
	"slices"
	"strings"

	"github.com/newskg/newskg/graph"
)

// ResolveNames returns the IDs of the entities a reader means by name,
// sorted: those graph.Resolve finds and, when name is a lone surname
// ("Howard", "Mr Howard"), also every person whose full name ends with
// it. An article that says only "Howard" leaves an entity of that name,
// but a reader who asks for Howard wants Michael Howard's claims too;
// [Candidates] tells the caller when the surname fits several people.
func ResolveNames(g *graph.Graph, name string) []string {
	seen := make(map[string]bool)
	var ids []string
	add := func(id string) {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	for _, e := range g.Resolve(name) {
		add(e.ID)
	}
	if _, ok := g.Entity(name); !ok {
		for _, e := range bySurname(g, name) {
			add(e.ID)
		}
	}
	slices.Sort(ids)
	return ids
}

// bySurname returns the people whose name or an alias is a full name
// ending with name, when name is one word.
func bySurname(g *graph.Graph, name string) []*graph.Entity {
	f := graph.Fold(name)
	if f == "" || strings.Contains(f, " ") {
		return nil
	}
	var out []*graph.Entity
	for _, e := range g.Entities() {
		if e.Type != graph.Person {
			continue
		}
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			if strings.HasSuffix(graph.Fold(a), " "+f) {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

// Candidate is an entity that a name may mean, with the number of claims
// it takes part in, so that a reader can tell the people apart.
type Candidate struct {
	ID     string           `json:"id"`
	Name   string           `json:"name"`
	Type   graph.EntityType `json:"type"`
	Claims int              `json:"claims"`
}

// Candidates returns the entities among ids, most claims first, when they
// carry more than one distinct name: then the name the reader gave was
// ambiguous. Entities called by the name itself (a surname that an
// article never expanded) do not make it ambiguous alone. Candidates
// returns nil when the name meant one entity, or one name.
func Candidates(g *graph.Graph, name string, ids []string) []Candidate {
	f := graph.Fold(name)
	names := make(map[string]bool)
	for _, id := range ids {
		if e, ok := g.Entity(id); ok && graph.Fold(e.Name) != f {
			names[graph.Fold(e.Name)] = true
		}
	}
	if len(names) < 2 {
		return nil
	}
	counts := ClaimCounts(g)
	var out []Candidate
	for _, id := range ids {
		if e, ok := g.Entity(id); ok {
			out = append(out, Candidate{ID: id, Name: e.Name, Type: e.Type, Claims: counts[id]})
		}
	}
	slices.SortFunc(out, func(a, b Candidate) int {
		return cmp.Or(cmp.Compare(b.Claims, a.Claims), strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	return out
}

// ClaimCounts returns, per entity ID, the number of claims it is the
// subject or the object of.
func ClaimCounts(g *graph.Graph) map[string]int {
	n := make(map[string]int)
	for _, c := range g.Claims() {
		n[c.Subject]++
		if c.Object != c.Subject {
			n[c.Object]++
		}
	}
	return n
}
