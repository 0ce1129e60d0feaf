package ingest

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/newskg/newskg/graph"
)

// The members of an article object, each list in order of preference.
var (
	jsonText  = []string{"text", "body", "content", "articleBody"}
	jsonTitle = []string{"title", "headline"}
	jsonDate  = []string{"date", "published", "datePublished", "publishedAt"}
)

// SyntaxError reports input that breaks the grammar of its format, and
// where.
type SyntaxError struct {
	Format string // "JSON"
	// Line and Column locate the error, counting from 1; columns count
	// characters, not bytes.
	Line, Column int
	Err          error
}

// Error returns the message, such as "malformed JSON at line 3, column 5:
// invalid character ...".
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("malformed %s at line %d, column %d: %v", e.Format, e.Line, e.Column, e.Err)
}

// Unwrap returns the parser's own error.
func (e *SyntaxError) Unwrap() error { return e.Err }

// ParseJSON makes an article from a JSON file holding one article object.
//
// The text is the first non-empty string among the members "text",
// "body", "content" and "articleBody" (an array of strings counts as
// paragraphs, joined by a blank line); it is required. The title comes
// from "title" or "headline", the date from "date", "published",
// "datePublished" or "publishedAt" (an ISO date or an RFC 3339 timestamp),
// and the source from "url" or "source" (a string, or an object with a
// "url" or "name"). Member names match in any case, exact spelling first;
// a null or boolean member counts as absent (a "published": true flag is
// not a date), a number, object or array where a string belongs is an
// error.
// The article's text is the title, a blank line and the text, so that
// claim offsets index into it as into a text file's.
//
// The encoding checks of Parse apply. Malformed JSON gives a
// *SyntaxError; an array or other non-object gives ErrNotArticle; a
// missing text gives ErrNoText.
func ParseJSON(id string, data []byte) (graph.Article, error) {
	return parseJSON(id, data, "file")
}

// parseJSON is ParseJSON for one article object per unit: a file, or a
// line of a JSON Lines file.
func parseJSON(id string, data []byte, unit string) (graph.Article, error) {
	s, err := decode(data)
	if err != nil {
		return graph.Article{}, err
	}
	if strings.TrimSpace(s) == "" {
		return graph.Article{}, ErrEmpty
	}
	var raw json.RawMessage
	if err := json.Unmarshal([]byte(s), &raw); err != nil {
		return graph.Article{}, jsonSyntaxError(s, err)
	}
	var obj map[string]json.RawMessage
	if kind := jsonKind(raw); kind != "an object" {
		hint := ""
		if kind == "an array" && unit == "file" {
			hint = " (put each article in a file of its own, or one a line in a .jsonl file)"
		}
		return graph.Article{}, fmt.Errorf("%w: JSON value is %s, want one article object per %s%s", ErrNotArticle, kind, unit, hint)
	}
	if err := json.Unmarshal(raw, &obj); err != nil {
		return graph.Article{}, fmt.Errorf("%w: %v", ErrNotArticle, err)
	}
	o := jsonObject(obj)

	text, err := o.text(jsonText)
	if err != nil {
		return graph.Article{}, err
	}
	if text == "" {
		return graph.Article{}, fmt.Errorf("%w: want a non-empty %s string", ErrNoText, quoteList(jsonText))
	}
	if controlHeavy(text) || strings.ContainsRune(text, 0) {
		return graph.Article{}, fmt.Errorf("%w: control characters in the article text", ErrBinary)
	}
	title, _, err := o.str(jsonTitle)
	if err != nil {
		return graph.Article{}, err
	}
	date, key, err := o.str(jsonDate)
	if err != nil {
		return graph.Article{}, err
	}
	if date != "" {
		d, ok := parseDate(date)
		if !ok {
			return graph.Article{}, fmt.Errorf("%q is not a date: %q; want YYYY-MM-DD or an RFC 3339 timestamp", key, clip(date, 40))
		}
		date = d
	}
	src, err := o.source()
	if err != nil {
		return graph.Article{}, err
	}
	return newArticle(id, title, date, collapseSpace(src), text), nil
}

// jsonSyntaxError turns an error of encoding/json into a one-line error
// that gives the line and column of a syntax error in s.
func jsonSyntaxError(s string, err error) error {
	var se *json.SyntaxError
	if !errors.As(err, &se) {
		return fmt.Errorf("malformed JSON: %w", err)
	}
	// Offset counts the bytes read when the error was found: the bad
	// byte is the last of them, and at the end of the input there is
	// none.
	pos := int(se.Offset)
	if pos > 0 && !(pos >= len(s) && strings.Contains(se.Error(), "unexpected end")) {
		pos--
	}
	pos = min(pos, len(s))
	line := 1 + strings.Count(s[:pos], "\n")
	start := strings.LastIndexByte(s[:pos], '\n') + 1
	return &SyntaxError{Format: "JSON", Line: line, Column: 1 + utf8.RuneCountInString(s[start:pos]), Err: se}
}

// jsonKind names the kind of a well-formed JSON value.
func jsonKind(raw json.RawMessage) string {
	s := strings.TrimSpace(string(raw))
	if s == "" {
		return "empty"
	}
	switch s[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// jsonObject is a parsed JSON object, its members still raw.
type jsonObject map[string]json.RawMessage

// member returns the member named key: spelled exactly, else in another
// case (the first such name in sorted order). A null or boolean member
// counts as absent.
func (o jsonObject) member(key string) (json.RawMessage, string) {
	present := func(v json.RawMessage) bool { k := jsonKind(v); return k != "null" && k != "a boolean" }
	if v, ok := o[key]; ok && present(v) {
		return v, key
	}
	names := make([]string, 0, len(o))
	for k := range o {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, k := range names {
		if strings.EqualFold(k, key) && present(o[k]) {
			return o[k], k
		}
	}
	return nil, ""
}

// str returns the first of the keys whose member is a non-blank string,
// and that member's name. A member of another kind is an error.
func (o jsonObject) str(keys []string) (string, string, error) {
	for _, key := range keys {
		v, name := o.member(key)
		if v == nil {
			continue
		}
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			return "", "", fmt.Errorf("%q is %s, want a string", name, jsonKind(v))
		}
		if strings.TrimSpace(s) != "" {
			return s, name, nil
		}
	}
	return "", "", nil
}

// text returns the article text: the first of the keys whose member is
// a non-blank string or array of strings, with line breaks normalised and
// surrounding space trimmed.
func (o jsonObject) text(keys []string) (string, error) {
	for _, key := range keys {
		v, name := o.member(key)
		if v == nil {
			continue
		}
		var s string
		if jsonKind(v) == "an array" {
			var paras []string
			if err := json.Unmarshal(v, &paras); err != nil {
				return "", fmt.Errorf("%q is an array of other things than strings, want a string", name)
			}
			paras = slices.DeleteFunc(paras, func(p string) bool { return strings.TrimSpace(p) == "" })
			for i, p := range paras {
				paras[i] = strings.TrimSpace(p)
			}
			s = strings.Join(paras, "\n\n")
		} else if err := json.Unmarshal(v, &s); err != nil {
			return "", fmt.Errorf("%q is %s, want a string", name, jsonKind(v))
		}
		s = strings.ReplaceAll(s, "\r\n", "\n")
		if s = strings.TrimSpace(s); s != "" {
			return s, nil
		}
	}
	return "", nil
}

// source returns the source: a "url" string, else a "source" string or
// the "url" or "name" of a "source" object.
func (o jsonObject) source() (string, error) {
	if u, _, err := o.str([]string{"url"}); err != nil || u != "" {
		return u, err
	}
	v, name := o.member("source")
	if v == nil || jsonKind(v) != "an object" {
		s, _, err := o.str([]string{"source"})
		return s, err
	}
	var inner map[string]json.RawMessage
	if err := json.Unmarshal(v, &inner); err != nil {
		return "", fmt.Errorf("%q: %v", name, err)
	}
	s, _, err := jsonObject(inner).str([]string{"url", "name"})
	if err != nil {
		return "", fmt.Errorf("%q: %w", name, err)
	}
	return s, nil
}

// quoteList formats names as `"a", "b" or "c"`.
func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	if len(q) < 2 {
		return strings.Join(q, "")
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

// clip shortens s to at most n characters, marking a cut with "…".
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
