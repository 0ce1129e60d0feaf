package graphml

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph"
)

// BenchmarkEncode writes a graph of 2,000 entities and 3,600 claims, each
// with a sentence of evidence: about the GraphML of a build of the BBC
// corpus.
func BenchmarkEncode(b *testing.B) {
	g := graph.New()
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
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := NewEncoder(io.Discard).Encode(g); err != nil {
			b.Fatal(err)
		}
	}
}
