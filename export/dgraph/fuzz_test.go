package dgraph

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newskg/newskg/graph"
)

// seeds holds strings that have broken encoders before: quotes,
// backslash sequences that look like escapes, every kind of line end and
// control, and non-ASCII text.
var seeds = []string{
	"", "plain", `"`, `\`, `\\n`, `\u0041`, `\x41`, "a\tb\nc\rd",
	"\x00\x01\b\f\v\x1b\x7f", "\u0085\u2028\u2029", "Зеленський «ніколи» 🙂",
	`Moscow said "Kyiv" attacked the Kremlin <at night> & denied it.`,
	"Peskov\tsaid C:\\path was hit", "\uFEFFbom", "a) .", `x", y="z`,
}

// noLineBreak reports the first byte of out that a line-oriented reader
// would take for a line end, if any.
func noLineBreak(t *testing.T, out []byte) {
	t.Helper()
	if i := bytes.IndexAny(out, "\n\r"); i >= 0 {
		t.Fatalf("raw line end at %d in %q", i, out)
	}
}

func FuzzLiteral(f *testing.F) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip("graph strings are UTF-8; Encode rejects others")
		}
		out := appendLiteral(nil, s)
		noLineBreak(t, out)
		for _, c := range out {
			if c < 0x20 || c == 0x7f {
				t.Fatalf("raw control %#x in literal %q", c, out)
			}
		}
		sc := &scanner{s: string(out)}
		got, err := sc.literal()
		if err != nil {
			t.Fatalf("literal %q does not parse: %v", out, err)
		}
		if sc.pos != len(out) || got.value != s {
			t.Fatalf("literal %q reads back as %q (%d of %d bytes), want %q", out, got.value, sc.pos, len(out), s)
		}
	})
}

func FuzzFacetString(f *testing.F) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip("graph strings are UTF-8; Encode rejects others")
		}
		out := appendFacetString(nil, s)
		noLineBreak(t, out)
		sc := &scanner{s: string(out)}
		got, err := sc.facetString()
		if err != nil {
			t.Fatalf("facet %q does not parse: %v", out, err)
		}
		if sc.pos != len(out) || got != s {
			t.Fatalf("facet %q reads back as %q (%d of %d bytes), want %q", out, got, sc.pos, len(out), s)
		}
	})
}

func FuzzEscapeID(f *testing.F) {
	for _, s := range append(seeds, "a b/c?d#e", "100%", "%41", "bad\xffutf8", "nbsp\u00a0x") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		// The escaping itself is fuzzed in export/internal/segment; this
		// checks that every label it gives is one the strict reader takes.
		label := node(kindEntity, id)
		sc := &scanner{s: label}
		got, err := sc.node()
		if err != nil || sc.pos != len(label) || got != xid(kindEntity, id) {
			t.Fatalf("label %s reads back as %q, %v", label, got, err)
		}
	})
}

// FuzzEncode puts fuzzed strings where a graph holds text, and checks that
// every line of the output parses and gives them back.
func FuzzEncode(f *testing.F) {
	for _, s := range seeds {
		f.Add("id-"+s, "name"+s, s+".")
	}
	f.Fuzz(func(t *testing.T, id, name, evidence string) {
		g := graph.New()
		err := g.Add(graph.Document{
			Article: graph.Article{ID: "a", Title: name, Date: evidence, Text: evidence},
			Entities: []graph.Entity{
				{ID: id, Type: graph.Person, Name: name, Aliases: []string{evidence}},
				{ID: "other", Type: graph.Place, Name: "Other"},
			},
			Claims: []graph.Claim{{Subject: id, Predicate: graph.Accused, Object: "other", Article: "a",
				Evidence: evidence, End: len(evidence), Verb: name, Confidence: 0.5}},
		})
		if err != nil {
			t.Skip("not a graph:", err)
		}
		var b bytes.Buffer
		if err := NewEncoder(&b).Encode(g); err != nil {
			if !utf8.ValidString(name) || !utf8.ValidString(evidence) {
				return
			}
			t.Fatalf("Encode: %v", err)
		}
		var evidences, names []string
		for _, line := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
			l, err := parseLine(line)
			if err != nil {
				t.Fatalf("%v\n%q", err, line)
			}
			switch l.predicate {
			case "evidence":
				evidences = append(evidences, l.object.value)
			case "name":
				names = append(names, l.object.value)
			}
			for _, f := range l.facets {
				if f.key == "evidence" {
					evidences = append(evidences, f.value)
				}
			}
		}
		if evidence != "" && (len(evidences) != 2 || evidences[0] != evidence || evidences[1] != evidence) {
			t.Errorf("evidence %q read back as %q", evidence, evidences)
		}
		if !strings.Contains(strings.Join(names, "\x00"), name) {
			t.Errorf("name %q read back as %q", name, names)
		}
	})
}
