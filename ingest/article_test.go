package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newskg/newskg/graph"
)

func TestNewArticle(t *testing.T) {
	tests := []struct {
		name                      string
		title, date, source, body string
		want                      graph.Article
	}{
		{"title prepended", " A\n title ", "", "", "\n Body.\n",
			graph.Article{ID: "id", Title: "A title", Text: "A title\n\nBody."}},
		{"title not repeated", "T", "2023-01-02", "S", "T\n\nBody.",
			graph.Article{ID: "id", Title: "T", Date: "2023-01-02", Source: "S", Text: "T\n\nBody."}},
		{"fields from the text", "", "", "", "Title\n4 May 2023\nBody.\nSource: Reuters",
			graph.Article{ID: "id", Title: "Title", Date: "2023-05-04", Source: "Reuters", Text: "Title\n4 May 2023\nBody.\nSource: Reuters"}},
		{"given fields win", "Given", "2020-01-01", "G", "Title\n4 May 2023\nSource: Reuters",
			graph.Article{ID: "id", Title: "Given", Date: "2020-01-01", Source: "G", Text: "Given\n\nTitle\n4 May 2023\nSource: Reuters"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := newArticle("id", tt.title, tt.date, tt.source, tt.body); got != tt.want {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"2023-05-04", "2023-05-04"},
		{" 2023-05-04T10:24:00Z ", "2023-05-04"},
		{"2023-05-04T23:30:00-05:00", "2023-05-04"},
		{"2023-05-04T10:24:00.000+0000", "2023-05-04"},
		{"2023-05-04 10:24", "2023-05-04"},
		{"4 May 2023", "2023-05-04"},
		{"May 4, 2023", "2023-05-04"},
		{"2023-02-30", ""},
		{"2023-05-04x", ""},
		{"Published: 2023-05-04, 10:24", "2023-05-04"},
		{"20230504", ""},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("parseDate(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}

// checkAccepted checks what holds for every article a parser accepts:
// text that is not blank and is valid UTF-8, a one-line title at the
// start of the text, and a valid date or none.
func checkAccepted(t *testing.T, a graph.Article) {
	t.Helper()
	if strings.TrimSpace(a.Text) == "" {
		t.Errorf("accepted blank text")
	}
	if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) || !utf8.ValidString(a.Source) {
		t.Errorf("invalid UTF-8 in %+v", a)
	}
	if strings.Contains(a.Title, "\n") || strings.Contains(a.Source, "\n") {
		t.Errorf("title %q or source %q has a line break", a.Title, a.Source)
	}
	if a.Date != "" && !validDate(a.Date) {
		t.Errorf("date %q is not YYYY-MM-DD", a.Date)
	}
}
