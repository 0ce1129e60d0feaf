package ingest

import (
	"bufio"
	"fmt"
	"io"
	"mime"
	"strconv"
	"strings"

	"github.com/nlnwa/gowarc/v3"
)

// warc reads a WARC file (ISO 28500, the format of web archives and of
// Common Crawl): every response record that holds a successful HTML page
// is one article, parsed as ParseHTML parses a page, its source the
// record's WARC-Target-URI unless the page names its own. Requests,
// metadata, redirects and other media are skipped without a word; a
// record that cannot be read is named by its number and skipped.
//
// An article's ID is the file's ID and the record's number ("crawl/7"),
// which stays the same however often the file is read.
func (fr *feedReader) warc(r *bufio.Reader) {
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore))
	if err != nil {
		fr.emit(Record{}, fmt.Errorf("%s: %w", fr.name, err))
		return
	}
	defer wr.Close()
	max := fr.maxSize()
	lastOffset := int64(-1)
	for n := 1; ; n++ {
		rec, err := wr.Next()
		if err == io.EOF {
			return
		}
		name := fr.name + ": record " + strconv.Itoa(n)
		if err != nil {
			rec.Close()
			if !fr.emit(Record{}, fmt.Errorf("%s: %w", name, err)) || rec.Offset <= lastOffset {
				return
			}
			// The reader looks for the next record's header, so a
			// damaged record costs only itself; one that makes no
			// progress ends the file.
			lastOffset = rec.Offset
			continue
		}
		lastOffset = rec.Offset
		data, url, err := htmlResponse(rec.WarcRecord, max)
		rec.Close()
		switch {
		case err != nil:
			if !fr.emit(Record{}, fmt.Errorf("%s: %w", name, err)) {
				return
			}
		case data != nil:
			id := fr.id + "/" + strconv.Itoa(n)
			if !fr.emit(Record{Name: name, ID: id, Data: data, format: formatHTML, source: url}, nil) {
				return
			}
		}
	}
}

// htmlResponse returns the page a WARC record holds and its URL, or nil
// when the record is no successful HTML response.
func htmlResponse(rec gowarc.WarcRecord, max int64) ([]byte, string, error) {
	if rec == nil || rec.Type() != gowarc.Response {
		return nil, "", nil
	}
	block, ok := rec.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return nil, "", nil
	}
	if c := block.HttpStatusCode(); c < 200 || c > 299 {
		return nil, "", nil
	}
	if h := block.HttpHeader(); h != nil {
		mt, _, err := mime.ParseMediaType(h.Get("Content-Type"))
		if err == nil && mt != "text/html" && mt != "application/xhtml+xml" {
			return nil, "", nil
		}
		if enc := strings.ToLower(h.Get("Content-Encoding")); enc != "" && enc != "identity" {
			return nil, "", fmt.Errorf("page stored with Content-Encoding %s, which is not read", enc)
		}
	}
	p, err := block.PayloadBytes()
	if err != nil {
		return nil, "", fmt.Errorf("payload: %w", err)
	}
	data, err := io.ReadAll(io.LimitReader(p, max+1))
	if err != nil {
		return nil, "", fmt.Errorf("payload: %w", err)
	}
	if int64(len(data)) > max {
		return nil, "", fmt.Errorf("%w (page larger than %d bytes)", ErrTooLarge, max)
	}
	url := rec.WarcHeader().Get(gowarc.WarcTargetURI)
	return data, strings.Trim(url, "<>"), nil
}
