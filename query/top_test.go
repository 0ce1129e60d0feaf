package query_test

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/graphtest"
	"github.com/newskg/newskg/query"
)

func TestTop(t *testing.T) {
	g := graphtest.Hostile()
	tests := []struct {
		name string
		f    query.Filter
		n    int
		want []string // "title: entity claims/articles, ..."
	}{
		{"default", query.Filter{}, 0, []string{
			"most accusing: russia 2/2, dmitry-peskov 1/1, volodymyr-zelensky 1/1",
			"most accused: ukraine 2/2, node 1/1, russia 1/1",
			"most denying: ukraine 1/1, volodymyr-zelensky 1/1",
		}},
		{"limit", query.Filter{}, 1, []string{
			"most accusing: russia 2/2",
			"most accused: ukraine 2/2",
			"most denying: ukraine 1/1",
		}},
		{"predicate", query.Filter{Predicates: []graph.Predicate{graph.Attacked}}, 0, []string{
			"most attacking: russia 1/1",
			"most attacked: ukraine 1/1",
		}},
		// Only a1 is dated: the second accusation of Ukraine drops.
		{"since", query.Filter{Predicates: []graph.Predicate{graph.Accused}, Since: "2023-05-01"}, 0, []string{
			"most accusing: dmitry-peskov 1/1, russia 1/1, volodymyr-zelensky 1/1",
			"most accused: node 1/1, russia 1/1, ukraine 1/1",
		}},
		{"min confidence", query.Filter{Predicates: []graph.Predicate{graph.Denied}, MinConfidence: 0.8}, 0, []string{
			"most denying: ukraine 1/1",
			"most denied: kremlin-drone-attack 1/1",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rankings, err := query.Top(g, tt.f, tt.n)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, rk := range rankings {
				var parts []string
				for _, r := range rk.Ranks {
					parts = append(parts, fmt.Sprintf("%s %d/%d", r.Entity, r.Claims, len(r.Articles)))
				}
				got = append(got, rk.Title+": "+strings.Join(parts, ", "))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
	if _, err := query.Top(g, query.Filter{Since: "May"}, 0); err == nil {
		t.Error("a bad date is accepted")
	}
}

func TestWriteTop(t *testing.T) {
	rankings, _ := query.Top(graphtest.Hostile(), query.Filter{Predicates: []graph.Predicate{graph.Met}}, 0)
	var b bytes.Buffer
	if err := query.WriteTop(&b, rankings, 80); err != nil {
		t.Fatal(err)
	}
	if want := "meeting most (met)\n  none\n\nmet most (met)\n  none\n"; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
	rankings, _ = query.Top(graphtest.Hostile(), query.Filter{}, 1)
	b.Reset()
	query.WriteTop(&b, rankings, 80)
	if !strings.HasPrefix(b.String(), "most accusing (accused)\n  1. Russia: 2 claims in 2 articles\n       of Ukraine 2\n       in a1, b-2\n") {
		t.Errorf("got\n%s", b.String())
	}
}
