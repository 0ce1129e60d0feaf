package dot

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/graphtest"
)

// manyClaims returns a graph with links of more claims than a tooltip
// shows, from several articles, and one of fewer.
func manyClaims(t *testing.T) *graph.Graph {
	t.Helper()
	g := graph.New()
	ents := []graph.Entity{
		{ID: "russia", Type: graph.Country, Name: "Russia"},
		{ID: "ukraine", Type: graph.Country, Name: "Ukraine"},
	}
	for i := range 7 {
		var text strings.Builder
		var claims []graph.Claim
		for j := range 4 {
			ev := fmt.Sprintf("Russia accused Ukraine, story %d line %d.", i, j)
			start := text.Len()
			text.WriteString(ev + "\n")
			claims = append(claims, graph.Claim{Subject: "russia", Predicate: graph.Accused, Object: "ukraine",
				Article: fmt.Sprintf("a%d", 6-i), Evidence: ev, Start: start, End: start + len(ev), Confidence: 0.8})
		}
		if i == 3 {
			ev := "Ukraine denied it."
			start := text.Len()
			text.WriteString(ev)
			claims = append(claims, graph.Claim{Subject: "ukraine", Predicate: graph.Denied, Object: "russia",
				Article: "a3", Evidence: ev, Start: start, End: start + len(ev), Confidence: 0.9})
		}
		doc := graph.Document{Article: graph.Article{ID: fmt.Sprintf("a%d", 6-i), Title: fmt.Sprintf("Story %d", i), Text: text.String()},
			Entities: ents, Claims: claims}
		if err := g.Add(doc); err != nil {
			t.Fatal(err)
		}
	}
	return g
}

// TestEncodeTally checks that the picture drawn from a tally, its claims
// added in any order, is the picture of the graph, byte for byte.
func TestEncodeTally(t *testing.T) {
	for name, g := range map[string]*graph.Graph{"hostile": graphtest.Hostile(), "many": manyClaims(t)} {
		t.Run(name, func(t *testing.T) {
			var want bytes.Buffer
			if err := NewEncoder(&want).Encode(g); err != nil {
				t.Fatal(err)
			}
			if name == "many" && !strings.Contains(want.String(), "… and 16 more") {
				t.Fatalf("the test graph should hold a link of 28 claims:\n%s", want.String())
			}
			claims := g.Claims()
			for seed := range uint64(5) {
				r := rand.New(rand.NewPCG(seed, 1))
				r.Shuffle(len(claims), func(i, j int) { claims[i], claims[j] = claims[j], claims[i] })
				var tl Tally
				for _, c := range claims {
					a, _ := g.Article(c.Article)
					tl.Add(c, a)
				}
				// The graph's own claims are ignored: draw with none.
				bare := g.Filter(func(graph.Claim) bool { return false })
				var got bytes.Buffer
				if err := NewEncoder(&got).EncodeTally(bare, &tl); err != nil {
					t.Fatal(err)
				}
				if got.String() != want.String() {
					t.Fatalf("seed %d: EncodeTally differs from Encode:\n%s\nwant:\n%s", seed, got.String(), want.String())
				}
			}
		})
	}
}

// TestTallyMarshal checks that a tally kept as bytes after some claims
// and grown with the rest draws the picture of the whole graph, and that
// equal tallies give equal bytes.
func TestTallyMarshal(t *testing.T) {
	for name, g := range map[string]*graph.Graph{"hostile": graphtest.Hostile(), "many": manyClaims(t)} {
		t.Run(name, func(t *testing.T) {
			var want bytes.Buffer
			if err := NewEncoder(&want).Encode(g); err != nil {
				t.Fatal(err)
			}
			claims := g.Claims()
			bare := g.Filter(func(graph.Claim) bool { return false })
			var whole []byte
			for cut := range len(claims) + 1 {
				var first Tally
				for _, c := range claims[:cut] {
					a, _ := g.Article(c.Article)
					first.Add(c, a)
				}
				data, err := first.MarshalBinary()
				if err != nil {
					t.Fatal(err)
				}
				var tl Tally
				if err := tl.UnmarshalBinary(data); err != nil {
					t.Fatalf("cut %d: %v", cut, err)
				}
				for _, c := range claims[cut:] {
					a, _ := g.Article(c.Article)
					tl.Add(c, a)
				}
				var got bytes.Buffer
				if err := NewEncoder(&got).EncodeTally(bare, &tl); err != nil {
					t.Fatal(err)
				}
				if got.String() != want.String() {
					t.Fatalf("cut %d: picture of the tally kept as bytes differs:\n%s\nwant:\n%s", cut, got.String(), want.String())
				}
				again, _ := tl.MarshalBinary()
				if whole == nil {
					whole = again
				} else if !bytes.Equal(again, whole) {
					t.Fatalf("cut %d: equal tallies give different bytes", cut)
				}
			}
			for i := range whole {
				var tl Tally
				tl.UnmarshalBinary(whole[:i]) // must not panic
			}
		})
	}
}

func FuzzTallyUnmarshal(f *testing.F) {
	var tl Tally
	tl.Add(graph.Claim{Subject: "a", Predicate: graph.Accused, Object: "b", Article: "x", Evidence: "A accused B."}, nil)
	data, _ := tl.MarshalBinary()
	f.Add(data)
	f.Fuzz(func(t *testing.T, data []byte) {
		var tl Tally
		if tl.UnmarshalBinary(data) != nil {
			return
		}
		again, err := tl.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back Tally
		if err := back.UnmarshalBinary(again); err != nil {
			t.Fatalf("re-encoded tally does not decode: %v", err)
		}
	})
}

// TestTallyParts checks what a program that keeps a picture needs to
// redraw part of it: the links in drawing order, numbered in the order
// met; a tally of some links draws their edges as the whole does; a bare
// tally draws the same head.
func TestTallyParts(t *testing.T) {
	g := manyClaims(t)
	var tl Tally
	for _, c := range g.Claims() {
		a, _ := g.Article(c.Article)
		tl.Add(c, a)
	}
	bare := g.Filter(func(graph.Claim) bool { return false })
	draw := func(t *Tally) string {
		var b bytes.Buffer
		if err := NewEncoder(&b).EncodeTally(bare, t); err != nil {
			panic(err)
		}
		return b.String()
	}
	whole := draw(&tl)
	linked := tl.Linked()
	if len(linked) != 2 {
		t.Fatalf("%d links", len(linked))
	}
	edges := strings.Split(strings.TrimSuffix(whole, "}\n"), "\n")
	edges = edges[len(edges)-1-len(linked) : len(edges)-1]
	for i, l := range linked {
		one := draw(tl.Only([]int{l.Number}))
		lines := strings.Split(one, "\n")
		if got := lines[len(lines)-3]; got != edges[i] {
			t.Errorf("link %d drawn alone:\n%s\nin the whole:\n%s", i, got, edges[i])
		}
	}
	head := whole[:strings.Index(whole, edges[0])]
	if b := draw(tl.Bare()); !strings.HasPrefix(b, head) || strings.Contains(b, "Russia accused") {
		t.Errorf("bare picture:\n%s\nwant the head:\n%s", b, head)
	}
}

// TestTallyAddTally splits a graph's claims by article into two tallies
// and checks that adding one to the other draws the whole picture.
func TestTallyAddTally(t *testing.T) {
	for name, g := range map[string]*graph.Graph{"hostile": graphtest.Hostile(), "many": manyClaims(t)} {
		t.Run(name, func(t *testing.T) {
			var want bytes.Buffer
			if err := NewEncoder(&want).Encode(g); err != nil {
				t.Fatal(err)
			}
			bare := g.Filter(func(graph.Claim) bool { return false })
			for split := range 3 {
				var a, b Tally
				for _, c := range g.Claims() {
					art, _ := g.Article(c.Article)
					last := int(c.Article[len(c.Article)-1])
					if split < 2 && last%2 == split || split == 2 && c.Article < "a3" {
						a.Add(c, art)
					} else {
						b.Add(c, art)
					}
				}
				a.AddTally(&b)
				var got bytes.Buffer
				if err := NewEncoder(&got).EncodeTally(bare, &a); err != nil {
					t.Fatal(err)
				}
				if got.String() != want.String() {
					t.Fatalf("split %d: picture of two tallies added differs:\n%s\nwant:\n%s", split, got.String(), want.String())
				}
			}
		})
	}
}
