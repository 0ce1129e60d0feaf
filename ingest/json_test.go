package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadJSON(t *testing.T) {
	tests := []struct {
		file                      string
		title, date, source, text string
		err                       error
		errText                   string
	}{
		{
			file:   "article.json",
			title:  "Kyiv accuses Moscow of shelling Kherson",
			date:   "2023-05-04",
			source: "https://news.example.com/world/kherson-shelling",
			text:   "Kyiv accuses Moscow of shelling Kherson\n\nUkraine's foreign ministry accused Russia of shelling Kherson.\n\nMoscow denied the accusation.",
		},
		{
			file:   "minimal.json",
			title:  "Zelensky meets Scholz in Berlin",
			date:   "2023-05-14",
			source: "Kathimerini",
			text:   "Zelensky meets Scholz in Berlin\n\n14 May 2023\n\nThe two leaders met on Sunday.\nSource: Kathimerini",
		},
		{
			file:   "newsapi.json",
			title:  "Poland supplies tanks to Ukraine",
			date:   "2023-02-24",
			source: "BBC News",
			text:   "Poland supplies tanks to Ukraine\n\nWarsaw delivered four tanks on Friday.",
		},
		{
			file:  "paragraphs.json",
			title: "Two paragraphs",
			date:  "2023-01-09",
			text:  "Two paragraphs\n\nFirst paragraph.\n\nSecond paragraph.",
		},
		{file: "malformed.json", errText: `malformed JSON at line 4, column 3: invalid character '"' after object key:value pair`},
		{file: "truncated.json", errText: `malformed JSON at line 3, column 17: invalid character '\n' in string literal`},
		{file: "array.json", err: ErrNotArticle, errText: "not an article: JSON value is an array, want one article object per file"},
		{file: "string.json", err: ErrNotArticle, errText: "JSON value is a string"},
		{file: "notext.json", err: ErrNoText, errText: `no article text: want a non-empty "text", "body", "content" or "articleBody" string`},
		{file: "badtype.json", errText: `"title" is a number, want a string`},
		{file: "baddate.json", errText: `"date" is not a date: "last Tuesday"`},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			checkArticle(t, filepath.Join("testdata", "json", tt.file), tt.title, tt.date, tt.source, tt.text, tt.err, tt.errText)
		})
	}
}

func TestParseJSON(t *testing.T) {
	tests := []struct {
		name, in                  string
		title, date, source, text string
		err                       error
		errText                   string
	}{
		{name: "bom", in: "\xEF\xBB\xBF{\"text\":\"Body.\"}", title: "Body.", text: "Body."},
		{name: "utf16", in: "\xFF\xFE{\x00\"\x00t\x00e\x00x\x00t\x00\"\x00:\x00\"\x00B\x00\"\x00}\x00", title: "B", text: "B"},
		{name: "escapes", in: `{"title":"Caf\u00e9","text":"Tab\there"}`, title: "Café", text: "Café\n\nTab\there"},
		{name: "text before body", in: `{"body":"B","text":"T"}`, title: "T", text: "T"},
		{name: "blank text falls back", in: `{"text":"","content":"C"}`, title: "C", text: "C"},
		{name: "key case", in: `{"TITLE":"T","Text":"B","URL":"u"}`, title: "T", source: "u", text: "T\n\nB"},
		{name: "exact key first", in: `{"Title":"Upper","title":"lower","text":"B"}`, title: "lower", text: "lower\n\nB"},
		{name: "null members are absent", in: `{"title":null,"date":null,"url":null,"text":"B"}`, title: "B", text: "B"},
		{name: "boolean flag is no date", in: `{"published":true,"datePublished":"2023-01-02","text":"B"}`, title: "B", date: "2023-01-02", text: "B"},
		{name: "source string", in: `{"source":" Reuters ","text":"B"}`, title: "B", source: "Reuters", text: "B"},
		{name: "source object url", in: `{"source":{"url":"https://r.example","name":"R"},"text":"B"}`, title: "B", source: "https://r.example", text: "B"},
		{name: "empty", in: "", err: ErrEmpty},
		{name: "blank", in: " \n", err: ErrEmpty},
		{name: "binary", in: "{\"text\":\"\x00\"}", err: ErrBinary},
		{name: "escaped control characters", in: `{"text":"a\u0000b\u0001c\u0002d\u0003"}`, err: ErrBinary},
		{name: "latin1", in: "{\"text\":\"Caf\xe9\"}", err: ErrEncoding},
		{name: "number", in: "42", err: ErrNotArticle},
		{name: "null", in: "null", err: ErrNotArticle},
		{name: "no members", in: "{}", err: ErrNoText},
		{name: "boolean text", in: `{"text":true}`, err: ErrNoText},
		{name: "text of numbers", in: `{"text":[1,2]}`, errText: `"text" is an array of other things than strings`},
		{name: "date of wrong type", in: `{"date":20230504,"text":"B"}`, errText: `"date" is a number, want a string`},
		{name: "source object of wrong type", in: `{"source":{"name":7},"text":"B"}`, errText: `"source": "name" is a number, want a string`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseJSON("id", []byte(tt.in))
			if tt.errText != "" {
				if err == nil || !strings.Contains(err.Error(), tt.errText) {
					t.Errorf("err = %v, want %q", err, tt.errText)
				}
				return
			}
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if err != nil {
				return
			}
			if a.Title != tt.title || a.Date != tt.date || a.Source != tt.source || a.Text != tt.text {
				t.Errorf("got title %q date %q source %q text %q;\nwant %q %q %q %q", a.Title, a.Date, a.Source, a.Text, tt.title, tt.date, tt.source, tt.text)
			}
		})
	}
}

func TestJSONSyntaxErrorPosition(t *testing.T) {
	tests := []struct {
		in           string
		line, column int
	}{
		{`{x`, 1, 2},
		{"{\n  \"a\": 1,\n}", 3, 1},
		{"{\"t\": \"é\" x}", 1, 11},
		{"{\n\"text\": ", 2, 9},
		{"{}\n{}", 2, 1},
	}
	for _, tt := range tests {
		_, err := ParseJSON("id", []byte(tt.in))
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("ParseJSON(%q) = %v; want a *SyntaxError", tt.in, err)
			continue
		}
		if se.Format != "JSON" || se.Line != tt.line || se.Column != tt.column {
			t.Errorf("ParseJSON(%q): %s at line %d, column %d; want JSON at %d, %d", tt.in, se.Format, se.Line, se.Column, tt.line, tt.column)
		}
	}
}

func FuzzParseJSON(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "json", "*"))
	for _, p := range seeds {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"text":["a",""],"source":{"name":"n"},"date":"4 May 2023"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseJSON("x", data)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error of more than one line: %q", err)
			}
			return
		}
		checkAccepted(t, a)
		if b, _ := ParseJSON("x", data); b != a {
			t.Errorf("not deterministic: %+v then %+v", a, b)
		}
	})
}
