package nquads_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newskg/newskg/export/nquads"
	"github.com/newskg/newskg/graph/graphtest"
)

func TestUnknownHoldsOnlyWhatTheEncoderDidNotWrite(t *testing.T) {
	var buf bytes.Buffer
	if err := nquads.NewEncoder(&buf).Encode(graphtest.Hostile()); err != nil {
		t.Fatal(err)
	}
	// What the encoder writes is all known, derived quads included:
	// none of it may come back as unknown, or a rewrite would double it.
	d := nquads.NewDecoder(bytes.NewReader(buf.Bytes()))
	if _, err := d.Decode(); err != nil {
		t.Fatal(err)
	}
	if u := d.Unknown(); len(u) != 0 {
		t.Fatalf("%d of the encoder's own quads are unknown, first %q", len(u), u[0])
	}
	foreign := []string{
		`<https://newskg.example/entity/russia> <http://www.w3.org/2002/07/owl#sameAs> <http://dbpedia.org/resource/Russia> .`,
		`_:b0 <http://ex.org/p> "x" <http://ex.org/g> .`,
		`<http://ex.org/s> <http://ex.org/p> <http://ex.org/o> .`,
	}
	in := buf.String() + strings.Join(foreign, "\n") + "\n" + foreign[0] + "\n# a comment\n"
	d = nquads.NewDecoder(strings.NewReader(in))
	if _, err := d.Decode(); err != nil {
		t.Fatal(err)
	}
	if got := d.Unknown(); strings.Join(got, "\n") != strings.Join(foreign, "\n") {
		t.Errorf("Unknown = %q, want %q once each, in order", got, foreign)
	}
}
