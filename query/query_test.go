package query_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/graph/graphtest"
	"github.com/newskg/newskg/query"
)

func ids(rows []query.Row) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r.Subject+" "+r.Predicate+" "+r.Object)
	}
	return out
}

func TestRun(t *testing.T) {
	g := graphtest.Hostile()
	tests := []struct {
		name string
		f    query.Filter
		want string
		err  string
	}{
		{"all", query.Filter{}, "", ""},
		{"predicate", query.Filter{Predicates: []graph.Predicate{graph.Denied}},
			"ukraine denied kremlin-drone-attack,volodymyr-zelensky denied russia", ""},
		{"alias subject", query.Filter{Subject: "Zelenskyy", Predicates: []graph.Predicate{graph.Accused}},
			"volodymyr-zelensky accused russia", ""},
		{"surname subject", query.Filter{Subject: "Peskov"}, "dmitry-peskov accused node", ""},
		{"object", query.Filter{Object: "Kyiv", Predicates: []graph.Predicate{graph.Accused}},
			"russia accused ukraine,russia accused ukraine", ""},
		{"article", query.Filter{Article: "b-2"}, "russia accused ukraine", ""},
		{"since drops undated", query.Filter{Since: "2023-01-01", Subject: "Russia", Predicates: []graph.Predicate{graph.Accused}},
			"russia accused ukraine", ""},
		{"until before", query.Filter{Until: "2022-12-31"}, "", ""},
		{"min confidence", query.Filter{MinConfidence: 0.95}, "russia attacked ukraine,russia accused ukraine", ""},
		{"unknown name", query.Filter{Subject: "Nobody Atall"}, "", "no entity"},
		{"bad date", query.Filter{Since: "May 2023"}, "", "YYYY-MM-DD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := query.Run(g, tt.f)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tt.name == "all" {
				if len(rows) != 7 {
					t.Errorf("%d rows, want 7", len(rows))
				}
				return
			}
			if got := strings.Join(ids(rows), ","); got != tt.want {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestWriters(t *testing.T) {
	rows, _ := query.Run(graphtest.Hostile(), query.Filter{})
	var b bytes.Buffer
	if err := query.WriteJSONL(&b, rows); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != len(rows) {
		t.Fatalf("%d JSON lines for %d rows", len(lines), len(rows))
	}
	var r query.Row
	if err := json.Unmarshal([]byte(lines[0]), &r); err != nil || r != rows[0] {
		t.Errorf("JSON line does not read back: %v", err)
	}
	b.Reset()
	query.WriteCSV(&b, rows)
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil || len(recs) != len(rows)+1 {
		t.Errorf("CSV: %v, %d records", err, len(recs))
	}
	b.Reset()
	query.WriteTable(&b, rows, 80)
	for _, l := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		if strings.Contains(l, "\n") || len([]rune(l)) > 140 {
			t.Errorf("table line too long: %q", l)
		}
	}
}

func TestBlameLinksDenials(t *testing.T) {
	g := graph.New()
	text := "T\n\nRussia accused Ukraine of the attack on the Kremlin. Kyiv denied it. Dmitry Peskov is the Kremlin spokesman.\n"
	span := func(s string) (int, int) { i := strings.Index(text, s); return i, i + len(s) }
	claim := func(s string, p graph.Predicate, o, ev string) graph.Claim {
		a, b := span(ev)
		return graph.Claim{Subject: s, Predicate: p, Object: o, Article: "x", Evidence: ev, Start: a, End: b, Verb: "v", Confidence: 0.9}
	}
	err := g.Add(graph.Document{
		Article: graph.Article{ID: "x", Text: text},
		Entities: []graph.Entity{{ID: "russia", Type: graph.Country, Name: "Russia"}, {ID: "ukraine", Type: graph.Country, Name: "Ukraine"},
			{ID: "kremlin-attack", Type: graph.Event, Name: "Kremlin attack"}},
		Claims: []graph.Claim{
			claim("russia", graph.Accused, "ukraine", "Russia accused Ukraine of the attack on the Kremlin."),
			claim("ukraine", graph.Denied, "kremlin-attack", "Kyiv denied it."),
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	accs := query.Blame(g, 0)
	if len(accs) != 1 || accs[0].Count != 1 || len(accs[0].Denials) != 1 || accs[0].Denials[0].Evidence != "Kyiv denied it." {
		t.Errorf("blame = %+v", accs)
	}
	var b bytes.Buffer
	query.WriteBlame(&b, accs, 100)
	if !strings.Contains(b.String(), "Russia accused Ukraine: 1 claim(s)") || !strings.Contains(b.String(), "denied by Ukraine") {
		t.Errorf("blame text:\n%s", b.String())
	}
}

func TestLongNamesDoNotBreakTheLayout(t *testing.T) {
	long := strings.Repeat("very-long-article-id-", 8)
	rows := []query.Row{{SubjectName: strings.Repeat("Name ", 40), Predicate: "accused", ObjectName: "X", Article: long, Title: long, Evidence: "Evidence."}}
	var b bytes.Buffer
	if err := query.WriteTable(&b, rows, 20); err != nil {
		t.Fatal(err)
	}
	accs := []query.Accusation{{AccuserName: "A", AccusedName: "B", Count: 1, Articles: []string{long}, Evidence: rows,
		Denials: []query.Row{{SubjectName: strings.Repeat("Denier ", 30), Article: long, Evidence: "No."}}}}
	if err := query.WriteBlame(&b, accs, 20); err != nil {
		t.Fatal(err)
	}
}

func TestBlameMatchesTheIncident(t *testing.T) {
	g := graph.New()
	add := func(id, text string, ents []graph.Entity, claims [][4]string) {
		var cs []graph.Claim
		for _, c := range claims {
			i := strings.Index(text, c[3])
			cs = append(cs, graph.Claim{Subject: c[0], Predicate: graph.Predicate(c[1]), Object: c[2], Article: id,
				Evidence: c[3], Start: i, End: i + len(c[3]), Verb: "v", Confidence: 0.9})
		}
		var mentions []string
		for _, e := range ents {
			mentions = append(mentions, e.ID)
		}
		if err := g.Add(graph.Document{Article: graph.Article{ID: id, Text: text}, Entities: ents, Mentions: mentions, Claims: cs}); err != nil {
			t.Fatal(err)
		}
	}
	ru := graph.Entity{ID: "russia", Type: graph.Country, Name: "Russia"}
	ua := graph.Entity{ID: "ukraine", Type: graph.Country, Name: "Ukraine"}
	kremlin := graph.Entity{ID: "kremlin-attack", Type: graph.Event, Name: "Drone attack on the Kremlin"}
	bridge := graph.Entity{ID: "bridge-attack", Type: graph.Event, Name: "Attack on the Kerch Bridge"}
	add("a", "T\n\nRussia accused Ukraine of the drone attack on the Kremlin.\n", []graph.Entity{ru, ua, kremlin},
		[][4]string{{"russia", "accused", "ukraine", "Russia accused Ukraine of the drone attack on the Kremlin."}})
	add("b", "T\n\nUkraine denied the attack on the Kerch Bridge.\n", []graph.Entity{ua, bridge},
		[][4]string{{"ukraine", "denied", "bridge-attack", "Ukraine denied the attack on the Kerch Bridge."}})
	add("c", "T\n\nUkraine denied the Kremlin attack.\n", []graph.Entity{ua, kremlin},
		[][4]string{{"ukraine", "denied", "kremlin-attack", "Ukraine denied the Kremlin attack."}})
	accs := query.Blame(g, 0)
	if len(accs) != 1 || len(accs[0].Denials) != 1 || accs[0].Denials[0].Article != "c" {
		t.Errorf("denials = %+v; want only the one of the Kremlin attack", accs[0].Denials)
	}
}

func TestBlameStateBodiesSpeakForTheirState(t *testing.T) {
	g := graph.New()
	text := "T\n\nRussia accused Ukraine of the attack. The Ukrainian foreign ministry denied the accusation.\n"
	ev1, ev2 := "Russia accused Ukraine of the attack.", "The Ukrainian foreign ministry denied the accusation."
	i1, i2 := strings.Index(text, ev1), strings.Index(text, ev2)
	err := g.Add(graph.Document{
		Article: graph.Article{ID: "x", Text: text},
		Entities: []graph.Entity{{ID: "russia", Type: graph.Country, Name: "Russia"},
			{ID: "ukraine", Type: graph.Country, Name: "Ukraine", Aliases: []string{"Ukrainian"}},
			{ID: "ukrainian-foreign-ministry", Type: graph.Organization, Name: "Ukrainian foreign ministry"}},
		Claims: []graph.Claim{
			{Subject: "russia", Predicate: graph.Accused, Object: "ukraine", Article: "x", Evidence: ev1, Start: i1, End: i1 + len(ev1), Verb: "accused", Confidence: 0.9},
			{Subject: "ukrainian-foreign-ministry", Predicate: graph.Denied, Object: "russia", Article: "x", Evidence: ev2, Start: i2, End: i2 + len(ev2), Verb: "denied", Confidence: 0.9},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if accs := query.Blame(g, 0); len(accs) != 1 || len(accs[0].Denials) != 1 {
		t.Errorf("blame = %+v; want the ministry's denial under Russia's accusation", accs)
	}
}
