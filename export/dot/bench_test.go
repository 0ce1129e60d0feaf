package dot

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph"
)

// benchGraph returns a graph of 2,000 entities and 3,600 claims, each
// with a sentence of evidence, about what a build of the BBC corpus
// draws, and its tally.
func benchGraph(b *testing.B) (*graph.Graph, *Tally) {
	g := graph.New()
	var t Tally
	for a := range 400 {
		art := graph.Article{ID: fmt.Sprintf("news/%03d", a), Title: fmt.Sprintf("Minister & MPs clash over plan %d", a), Date: "2005-03-01"}
		var ents []graph.Entity
		var ids []string
		var claims []graph.Claim
		var text strings.Builder
		for k := range 10 {
			id := fmt.Sprintf("entity-%04d", (a*7+k*13)%2000)
			ents = append(ents, graph.Entity{ID: id, Type: graph.EntityTypes[k%len(graph.EntityTypes)], Name: "Entity " + id,
				Aliases: []string{"E " + id}})
			ids = append(ids, id)
			if k > 0 {
				ev := fmt.Sprintf("The \"minister\" said on Monday that the £2bn plan (number %d) would go ahead, whatever MPs said.", k)
				start := text.Len()
				text.WriteString(ev + " ")
				claims = append(claims, graph.Claim{Subject: ids[k-1], Predicate: graph.Predicates[k%len(graph.Predicates)], Object: id,
					Article: art.ID, Evidence: ev, Start: start, End: start + len(ev), Confidence: 0.8})
			}
		}
		art.Text = text.String()
		if err := g.Add(graph.Document{Article: art, Entities: ents, Mentions: ids, Claims: claims}); err != nil {
			b.Fatal(err)
		}
		for _, c := range claims {
			t.Add(c, &art)
		}
	}
	return g, &t
}

// BenchmarkEncodeTally writes the picture of benchGraph.
func BenchmarkEncodeTally(b *testing.B) {
	g, t := benchGraph(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := NewEncoder(io.Discard).EncodeTally(g, t); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTallyAdd tallies the claims of benchGraph, as a build does
// article by article.
func BenchmarkTallyAdd(b *testing.B) {
	g, _ := benchGraph(b)
	claims := g.Claims()
	arts := make([]*graph.Article, len(claims))
	for i, c := range claims {
		arts[i], _ = g.Article(c.Article)
	}
	b.ReportAllocs()
	for b.Loop() {
		var t Tally
		for i, c := range claims {
			t.Add(c, arts[i])
		}
	}
}
