package eval_test

import (
	"strings"
	"testing"

	"github.com/newskg/newskg/eval"
	"github.com/newskg/newskg/graph"
)

// text is article a1 of testdata/small; a2 is annotated there but never
// in the test graphs.
const text = "Russia accused Ukraine of staging the drone attack. Mr Zelensky denied the attack. " +
	"Putin met Zelensky in Minsk. The US supplied weapons to Ukraine. Kyiv blamed Moscow. NATO criticised Russia."

// nodes are the entities a test graph may use, keyed by ID. Several are
// the same gold entity under another label.
var nodes = map[string]graph.Entity{
	"russia":             {ID: "russia", Type: graph.Country, Name: "Russia"},
	"moscow":             {ID: "moscow", Type: graph.Place, Name: "Moscow"},
	"ukraine":            {ID: "ukraine", Type: graph.Country, Name: "Ukraine"},
	"kyiv":               {ID: "kyiv", Type: graph.Place, Name: "Kyiv"},
	"zelensky":           {ID: "zelensky", Type: graph.Person, Name: "Mr. Zelensky"},
	"volodymyr-zelensky": {ID: "volodymyr-zelensky", Type: graph.Person, Name: "Volodymyr Zelensky"},
	"putin":              {ID: "putin", Type: graph.Person, Name: "Putin’s"},
	"vladimir-putin":     {ID: "vladimir-putin", Type: graph.Person, Name: "Vladimir Putin"},
	"kremlin-strike":     {ID: "kremlin-strike", Type: graph.Event, Name: "Kremlin strike"},
	"weapons":            {ID: "weapons", Type: graph.Organization, Name: "weapons"},
	"us":                 {ID: "us", Type: graph.Country, Name: "U.S."},
	"nato":               {ID: "nato", Type: graph.Organization, Name: "NATO"},
	"minsk":              {ID: "minsk", Type: graph.Place, Name: "Minsk"},
}

// claim is a predicted claim; its evidence is the first sentence of text
// that contains ev, or the whole text when ev is empty.
type claim struct {
	s string
	p graph.Predicate
	o string
	// ev picks the evidence, so that the same triple can be claimed at
	// two places.
	ev string
}

// build returns a graph holding article a1 with the given mentions and
// claims, plus an article the gold does not annotate.
func build(t *testing.T, mentions []string, claims ...claim) *graph.Graph {
	t.Helper()
	doc := graph.Document{Article: graph.Article{ID: "a1", Text: text}, Mentions: mentions}
	used := make(map[string]bool)
	for _, id := range mentions {
		used[id] = true
	}
	for _, c := range claims {
		start, end := 0, len(text)
		if c.ev != "" {
			start = strings.Index(text, c.ev)
			if start < 0 {
				t.Fatalf("evidence %q not in text", c.ev)
			}
			end = start + len(c.ev)
		}
		doc.Claims = append(doc.Claims, graph.Claim{Subject: c.s, Predicate: c.p, Object: c.o, Article: "a1",
			Evidence: text[start:end], Start: start, End: end, Confidence: 1})
		used[c.s], used[c.o] = true, true
	}
	for id := range used {
		e, ok := nodes[id]
		if !ok {
			t.Fatalf("no test node %q", id)
		}
		doc.Entities = append(doc.Entities, e)
	}
	g := graph.New()
	if err := g.Add(doc); err != nil {
		t.Fatal(err)
	}
	// Claims about articles outside the gold must not count.
	other := "Russia accused Ukraine."
	if err := g.Add(graph.Document{
		Article:  graph.Article{ID: "unannotated", Text: other},
		Entities: []graph.Entity{nodes["russia"], nodes["ukraine"]},
		Claims: []graph.Claim{{Subject: "russia", Predicate: graph.Accused, Object: "ukraine", Article: "unannotated",
			Evidence: other, End: len(other)}},
	}); err != nil {
		t.Fatal(err)
	}
	return g
}

func loadSmall(t *testing.T) *eval.Gold {
	t.Helper()
	gold, err := eval.LoadGold("testdata/small")
	if err != nil {
		t.Fatal(err)
	}
	return gold
}

// goldRelations is the number of gold relations in testdata/small; the
// criticized one of a2 can never be found since a2 is not in the graphs.
const goldRelations = 7

func TestScoreRelations(t *testing.T) {
	gold := loadSmall(t)
	tests := []struct {
		name   string
		claims []claim
		p      graph.Predicate // the predicate whose counts are checked
		tp, fp int
	}{
		{"exact", []claim{{"russia", graph.Accused, "ukraine", ""}}, graph.Accused, 1, 0},
		{"wrong object", []claim{{"ukraine", graph.Accused, "ukraine", ""}}, graph.Accused, 0, 1},
		{"wrong predicate", []claim{{"russia", graph.Threatened, "ukraine", ""}}, graph.Threatened, 0, 1},
		// The gold says "Kyiv blamed Moscow" as "ukraine blamed russia".
		{"alias labels and blamed as accused", []claim{{"kyiv", graph.Accused, "moscow", ""}}, graph.Accused, 1, 0},
		{"Mr and possessive", []claim{{"putin", graph.Met, "zelensky", ""}}, graph.Met, 1, 0},
		{"canonical name", []claim{{"us", graph.Supplied, "ukraine", ""}}, graph.Supplied, 1, 0},
		{"object_event", []claim{{"volodymyr-zelensky", graph.Denied, "kremlin-strike", ""}}, graph.Denied, 1, 0},
		{"object_event wants an Event", []claim{{"volodymyr-zelensky", graph.Denied, "weapons", ""}}, graph.Denied, 0, 1},
		{"object_alt", []claim{{"zelensky", graph.Denied, "moscow", ""}}, graph.Denied, 1, 0},
		{"met either direction", []claim{{"zelensky", graph.Met, "vladimir-putin", ""}}, graph.Met, 1, 0},
		{"met both directions count once", []claim{
			{"vladimir-putin", graph.Met, "volodymyr-zelensky", "Putin met"},
			{"volodymyr-zelensky", graph.Met, "vladimir-putin", "Zelensky in Minsk"},
		}, graph.Met, 1, 0},
		{"reversed only for met", []claim{{"ukraine", graph.Supplied, "us", ""}}, graph.Supplied, 0, 1},
		{"dedupe", []claim{
			{"russia", graph.Accused, "ukraine", "Russia accused Ukraine"},
			{"russia", graph.Accused, "ukraine", "Kyiv blamed Moscow."},
		}, graph.Accused, 1, 0},
		// Both claims match gold russia-accused-ukraine; the second has
		// nothing left to match and no other gold relation fits.
		{"one to one", []claim{
			{"russia", graph.Accused, "ukraine", "Kyiv blamed"},
			{"moscow", graph.Accused, "ukraine", "Russia accused"},
		}, graph.Accused, 1, 1},
		// nato is annotated in a2 only; its a2 mentions still apply.
		{"gold entity from another article", []claim{{"nato", graph.Criticized, "russia", ""}}, graph.Criticized, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := eval.Score(build(t, nil, tt.claims...), gold)
			got := r.ByPredicate[tt.p]
			if got.TP != tt.tp || got.FP != tt.fp {
				t.Errorf("%s: TP, FP = %d, %d; want %d, %d", tt.p, got.TP, got.FP, tt.tp, tt.fp)
			}
			all := r.Relations.Overall
			if all.TP != tt.tp || all.FP != tt.fp || all.FN != goldRelations-tt.tp {
				t.Errorf("overall: TP, FP, FN = %d, %d, %d; want %d, %d, %d", all.TP, all.FP, all.FN, tt.tp, tt.fp, goldRelations-tt.tp)
			}
			if len(r.Relations.FalsePositives) != all.FP || len(r.Relations.Misses) != all.FN {
				t.Errorf("lists hold %d false positives and %d misses; counts say %d and %d",
					len(r.Relations.FalsePositives), len(r.Relations.Misses), all.FP, all.FN)
			}
		})
	}
}

func TestScoreByPredicate(t *testing.T) {
	g := build(t, nil,
		claim{"moscow", graph.Accused, "ukraine", "Russia accused"},
		claim{"kyiv", graph.Accused, "moscow", "Kyiv blamed"},
		claim{"russia", graph.Accused, "ukraine", "Kyiv blamed"},
		claim{"putin", graph.Met, "volodymyr-zelensky", "Putin met"},
		claim{"zelensky", graph.Denied, "weapons", "Mr Zelensky"},
		claim{"volodymyr-zelensky", graph.Denied, "kremlin-strike", "Mr Zelensky"},
		claim{"us", graph.Supplied, "ukraine", "The US"},
		claim{"russia", graph.Threatened, "ukraine", "Russia accused"},
		claim{"nato", graph.Criticized, "russia", "NATO"},
	)
	r := eval.Score(g, loadSmall(t))
	want := map[graph.Predicate][3]int{ // TP, FP, FN
		graph.Accused:    {2, 1, 0},
		graph.Denied:     {1, 1, 0},
		graph.Threatened: {0, 1, 0},
		graph.Met:        {1, 0, 0},
		graph.Criticized: {1, 0, 1},
		graph.Supplied:   {1, 0, 0},
	}
	for _, p := range graph.Predicates {
		s, ok := r.ByPredicate[p]
		if !ok {
			t.Errorf("ByPredicate has no %s", p)
		}
		if got := [3]int{s.TP, s.FP, s.FN}; got != want[p] {
			t.Errorf("%s: TP, FP, FN = %v; want %v", p, got, want[p])
		}
	}
	o := r.Relations.Overall
	if o.TP != 6 || o.FP != 3 || o.FN != 1 {
		t.Fatalf("overall TP, FP, FN = %d, %d, %d; want 6, 3, 1", o.TP, o.FP, o.FN)
	}
	if !near(o.Precision, 6.0/9) || !near(o.Recall, 6.0/7) || !near(o.F1, 0.75) {
		t.Errorf("overall P, R, F1 = %v, %v, %v; want 2/3, 6/7, 0.75", o.Precision, o.Recall, o.F1)
	}
	// The claim with the gold IDs is the hit, whatever the claim order.
	for _, c := range r.Relations.FalsePositives {
		if c.Subject == "russia" && c.Predicate == graph.Accused {
			t.Errorf("russia accused ukraine reported as false positive; want moscow accused ukraine")
		}
	}
}

func TestScoreEntities(t *testing.T) {
	// "Putin’s" and "Vladimir Putin" both name gold vladimir-putin, and
	// "Moscow" and "Russia" both name gold russia: one hit each.
	mentions := []string{"moscow", "nato", "putin", "russia", "ukraine", "vladimir-putin", "zelensky"}
	r := eval.Score(build(t, mentions), loadSmall(t))
	e := r.Entities
	if e.TP != 4 || e.FP != 3 || e.FN != 5 {
		t.Errorf("TP, FP, FN = %d, %d, %d; want 4, 3, 5", e.TP, e.FP, e.FN)
	}
	var fps, misses []string
	for _, p := range e.FalsePositives {
		fps = append(fps, p.Article+"/"+p.ID)
	}
	for _, m := range e.Misses {
		misses = append(misses, m.Article+"/"+m.ID)
	}
	// The nodes whose IDs are the gold IDs are the hits.
	if got, want := strings.Join(fps, " "), "a1/moscow a1/nato a1/putin"; got != want {
		t.Errorf("false positives = %s; want %s", got, want)
	}
	if got, want := strings.Join(misses, " "), "a1/drone-attack a1/minsk a1/united-states a2/nato a2/russia"; got != want {
		t.Errorf("misses = %s; want %s", got, want)
	}
	if !near(e.Precision, 4.0/7) || !near(e.Recall, 4.0/9) {
		t.Errorf("P, R = %v, %v; want 4/7, 4/9", e.Precision, e.Recall)
	}
}

func TestScoreMissingArticle(t *testing.T) {
	r := eval.Score(build(t, nil), loadSmall(t))
	if got := strings.Join(r.Articles, " "); got != "a1" {
		t.Errorf("Articles = %s; want a1", got)
	}
	if got := strings.Join(r.MissingArticles, " "); got != "a2" {
		t.Errorf("MissingArticles = %s; want a2", got)
	}
	// The graph's other article holds a claim but is not in the gold.
	if r.Relations.Overall.FP != 0 || r.Relations.Overall.FN != goldRelations {
		t.Errorf("relations FP, FN = %d, %d; want 0, %d", r.Relations.Overall.FP, r.Relations.Overall.FN, goldRelations)
	}
}

func TestScoreEmpty(t *testing.T) {
	r := eval.Score(graph.New(), &eval.Gold{})
	if r.Entities.TP+r.Entities.FP+r.Entities.FN != 0 || r.Relations.Overall.F1 != 0 {
		t.Errorf("empty gold scored %+v, %+v", r.Entities.Metrics, r.Relations.Overall)
	}
	if len(r.ByPredicate) != len(graph.Predicates) {
		t.Errorf("ByPredicate has %d entries; want %d", len(r.ByPredicate), len(graph.Predicates))
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }
