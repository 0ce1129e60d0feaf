package ingest

import "strings"

// parseDate returns a publication date as YYYY-MM-DD. It accepts an ISO
// 8601 date, an RFC 3339 or ISO 8601 timestamp (whose date is taken as
// written, in the timestamp's own time zone, as the publisher dated it),
// and datelines such as "4 May 2023" or "May 4, 2023".
func parseDate(s string) (string, bool) {
	d := datelineDate(strings.TrimSpace(s))
	return d, d != ""
}
