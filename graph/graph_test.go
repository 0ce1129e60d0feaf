package graph_test

import (
	"testing"

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
