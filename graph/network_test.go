package graph_test

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/graphtest"
)

func TestLinksAggregatePerPairAndPredicate(t *testing.T) {
	g := graphtest.Hostile()
	links := g.Network().Links()
	var got []string
	total := 0
	for _, l := range links {
		got = append(got, fmt.Sprintf("%s %s %s %d", l.Subject, l.Predicate, l.Object, len(l.Claims)))
		total += len(l.Claims)
		for _, c := range l.Claims {
			if c.Subject != l.Subject || c.Predicate != l.Predicate || c.Object != l.Object {
				t.Errorf("link %s holds claim %s %s %s", l.ID(), c.Subject, c.Predicate, c.Object)
			}
		}
	}
	want := []string{
		"dmitry-peskov accused node 1",
		"russia accused ukraine 2",
		"russia attacked ukraine 1",
		"ukraine denied kremlin-drone-attack 1",
		"volodymyr-zelensky accused russia 1",
		"volodymyr-zelensky denied russia 1",
	}
	if !slices.Equal(got, want) {
		t.Errorf("links:\n%q\nwant\n%q", got, want)
	}
	if _, _, n := g.Len(); total != n {
		t.Errorf("links hold %d claims, graph has %d", total, n)
	}
	if a, b := graph.LinkID("russia", graph.Accused, "ukraine"), graph.LinkID("ukraine", graph.Accused, "russia"); a == b {
		t.Error("a link and its reverse share an ID")
	}
}

func TestNetworkBetween(t *testing.T) {
	n := graphtest.Hostile().Network()
	for _, pair := range [][2]string{{"russia", "ukraine"}, {"ukraine", "russia"}} {
		ls := n.Between(pair[0], pair[1])
		if len(ls) != 2 || ls[0].Predicate != graph.Accused || ls[1].Predicate != graph.Attacked {
			t.Errorf("Between(%s, %s) = %v, want accused then attacked", pair[0], pair[1], ls)
		}
	}
	if ls := n.Between("russia", "kyiv"); ls != nil {
		t.Errorf("Between an entity without claims = %v", ls)
	}
	if n.Has("kyiv") || !n.Has("node") {
		t.Error("Has: kyiv takes part in no claim, node does")
	}
}

func TestNetworkWithin(t *testing.T) {
	n := graphtest.Hostile().Network()
	tests := []struct {
		focus []string
		depth int
		want  map[string]int
	}{
		{[]string{"ukraine"}, 0, map[string]int{"ukraine": 0}},
		{[]string{"ukraine"}, 1, map[string]int{"ukraine": 0, "russia": 1, "kremlin-drone-attack": 1}},
		{[]string{"ukraine"}, 2, map[string]int{"ukraine": 0, "russia": 1, "kremlin-drone-attack": 1, "volodymyr-zelensky": 2}},
		{[]string{"ukraine"}, 9, map[string]int{"ukraine": 0, "russia": 1, "kremlin-drone-attack": 1, "volodymyr-zelensky": 2}},
		// Two focus entities: the nearest one counts.
		{[]string{"kremlin-drone-attack", "dmitry-peskov"}, 1, map[string]int{"kremlin-drone-attack": 0, "ukraine": 1, "dmitry-peskov": 0, "node": 1}},
		// An entity without claims is kept, alone.
		{[]string{"kyiv"}, 3, map[string]int{"kyiv": 0}},
	}
	for _, tt := range tests {
		if got := n.Within(tt.focus, tt.depth); !maps.Equal(got, tt.want) {
			t.Errorf("Within(%v, %d) = %v, want %v", tt.focus, tt.depth, got, tt.want)
		}
	}
}

func TestNetworkPath(t *testing.T) {
	n := graphtest.Hostile().Network()
	tests := []struct {
		from, to []string
		want     []string // entities along the chain
	}{
		{[]string{"volodymyr-zelensky"}, []string{"kremlin-drone-attack"}, []string{"volodymyr-zelensky", "russia", "ukraine", "kremlin-drone-attack"}},
		{[]string{"kremlin-drone-attack"}, []string{"volodymyr-zelensky"}, []string{"kremlin-drone-attack", "ukraine", "russia", "volodymyr-zelensky"}},
		{[]string{"volodymyr-zelensky", "ukraine"}, []string{"kremlin-drone-attack"}, []string{"ukraine", "kremlin-drone-attack"}},
		{[]string{"dmitry-peskov"}, []string{"ukraine"}, nil},
		{[]string{"kyiv"}, []string{"ukraine"}, nil},
		{[]string{"russia"}, []string{"russia"}, nil},
	}
	for _, tt := range tests {
		hops := n.Path(tt.from, tt.to)
		var got []string
		for i, h := range hops {
			if i == 0 {
				got = append(got, h.From)
			} else if h.From != hops[i-1].To {
				t.Errorf("Path(%v, %v): hop %d starts at %s, previous ended at %s", tt.from, tt.to, i, h.From, hops[i-1].To)
			}
			got = append(got, h.To)
			if len(h.Links) == 0 {
				t.Errorf("Path(%v, %v): hop %s-%s without links", tt.from, tt.to, h.From, h.To)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Path(%v, %v) = %v, want %v", tt.from, tt.to, got, tt.want)
		}
	}
}

func TestPathIsDeterministic(t *testing.T) {
	// A square: a and d are linked through b and through c. The chain
	// goes through the pair with more claims (c), whatever map order.
	text := "a b. a c. a c. b d. c d."
	g := graph.New()
	doc := graph.Document{Article: graph.Article{ID: "x", Text: text}}
	for _, id := range []string{"a", "b", "c", "d"} {
		doc.Entities = append(doc.Entities, graph.Entity{ID: id, Type: graph.Person, Name: id})
	}
	for i, p := range [][2]string{{"a", "b"}, {"a", "c"}, {"a", "c"}, {"b", "d"}, {"c", "d"}} {
		doc.Claims = append(doc.Claims, graph.Claim{Subject: p[0], Predicate: graph.Met, Object: p[1], Article: "x",
			Evidence: text[i*5 : i*5+4], Start: i * 5, End: i*5 + 4})
	}
	if err := g.Add(doc); err != nil {
		t.Fatal(err)
	}
	for range 20 {
		hops := g.Network().Path([]string{"a"}, []string{"d"})
		if len(hops) != 2 || hops[0].To != "c" {
			t.Fatalf("path a→d = %+v, want through c", hops)
		}
	}
}

func TestSelect(t *testing.T) {
	g := graphtest.Hostile()
	tests := []struct {
		name string
		s    graph.Selection
		want []string // kept claims as "subject predicate object"
	}{
		{"min claims", graph.Selection{MinClaims: 2}, []string{"russia accused ukraine", "russia accused ukraine"}},
		{"focus", graph.Selection{Focus: []string{"kremlin-drone-attack"}, Depth: 1}, []string{"ukraine denied kremlin-drone-attack"}},
		{"predicate then focus", graph.Selection{Predicates: []graph.Predicate{graph.Accused}, Focus: []string{"volodymyr-zelensky"}, Depth: 2},
			[]string{"russia accused ukraine", "russia accused ukraine", "volodymyr-zelensky accused russia"}},
		// Russia takes part in 5 claims, Ukraine in 4, Zelensky in 2.
		{"top 2", graph.Selection{Top: 2}, []string{"russia accused ukraine", "russia accused ukraine", "russia attacked ukraine"}},
		// Peskov's one claim is about node, outside the four: he is
		// passed over for the drone attack, which Ukraine denied.
		{"top 4", graph.Selection{Top: 4}, []string{"russia accused ukraine", "russia accused ukraine", "russia attacked ukraine",
			"ukraine denied kremlin-drone-attack", "volodymyr-zelensky accused russia", "volodymyr-zelensky denied russia"}},
		{"top 2 with focus", graph.Selection{Top: 2, Focus: []string{"volodymyr-zelensky"}, Depth: 5},
			[]string{"volodymyr-zelensky accused russia", "volodymyr-zelensky denied russia"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range g.Select(tt.s).Claims() {
				got = append(got, fmt.Sprintf("%s %s %s", c.Subject, c.Predicate, c.Object))
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// A chain of claims between two actors who never met.
func ExampleNetwork_Path() {
	text := "Moscow accused Kyiv. Zelensky leads Ukraine. Peskov speaks for Russia."
	claim := func(s string, p graph.Predicate, o, ev string) graph.Claim {
		i := strings.Index(text, ev)
		return graph.Claim{Subject: s, Predicate: p, Object: o, Article: "a", Evidence: ev, Start: i, End: i + len(ev)}
	}
	g := graph.New()
	err := g.Add(graph.Document{
		Article: graph.Article{ID: "a", Text: text},
		Entities: []graph.Entity{
			{ID: "russia", Type: graph.Country, Name: "Russia"},
			{ID: "ukraine", Type: graph.Country, Name: "Ukraine"},
			{ID: "zelensky", Type: graph.Person, Name: "Zelensky"},
			{ID: "peskov", Type: graph.Person, Name: "Peskov"},
		},
		Claims: []graph.Claim{
			claim("russia", graph.Accused, "ukraine", "Moscow accused Kyiv."),
			claim("zelensky", graph.AffiliatedWith, "ukraine", "Zelensky leads Ukraine."),
			claim("peskov", graph.AffiliatedWith, "russia", "Peskov speaks for Russia."),
		},
	})
	if err != nil {
		panic(err)
	}
	for _, h := range g.Network().Path([]string{"peskov"}, []string{"zelensky"}) {
		for _, l := range h.Links {
			fmt.Printf("%s -%s-> %s: %q\n", l.Subject, l.Predicate, l.Object, l.Claims[0].Evidence)
		}
	}
	// Output:
	// peskov -affiliated_with-> russia: "Peskov speaks for Russia."
	// russia -accused-> ukraine: "Moscow accused Kyiv."
	// zelensky -affiliated_with-> ukraine: "Zelensky leads Ukraine."
}

// benchClaims returns n claims among n/10 entities, the same every time.
func benchClaims(n int) []graph.Claim {
	claims := make([]graph.Claim, n)
	ents := max(n/10, 2)
	x := uint32(1)
	next := func() int { x = x*1664525 + 1013904223; return int(x >> 8) }
	for i := range claims {
		claims[i] = graph.Claim{Subject: fmt.Sprint("e", next()%ents), Predicate: graph.Predicates[next()%len(graph.Predicates)],
			Object: fmt.Sprint("e", next()%ents), Article: fmt.Sprint("a", i/20), Start: i, End: i + 1}
	}
	return claims
}

func BenchmarkNewNetwork(b *testing.B) {
	claims := benchClaims(20000)
	b.ReportAllocs()
	for b.Loop() {
		graph.NewNetwork(claims)
	}
}

func BenchmarkPath(b *testing.B) {
	n := graph.NewNetwork(benchClaims(20000))
	b.ReportAllocs()
	for b.Loop() {
		n.Path([]string{"e0"}, []string{"e1999"})
	}
}

func BenchmarkWithin(b *testing.B) {
	n := graph.NewNetwork(benchClaims(20000))
	b.ReportAllocs()
	for b.Loop() {
		n.Within([]string{"e0"}, 2)
	}
}
