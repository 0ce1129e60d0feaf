package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// checkArticle reads path and compares the article, or the error, with
// the wanted ones. An error must wrap wantErr, name the file, contain
// errText and be one line.
func checkArticle(t *testing.T, path, title, date, source, text string, wantErr error, errText string) {
	t.Helper()
	a, err := Reader{}.ReadFile(path)
	if wantErr != nil || errText != "" {
		if err == nil {
			t.Fatalf("ReadFile(%s) = %+v; want error %q", path, a, errText)
		}
		if wantErr != nil && !errors.Is(err, wantErr) {
			t.Errorf("error %q does not wrap %q", err, wantErr)
		}
		msg := err.Error()
		if !strings.HasPrefix(msg, path+": ") || !strings.Contains(msg, errText) || strings.Contains(msg, "\n") {
			t.Errorf("error = %q; want one line naming %s and saying %q", msg, path, errText)
		}
		return
	}
	if err != nil {
		t.Fatalf("ReadFile(%s): %v", path, err)
	}
	if want := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)); a.ID != want {
		t.Errorf("ID = %q, want %q", a.ID, want)
	}
	if a.Title != title || a.Date != date || a.Source != source {
		t.Errorf("title %q date %q source %q; want %q %q %q", a.Title, a.Date, a.Source, title, date, source)
	}
	if a.Text != text {
		t.Errorf("text:\n%s\nwant:\n%s", a.Text, text)
	}
}

func TestReadHTML(t *testing.T) {
	tests := []struct {
		file                      string
		title, date, source, text string
		err                       error
		errText                   string
	}{
		{
			file:   "clean.html",
			title:  "Kyiv accuses Moscow of shelling Kherson",
			date:   "2023-05-04",
			source: "https://news.example.com/world/kherson-shelling",
			text: "Kyiv accuses Moscow of shelling Kherson\n\n" +
				"Ukraine’s foreign ministry accused Russia of shelling the city of Kherson on Thursday, killing at least three people.\n\n" +
				"Moscow denied the accusation & said its forces had struck only military targets.\n\n" +
				"Talks in Ankara\n\n" +
				"The two foreign ministers met in Ankara on Friday.",
		},
		{
			file:   "jsonld.html",
			title:  "Talks in Ankara end without a deal",
			date:   "2023-06-01",
			source: "https://news.example.com/ankara-talks",
			text: "Talks in Ankara end without a deal\n\n" +
				"The foreign ministers of Ukraine and Russia met in Ankara on Thursday.\n\n" +
				"They agreed on nothing, officials said & left after two hours.",
		},
		{
			file:  "broken.html",
			title: "Strike on Odesa port",
			date:  "2023-07-19",
			text: "Strike on Odesa port\n\n" +
				"Russia attacked the port of Odesa overnight, Ukrainian officials said.\n\n" +
				"The strike damaged grain terminals & warehouses.\n\n" +
				"Kyiv said Moscow was trying to block Ukraine’s exports\n\n" +
				"Officials said the corridor would stay open",
		},
		{
			file:  "teasers.html",
			title: "Minister meets envoy",
			date:  "2023-03-02",
			text:  "Minister meets envoy\n\nThe defence minister met the US envoy in Warsaw on Monday.\n\nThey discussed supplies of ammunition.",
		},
		{
			file:  "aspnet.html",
			title: "Council debates budget",
			text:  "Council debates budget\n\nThe city council debated the budget on Tuesday.\n\nThe mayor criticised the opposition.",
		},
		{file: "binary.html", err: ErrBinary, errText: "binary file"},
		{file: "notags.html", err: ErrNotHTML, errText: "not HTML: no tags found"},
		{file: "navonly.html", err: ErrNoText, errText: "no article text found in HTML"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			checkArticle(t, filepath.Join("testdata", "html", tt.file), tt.title, tt.date, tt.source, tt.text, tt.err, tt.errText)
		})
	}
}

// TestParseHTMLRules checks one rule of the extractor per case on a
// small page.
func TestParseHTMLRules(t *testing.T) {
	tests := []struct {
		name, page                string
		title, date, source, text string
	}{
		{
			name:  "h1 in the article's header, not the site's",
			page:  `<header><h1>Site</h1></header><article><header><h1>Story</h1><time datetime="2023-01-02">2 Jan</time></header><p>Body.</p></article>`,
			title: "Story", date: "2023-01-02", text: "Story\n\nBody.",
		},
		{
			name:  "title tag last",
			page:  `<html><head><title> Page   title </title></head><body><p>Body.</p></body></html>`,
			title: "Page title", text: "Page title\n\nBody.",
		},
		{
			name:  "json-ld headline before title tag, its body unused when there are paragraphs",
			page:  `<title>Tab</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"LD &amp; headline","articleBody":"LD body","url":"https://x.example/a"}</script><p>Page body.</p>`,
			title: "LD & headline", source: "https://x.example/a", text: "LD & headline\n\nPage body.",
		},
		{
			name: "published meta before time element",
			page: `<meta itemprop="datePublished" content="2022-12-31T23:00:00-08:00"><p>Body <time datetime="2023-02-01">then</time>.</p>`,
			date: "2022-12-31", title: "Body then.", text: "Body then.",
		},
		{
			name: "unparseable dates are passed over",
			page: `<meta property="article:published_time" content="soon"><time datetime="garbage">x</time><time datetime="2023-04-05T10:00Z">y</time><p>Body.</p>`,
			date: "2023-04-05", title: "Body.", text: "Body.",
		},
		{
			name:   "canonical link when no og:url",
			page:   `<link rel="Canonical  alternate" href=" https://x.example/c "><p>Body.</p>`,
			source: "https://x.example/c", title: "Body.", text: "Body.",
		},
		{
			name:  "largest article wins",
			page:  `<h1>T</h1><article><p>Short.</p></article><article><p>The longer one.</p></article>`,
			title: "T", text: "T\n\nThe longer one.",
		},
		{
			name:  "main when there is no article",
			page:  `<h1>T</h1><div><p>Outside main, and long enough to matter here.</p></div><main><p>Inside main, which holds most of the text of this page.</p><p>And more.</p></main>`,
			title: "T", text: "T\n\nInside main, which holds most of the text of this page.\n\nAnd more.",
		},
		{
			name:  "hidden and aria-hidden elements, role navigation",
			page:  `<p hidden>Hidden.</p><div aria-hidden="true"><p>Also hidden.</p></div><div role="navigation"><p>Nav.</p></div><p>Shown.</p>`,
			title: "Shown.", text: "Shown.",
		},
		{
			name:  "trailing subheading without paragraph dropped",
			page:  `<h1>T</h1><h2>Intro</h2><p>Body.</p><h3>More on this story</h3>`,
			title: "T", text: "T\n\nIntro\n\nBody.",
		},
		{
			name:  "entities, nbsp and inline markup",
			page:  `<p>A&nbsp;&nbsp;b<b>c</b>&#x2014;d &lt;e&gt;<br/>f<script>g()</script></p>`,
			title: "A bc—d <e> f", text: "A bc—d <e> f",
		},
		{
			name:  "body first line equal to title is not repeated",
			page:  `<meta property="og:title" content="Same"><p>Same</p><p>Body.</p>`,
			title: "Same", text: "Same\n\nBody.",
		},
		{
			name:  "json-ld article body in HTML",
			page:  `<script type="application/ld+json">[{"@type":"Person"},{"@type":"http://schema.org/ReportageNewsArticle","headline":"H","articleBody":"<p>One.</p><p>Two.</p>"}]</script><div>no paragraphs</div>`,
			title: "H", text: "H\n\nOne.\n\nTwo.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML("id", []byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.Date != tt.date || a.Source != tt.source || a.Text != tt.text {
				t.Errorf("got title %q date %q source %q text %q;\nwant %q %q %q %q", a.Title, a.Date, a.Source, a.Text, tt.title, tt.date, tt.source, tt.text)
			}
		})
	}
}

func TestParseHTMLErrors(t *testing.T) {
	tests := []struct {
		name, page string
		err        error
	}{
		{"empty", "", ErrEmpty},
		{"blank", " \n ", ErrEmpty},
		{"latin1", "<p>Caf\xe9</p>", ErrEncoding},
		{"no tags", "a < b", ErrNotHTML},
		{"comment only", "<!-- <p>x</p> -->", ErrNotHTML},
		{"only boilerplate", `<footer><p>F</p></footer><div class="newsletter"><p>N</p></div>`, ErrNoText},
		{"only headings", `<h1>T</h1><h2>S</h2>`, ErrNoText},
		{"nested too deep", strings.Repeat("<div>", 600) + "<p>x</p>", nil},
		{"broken json-ld", `<script type="application/ld+json">{"@type":"NewsArticle","articleBody":</script><div>x</div>`, ErrNoText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseHTML("id", []byte(tt.page))
			if err == nil || tt.err != nil && !errors.Is(err, tt.err) {
				t.Errorf("err = %v, want %v", err, tt.err)
			}
		})
	}
}

func TestBoilerplate(t *testing.T) {
	for v, want := range map[string]bool{
		"site-nav":            true,
		"navbar":              true,
		"MainMenu":            true,
		"relatedStories":      true,
		"social-share__list":  true,
		"comment-list":        true,
		"ad-slot advert":      true,
		"cookie_banner":       true,
		"article-body":        false,
		"commentary":          false,
		"story unavailable":   false,
		"canvas":              false,
		"":                    false,
		"content story-body1": false,
	} {
		if got := boilerplate(v); got != want {
			t.Errorf("boilerplate(%q) = %v, want %v", v, got, want)
		}
	}
}

func FuzzParseHTML(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "html", "*"))
	for _, p := range seeds {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`<p>x</p><script type="application/ld+json">{"@type":"Article","articleBody":"<p>y"}</script>`))
	f.Add([]byte(`<article><header><h1>T</h1><time datetime="2023-01-02">`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseHTML("x", data)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error of more than one line: %q", err)
			}
			return
		}
		checkAccepted(t, a)
		if b, _ := ParseHTML("x", data); b != a {
			t.Errorf("not deterministic: %+v then %+v", a, b)
		}
	})
}
