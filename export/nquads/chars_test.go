package nquads_test

import (
	"bytes"
	"regexp"
	"strconv"
	"testing"

	"github.com/newskg/newskg/export/nquads"
	"github.com/newskg/newskg/graph/graphtest"
)

// The character offsets cut the evidence out of the text as SPARQL's
// SUBSTR would: by code points.
func TestCharOffsetsCutTheEvidence(t *testing.T) {
	g := graphtest.Hostile()
	var b bytes.Buffer
	if err := nquads.NewEncoder(&b).Encode(g); err != nil {
		t.Fatal(err)
	}
	offset := regexp.MustCompile(`^<https://newskg.example/claim/([0-9a-f]+)> <https://newskg.example/ns#(charStart|charEnd)> "(\d+)"\^\^<http://www.w3.org/2001/XMLSchema#integer> <[^>]+> \.$`)
	got := make(map[string][2]int)
	for _, l := range bytes.Split(b.Bytes(), []byte("\n")) {
		m := offset.FindSubmatch(l)
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(string(m[3]))
		o := got[string(m[1])]
		if string(m[2]) == "charStart" {
			o[0] = n
		} else {
			o[1] = n
		}
		got[string(m[1])] = o
	}
	claims := g.Claims()
	if len(got) != len(claims) {
		t.Fatalf("%d claims have character offsets, want %d", len(got), len(claims))
	}
	nonASCII := false
	for _, c := range claims {
		a, _ := g.Article(c.Article)
		o := got[c.ID()]
		text := []rune(a.Text)
		if o[1] > len(text) || o[0] > o[1] || string(text[o[0]:o[1]]) != c.Evidence {
			t.Errorf("claim %s: characters [%d:%d] of the text are not %q", c.ID(), o[0], o[1], c.Evidence)
		}
		nonASCII = nonASCII || o[1] != c.End
	}
	if !nonASCII {
		t.Error("no claim has a character offset that differs from its byte offset: the test proves nothing")
	}
}
