package nquads_test

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/newskg/newskg/export/nquads"
	"github.com/newskg/newskg/graph"
)

// longArticle returns a graph of one article of about n bytes with a
// claim in each of its sentences.
func longArticle(n int) *graph.Graph {
	const sentence = "Russia accused Ukraine of an attack on the Kremlin. "
	text := strings.Repeat(sentence, n/len(sentence)+1)
	doc := graph.Document{
		Article: graph.Article{ID: "long", Title: "Long", Text: text},
		Entities: []graph.Entity{
			{ID: "russia", Type: graph.Country, Name: "Russia"},
			{ID: "ukraine", Type: graph.Country, Name: "Ukraine"},
		},
		Mentions: []string{"russia", "ukraine"},
	}
	for i := 0; i+len(sentence) <= len(text); i += len(sentence) {
		doc.Claims = append(doc.Claims, graph.Claim{Subject: "russia", Predicate: graph.Accused, Object: "ukraine", Article: "long",
			Evidence: sentence[:len(sentence)-1], Start: i, End: i + len(sentence) - 1, Verb: "accused", CAMEO: "112", Confidence: 0.9})
	}
	g := graph.New()
	if err := g.Add(doc); err != nil {
		panic(err)
	}
	return g
}

// BenchmarkEncodeLongArticle encodes one article with a claim every 51
// bytes; time per byte stays flat as the article grows.
func BenchmarkEncodeLongArticle(b *testing.B) {
	for _, n := range []int{64 << 10, 256 << 10, 1 << 20} {
		g := longArticle(n)
		b.Run(fmt.Sprintf("%dKB", n>>10), func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				if err := nquads.NewEncoder(io.Discard).Encode(g); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
