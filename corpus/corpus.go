// Package corpus runs the extraction pipeline over many inputs: it reads
// their records one after another, parses and extracts them in parallel,
// and hands the documents on in input order, so that the result does not
// depend on scheduling and memory does not grow with the input.
package corpus

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"sync/atomic"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/ingest"
)

// Extractor turns one article into a document.
type Extractor interface {
	Extract(graph.Article) graph.Document
}

// Progress is how far a run has got.
type Progress struct {
	// Articles counts the documents handed on, Failed the records and
	// inputs that failed.
	Articles, Failed int
	// Read is the number of input bytes read so far (as stored, so
	// compressed bytes for a compressed file) and Total the size of all
	// the inputs, 0 when unknown (standard input).
	Read, Total int64
}

// Builder feeds article files through an extractor.
type Builder struct {
	Extractor Extractor
	Reader    ingest.Reader
	// Workers is the number of articles extracted at once; 0 means one
	// per CPU.
	Workers int
	// Progress, when set, is called after each record.
	Progress func(Progress)
	// Errors, when set, receives each error as it happens, and Run and
	// Add return none; otherwise they collect them.
	Errors func(error)
	// Differs, when set, reports whether the article that already holds
	// a's ID has another text. Run then retries an article whose ID is
	// taken under its qualified ID (see ingest.Input.Qualified), as when
	// folders with files of the same names are appended one by one, and
	// names an article added twice as such.
	Differs func(a graph.Article) bool
}

// How far Run reads ahead of the extraction, and how many documents it
// takes at a time (see Run).
const (
	readAhead      = 64      // records a worker
	minAhead       = 4       // records a worker, whatever their size
	readAheadBytes = 4 << 20 // bytes held, past which minAhead holds
	batch          = 8       // records a hand-off between goroutines
)

type result struct {
	doc graph.Document
	rec ingest.Record
	err error
}

// extract parses and extracts one record. A panic in the extractor is a
// bug, but it must not take the batch down: it becomes an error that
// names the record, and the other articles go on.
func (b *Builder) extract(rec ingest.Record) result {
	a, err := parse(rec)
	if err != nil {
		return result{err: err}
	}
	rec.Data = nil // the article holds what is needed
	return b.extractParsed(rec, a)
}

// parse parses one record, turning a panic into an error as extract
// does.
func parse(rec ingest.Record) (a graph.Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = internalError(rec, p)
		}
	}()
	return rec.Article()
}

// extractParsed extracts the article a parsed from rec, turning a panic
// into an error as extract does.
func (b *Builder) extractParsed(rec ingest.Record, a graph.Article) (r result) {
	defer func() {
		if p := recover(); p != nil {
			r = result{err: internalError(rec, p)}
		}
	}()
	return result{doc: b.Extractor.Extract(a), rec: rec}
}

// internalError is the error of a record whose parsing or extraction
// panicked.
func internalError(rec ingest.Record, p any) error {
	return fmt.Errorf("%s: internal error in extraction (please report it): %v", rec.Name, p)
}

// Add reads and extracts the inputs and adds each article to g in input
// order. A record that cannot be read, or whose article is already in g,
// gives an error that names it; the others are still added.
func (b *Builder) Add(g *graph.Graph, inputs []ingest.Input) []error {
	if b.Differs == nil {
		b.Differs = func(a graph.Article) bool { return differs(g, a) }
	}
	return b.Run(inputs, func(d graph.Document, _ ingest.Record) error { return g.Add(d) })
}

// differs reports whether the article in g with a's ID has other text.
func differs(g *graph.Graph, a graph.Article) bool {
	old, ok := g.Article(a.ID)
	return ok && old.Text != a.Text
}

// withID returns d with its article, and the claims quoted from it,
// under another ID.
func withID(d graph.Document, id string) graph.Document {
	d.Article.ID = id
	claims := make([]graph.Claim, len(d.Claims))
	for i, c := range d.Claims {
		c.Article = id
		claims[i] = c
	}
	d.Claims = claims
	return d
}

// Run reads, parses and extracts every record of the inputs and calls add
// with each document in input order, from one goroutine. An error from
// add is reported with the record's name, like a record that cannot be
// read. Memory stays bounded: at most 64 records per worker are in
// flight, and no more than 4 a worker once they hold 4 MiB.
func (b *Builder) Run(inputs []ingest.Input, add func(graph.Document, ingest.Record) error) []error {
	workers := b.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// Each input's size is had once, from the listing (ingest.Files)
	// or else stated: for the total here, and for the progress once it
	// is read.
	var total int64
	sizes := make([]int64, len(inputs))
	stdin := false
	for i, in := range inputs {
		if in.Path == ingest.Stdin {
			stdin = true
			continue
		}
		if in.Size > 0 {
			sizes[i] = in.Size
		} else if info, err := os.Stat(in.Path); err == nil && info.Mode().IsRegular() {
			sizes[i] = info.Size()
		}
		total += sizes[i]
	}
	if stdin {
		total = 0
	}

	// Records travel in batches: a bounded queue of them keeps the
	// input order while workers run ahead, and each batch has a buffered
	// channel for its results. One record a hand-off, the worker that
	// took a job woke the reader, blocked on the full channel, for each
	// article, and paid for it (a futex call, tens of microseconds of
	// the extraction's time); a batch pays once for up to batch records.
	// The reader sends a batch before it is full when no job is queued,
	// so that a worker never waits on records already read, as when a
	// slow feed comes in on standard input.
	type rec struct {
		rec  ingest.Record
		err  error
		read int64 // input bytes read when the record was
		size int64 // the record's bytes, counted in held
		// parsed is set when the reader parsed the record: a holds
		// its article, or err says why it has none.
		parsed bool
		a      graph.Article
	}
	// With one worker, the reader parses each record it reads, and the
	// worker only extracts: the goroutines that read and take the
	// documents leave a processor mostly idle, and parsing a record took
	// a few percent of the worker's time. With more workers, they parse,
	// so that the one reader does not hold them up.
	parseAhead := workers == 1
	type job struct {
		recs []rec
		out  chan []result
	}
	// The reader runs ahead of the workers by up to readAhead records a
	// worker, not one record, so that a worker finds its next record
	// read when it is done with one, even when the reader or the
	// goroutine that takes the documents did not get a processor
	// meanwhile (another goroutine or process had it). Records of many
	// bytes keep it nearer: past readAheadBytes held, it waits for
	// fewer than minAhead records a worker to be queued.
	ahead := readAhead * workers / batch
	jobs := make(chan job, ahead)
	queue := make(chan job, ahead)
	var held atomic.Int64          // bytes of the records read and not yet handed on
	room := make(chan struct{}, 1) // a token: held went down
	done := make(chan struct{})
	defer close(done)
	for range workers {
		go func() {
			for j := range jobs {
				rs := make([]result, len(j.recs))
				for i, r := range j.recs {
					switch {
					case r.err != nil:
						rs[i] = result{rec: r.rec, err: r.err}
					case r.parsed:
						rs[i] = b.extractParsed(r.rec, r.a)
					default:
						rs[i] = b.extract(r.rec)
					}
					// The document holds what is needed.
					j.recs[i].rec.Data, j.recs[i].a = nil, graph.Article{}
				}
				j.out <- rs
			}
		}()
	}
	go func() {
		defer close(queue)
		defer close(jobs)
		var cur []rec
		flush := func() bool {
			j := job{cur, make(chan []result, 1)}
			cur = make([]rec, 0, batch)
			select {
			case queue <- j:
			case <-done:
				return false
			}
			select {
			case jobs <- j:
			case <-done:
				return false
			}
			return true
		}
		var before int64 // bytes of the inputs already read
		for i, in := range inputs {
			for r, err := range b.Reader.Records(in) {
				for held.Load() > readAheadBytes && len(queue)*batch >= minAhead*workers {
					if len(cur) > 0 && !flush() {
						return
					}
					select {
					case <-room:
					case <-done:
						return
					}
				}
				held.Add(int64(len(r.Data)))
				next := rec{rec: r, err: err, read: before + r.Offset, size: int64(len(r.Data))}
				if parseAhead && err == nil {
					next.a, next.err = parse(r)
					next.parsed = true
					next.rec.Data = nil // the article holds what is needed
				}
				cur = append(cur, next)
				if (len(cur) == batch || len(jobs) == 0) && !flush() {
					return
				}
			}
			before += sizes[i]
		}
		if len(cur) > 0 {
			flush()
		}
	}()

	var errs []error
	fail := func(err error) {
		if b.Errors != nil {
			b.Errors(err)
		} else {
			errs = append(errs, err)
		}
	}
	var p Progress
	p.Total = total
	handle := func(r result, in rec) {
		switch {
		case r.err != nil:
			fail(r.err)
			p.Failed++
		default:
			doc := r.doc
			err := add(doc, r.rec)
			if q := r.rec.Qualified; errors.Is(err, graph.ErrDuplicateArticle) && q != "" && b.Differs != nil && b.Differs(doc.Article) {
				// Another article has the ID: the folder's name in
				// front tells them apart.
				doc = withID(doc, q)
				err = add(doc, r.rec)
			}
			if err != nil {
				if errors.Is(err, graph.ErrDuplicateArticle) {
					err = fmt.Errorf("%s: article ID %q is already in the graph", r.rec.Name, doc.Article.ID)
					if b.Differs != nil && !b.Differs(doc.Article) {
						err = fmt.Errorf("%s: article %q is already in the graph, with the same text", r.rec.Name, doc.Article.ID)
					}
				} else {
					err = fmt.Errorf("%s: %w", r.rec.Name, err)
				}
				fail(err)
				p.Failed++
			} else {
				p.Articles++
			}
		}
		held.Add(-in.size)
		select {
		case room <- struct{}{}:
		default:
		}
		if in.read > p.Read {
			p.Read = in.read
		}
		if b.Progress != nil {
			b.Progress(p)
		}
	}
	for j := range queue {
		for i, r := range <-j.out {
			handle(r, j.recs[i])
		}
	}
	return errs
}
