package graphml

import (
	"bytes"
	"errors"
	"testing"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/graphtest"
)

// edgesOf yields the claims of g, with their articles, in Claims order.
func edgesOf(g *graph.Graph) func(func(Edge, error) bool) {
	return func(yield func(Edge, error) bool) {
		for _, c := range g.Claims() {
			a, _ := g.Article(c.Article)
			if !yield(Edge{Claim: c, Article: *a}, nil) {
				return
			}
		}
	}
}

// TestEncodeEdges checks that a document written from streamed claims
// is Encode's, byte for byte, and that the stream's errors are returned.
func TestEncodeEdges(t *testing.T) {
	g := graphtest.Hostile()
	var want, got bytes.Buffer
	if err := NewEncoder(&want).Encode(g); err != nil {
		t.Fatal(err)
	}
	// The graph's own claims and articles are not written: give none.
	bare := g.Filter(func(graph.Claim) bool { return false })
	if err := NewEncoder(&got).EncodeEdges(bare, edgesOf(g)); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("EncodeEdges differs from Encode:\n%s\nwant:\n%s", got.String(), want.String())
	}

	broken := errors.New("spool gone")
	err := NewEncoder(&bytes.Buffer{}).EncodeEdges(g, func(yield func(Edge, error) bool) {
		yield(Edge{}, broken)
	})
	if !errors.Is(err, broken) {
		t.Errorf("stream error: got %v, want %v", err, broken)
	}
	err = NewEncoder(&bytes.Buffer{}).EncodeEdges(g, func(yield func(Edge, error) bool) {
		yield(Edge{Claim: graph.Claim{Subject: "nobody", Predicate: graph.Accused, Object: "russia"}}, nil)
	})
	if err == nil {
		t.Error("a claim of an unknown entity was written")
	}
}
