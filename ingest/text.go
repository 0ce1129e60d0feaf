package ingest

import (
	"regexp"
	"strings"
	"time"

	"github.com/newskg/newskg/graph"
)

// Parse makes an article from the raw bytes of a plain-text file. It accepts UTF-8
// (with or without a byte-order mark) and UTF-16 with a byte-order mark,
// and rejects empty, binary and otherwise encoded input.
func Parse(id string, data []byte) (graph.Article, error) {
	text, err := decode(data)
	if err != nil {
		return graph.Article{}, err
	}
	// Line ends become "\n" (Windows "\r\n" and old Mac "\r" alike);
	// claim offsets index into the text as stored.
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	if strings.TrimSpace(text) == "" {
		return graph.Article{}, ErrEmpty
	}
	a := graph.Article{ID: id, Text: text}
	a.Title, a.Date = titleAndDate(text)
	a.Source = source(text)
	return a, nil
}

var (
	// datePrefix is the convention of some crawls: a line that starts
	// with "date 2023-05-04".
	datePrefix = regexp.MustCompile(`^\s*date[:\s]+(\d{4}-\d{2}-\d{2})\b\s*`)
	isoDate    = regexp.MustCompile(`^\s*(?:Published:?\s*|Updated:?\s*)?(\d{4}-\d{2}-\d{2})(?:[T ,]|$)`)
	// longDate matches dateline forms such as "4 May 2023, 10:24" and
	// "May 4, 2023".
	longDate = regexp.MustCompile(`^\s*(?:Published:?\s*|Updated:?\s*)?(?:[A-Z][a-z]+day,?\s+)?(?:(\d{1,2})\s+([A-Z][a-z]+)\.?,?\s+(\d{4})|([A-Z][a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4}))\b`)
)

// titleAndDate returns the first non-empty line as the title, and a date
// from a leading "date YYYY-MM-DD" marker or a dateline among the first
// few lines.
func titleAndDate(text string) (title, date string) {
	seen := 0
	// Line by line, as far as the loop reads: a list of all the lines
	// of the article was most of what parsing it cost.
	for l := range strings.SplitSeq(text, "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		seen++
		if seen > 6 {
			break
		}
		if m := datePrefix.FindStringSubmatch(l); m != nil {
			if date == "" && validDate(m[1]) {
				date = m[1]
			}
			l = l[len(m[0]):]
		} else if date == "" && seen > 1 {
			date = datelineDate(l)
		}
		if title == "" {
			title = strings.TrimSpace(l)
		}
	}
	return capTitle(title), date
}

func datelineDate(l string) string {
	if len(l) > 80 {
		return ""
	}
	if m := isoDate.FindStringSubmatch(l); m != nil && validDate(m[1]) {
		return m[1]
	}
	m := longDate.FindStringSubmatch(l)
	if m == nil {
		return ""
	}
	day, month, year := m[1], m[2], m[3]
	if day == "" {
		day, month, year = m[5], m[4], m[6]
	}
	for _, layout := range []string{"2 January 2006", "2 Jan 2006"} {
		if t, err := time.Parse(layout, day+" "+month+" "+year); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	return ""
}

func validDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

var sourceLine = regexp.MustCompile(`(?m)^\s*(?:Source|URL|Originally published (?:at|in|by)):?\s+(\S.*?)\s*$`)

// source returns the outlet or URL named by a "Source:" or "URL:" line,
// ignoring link texts such as "Read Full Article".
func source(text string) string {
	// The pattern is slow on long texts; most have none of its words.
	if !strings.Contains(text, "Source") && !strings.Contains(text, "URL") && !strings.Contains(text, "Originally published") {
		return ""
	}
	for _, m := range sourceLine.FindAllStringSubmatch(text, -1) {
		s := m[1]
		low := strings.ToLower(s)
		if strings.HasPrefix(low, "read ") || strings.HasPrefix(low, "click") || len(s) > 200 {
			continue
		}
		return s
	}
	return ""
}
