package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/newskg/newskg/extract"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/ingest"
)

func newExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	x, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// triples lists a document's claims as "subject predicate object".
func triples(d graph.Document) []string {
	var out []string
	for _, c := range d.Claims {
		out = append(out, fmt.Sprintf("%s %s %s", c.Subject, c.Predicate, c.Object))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// checkHas reports each of want that got lacks and each of not that got
// holds, for the text the lists were read from.
func checkHas(t *testing.T, text string, got, want, not []string) {
	t.Helper()
	if len(got) > 0 {
		// An entry of another shape than what is got ("tom-reed denied"
		// among triples) could never match: the check would be empty.
		n := len(strings.Fields(got[0]))
		for _, w := range append(slices.Clone(want), not...) {
			if len(strings.Fields(w)) != n {
				t.Errorf("%q: %q has not the shape of %q and could never match", text, w, got[0])
			}
		}
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%q: missing %q; got %q", text, w, got)
		}
	}
	for _, n := range not {
		if slices.Contains(got, n) {
			t.Errorf("%q: unwanted %q", text, n)
		}
	}
}

// TestRelations checks the kinds of statement the extractor must read,
// on sentences written for the test (none is taken from the seeds).
func TestRelations(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"active with coordination", "Israel accused Iran and Hezbollah of plotting the bombing.",
			[]string{"israel accused iran", "israel accused hezbollah"}, nil},
		{"blamed is accused", "Poland blamed Belarus for the border crisis.",
			[]string{"poland accused belarus"}, nil},
		{"passive", "Germany was accused by Hungary of blocking the deal.",
			[]string{"hungary accused germany"}, []string{"germany accused hungary"}},
		{"capital as speaker", "Beijing accused Washington of meddling in the region.",
			[]string{"china accused united-states"}, nil},
		{"reported claim is no fact", "Moscow said Kyiv tried to strike the Kremlin with drones.",
			[]string{"russia accused ukraine"}, []string{"ukraine attacked kremlin"}},
		{"negation is denial", "Moscow accused Kyiv of attacking the Kremlin with drones. Dmytro Kuleba, Ukraine's foreign minister, said: “We do not attack Moscow.”",
			[]string{"dmytro-kuleba denied russia"}, []string{"ukraine attacked russia", "ukraine attacked moscow", "dmytro-kuleba attacked moscow"}},
		{"fact attack", "Russia attacked Kharkiv overnight, killing four people.",
			[]string{"russia attacked kharkiv"}, nil},
		{"launched attacks", "Israel launched air strikes on Gaza on Sunday.",
			[]string{"israel attacked gaza-strip"}, nil},
		{"denial", "The Kremlin accused Ukraine of the drone attack on the Kremlin. Ukraine denied any involvement.",
			[]string{"kremlin accused ukraine", "ukraine denied kremlin-attack"}, nil},
		{"threat", "North Korea threatened South Korea with nuclear retaliation.",
			[]string{"north-korea threatened south-korea"}, nil},
		{"met", "Emmanuel Macron met Olaf Scholz in Berlin on Tuesday.",
			[]string{"emmanuel-macron met olaf-scholz"}, nil},
		{"criticized", "Amnesty International condemned Iran over the executions.",
			[]string{"amnesty-international criticized iran"}, nil},
		{"supplied", "Germany sent tanks to Ukraine last year.",
			[]string{"germany supplied ukraine"}, nil},
		{"investigates", "The International Criminal Court is investigating Israel over the war.",
			[]string{"international-criminal-court investigates israel"}, nil},
		{"title before name", "Kremlin spokesman Dmitry Peskov said the talks had failed.",
			[]string{"dmitry-peskov affiliated_with kremlin"}, nil},
		{"apposition role", "Jane Okafor, a spokeswoman for the Nigerian Senate Committee, spoke on Monday.",
			[]string{"jane-okafor affiliated_with nigerian-senate-committee"}, nil},
		{"quote then speaker", "“Russia staged this provocation,” said Ukrainian official Olena Kovalenko.",
			[]string{"olena-kovalenko accused russia"}, nil},
		{"speaker then quote", "Yevhen Marchuk said: “Russia is behind the sabotage.”",
			[]string{"yevhen-marchuk accused russia"}, nil},
		{"unnamed speaker gives nothing", "Some commentators think the strike was staged by Russia.",
			nil, []string{"russia accused russia"}},
		{"surname resolves", "Keir Starmer criticised Rishi Sunak. Later Starmer accused Sunak of hiding the report.",
			[]string{"keir-starmer accused rishi-sunak"}, nil},
		{"blamed on", "China blamed the rising tensions on the United States.",
			[]string{"china accused united-states"}, nil},
		{"nominal accusation and passive denial", "Accusations by Moscow against Kyiv were dismissed by the Ukrainian foreign ministry as absurd.",
			[]string{"russia accused ukraine", "ukrainian-foreign-ministry denied russia"}, nil},
		{"state body and coordinated verbs", "Taiwan's foreign ministry rejected the claims and said Beijing was responsible for the drills.",
			[]string{"taiwanese-foreign-ministry accused china"}, nil},
		{"denied is no fact", "The United Arab Emirates has denied supplying weapons to the Rapid Support Forces.",
			nil, []string{"united-arab-emirates supplied rapid-support-forces"}},
		{"demonym adjective", "Michael Johnson accused British sprinters of lacking pride.",
			nil, []string{"michael-johnson accused united-kingdom"}},
		{"possessed is no meeting", "Wayne Rooney met Gary Neville's cross at the near post.",
			nil, []string{"wayne-rooney met gary-neville"}},
		{"country's capital", "Russia launched missile strikes on Ukraine's capital overnight.",
			[]string{"russia attacked kyiv"}, nil},
		{"state's forces", "Sudan's army accused the paramilitary Rapid Support Forces of shelling Omdurman.",
			[]string{"sudanese-military accused rapid-support-forces"}, nil},
		{"said on a day that", "Dmitry Peskov said on Thursday that Ukraine was behind the sabotage.",
			[]string{"dmitry-peskov accused ukraine"}, nil},
		{"said after is narration", "“Our defences held,” Serhiy Popko said after Russia attacked the city overnight.",
			nil, []string{"serhiy-popko accused russia"}},
		{"reported strike is an accusation", "Nikol Pashinyan said Azerbaijani troops had launched attacks on the town of Jermuk.",
			[]string{"nikol-pashinyan accused azerbaijani-military"}, []string{"azerbaijani-military attacked jermuk"}},
		{"reported bombing", "Hamas said Israel had bombed a hospital in Gaza City.",
			[]string{"hamas accused israel"}, []string{"israel attacked gaza-city"}},
		{"struck a deal is no strike", "Lithuanian officials said Poland had struck a deal with Ukraine.",
			nil, []string{"lithuania accused poland"}},
		{"a charge rejected", "Azerbaijan accused Armenia of shelling its posts, a charge Yerevan rejected as disinformation.",
			[]string{"azerbaijan accused armenia", "armenia denied azerbaijan"}, nil},
		{"the city of", "Russia shelled the northern city of Kharkiv overnight.",
			[]string{"russia attacked kharkiv"}, nil},
		{"attacked the way", "Tony Blair attacked the way the Iraq war was reported.",
			nil, []string{"tony-blair criticized iraq", "tony-blair attacked iraq"}},
		{"warning of consequences", "Iran warned Israel of severe consequences if the bombardment continued.",
			[]string{"iran threatened israel"}, nil},
		{"a campaign speaks for its candidate", "Donald Trump accused Kamala Harris of lying. The Harris campaign dismissed the attacks as desperate lies.",
			[]string{"kamala-harris denied donald-trump"}, nil},
		{"who heads", "Kristalina Georgieva, who heads the International Monetary Fund, spoke on Monday.",
			[]string{"kristalina-georgieva affiliated_with international-monetary-fund"}, nil},
		{"under investigation", "Boeing is under investigation by the Federal Aviation Administration.",
			[]string{"federal-aviation-administration investigates boeing"}, nil},
		{"took aim at", "Emmanuel Macron took aim at Viktor Orban over the veto.",
			[]string{"emmanuel-macron criticized viktor-orban"}, nil},
		{"coordinated subjects", "Britain and France condemned Russia over the attack.",
			[]string{"united-kingdom criticized russia", "france criticized russia"}, nil},
		{"a body's spokesman", "The Kremlin's spokesman accused Poland of lying.",
			[]string{"kremlin accused poland"}, nil},
		{"plural meeting", "Joe Biden and Xi Jinping met in Bali on Monday.",
			[]string{"joe-biden met xi-jinping"}, nil},
		{"received from", "Ukraine received tanks from Germany in January.",
			[]string{"germany supplied ukraine"}, nil},
		{"investigation into", "The FBI opened an investigation into Donald Trump.",
			[]string{"federal-bureau-of-investigation investigates donald-trump"}, nil},
		{"leader's administration", "The Biden administration accused Iran of arming the Houthis.",
			[]string{"united-states accused iran"}, nil},
	}
	x := newExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := x.Extract(graph.Article{ID: "t", Title: "Test", Text: "Test headline\n\n" + tt.text + "\n"})
			checkHas(t, tt.text, triples(d), tt.want, tt.not)
		})
	}
}

// TestSameSurnameDoesNotMerge: two people who share a surname stay two
// nodes, within an article and across articles.
func TestSameSurnameDoesNotMerge(t *testing.T) {
	x := newExtractor(t)
	g := graph.New()
	for i, text := range []string{
		"Brothers\n\nAnna Kowalska met Piotr Kowalski. Maria Kowalska said the meeting went well.\n",
		"Other\n\nJan Nowak accused Adam Nowak of fraud, the court heard.\n",
		"Third\n\nMr Brown accused the Conservatives of lying.\n",
		"Fourth\n\nMr Brown accused Russia of lying.\n",
	} {
		if err := g.Add(x.Extract(graph.Article{ID: fmt.Sprint("a", i), Text: text})); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range []string{"anna-kowalska", "maria-kowalska", "jan-nowak", "adam-nowak"} {
		if _, ok := g.Entity(id); !ok {
			t.Errorf("entity %s missing", id)
		}
	}
	if _, ok := g.Entity("nowak"); ok {
		t.Error("a bare surname became a node")
	}
	// "Mr Brown" in two articles may be two people: two nodes.
	browns := 0
	for _, e := range g.Entities() {
		if e.Name == "Brown" {
			browns++
		}
	}
	if browns != 2 {
		t.Errorf("%d nodes named Brown, want one per article", browns)
	}
}

// TestBoilerplateGivesNothing: navigation, teasers and lists of headlines
// produce neither entities nor claims.
func TestBoilerplateGivesNothing(t *testing.T) {
	text := "Story title\n\nThe minister resigned on Monday.\n\nDon’t miss…\nBiden blasts Putin over prisoner swap[VIDEO]\n\n" +
		"Read more: Trump accuses Macron of lying\n\nMore Latest News\n\nSee more Latest News\n\nBoris Johnson slams Labour\n\n" +
		"Nicola Sturgeon meets Joe Biden\n\nMacron attacks Orban over veto\n\nSunak criticises Starmer\n\n" +
		"Source: Read Full Article\n\nJohn Smith is a journalist at Daily Planet, where he writes on politics.\n"
	d := newExtractor(t).Extract(graph.Article{ID: "b", Text: text})
	if len(d.Claims) > 0 || len(d.Entities) > 0 {
		t.Errorf("boilerplate gave %d claims %q and entities %v", len(d.Claims), triples(d), d.Mentions)
	}
}

// TestStoryTextKept: paragraphs that merely look like furniture stay.
func TestEventName(t *testing.T) {
	d := newExtractor(t).Extract(graph.Article{ID: "e", Text: "T\n\nMoscow said Kyiv attacked the Kremlin with drones. Ukraine denied the attack.\n"})
	for _, e := range d.Entities {
		if e.Type == graph.Event && e.Name != "Drone attack on the Kremlin" {
			t.Errorf("event named %q", e.Name)
		}
	}
	if !slices.Contains(triples(d), "ukraine denied kremlin-attack") {
		t.Errorf("got %q", triples(d))
	}
}

func TestStoryTextKept(t *testing.T) {
	x := newExtractor(t)
	long := "By contrast, Russia accused Ukraine of shelling the Zaporizhzhia nuclear plant, a charge that officials in Kyiv rejected at once and in the strongest terms on Sunday."
	var live strings.Builder
	live.WriteString("Live: the war\n\n")
	for i := 0; i < 7; i++ {
		fmt.Fprintf(&live, "Update %d\n\nPoland accused Belarus of pushing migrants over the border.\n\n", i)
	}
	for _, text := range []string{"Title\n\n" + long + "\n", live.String()} {
		d := x.Extract(graph.Article{ID: "k", Text: text})
		if len(d.Claims) == 0 {
			t.Errorf("no claims from %q", text[:40])
		}
	}
}

func TestDatelineIsNoMention(t *testing.T) {
	d := newExtractor(t).Extract(graph.Article{ID: "w", Text: "T\n\nBAKU, Sept 12 (Reuters) - Azerbaijan accused Armenia of shelling its posts.\n"})
	for _, id := range d.Mentions {
		if id == "baku" || id == "reuters" {
			t.Errorf("dateline gave mention %s", id)
		}
	}
	if !slices.Contains(triples(d), "azerbaijan accused armenia") {
		t.Errorf("got %q", triples(d))
	}
}

func TestEvidenceOffsets(t *testing.T) {
	text := "Title\n\nMoscow accused Kyiv of shelling Donetsk. “We deny it,” said Ukraine’s president Volodymyr Zelensky.\r\n"
	d := newExtractor(t).Extract(graph.Article{ID: "o", Text: text})
	if len(d.Claims) == 0 {
		t.Fatal("no claims")
	}
	for _, c := range d.Claims {
		if text[c.Start:c.End] != c.Evidence || c.CAMEO != c.Predicate.CAMEO() || c.Confidence <= 0 || c.Confidence > 1 {
			t.Errorf("bad claim %+v", c)
		}
	}
}

func TestConfidenceFollowsEvidence(t *testing.T) {
	x := newExtractor(t)
	d := x.Extract(graph.Article{ID: "c", Text: "T\n\nPoland accused Belarus of staging the crisis. Marek Zielinski said Belarus was behind the crisis. He later said Belarus staged it again.\n"})
	conf := map[string]float64{}
	for _, c := range d.Claims {
		if c.Predicate == graph.Accused {
			conf[c.Subject] = max(conf[c.Subject], c.Confidence)
		}
	}
	if !(conf["poland"] > conf["marek-zielinski"] && conf["marek-zielinski"] > 0) {
		t.Errorf("explicit verb should outrank reported speech: %v", conf)
	}
}

func TestSentences(t *testing.T) {
	text := "Headline without stop\n\nMr. Smith met Dr. Jones in the U.S. on Monday. He said “No.” Then he left! “Why?” he asked.\nA second paragraph ends here.\n"
	var got []string
	for _, s := range extract.Sentences(text) {
		if text[s.Start:s.End] != s.Text {
			t.Errorf("offsets of %q are wrong", s.Text)
		}
		got = append(got, s.Text)
	}
	want := []string{"Headline without stop", "Mr. Smith met Dr. Jones in the U.S. on Monday.", "He said “No.”", "Then he left!", "“Why?” he asked.", "A second paragraph ends here."}
	if !slices.Equal(got, want) {
		t.Errorf("sentences:\n%q\nwant\n%q", got, want)
	}
}

func TestUserGazetteer(t *testing.T) {
	path := t.TempDir() + "/g.tsv"
	if err := writeFile(path, "Person\tZara Quill\tQuill\t\t\t\t\nOrganization\tBlue Lantern Front\tBLF\t\t\t\t\n"); err != nil {
		t.Fatal(err)
	}
	x, err := extract.New(extract.WithGazetteer(path))
	if err != nil {
		t.Fatal(err)
	}
	d := x.Extract(graph.Article{ID: "u", Text: "T\n\nQuill accused the BLF of the bombing.\n"})
	if got := triples(d); !slices.Contains(got, "zara-quill accused blue-lantern-front") {
		t.Errorf("got %q", got)
	}
	// A user's file overrides a built-in reading and a built-in type.
	over := t.TempDir() + "/o.tsv"
	if err := writeFile(over, "Person\tJordan Quill\tJordan\t\t\t\t\nPlace\tKremlin\t\t\t\t\t\n"); err != nil {
		t.Fatal(err)
	}
	x, err = extract.New(extract.WithGazetteer(over))
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Warnings()) == 0 {
		t.Error("no warning for a form taken over")
	}
	d = x.Extract(graph.Article{ID: "o", Text: "T\n\nJordan accused Syria of the attack. The Kremlin is closed.\n"})
	if got := triples(d); !slices.Contains(got, "jordan-quill accused syria") {
		t.Errorf("got %q", got)
	}
	for _, e := range d.Entities {
		if e.ID == "kremlin" && e.Type != graph.Place {
			t.Errorf("Kremlin typed %s, want the user's Place", e.Type)
		}
	}
	if _, err := extract.New(extract.WithGazetteer(t.TempDir() + "/missing.tsv")); err == nil {
		t.Error("missing gazetteer file gave no error")
	}
}

// TestTruncatedArticles reads the seeds and the general set cut off at
// many places, as a feed or a broken file cuts them: the rules that look
// ahead to a word the sentence no longer has must not fail. A long last
// line with no stop is still story text, so each rule meets the cut.
func TestTruncatedArticles(t *testing.T) {
	x := newExtractor(t)
	files, _ := filepath.Glob(filepath.Join("..", "seeds", "*.txt"))
	more, _ := filepath.Glob(filepath.Join("testdata", "general", "*.txt"))
	files = append(files, more...)
	if len(files) == 0 {
		t.Fatal("no seeds or general-set texts found")
	}
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for cut := 1; cut < len(text); cut += 37 {
			for !utf8.RuneStart(text[cut]) {
				cut++
			}
			x.Extract(graph.Article{ID: "t", Text: text[:cut]})
			n++
		}
	}
	if n < 100 {
		t.Errorf("only %d cuts read", n)
	}
}

func FuzzExtract(f *testing.F) {
	x := newExtractor(f)
	for _, s := range []string{"Russia accused Ukraine.", "“", "Mr", "a\n\n\nb", "Putin’s spokesman, , said: “", "\x00\xff", "The. . . US.",
		// The ends of sentences where the rules look ahead or back.
		"A Tory MP and", "A\n\nB", "Its Paris", "its Paris lawyer,", "Lord Quill. Robert Quill", "Group Quatrel. Quatrel",
		"Jane Orme of Shearman and", "economist at", "said Tim Quarry, economist at", "The former Labour", "The Scottish",
		"accused the chancellor of", "his shadow Chancellor", "Deputy Mayor", "Mr Justice", "charged with", "claims that",
		"the Kyoto Protocol", "plans to sue", "the Treasury Paul", "dismissed X's Y as",
		// The ends of this stop's rules.
		"Both firms deny", "were each fined (", "dismissed them as", "does what it’s", "its downfall was punishment",
		"Quill Bank's parent company, the", "Russian missiles hit", "against criticism from", "“bring it on”.", "X attacked Y, Z said"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip("ingest rejects text that is not UTF-8")
		}
		d := x.Extract(graph.Article{ID: "f", Text: text})
		g := graph.New()
		if err := g.Add(d); err != nil && strings.TrimSpace(text) != "" {
			t.Fatalf("document does not fit the graph: %v", err)
		}
	})
}

func ExampleExtractor_Extract() {
	x, err := extract.New()
	if err != nil {
		panic(err)
	}
	d := x.Extract(graph.Article{ID: "example", Text: "Talks fail\n\nPoland accused Belarus of staging the border crisis.\n"})
	for _, c := range d.Claims {
		fmt.Printf("%s %s %s (%s, %.2f): %s\n", c.Subject, c.Predicate, c.Object, c.Verb, c.Confidence, c.Evidence)
	}
	// Output:
	// poland accused belarus (accused, 0.90): Poland accused Belarus of staging the border crisis.
}

func writeFile(path, s string) error { return os.WriteFile(path, []byte(s), 0o644) }

// TestConcurrentExtract runs one Extractor over the seed articles from
// several goroutines at once, in different orders, and checks each
// document against the one a lone call gives: Extract reuses arrays
// from article to article, and no call may see another's.
func TestConcurrentExtract(t *testing.T) {
	x := newExtractor(t)
	files, err := ingest.Files([]string{filepath.Join("..", "seeds")})
	if err != nil {
		t.Fatal(err)
	}
	var arts []graph.Article
	for _, f := range files {
		a, err := (ingest.Reader{}).Read(f)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	want := make([]graph.Document, len(arts))
	for i, a := range arts {
		want[i] = x.Extract(a)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 3 {
				for k := range arts {
					i := (k*(g+1) + r) % len(arts)
					if got := x.Extract(arts[i]); !reflect.DeepEqual(got, want[i]) {
						t.Errorf("goroutine %d: %s extracted differently", g, arts[i].ID)
					}
				}
			}
		}()
	}
	wg.Wait()
}
