package query

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// WriteJSONL writes one JSON object per row.
func WriteJSONL(w io.Writer, rows []Row) error { return writeJSONL(w, rows) }

// writeJSONL writes one JSON object per row, HTML characters unescaped.
func writeJSONL[T any](w io.Writer, rows []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}

// WriteCSV writes the rows as CSV with a header line.
func WriteCSV(w io.Writer, rows []Row) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"subject", "predicate", "object", "article", "title", "date", "evidence", "start", "end", "verb", "cameo", "confidence", "claim"})
	for _, r := range rows {
		rec := []string{r.SubjectName, r.Predicate, r.ObjectName, r.Article, r.Title, r.Date, r.Evidence,
			strconv.Itoa(r.Start), strconv.Itoa(r.End), r.Verb, r.CAMEO, strconv.FormatFloat(r.Confidence, 'f', -1, 64), r.Claim}
		// CSV is text: a name or ID that is not UTF-8 (from a graph
		// built before IDs were checked) gets U+FFFD for its bad bytes.
		for i, f := range rec {
			rec[i] = strings.ToValidUTF8(f, "\uFFFD")
		}
		cw.Write(rec)
	}
	cw.Flush()
	return cw.Error()
}

// WriteTable writes the rows as an aligned table for a terminal of the
// given width (at least 80), shortening names, titles and evidence to fit:
// the evidence takes what the other columns leave.
func WriteTable(w io.Writer, rows []Row, width int) error {
	rows = printableRows(rows)
	width = max(width, 80)
	const gaps = 5 * 2
	// The evidence is what a reader came for: it keeps three tenths of the
	// width; titles give way first, then names, down to 8 runes each.
	minEvidence := width * 3 / 10
	var cols [5]int
	fit := func(names, titles int) {
		cols = [5]int{len("SUBJECT"), len("PREDICATE"), len("OBJECT"), len("ARTICLE"), len("2006-01-02")}
		for _, r := range rows {
			cols[0] = max(cols[0], min(utf8.RuneCountInString(r.SubjectName), names))
			cols[1] = max(cols[1], len(r.Predicate))
			cols[2] = max(cols[2], min(utf8.RuneCountInString(r.ObjectName), names))
			cols[3] = max(cols[3], min(utf8.RuneCountInString(r.Title), titles))
		}
	}
	names, titles := 24, 24
	for fit(names, titles); sum(cols[:])+gaps+minEvidence > width && names > 8; fit(names, titles) {
		if titles > 8 {
			titles--
		} else {
			names--
		}
	}
	evw := max(width-sum(cols[:])-gaps, 10)
	bw := bufio.NewWriter(w)
	line := func(cells ...string) {
		var b strings.Builder
		for i, c := range cells[:5] {
			b.WriteString(c)
			b.WriteString(strings.Repeat(" ", max(cols[i]-utf8.RuneCountInString(c), 0)+2))
		}
		b.WriteString(cells[5])
		bw.WriteString(strings.TrimRight(b.String(), " "))
		bw.WriteByte('\n')
	}
	line("SUBJECT", "PREDICATE", "OBJECT", "ARTICLE", "DATE", "EVIDENCE")
	for _, r := range rows {
		date := r.Date
		if date == "" {
			date = "-"
		}
		line(shorten(r.SubjectName, cols[0]), r.Predicate, shorten(r.ObjectName, cols[2]), shorten(r.Title, cols[3]), date, shorten(r.Evidence, evw))
	}
	return bw.Flush()
}

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

// shorten fits s on one line of at most n runes (at least one rune and
// the ellipsis, however small n is).
func shorten(s string, n int) string {
	n = max(n, 2)
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// WriteBlame writes the accuser × accused table with counts, articles and
// the denials that answer each accusation.
func WriteBlame(w io.Writer, accs []Accusation, width int) error {
	if width < 60 {
		width = 60
	}
	n := utf8.RuneCountInString
	p := printable
	bw := bufio.NewWriter(w)
	for _, a := range accs {
		a.AccuserName, a.AccusedName = p(a.AccuserName), p(a.AccusedName)
		arts := make([]string, len(a.Articles))
		for i, s := range a.Articles {
			arts[i] = p(s)
		}
		a.Articles = arts
		fmt.Fprintf(bw, "%s accused %s: %d claim(s) in %s\n", a.AccuserName, a.AccusedName, a.Count, strings.Join(a.Articles, ", "))
		for _, e := range a.Evidence {
			fmt.Fprintf(bw, "    %s  %s\n", p(e.Article), shorten("“"+p(e.Evidence)+"”", width-n(p(e.Article))-6))
		}
		if len(a.Denials) == 0 {
			fmt.Fprintf(bw, "  denied: no denial by %s found\n", a.AccusedName)
			continue
		}
		for _, d := range a.Denials {
			name, article := p(d.SubjectName), p(d.Article)
			fmt.Fprintf(bw, "  denied by %s in %s: %s\n", name, article, shorten("“"+p(d.Evidence)+"”", width-n(name)-n(article)-18))
		}
	}
	return bw.Flush()
}

// printableRows returns rows with every field shown in a table made
// printable.
func printableRows(rows []Row) []Row {
	out := make([]Row, len(rows))
	for i, r := range rows {
		r.SubjectName, r.ObjectName, r.Predicate = printable(r.SubjectName), printable(r.ObjectName), printable(r.Predicate)
		r.Title, r.Date, r.Evidence = printable(r.Title), printable(r.Date), printable(r.Evidence)
		out[i] = r
	}
	return out
}
