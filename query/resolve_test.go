package query_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/graphtest"
	"github.com/newskg/newskg/query"
)

// surnames returns a graph where the surname Howard stands for two
// people, and three articles say only "Howard" or "Mr Howard".
func surnames(t *testing.T) *graph.Graph {
	t.Helper()
	g := graph.New()
	add := func(id, text string, ents []graph.Entity, claims ...graph.Claim) {
		t.Helper()
		for i := range claims {
			c := &claims[i]
			c.Article = id
			c.Start = strings.Index(text, c.Evidence)
			c.End = c.Start + len(c.Evidence)
			c.Confidence = 0.8
		}
		if err := g.Add(graph.Document{Article: graph.Article{ID: id, Title: id, Text: text}, Entities: ents, Claims: claims}); err != nil {
			t.Fatal(err)
		}
	}
	michael := graph.Entity{ID: "michael-howard", Type: graph.Person, Name: "Michael Howard", Aliases: []string{"Michael Howard"}}
	john := graph.Entity{ID: "john-howard", Type: graph.Person, Name: "John Howard"}
	blair := graph.Entity{ID: "tony-blair", Type: graph.Person, Name: "Tony Blair"}
	australia := graph.Entity{ID: "australia", Type: graph.Country, Name: "Australia"}
	dean := graph.Entity{ID: "howard-dean", Type: graph.Person, Name: "Howard Dean"}
	lone := func(id string) graph.Entity { return graph.Entity{ID: id, Type: graph.Person, Name: "Howard"} }
	add("a", "Michael Howard accused Tony Blair of lying.", []graph.Entity{michael, blair},
		graph.Claim{Subject: "michael-howard", Predicate: graph.Accused, Object: "tony-blair", Evidence: "Michael Howard accused Tony Blair of lying."})
	add("b", "Michael Howard criticized Tony Blair.", []graph.Entity{michael, blair},
		graph.Claim{Subject: "michael-howard", Predicate: graph.Criticized, Object: "tony-blair", Evidence: "Michael Howard criticized Tony Blair."})
	add("c", "John Howard, Australia's prime minister.", []graph.Entity{john, australia},
		graph.Claim{Subject: "john-howard", Predicate: graph.AffiliatedWith, Object: "australia", Evidence: "John Howard, Australia's prime minister."})
	add("d", "Mr Howard spoke. Howard Dean listened.", []graph.Entity{lone("howard-d"), dean})
	add("e", "Howard spoke.", []graph.Entity{lone("howard-e")})
	return g
}

func TestResolveNamesSurname(t *testing.T) {
	g := surnames(t)
	tests := []struct{ name, want string }{
		{"Howard", "howard-d howard-e john-howard michael-howard"},
		{"Mr Howard", "howard-d howard-e john-howard michael-howard"},
		{"howard", "howard-d howard-e john-howard michael-howard"},
		{"Michael Howard", "michael-howard"},
		{"john-howard", "john-howard"}, // an ID is exact
		{"Blair", "tony-blair"},        // a surname with one bearer
		{"Dean", "howard-dean"},        // a surname whose first name is Howard
		{"Australia", "australia"},     // not a person: no surname rule
		{"Nobody", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(query.ResolveNames(g, tt.name), " "); got != tt.want {
			t.Errorf("ResolveNames(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestQuerySurnameFindsFullNamedClaims(t *testing.T) {
	g := surnames(t)
	rows, err := query.Run(g, query.Filter{Subject: "Howard"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, r.Subject+" "+r.Predicate)
	}
	want := []string{"michael-howard accused", "michael-howard criticized", "john-howard affiliated_with"}
	if !slices.Equal(got, want) {
		t.Errorf("--subject Howard rows = %v, want %v", got, want)
	}
}

func TestCandidates(t *testing.T) {
	g := surnames(t)
	c := query.Candidates(g, "Howard", query.ResolveNames(g, "Howard"))
	var got []string
	for _, x := range c {
		got = append(got, x.ID+":"+string(rune('0'+x.Claims)))
	}
	want := []string{"michael-howard:2", "john-howard:1", "howard-d:0", "howard-e:0"}
	if !slices.Equal(got, want) {
		t.Errorf("Candidates(Howard) = %v, want %v", got, want)
	}
	for _, name := range []string{"Michael Howard", "Blair"} {
		if c := query.Candidates(g, name, query.ResolveNames(g, name)); c != nil {
			t.Errorf("Candidates(%q) = %v, want nil: one person", name, c)
		}
	}
}

func TestEntities(t *testing.T) {
	g := surnames(t)
	tests := []struct {
		name string
		f    query.EntityFilter
		want []string
	}{
		{"all", query.EntityFilter{}, []string{"michael-howard", "tony-blair", "australia", "john-howard", "howard-d", "howard-e", "howard-dean"}},
		{"type", query.EntityFilter{Type: graph.Country}, []string{"australia"}},
		{"search surname", query.EntityFilter{Search: "Howard"}, []string{"michael-howard", "john-howard", "howard-d", "howard-e", "howard-dean"}},
		{"search substring", query.EntityFilter{Search: "blai"}, []string{"tony-blair"}},
		{"search and type", query.EntityFilter{Search: "Howard", Type: graph.Country}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := []string{}
			for _, r := range query.Entities(g, tt.f) {
				got = append(got, r.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	rows := query.Entities(g, query.EntityFilter{Search: "Michael Howard"})
	if len(rows) != 1 || rows[0].Claims != 2 || !slices.Equal(rows[0].Articles, []string{"a", "b"}) {
		t.Errorf("Michael Howard row = %+v, want 2 claims in articles a, b", rows)
	}
	var b bytes.Buffer
	if err := query.WriteEntitiesJSONL(&b, query.Entities(g, query.EntityFilter{Search: "Howard Dean"})); err != nil {
		t.Fatal(err)
	}
	var r map[string]any
	if err := json.Unmarshal(b.Bytes(), &r); err != nil {
		t.Fatal(err)
	}
	if r["aliases"] == nil || r["articles"] == nil {
		t.Errorf("JSON has null lists: %s", b.String())
	}
}

func TestWriteEntitiesTableFitsWidth(t *testing.T) {
	g := surnames(t)
	for _, width := range []int{60, 80, 120} {
		var b bytes.Buffer
		if err := query.WriteEntitiesTable(&b, query.Entities(g, query.EntityFilter{}), width); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		if len(lines) != 8 || !strings.HasPrefix(lines[0], "NAME") {
			t.Fatalf("width %d: table\n%s", width, b.String())
		}
		for _, l := range lines {
			if n := len([]rune(l)); n > width {
				t.Errorf("width %d: line of %d runes: %q", width, n, l)
			}
		}
	}
}

func TestWriteTableFitsWidth(t *testing.T) {
	for _, g := range []*graph.Graph{graphtest.Hostile(), surnames(t)} {
		rows, err := query.Run(g, query.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, width := range []int{80, 100, 200} {
			var b bytes.Buffer
			if err := query.WriteTable(&b, rows, width); err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
			if len(lines) != len(rows)+1 {
				t.Fatalf("width %d: %d lines for %d rows:\n%s", width, len(lines), len(rows), b.String())
			}
			for _, l := range lines {
				if n := len([]rune(l)); n > width {
					t.Errorf("width %d: line of %d runes: %q", width, n, l)
				}
			}
			if width == 200 && !strings.Contains(b.String(), "Michael Howard accused Tony Blair of lying.") {
				if _, ok := g.Entity("michael-howard"); ok {
					t.Errorf("width 200 cuts a short evidence sentence:\n%s", b.String())
				}
			}
		}
	}
}
