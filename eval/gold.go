package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/newskg/newskg/graph"
)

// Gold is a hand-annotated corpus: what a careful reader extracts from
// each article. Its format is described in testdata/gold/SCHEMA.md.
type Gold struct {
	// Entities holds one line of entities.jsonl per element, in file order.
	Entities []GoldEntity
	// Relations holds one line of relations.jsonl per element, in file
	// order.
	Relations []GoldRelation
}

// GoldEntity is an entity as one article names it.
type GoldEntity struct {
	Article string           `json:"article"`
	ID      string           `json:"id"`
	Type    graph.EntityType `json:"type"`
	Name    string           `json:"name"`
	// Mentions lists every surface form the article uses for the entity.
	Mentions []string `json:"mentions"`
}

// GoldRelation is a relation that one article states or reports.
type GoldRelation struct {
	Article string `json:"article"`
	Subject string `json:"subject"`
	// Predicate is already normalised: a gold "blamed" reads as
	// graph.Accused.
	Predicate graph.Predicate `json:"predicate"`
	Object    string          `json:"object"`
	// ObjectAlt lists other entity IDs that are also acceptable objects.
	ObjectAlt []string `json:"object_alt"`
	// ObjectEvent makes any predicted object of type graph.Event
	// acceptable.
	ObjectEvent bool   `json:"object_event"`
	Evidence    string `json:"evidence"`

	line int // in relations.jsonl, for reports on the gold itself
}

// Articles returns the IDs of the articles that the gold annotates,
// sorted.
func (g *Gold) Articles() []string {
	var out []string
	for _, e := range g.Entities {
		out = append(out, e.Article)
	}
	for _, r := range g.Relations {
		out = append(out, r.Article)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// LoadGold reads dir/entities.jsonl and dir/relations.jsonl. It rejects
// malformed lines, missing or unknown fields, unknown types and
// predicates, duplicates, and relations whose entities the gold does not
// define; each error names the file and line.
func LoadGold(dir string) (*Gold, error) {
	epath := filepath.Join(dir, "entities.jsonl")
	rpath := filepath.Join(dir, "relations.jsonl")
	var g Gold
	err := readFile(epath, func(r io.Reader) (err error) {
		g.Entities, err = parseEntities(r, epath)
		return err
	})
	if err != nil {
		return nil, err
	}
	err = readFile(rpath, func(r io.Reader) (err error) {
		g.Relations, err = parseRelations(r, rpath)
		return err
	})
	if err != nil {
		return nil, err
	}
	if err := checkReferences(&g, rpath); err != nil {
		return nil, err
	}
	return &g, nil
}

func readFile(path string, parse func(io.Reader) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("read gold: %w", err)
	}
	defer f.Close()
	return parse(f)
}

// forEachLine calls fn with every non-blank line of r and its 1-based
// number. It reads whole lines whatever their length, because evidence
// sentences have no length limit.
func forEachLine(r io.Reader, name string, fn func(line []byte, n int) error) error {
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return fmt.Errorf("read %s: %w", name, err)
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF")) // editors on Windows add one
		}
		if t := bytes.TrimSpace(line); len(t) > 0 {
			if ferr := fn(t, n); ferr != nil {
				return fmt.Errorf("%s:%d: %w", name, n, ferr)
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// decodeLine decodes one JSON object into v, refusing unknown fields: a
// misspelt "object_event" would otherwise silently change the score.
func decodeLine(line []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("bad JSON: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("bad JSON: data after the object")
	}
	return nil
}

// The raw types hold pointers so that a missing field can be told from a
// present one.
type rawEntity struct {
	Article  *string   `json:"article"`
	ID       *string   `json:"id"`
	Type     *string   `json:"type"`
	Name     *string   `json:"name"`
	Mentions *[]string `json:"mentions"`
}

type rawRelation struct {
	Article     *string  `json:"article"`
	Subject     *string  `json:"subject"`
	Predicate   *string  `json:"predicate"`
	Object      *string  `json:"object"`
	ObjectAlt   []string `json:"object_alt"`
	ObjectEvent bool     `json:"object_event"`
	Evidence    *string  `json:"evidence"`
}

// field names a required string field for firstMissing.
type field struct {
	name  string
	value *string
}

// firstMissing returns an error naming the first field that is absent,
// null or empty.
func firstMissing(fields ...field) error {
	for _, f := range fields {
		if f.value == nil || *f.value == "" {
			return fmt.Errorf("missing field %q", f.name)
		}
	}
	return nil
}

func parseEntities(r io.Reader, name string) ([]GoldEntity, error) {
	var out []GoldEntity
	type key struct{ article, id string }
	seen := make(map[key]int)
	err := forEachLine(r, name, func(line []byte, n int) error {
		var raw rawEntity
		if err := decodeLine(line, &raw); err != nil {
			return err
		}
		if err := firstMissing(field{"article", raw.Article}, field{"id", raw.ID}, field{"type", raw.Type}, field{"name", raw.Name}); err != nil {
			return err
		}
		if raw.Mentions == nil {
			return errors.New(`missing field "mentions"`)
		}
		e := GoldEntity{Article: *raw.Article, ID: *raw.ID, Type: graph.EntityType(*raw.Type), Name: *raw.Name, Mentions: *raw.Mentions}
		if !e.Type.Valid() {
			return fmt.Errorf("entity %q: unknown type %q", e.ID, e.Type)
		}
		for i, m := range e.Mentions {
			if m == "" {
				return fmt.Errorf("entity %q: mentions[%d] is empty", e.ID, i)
			}
		}
		k := key{e.Article, e.ID}
		if first, ok := seen[k]; ok {
			return fmt.Errorf("entity %q annotated twice in article %s (first on line %d)", e.ID, e.Article, first)
		}
		seen[k] = n
		out = append(out, e)
		return nil
	})
	return out, err
}

func parseRelations(r io.Reader, name string) ([]GoldRelation, error) {
	var out []GoldRelation
	seen := make(map[relationKey]int)
	err := forEachLine(r, name, func(line []byte, n int) error {
		var raw rawRelation
		if err := decodeLine(line, &raw); err != nil {
			return err
		}
		if err := firstMissing(field{"article", raw.Article}, field{"subject", raw.Subject}, field{"predicate", raw.Predicate}, field{"object", raw.Object}, field{"evidence", raw.Evidence}); err != nil {
			return err
		}
		p, err := graph.ParsePredicate(*raw.Predicate)
		if err != nil {
			return err
		}
		rel := GoldRelation{
			Article: *raw.Article, Subject: *raw.Subject, Predicate: p, Object: *raw.Object,
			ObjectAlt: raw.ObjectAlt, ObjectEvent: raw.ObjectEvent, Evidence: *raw.Evidence, line: n,
		}
		if rel.ObjectAlt == nil {
			rel.ObjectAlt = []string{} // so that reports print [] as the gold files do
		}
		k := keyOf(rel.Article, rel.Subject, rel.Predicate, rel.Object)
		if first, ok := seen[k]; ok {
			// A relation counts once; a second line could never be found.
			return fmt.Errorf("relation %s %s %s annotated twice in article %s (first on line %d)", rel.Subject, rel.Predicate, rel.Object, rel.Article, first)
		}
		seen[k] = n
		out = append(out, rel)
		return nil
	})
	return out, err
}

// checkReferences makes sure every entity a relation names is defined
// somewhere in the gold; otherwise no prediction could ever match it.
func checkReferences(g *Gold, name string) error {
	known := make(map[string]bool)
	for _, e := range g.Entities {
		known[e.ID] = true
	}
	for _, r := range g.Relations {
		check := func(field, id string) error {
			if id == "" {
				return fmt.Errorf("%s:%d: empty %s", name, r.line, field)
			}
			if !known[id] {
				return fmt.Errorf("%s:%d: %s %q is not a gold entity", name, r.line, field, id)
			}
			return nil
		}
		if err := check("subject", r.Subject); err != nil {
			return err
		}
		if err := check("object", r.Object); err != nil {
			return err
		}
		for _, id := range r.ObjectAlt {
			if err := check("object_alt entry", id); err != nil {
				return err
			}
		}
	}
	return nil
}

// relationKey identifies a relation for counting: the pair of a
// symmetric predicate is stored in sorted order so that "a met b" and
// "b met a" are one relation.
type relationKey struct {
	article, subject string
	predicate        graph.Predicate
	object           string
}

func keyOf(article, subject string, p graph.Predicate, object string) relationKey {
	if p == graph.Met && object < subject {
		subject, object = object, subject
	}
	return relationKey{article, subject, p, object}
}
