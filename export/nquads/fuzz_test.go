package nquads

import (
	"bytes"
	"errors"
	"fmt"
	"testing"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
	qnq "github.com/cayleygraph/quad/nquads"
	"github.com/newskg/newskg/graph"
)

// FuzzDecode checks that Decode never panics, and that whatever it
// accepts encodes to a fixed point: decoding and encoding that output
// again gives the same bytes.
func FuzzDecode(f *testing.F) {
	// Small seeds: the fuzzer minimises every new input, which takes
	// minutes on a file the size of testdata/hostile.nq.
	text := "A accused B."
	tiny := graph.New()
	if err := tiny.Add(graph.Document{
		Article:  graph.Article{ID: "a 1", Date: "2023-05-04", Source: "https://x.org/", Text: text},
		Entities: []graph.Entity{{ID: "a", Type: graph.Person, Name: "A\\"}, {ID: "b", Type: graph.Place, Name: "B", SameAs: []string{"http://x.org/b"}}},
		Claims: []graph.Claim{{Subject: "a", Predicate: graph.Accused, Object: "b", Article: "a 1",
			Evidence: text, End: len(text), Verb: "accused", CAMEO: "112", Confidence: 0.5}},
	}); err != nil {
		f.Fatal(err)
	}
	f.Add(encode(f, tiny, ""))
	f.Add(encode(f, tiny, "urn:x:"))
	f.Add([]byte(lineType + "\n" + lineLabel + "\n"))
	f.Add([]byte(lineType + "\r" + lineLabel + " # comment\r\n"))
	f.Add([]byte(`<http://x.org/s> <http://x.org/p> "o\u00e9\U0001F600"@en <http://x.org/g> .` + "\n"))
	f.Add([]byte(`_:b <http://x.org/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d := NewDecoder(bytes.NewReader(data))
		g, err := d.Decode()
		// Grouped reads the same, or stops with ErrUngrouped.
		gd := NewDecoder(bytes.NewReader(data))
		gd.Grouped()
		gg, gerr := gd.Decode()
		switch {
		case errors.Is(gerr, ErrUngrouped):
		case (err == nil) != (gerr == nil):
			t.Fatalf("Decode: %v; after Grouped: %v", err, gerr)
		case err == nil && !bytes.Equal(encode(t, g, d.Base()), encode(t, gg, gd.Base())):
			t.Fatalf("Grouped decodes another graph")
		}
		if err != nil {
			return
		}
		var first bytes.Buffer
		e := NewEncoder(&first)
		e.SetBase(d.Base())
		if err := e.Encode(g); err != nil {
			t.Fatalf("Encode of a decoded graph: %v", err)
		}
		d2 := NewDecoder(bytes.NewReader(first.Bytes()))
		g2, err := d2.Decode()
		if err != nil {
			t.Fatalf("Decode of our own output: %v\n%s", err, first.Bytes())
		}
		var second bytes.Buffer
		e = NewEncoder(&second)
		e.SetBase(d2.Base())
		if err := e.Encode(g2); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first.Bytes(), second.Bytes()) {
			t.Fatalf("not a fixed point:\n%s\nthen\n%s", first.Bytes(), second.Bytes())
		}
	})
}

// FuzzLiteralEscape checks that quad's reader reads every literal we
// write back as the string written, and that the literal holds no raw
// line break or control character.
func FuzzLiteralEscape(f *testing.F) {
	for _, s := range []string{"", "plain", `say "hi"`, `C:\new \u0041 \\`, "a\nb\r\n\t\x00\b\f\v\x7f", "\u0085\u2028\u2029", "Київ 😀", "\ufffd"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lit, err := appendTerm(nil, quad.String(s))
		if !utf8.ValidString(s) {
			if err == nil {
				t.Fatalf("appendTerm accepted invalid UTF-8 %q", s)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range string(lit) {
			if r < 0x20 || 0x7F <= r && r <= 0x9F || r == 0x2028 || r == 0x2029 {
				t.Fatalf("literal %q holds raw %U", lit, r)
			}
		}
		line := "<http://x.org/s> <http://x.org/p> " + string(lit) + " ."
		if _, err := qnq.ParseRaw(line); err != nil {
			t.Fatalf("ParseRaw(%q): %v", line, err)
		}
		q, err := qnq.Parse(line)
		if err != nil {
			t.Fatalf("Parse(%q): %v", line, err)
		}
		if q.Object != quad.String(s) {
			t.Fatalf("literal %s read back as %#v, want %q", lit, q.Object, s)
		}
	})
}

// FuzzEscapeID checks that every ID maps to a valid IRI that quad's
// reader reads back unchanged, and back to the same ID. The escaping
// itself is fuzzed in export/internal/segment.
func FuzzEscapeID(f *testing.F) {
	for _, s := range []string{"russia", "a b/c?d#e", "100%", "%41", "Київ", "bad\xff", "nbsp\u00a0", "<>\"{}|^`\\"} {
		f.Add(s)
	}
	v, err := newIRIs(DefaultBase)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, id string) {
		iri := string(v.mint(kindEntity, id))
		if kind, back, err := v.parse(quad.IRI(iri)); err != nil || kind != kindEntity || back != id {
			t.Fatalf("IRI %q of ID %q reads back as %s %q, %v", iri, id, kind, back, err)
		}
		if err := checkIRI(iri); err != nil {
			t.Fatalf("checkIRI(%q): %v", iri, err)
		}
		q, err := qnq.Parse("<" + iri + "> <http://x.org/p> <http://x.org/o> .")
		if err != nil || q.Subject != quad.IRI(iri) {
			t.Fatalf("Parse of <%s>: %v, %v", iri, q.Subject, err)
		}
	})
}

// FuzzPlainIRI checks that plainIRI, checkIRI's fast path, agrees with
// checkIRIRunes: it accepts no IRI that checkIRIRunes rejects, and of an
// IRI of ASCII alone, it accepts every one that checkIRIRunes accepts.
func FuzzPlainIRI(f *testing.F) {
	for _, s := range []string{"http://example.org/newskg/entity/a-b", "https://example.org/a?b=1&c=%222%22#frag", "http://x.org/#a#b",
		"http://x.org/%2", "http://x.org/%zz", "urn:isbn:0451450523", "1http://x", "//x", "", "http://x.org/a b", "https://uk.wikipedia.org/wiki/Київ",
		"http://x.org/%41", "http://x.org/%4", "http://x.org/\x7f", "a:", ":", "a+b-c.d:x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		plain, err := plainIRI(s), checkIRIRunes(s)
		if plain && err != nil {
			t.Fatalf("plainIRI(%q) = true, but checkIRIRunes says %v", s, err)
		}
		ascii := true
		for i := 0; i < len(s); i++ {
			ascii = ascii && s[i] < 0x80
		}
		if ascii && !plain && err == nil {
			t.Fatalf("plainIRI(%q) = false, but checkIRIRunes accepts it", s)
		}
		if got := checkIRI(s); (got == nil) != (err == nil) || got != nil && got.Error() != err.Error() {
			t.Fatalf("checkIRI(%q) = %v, checkIRIRunes says %v", s, got, err)
		}
	})
}

// appendLiteralRunes is appendLiteral rune by rune, as it was first
// written.
func appendLiteralRunes(b []byte, s string) []byte {
	b = append(b, '"')
	for _, r := range s {
		switch {
		case r == '"':
			b = append(b, `\"`...)
		case r == '\n':
			b = append(b, `\n`...)
		case r == '\r':
			b = append(b, `\r`...)
		case r == '\t':
			b = append(b, `\t`...)
		case r == '\\' || r < 0x20 || 0x7F <= r && r <= 0x9F || r == 0x2028 || r == 0x2029:
			b = fmt.Appendf(b, `\u%04X`, r)
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return append(b, '"')
}

// FuzzAppendLiteral checks that appendLiteral, which copies runs of
// plain ASCII at once, writes what appendLiteralRunes writes.
func FuzzAppendLiteral(f *testing.F) {
	for _, s := range []string{"", "plain", `say "hi"`, `C:\new \u0041 \\`, "a\nb\r\n\t\x00\b\f\v\x7f", "\u0085\u2028\u2029", "Київ 😀", "\ufffd", "\xff\xfe ok", "tail\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := appendLiteral([]byte("x"), s), appendLiteralRunes([]byte("x"), s); !bytes.Equal(got, want) {
			t.Fatalf("appendLiteral(%q) = %q, want %q", s, got, want)
		}
	})
}
