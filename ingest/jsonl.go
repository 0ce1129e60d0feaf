package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// jsonl reads JSON Lines: one article object a line, with the members
// ParseJSON reads and an optional "id". A line without an ID gets the
// file's ID and its line number ("feed/12"). Blank lines are skipped; a
// line that is too long is named and skipped without being held in
// memory.
func (fr *feedReader) jsonl(r *bufio.Reader) {
	max := fr.maxSize()
	var line []byte
	for n := 1; ; n++ {
		line = line[:0]
		tooLong := false
		var err error
		for {
			var chunk []byte
			chunk, err = r.ReadSlice('\n')
			if !tooLong {
				if int64(len(line)+len(chunk)) > max+1 {
					tooLong = true
					line = line[:0]
				} else {
					line = append(line, chunk...)
				}
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		if err != nil && err != io.EOF {
			fr.emit(Record{}, fmt.Errorf("%s:%d: %w", fr.name, n, unwrapPath(err)))
			return
		}
		name := fr.name + ":" + strconv.Itoa(n)
		switch {
		case tooLong:
			if !fr.emit(Record{}, fmt.Errorf("%s: %w (line longer than %d bytes)", name, ErrTooLarge, max)) {
				return
			}
		case len(bytes.TrimSpace(line)) > 0:
			data := bytes.Clone(bytes.TrimRight(line, "\r\n"))
			id := fr.id + "/" + strconv.Itoa(n)
			if v, ok := jsonID(data); ok {
				id = v
			}
			if !fr.emit(Record{Name: name, ID: id, Data: data, format: formatJSONLine}, nil) {
				return
			}
		}
		if err == io.EOF {
			return
		}
	}
}

// jsonID returns the "id" member of a JSON object, a string or a number,
// when it has a usable one.
func jsonID(line []byte) (string, bool) {
	var v struct {
		ID json.RawMessage `json:"id"`
	}
	if json.Unmarshal(line, &v) != nil || len(v.ID) == 0 {
		return "", false
	}
	var s string
	if json.Unmarshal(v.ID, &s) != nil {
		var num json.Number
		if json.Unmarshal(v.ID, &num) != nil {
			return "", false
		}
		s = num.String()
	}
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return "", false
	}
	return s, true
}

// isJSONObject reports whether b is one whole JSON object.
func isJSONObject(b []byte) bool {
	b = bytes.TrimSpace(b)
	return len(b) > 0 && b[0] == '{' && json.Valid(b)
}
