package graph_test

import (
	"slices"
	"testing"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/graphtest"
)

func TestHostileGraphBuilds(t *testing.T) {
	g := graphtest.Hostile()
	a, e, c := g.Len()
	if a != 2 || e != 7 || c != 7 {
		t.Fatalf("Len = %d articles, %d entities, %d claims; want 2, 7, 7", a, e, c)
	}
	for _, c := range g.Claims() {
		art, _ := g.Article(c.Article)
		if art.Text[c.Start:c.End] != c.Evidence {
			t.Errorf("claim %s: evidence mismatch", c.ID())
		}
	}
}

// Entities keeps its answer until an entity is added, and hands each
// caller a slice of its own.
func TestEntitiesAfterAdd(t *testing.T) {
	g := graph.New()
	ids := func() []string {
		var out []string
		for _, e := range g.Entities() {
			out = append(out, e.ID)
		}
		return out
	}
	for _, id := range []string{"b", "a"} {
		if err := g.AddEntity(graph.Entity{ID: id, Type: graph.EntityTypes[0], Name: id}); err != nil {
			t.Fatal(err)
		}
	}
	if got := ids(); !slices.Equal(got, []string{"a", "b"}) {
		t.Fatalf("Entities = %q, want [a b]", got)
	}
	g.Entities()[0] = nil // the caller's to change
	if err := g.AddEntity(graph.Entity{ID: "c", Type: graph.EntityTypes[0], Name: "c"}); err != nil {
		t.Fatal(err)
	}
	if got := ids(); !slices.Equal(got, []string{"a", "b", "c"}) {
		t.Fatalf("Entities after adding c = %q, want [a b c]", got)
	}
}
