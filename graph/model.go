// Package graph is the domain model of newskg: entities, the articles that
// mention them and the claims that link them, each claim tied to the sentence
// that supports it.
//
// The package knows nothing of how entities are extracted or how a graph is
// written to disk; the extract and export packages depend on it, never the
// reverse.
package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// EntityType is the schema.org class of an entity.
type EntityType string

// The entity types newskg knows. Their names are schema.org class names.
const (
	Person       EntityType = "Person"
	Organization EntityType = "Organization"
	Country      EntityType = "Country"
	Place        EntityType = "Place"
	Event        EntityType = "Event"
)

// EntityTypes lists every entity type in a fixed order, for legends and
// validation.
var EntityTypes = []EntityType{Person, Organization, Country, Place, Event}

// Valid reports whether t is one of the known entity types.
func (t EntityType) Valid() bool {
	for _, k := range EntityTypes {
		if t == k {
			return true
		}
	}
	return false
}

// Entity is one real-world thing, one node for the whole corpus however
// many spellings the articles use for it.
type Entity struct {
	// ID is the slug of the canonical name; it is stable across runs
	// and across articles.
	ID   string
	Type EntityType
	// Name is the canonical name.
	Name string
	// Aliases holds every surface form seen for the entity, sorted and
	// without duplicates.
	Aliases []string
	// SameAs holds IRIs of the same entity elsewhere, such as Wikidata.
	SameAs []string
}

// Article is one news article: the source of every claim made in it.
type Article struct {
	// ID is the file name without its extension.
	ID string
	// Title is the first non-empty line of the text.
	Title string
	// Date is the publication date as YYYY-MM-DD, or empty when unknown.
	Date string
	// Source is the outlet or URL, or empty when unknown.
	Source string
	// Text is the full text; claim offsets index into it.
	Text string
}

// Predicate is a relation type from newskg's closed vocabulary.
type Predicate string

// The predicates of the closed vocabulary (see docs/extraction.md).
const (
	Accused        Predicate = "accused"
	Denied         Predicate = "denied"
	Threatened     Predicate = "threatened"
	Attacked       Predicate = "attacked"
	Met            Predicate = "met"
	Criticized     Predicate = "criticized"
	Supplied       Predicate = "supplied"
	Investigates   Predicate = "investigates"
	AffiliatedWith Predicate = "affiliated_with"
)

// Predicates lists the vocabulary in a fixed order.
var Predicates = []Predicate{Accused, Denied, Threatened, Attacked, Met, Criticized, Supplied, Investigates, AffiliatedWith}

// cameoRoots holds each predicate's CAMEO root code; affiliated_with has
// no CAMEO equivalent.
var cameoRoots = map[Predicate]string{
	Accused:      "112",
	Denied:       "016",
	Threatened:   "130",
	Attacked:     "190",
	Met:          "040",
	Criticized:   "111",
	Supplied:     "070",
	Investigates: "090",
}

// ParsePredicate maps a predicate name or one of its surface synonyms
// ("blamed" for accused) to the vocabulary.
func ParsePredicate(s string) (Predicate, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch s {
	case "blamed", "blame":
		return Accused, nil
	case "criticised":
		return Criticized, nil
	}
	for _, p := range Predicates {
		if string(p) == s {
			return p, nil
		}
	}
	return "", fmt.Errorf("unknown predicate %q (want one of %s)", s, joinPredicates())
}

func joinPredicates() string {
	var b strings.Builder
	for i, p := range Predicates {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(string(p))
	}
	return b.String()
}

// CAMEO returns the predicate's CAMEO root code, or "" when it has none.
func (p Predicate) CAMEO() string { return cameoRoots[p] }

// Valid reports whether p belongs to the vocabulary.
func (p Predicate) Valid() bool { return slices.Contains(Predicates, p) }

// Claim is one statement that an article makes or reports: subject,
// predicate, object, and the sentence that supports it.
type Claim struct {
	Subject   string // entity ID
	Predicate Predicate
	Object    string // entity ID
	Article   string // article ID
	// Evidence is the supporting sentence, exactly Text[Start:End] of the
	// article.
	Evidence   string
	Start, End int
	// Verb is the surface form that triggered the claim ("blamed").
	Verb string
	// CAMEO is the event code, such as "112".
	CAMEO string
	// Confidence lies in [0, 1]; explicit verbs score higher than
	// reported speech, reported speech higher than pronoun subjects.
	Confidence float64
}

// ID returns an identifier that depends only on what the claim says and
// where, so that it is stable across runs and machines.
func (c Claim) ID() string {
	// The fields, each ended by a zero byte, hashed at once from an
	// array on the stack: a build asks the IDs of its claims several
	// times over, and a hash.Hash and each field written to it were
	// allocations of their own.
	var a [256]byte
	b := a[:0]
	for _, s := range [...]string{c.Article, c.Subject, string(c.Predicate), c.Object} {
		b = append(append(b, s...), 0)
	}
	b = append(strconv.AppendInt(b, int64(c.Start), 10), 0)
	b = append(strconv.AppendInt(b, int64(c.End), 10), 0)
	sum := sha256.Sum256(b)
	var id [16]byte
	hex.Encode(id[:], sum[:8])
	return string(id[:])
}

// Slug turns a name into an entity ID: lowercase ASCII letters and digits
// joined by hyphens, with diacritics removed ("Volodymyr Zelenskyy" →
// "volodymyr-zelenskyy", "Kraków" → "krakow"). Letters without an ASCII
// form (Cyrillic, Greek) are kept as they are.
func Slug(name string) string {
	if s, ok := slugASCII(name); ok {
		return s
	}
	var b strings.Builder
	b.Grow(len(name)) // one allocation rather than one at each doubling
	dash := false
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '’' || r == '\'':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			dash = true
		}
	}
	return b.String()
}

// slugASCII is Slug of a name of ASCII alone, as most are, read a byte
// at a time; ok is false for any other name. NFD leaves ASCII as it is
// and no ASCII character is a mark: the letters and digits are the ASCII
// ones, and the apostrophe the straight one. Slug decoded, normalised
// and classified each rune of the many names an extraction makes IDs
// of.
func slugASCII(name string) (slug string, ok bool) {
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf {
			return "", false
		}
	}
	var b strings.Builder
	b.Grow(len(name))
	dash := false
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c == '\'':
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		default:
			dash = true
		}
	}
	return b.String(), true
}
