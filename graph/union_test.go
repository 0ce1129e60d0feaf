package graph

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// unionRef is union as it was before it returned a unchanged when b adds
// nothing: a new slice each time.
func unionRef(a, b []string) []string {
	out := make([]string, 0, len(a)+len(b))
	for _, s := range append(slices.Clone(a), b...) {
		if s != "" {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) == 0 {
		return nil
	}
	return out
}

// FuzzUnion checks union against unionRef, a being a union already, as
// it always is, and that union changes neither of its arguments.
func FuzzUnion(f *testing.F) {
	f.Add("b,a,,a", "a,c,")
	f.Add("x", "x")
	f.Add("", ",,")
	f.Fuzz(func(t *testing.T, as, bs string) {
		a, b := unionRef(nil, strings.Split(as, ",")), strings.Split(bs, ",")
		a0, b0 := slices.Clone(a), slices.Clone(b)
		got, want := union(a, b), unionRef(a, b)
		if !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Fatalf("union(%q, %q) = %q, want %q", a, b, got, want)
		}
		if !slices.Equal(a, a0) || !slices.Equal(b, b0) {
			t.Fatalf("union changed its arguments: %q, %q; were %q, %q", a, b, a0, b0)
		}
	})
}

// BenchmarkAdd adds 2,000 articles of 20 entities each, drawn from 3,000,
// most met again with the aliases they had: what a build does per article.
func BenchmarkAdd(b *testing.B) {
	var docs []Document
	for a := range 2000 {
		d := Document{Article: Article{ID: fmt.Sprintf("a%04d", a), Text: "text"}}
		for k := range 20 {
			id := fmt.Sprintf("e%04d", (a*17+k*131)%3000)
			d.Entities = append(d.Entities, Entity{ID: id, Type: Person, Name: "Name " + id, Aliases: []string{"N " + id, id}})
			d.Mentions = append(d.Mentions, id)
		}
		docs = append(docs, d)
	}
	b.ReportAllocs()
	for b.Loop() {
		g := New()
		for _, d := range docs {
			if err := g.Add(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
