package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph"
)

func TestLoadGoldSeeds(t *testing.T) {
	g, err := LoadGold("../testdata/gold/seeds")
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Entities) != 131 || len(g.Relations) != 96 {
		t.Errorf("got %d entities and %d relations; want 131 and 96", len(g.Entities), len(g.Relations))
	}
	if n := len(g.Articles()); n != 5 {
		t.Errorf("got %d articles; want 5", n)
	}
	for _, r := range g.Relations {
		if !r.Predicate.Valid() {
			t.Errorf("line %d: predicate %q not normalised", r.line, r.Predicate)
		}
	}
}

func TestLoadGoldSmall(t *testing.T) {
	g, err := LoadGold("testdata/small")
	if err != nil {
		t.Fatal(err)
	}
	blamed := g.Relations[4]
	if blamed.Predicate != graph.Accused {
		t.Errorf("gold %q read as %q; want accused", "blamed", blamed.Predicate)
	}
	// The a2 line leaves out the optional fields.
	last := g.Relations[len(g.Relations)-1]
	if last.ObjectAlt == nil || len(last.ObjectAlt) != 0 || last.ObjectEvent {
		t.Errorf("optional fields default to %#v, %v; want [] and false", last.ObjectAlt, last.ObjectEvent)
	}
}

const (
	okEntity   = `{"article": "a", "id": "x", "type": "Person", "name": "X", "mentions": ["X"]}`
	okEntity2  = `{"article": "a", "id": "y", "type": "Country", "name": "Y", "mentions": []}`
	okRelation = `{"article": "a", "subject": "x", "predicate": "met", "object": "y", "evidence": "X met Y"}`
)

func TestLoadGoldErrors(t *testing.T) {
	tests := []struct {
		name      string
		entities  string
		relations string
		want      string // in the error
	}{
		{"bad JSON", okEntity + "\n{\"article\": \n", okRelation, "entities.jsonl:2: bad JSON"},
		{"not an object", "[1, 2]", okRelation, "entities.jsonl:1: bad JSON"},
		{"two objects on a line", okEntity + " " + okEntity2, okRelation, "entities.jsonl:1: bad JSON: data after the object"},
		{"missing name", `{"article": "a", "id": "x", "type": "Person", "mentions": []}`, "", `entities.jsonl:1: missing field "name"`},
		{"empty id", `{"article": "a", "id": "", "type": "Person", "name": "X", "mentions": []}`, "", `entities.jsonl:1: missing field "id"`},
		{"missing mentions", `{"article": "a", "id": "x", "type": "Person", "name": "X"}`, "", `entities.jsonl:1: missing field "mentions"`},
		{"null mentions", `{"article": "a", "id": "x", "type": "Person", "name": "X", "mentions": null}`, "", `missing field "mentions"`},
		{"empty mention", `{"article": "a", "id": "x", "type": "Person", "name": "X", "mentions": ["X", ""]}`, "", `mentions[1] is empty`},
		{"unknown type", `{"article": "a", "id": "x", "type": "Human", "name": "X", "mentions": []}`, "", `entities.jsonl:1: entity "x": unknown type "Human"`},
		{"misspelt field", `{"article": "a", "id": "x", "type": "Person", "name": "X", "mentions": [], "mentiosn": []}`, "", `entities.jsonl:1: bad JSON: json: unknown field "mentiosn"`},
		{"duplicate entity", okEntity + "\n\n" + okEntity, "", "entities.jsonl:3: entity \"x\" annotated twice in article a (first on line 1)"},
		{"unknown predicate", okEntity, `{"article": "a", "subject": "x", "predicate": "praised", "object": "x", "evidence": "e"}`, `relations.jsonl:1: unknown predicate "praised"`},
		{"missing evidence", okEntity, `{"article": "a", "subject": "x", "predicate": "met", "object": "x"}`, `relations.jsonl:1: missing field "evidence"`},
		{"misspelt object_event", okEntity, `{"article": "a", "subject": "x", "predicate": "denied", "object": "x", "evidence": "e", "object_events": true}`, `unknown field "object_events"`},
		{"unknown subject", okEntity + "\n" + okEntity2, okRelation + "\n" + strings.Replace(okRelation, `"x"`, `"z"`, 1), `relations.jsonl:2: subject "z" is not a gold entity`},
		{"unknown alternative", okEntity + "\n" + okEntity2, `{"article": "a", "subject": "x", "predicate": "denied", "object": "y", "object_alt": ["q"], "evidence": "e"}`, `relations.jsonl:1: object_alt entry "q" is not a gold entity`},
		{"met twice, reversed", okEntity + "\n" + okEntity2, okRelation + "\n" + `{"article": "a", "subject": "y", "predicate": "met", "object": "x", "evidence": "Y met X"}`, "relations.jsonl:2: relation y met x annotated twice in article a (first on line 1)"},
		{"blamed and accused", okEntity + "\n" + okEntity2, `{"article": "a", "subject": "x", "predicate": "blamed", "object": "y", "evidence": "e"}` + "\n" + `{"article": "a", "subject": "x", "predicate": "accused", "object": "y", "evidence": "e"}`, "relations.jsonl:2: relation x accused y annotated twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, dir, "entities.jsonl", tt.entities)
			write(t, dir, "relations.jsonl", tt.relations)
			_, err := LoadGold(dir)
			if err == nil {
				t.Fatalf("LoadGold succeeded; want error containing %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			if !strings.Contains(err.Error(), dir) {
				t.Errorf("error %q does not name the folder", err)
			}
		})
	}
}

func TestLoadGoldMissingFile(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "entities.jsonl", okEntity)
	_, err := LoadGold(dir)
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "relations.jsonl") {
		t.Errorf("err = %v; want a not-exist error naming relations.jsonl", err)
	}
}

func TestLoadGoldTolerates(t *testing.T) {
	dir := t.TempDir()
	// A byte-order mark, CRLF line ends, blank lines, no final newline.
	write(t, dir, "entities.jsonl", "\uFEFF"+okEntity+"\r\n\r\n"+okEntity2)
	write(t, dir, "relations.jsonl", "\n"+okRelation+"\n\n")
	g, err := LoadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Entities) != 2 || len(g.Relations) != 1 || g.Relations[0].line != 2 {
		t.Errorf("got %d entities, %d relations; want 2 and 1 on line 2", len(g.Entities), len(g.Relations))
	}
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Vladimir Putin", "vladimir putin"},
		{"Mr Zelensky", "zelensky"},
		{"Mr. Zelensky", "zelensky"},
		{"the Kremlin", "kremlin"},
		{"Putin's", "putin"},
		{"Putin’s", "putin"},
		{"Ukraine’s military", "ukraine military"},
		{"Ukraine's military", "ukraine military"},
		{"the allies’", "allies"},
		{"O’Brien", "obrien"},
		{"O'Brien", "obrien"},
		{"Kamʼianske", "kamianske"},
		{"Kam'ianske", "kamianske"},
		{"Zelenskyy’s", "zelenskyy"},
		{"Kraków", "krakow"},
		{"U.S.", "us"},
		{"Institute for the Study of War", "institute for the study of war"},
		{"  Kherson\tregion ", "kherson region"},
		{"’s", "s"}, // no letter before: not a possessive
		{"", ""},
	}
	for _, tt := range tests {
		if got := normalize(tt.in); got != tt.want {
			t.Errorf("normalize(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestAssign(t *testing.T) {
	tests := []struct {
		name  string
		adj   [][]int
		m     int
		first []bool
		left  []int
	}{
		{"empty", nil, 0, nil, []int{}},
		{"no candidates", [][]int{nil, nil}, 2, []bool{false, false}, []int{-1, -1}},
		// Greedy would give 0 to item 0 and leave item 1 out.
		{"augmenting path", [][]int{{0, 1}, {0}}, 2, []bool{false, false}, []int{1, 0}},
		{"contested", [][]int{{0}, {0}}, 1, []bool{false, false}, []int{0, -1}},
		{"first wins contest", [][]int{{0}, {0}}, 1, []bool{false, true}, []int{-1, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			left, right := assign(tt.adj, tt.m, tt.first)
			if !reflect.DeepEqual(left, tt.left) {
				t.Errorf("left = %v; want %v", left, tt.left)
			}
			for i, j := range left {
				if j >= 0 && right[j] != i {
					t.Errorf("left[%d] = %d but right[%d] = %d", i, j, j, right[j])
				}
			}
		})
	}
}

// seedLines returns the lines of a seeds gold file, to start the fuzzers
// from real annotations.
func seedLines(f *testing.F, name string) []string {
	data, err := os.ReadFile(filepath.Join("../testdata/gold/seeds", name))
	if err != nil {
		f.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(string(data)), "\n")
}

// FuzzParseEntities checks that the parser never panics, that what it
// accepts is well-formed, and that what it accepts survives a round trip
// through JSON.
func FuzzParseEntities(f *testing.F) {
	for _, l := range seedLines(f, "entities.jsonl")[:5] {
		f.Add([]byte(l))
	}
	f.Add([]byte(okEntity + "\n" + okEntity2))
	f.Add([]byte(`{"article": "a", "id": "x", "type": "Person", "name": "X", "mentions": [""]}`))
	f.Add([]byte("\uFEFF{}\n[]\nnull"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ents, err := parseEntities(bytes.NewReader(data), "f")
		if err != nil {
			return
		}
		var again bytes.Buffer
		for _, e := range ents {
			if e.Article == "" || e.ID == "" || e.Name == "" || !e.Type.Valid() || e.Mentions == nil {
				t.Fatalf("accepted incomplete entity %+v", e)
			}
			line, err := json.Marshal(e)
			if err != nil {
				t.Fatal(err)
			}
			again.Write(line)
			again.WriteByte('\n')
		}
		back, err := parseEntities(&again, "again")
		if err != nil {
			t.Fatalf("re-reading what was accepted: %v", err)
		}
		if len(ents) == 0 && len(back) == 0 {
			return
		}
		if !reflect.DeepEqual(back, ents) {
			t.Fatalf("round trip changed\n%+v\ninto\n%+v", ents, back)
		}
	})
}

// FuzzParseRelations is FuzzParseEntities for relations.
func FuzzParseRelations(f *testing.F) {
	for _, l := range seedLines(f, "relations.jsonl")[:5] {
		f.Add([]byte(l))
	}
	f.Add([]byte(okRelation))
	f.Add([]byte(`{"article": "a", "subject": "x", "predicate": " Blamed ", "object": "y", "object_alt": null, "evidence": "e"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		rels, err := parseRelations(bytes.NewReader(data), "f")
		if err != nil {
			return
		}
		var again bytes.Buffer
		for i := range rels {
			r := &rels[i]
			if r.Article == "" || r.Subject == "" || r.Object == "" || r.Evidence == "" || !r.Predicate.Valid() || r.ObjectAlt == nil {
				t.Fatalf("accepted incomplete relation %+v", *r)
			}
			line, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			again.Write(line)
			again.WriteByte('\n')
			r.line = i + 1 // the numbering of the re-read lines
		}
		back, err := parseRelations(&again, "again")
		if err != nil {
			t.Fatalf("re-reading what was accepted: %v", err)
		}
		if len(rels) == 0 && len(back) == 0 {
			return
		}
		if !reflect.DeepEqual(back, rels) {
			t.Fatalf("round trip changed\n%+v\ninto\n%+v", rels, back)
		}
	})
}
