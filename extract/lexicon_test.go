package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/newskg/newskg/graph"
)

func TestGazetteerLoad(t *testing.T) {
	g := newGazetteer()
	in := "# comment\nPerson\tZara Quill\tQuill|Z. Quill\t\t\tBlue Front leader\tQ42\n" +
		"Country\tFreedonia\t\tFreedonian|Freedonians\tFredville\t\t\n" +
		"Person\tZara Quill\tZQ\t\t\t\t\n"
	if err := g.Load(strings.NewReader(in), "test.tsv"); err != nil {
		t.Fatal(err)
	}
	e := g.entities["zara-quill"]
	if e.Name != "Zara Quill" || len(e.SameAs) != 1 || e.SameAs[0] != wikidata+"Q42" {
		t.Errorf("entity = %+v", e)
	}
	for form, kind := range map[string]formKind{"Quill": formName, "ZQ": formName, "Freedonian": formDemonym,
		"Fredville": formMetonym, "Blue Front leader": formRole, "blue front leader": formRole} {
		rs := g.lookup(form)
		if len(rs) == 0 || rs[0].kind != kind {
			t.Errorf("lookup(%q) = %v, want kind %d", form, rs, kind)
		}
	}
	for _, bad := range []string{"Planet\tMars\t\t\t\t\t\n", "Person\t\t\t\t\t\t\n"} {
		if err := newGazetteer().Load(strings.NewReader(bad), "bad.tsv"); err == nil || !strings.Contains(err.Error(), "bad.tsv:1") {
			t.Errorf("Load(%q) error = %v, want one naming bad.tsv:1", bad, err)
		}
	}
}

func TestParseLexicon(t *testing.T) {
	lex, err := parseLexicon(strings.NewReader("# c\n[a]\nx | y z\n\n[b]\nw\n"))
	if err != nil || len(lex["a"]) != 2 || lex["a"][1] != "y z" || lex["b"][0] != "w" {
		t.Errorf("lex = %v, %v", lex, err)
	}
	if _, err := parseLexicon(strings.NewReader("word\n")); err == nil {
		t.Error("an entry before any section was accepted")
	}
}

func TestEmbeddedDataLoads(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if len(x.gaz.entities) < 1000 || len(x.givenNames) < 1000 || len(x.lex) < 20 {
		t.Errorf("embedded data too small: %d entities, %d given names, %d lexicon sections", len(x.gaz.entities), len(x.givenNames), len(x.lex))
	}
}

// TestLexiconSubsections checks sections that narrow another: an entry
// outside the section it narrows would never be read.
func TestLexiconSubsections(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for sub, of := range map[string]string{"victim-cue": "blame-cue", "regional-office": "state-office"} {
		all := make(map[string]bool)
		for _, e := range x.lex[of] {
			all[e] = true
		}
		for _, e := range x.lex[sub] {
			if !all[e] {
				t.Errorf("[%s] entry %q is not in [%s]", sub, e, of)
			}
		}
	}
}

func FuzzGazetteerLoad(f *testing.F) {
	f.Add("Person\tA B\tB\t\t\t\tQ1\n")
	f.Add("Country\tX\t\tXian\tXville\t\t\n#\n\n")
	f.Fuzz(func(t *testing.T, in string) {
		g := newGazetteer()
		if err := g.Load(strings.NewReader(in), "fuzz"); err != nil {
			return
		}
		for _, e := range g.entities {
			if e.ID == "" && e.Name != "" && strings.TrimSpace(e.Name) != "" {
				// A name with no letters or digits has no slug; the
				// loader must not have accepted it silently.
				t.Errorf("entity %q has an empty ID", e.Name)
			}
		}
	})
}

// TestDataNamesKnownEntities checks that the IDs home.tsv, bodies.tsv and
// home-bodies.tsv point to are in the gazetteer: a renamed entry there
// would otherwise silently switch a cue off.
func TestDataNamesKnownEntities(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	known := func(id string) bool { _, ok := x.gaz.entities[id]; return ok }
	for cue, state := range x.homeCues {
		if !known(state) || x.gaz.entities[state].Type != graph.Country {
			t.Errorf("home.tsv: %q points to %q, which is no country of the gazetteer", cue, state)
		}
		// A cue in lower case is an ID; words as written ("MPs",
		// "Whitehall") have capitals.
		if cue == strings.ToLower(cue) && !known(cue) {
			t.Errorf("home.tsv: cue %q is no ID of the gazetteer", cue)
		}
	}
	for role, body := range x.bodies {
		if !known(body) {
			t.Errorf("bodies.tsv: %q points to %q, which the gazetteer lacks", role, body)
		}
	}
	if len(x.homeBodies) == 0 {
		t.Error("home-bodies.tsv: nothing loaded")
	}
	for key, body := range x.homeBodies {
		state, _, _ := strings.Cut(key, "\t")
		if !known(state) || x.gaz.entities[state].Type != graph.Country || !known(body) {
			t.Errorf("home-bodies.tsv: %q → %q names an ID the gazetteer lacks", key, body)
		}
	}
}

// TestGazetteerNamesOneEntityOnce guards the built-in gazetteer against
// one person or body entered twice under two spellings: the canonical
// name of an entry must not be a name (canonical or alias) of another,
// or one entity would split into two nodes.
func TestGazetteerNamesOneEntityOnce(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	// Spellings that differ only in case, hyphens or spaces ("Walmart",
	// "Wal-Mart") are one name too.
	squash := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == '-' || r == ' ' || r == '.' {
				return -1
			}
			return unicode.ToLower(r)
		}, s)
	}
	squashed := make(map[string][]string)
	for form, rs := range x.gaz.forms {
		for _, r := range rs {
			if r.kind == formName && !slices.Contains(squashed[squash(form)], r.id) {
				squashed[squash(form)] = append(squashed[squash(form)], r.id)
			}
		}
	}
	for id, e := range x.gaz.entities {
		for _, r := range x.gaz.forms[e.Name] {
			if r.kind == formName && r.id != id && x.gaz.entities[r.id].Type == e.Type {
				t.Errorf("%q is the name of both %s and %s", e.Name, id, r.id)
			}
		}
		for _, other := range squashed[squash(e.Name)] {
			if other != id && x.gaz.entities[other].Type == e.Type {
				t.Errorf("%q is spelt as a name of %s", e.Name, other)
			}
		}
	}
}
