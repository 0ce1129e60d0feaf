package main

import (
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newskg/newskg/corpus"
	"github.com/newskg/newskg/export/dgraph"
	"github.com/newskg/newskg/export/dot"
	"github.com/newskg/newskg/export/graphml"
	"github.com/newskg/newskg/export/nquads"
	"github.com/newskg/newskg/extract"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/ingest"
)

// formats maps each export format to its file name in the output folder.
var formats = []struct{ name, file string }{
	{"nquads", "graph.nq"},
	{"dot", "graph.dot"},
	{"graphml", "graph.graphml"},
}

// extractFlags are the options shared by commands that extract.
type extractFlags struct {
	gazetteer string
	workers   int
	maxSize   int64
	quiet     bool
	stdin     io.Reader // read for the path "-"
}

func (f *extractFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.gazetteer, "gazetteer", "", "extra gazetteer `FILE` (format of extract/data/gazetteer.tsv)")
	cmd.Flags().IntVarP(&f.workers, "jobs", "j", 0, "articles extracted in parallel (default: one per CPU)")
	cmd.Flags().Int64Var(&f.maxSize, "max-size", ingest.DefaultMaxSize, "largest article accepted (a file, a JSON Lines line, a WARC page), in `bytes`")
	cmd.Flags().BoolVarP(&f.quiet, "quiet", "q", false, "no progress line on a terminal")
}

// build extracts the articles under paths into g, naming each failed
// input on stderr. It reports whether any input failed.
func (f *extractFlags) build(g *graph.Graph, paths []string, stderr io.Writer) (failed bool, err error) {
	differs := func(a graph.Article) bool {
		old, ok := g.Article(a.ID)
		return ok && old.Text != a.Text
	}
	return f.run(paths, stderr, func(d graph.Document, _ ingest.Record) error { return g.Add(d) }, differs)
}

// run extracts the articles under paths and hands each document to add,
// in input order, naming each failed input on stderr as it fails. It
// reports whether any input failed, and fails when no article could be
// read.
//
// differs reports whether the article already holding an article's ID
// has another text; see corpus.Builder.Differs.
func (f *extractFlags) run(paths []string, stderr io.Writer, add func(graph.Document, ingest.Record) error, differs func(graph.Article) bool) (failed bool, err error) {
	var opts []extract.Option
	if f.gazetteer != "" {
		opts = append(opts, extract.WithGazetteer(f.gazetteer))
	}
	// The inputs are listed while the extractor loads its data: each
	// takes tens of milliseconds before the first article can be read
	// (a folder's files are stat'ed one by one), and neither needs the
	// other.
	type listing struct {
		files []ingest.Input
		errs  []error
	}
	listed := make(chan listing, 1)
	go func() {
		files, errs := ingest.Files(paths)
		listed <- listing{files, errs}
	}()
	x, err := extract.New(opts...)
	l := <-listed
	if err != nil {
		return false, err
	}
	for _, w := range x.Warnings() {
		fmt.Fprintln(stderr, "newskg: warning: --gazetteer:", w)
	}
	files, errs := l.files, l.errs
	p := newProgress(stderr, f.quiet)
	fail := func(e error) {
		p.clear()
		fmt.Fprintln(stderr, "newskg:", e)
	}
	for _, e := range errs {
		fail(e)
	}
	added := 0
	b := corpus.Builder{
		Extractor: x,
		Reader:    ingest.Reader{MaxSize: f.maxSize, Stdin: f.stdin},
		Workers:   f.workers,
		Errors:    fail,
		Progress:  p.update,
		Differs:   differs,
	}
	var last corpus.Progress
	b.Progress = func(pr corpus.Progress) { last = pr; p.update(pr) }
	b.Run(files, func(d graph.Document, rec ingest.Record) error {
		if err := add(d, rec); err != nil {
			return err
		}
		added++
		return nil
	})
	p.clear()
	failedAny := len(errs) > 0 || last.Failed > 0
	if added == 0 {
		// Nothing new: leave earlier output as it is rather than
		// replace it with an empty graph.
		if len(files) == 0 && len(errs) == 0 {
			return true, fmt.Errorf("no articles (.txt, .html, .json, .jsonl, .warc, or these gzipped) under %s", strings.Join(paths, ", "))
		}
		return true, errors.New("no article could be read; nothing written")
	}
	return failedAny, nil
}

// viewFlags narrow the DOT picture.
type viewFlags struct {
	focus      []string
	depth      int
	predicates []string
	minConf    float64
	minClaims  int
	top        int
	title      string
	cmd        *cobra.Command // for its stderr, where ambiguous names are reported
}

// register adds the flags to cmd; withMinConf adds --min-confidence too,
// for commands that have no such flag of their own.
func (v *viewFlags) register(cmd *cobra.Command, withMinConf bool) {
	v.cmd = cmd
	if withMinConf {
		cmd.Flags().Float64Var(&v.minConf, "min-confidence", 0, "drop claims below this confidence (0..1)")
	}
	cmd.Flags().StringSliceVar(&v.focus, "focus", nil, "draw only the network around this entity `NAME` (name, alias or ID; repeatable)")
	cmd.Flags().IntVar(&v.depth, "depth", 1, "hops from the --focus entities")
	cmd.Flags().StringSliceVar(&v.predicates, "predicate", nil, "draw only claims with these predicates (accused, denied, ...; blamed = accused)")
	cmd.Flags().IntVar(&v.top, "top", 0, "keep the `N` entities that take part in most claims (the --focus entities first)")
	cmd.Flags().IntVar(&v.minClaims, "min-claims", 0, "keep only links (one predicate from one entity to another) of at least `N` claims")
	cmd.Flags().StringVar(&v.title, "title", "", "title of the picture")
}

// selection turns the flags into a graph selection, resolving names.
func (v *viewFlags) selection(g *graph.Graph) (graph.Selection, error) {
	s := graph.Selection{Depth: v.depth, MinConfidence: v.minConf, MinClaims: v.minClaims, Top: v.top}
	if v.top < 0 || v.minClaims < 0 || v.depth < 0 {
		return s, usagef("--top, --min-claims and --depth take a number of 0 or more")
	}
	for _, p := range v.predicates {
		pr, err := graph.ParsePredicate(p)
		if err != nil {
			return s, usageError{err}
		}
		s.Predicates = append(s.Predicates, pr)
	}
	if v.minConf < 0 || v.minConf > 1 {
		return s, usagef("--min-confidence %v: want a value in [0, 1]", v.minConf)
	}
	resolve, err := resolverTo(v.cmd.ErrOrStderr())
	if err != nil {
		return s, err
	}
	for _, name := range v.focus {
		ids := resolve(g, name)
		if len(ids) == 0 {
			return s, usagef("--focus %q: no entity of that name or alias in the graph", name)
		}
		s.Focus = append(s.Focus, ids...)
	}
	return s, nil
}

func (v *viewFlags) active() bool {
	return len(v.focus) > 0 || len(v.predicates) > 0 || v.minConf > 0 || v.top != 0 || v.minClaims != 0
}

// view narrows g as the flags say, or returns it as it is.
func (v *viewFlags) view(g *graph.Graph) (*graph.Graph, error) {
	if !v.active() {
		return g, nil
	}
	s, err := v.selection(g)
	if err != nil {
		return nil, err
	}
	return g.Select(s), nil
}

// encode writes g in the named format.
func encode(w io.Writer, format string, g *graph.Graph, base, title string) error {
	switch format {
	case "nquads", "nq":
		e := nquads.NewEncoder(w)
		if base != "" {
			e.SetBase(base)
		}
		return e.Encode(g)
	case "dot":
		e := dot.NewEncoder(w)
		if title != "" {
			e.SetTitle(title)
		}
		return e.Encode(g)
	case "graphml":
		return graphml.NewEncoder(w).Encode(g)
	case "dgraph":
		return dgraph.NewEncoder(w).Encode(g)
	}
	return usagef("unknown format %q (want nquads, dot, graphml or dgraph)", format)
}

func newBuild() *cobra.Command {
	var (
		out     string
		fmts    []string
		base    string
		minConf float64
		appendG bool
		ef      extractFlags
		vf      viewFlags
	)
	cmd := &cobra.Command{
		Use:   "build -o DIR PATH...",
		Short: "Extract a knowledge graph from articles and export it",
		Long: `build reads the articles in the given files and folders (.txt, .html,
.htm and .json; feeds of many articles in JSON Lines, .jsonl, and web
archives, .warc; any of them gzipped, .gz; folders are searched
recursively; - reads standard input, whatever its format), extracts
entities and claims, and writes DIR/graph.nq (the graph itself, readable
again by export, query and build --append), DIR/graph.dot and
DIR/graph.graphml. It prints a summary on stderr. -f picks some of the
three; --append reads DIR/graph.nq, adds the new articles, and rewrites
every export DIR holds, so that none lags behind the graph.

An input that cannot be read is named on stderr and skipped; the exit
code is then 1; in a feed, a bad line or record is named by its number
and the rest goes on. Files are written whole or not at all, and switched
in as one set: DIR is locked while build writes it (a second build
waits), and a build killed midway leaves the old set or one the next
command completes. See docs/reliability.md. On a terminal, a progress
line shows articles, MB read, MB/s, time left and failures; --quiet
hides it.`,
		Example: `  newskg build -o out seeds
  newskg build -o out -f nquads,graphml articles/
  newskg build -o out --min-confidence 0.7 --focus Peskov --depth 1 seeds
  newskg build -o out --append new-articles/
  newskg build -o out feed.jsonl.gz crawl.warc.gz
  zcat feed.jsonl.gz | newskg build -o out -`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return usagef("build: -o DIR is required")
			}
			if err := checkFormats(fmts); err != nil {
				return err
			}
			if minConf < 0 || minConf > 1 {
				return usagef("--min-confidence %v: want a value in [0, 1]", minConf)
			}
			if appendG && !slices.Contains(fmts, "nquads") {
				return usagef("--append needs nquads among --format: it adds to DIR/graph.nq")
			}
			// The lock keeps a second writer out until this one is done;
			// opening also completes a switch that a killed run left.
			d, done, err := openSet(cmd, out)
			if err != nil {
				return err
			}
			defer done()
			ef.stdin = cmd.InOrStdin()
			g := graph.New()
			nqPath := filepath.Join(out, "graph.nq")
			var unheld map[graph.Predicate]int // claims written but not held in g, for the summary
			var foreign []string
			old := "" // the graph.nq appended to
			if appendG {
				// An export left as it was before the append would
				// contradict graph.nq: rewrite every one the folder holds.
				for _, f := range formats {
					if _, err := os.Stat(filepath.Join(out, f.file)); err == nil && !slices.Contains(fmts, f.name) {
						fmts = append(fmts, f.name)
					}
				}
			}
			drawn := slices.Contains(fmts, "dot") || slices.Contains(fmts, "graphml")
			// The pictures are drawn from what each article's claims add
			// to them, so that the graph need not hold every claim; a
			// picture narrowed by --focus, --top and the like needs
			// them all, and the graph keeps them.
			var pics *pictures
			if !vf.active() {
				p, remove, err := newPictures(d, fmts)
				if err != nil {
					return err
				}
				defer remove()
				pics = p
			}
			var fast *indexed // the folder appended to, when its index serves
			if appendG {
				var fg *graph.Graph
				if fast, fg = openIndexed(out, fmts, pics, minConf, base); fast != nil {
					// The old files are copied around what is new;
					// the graph holds the old entities, the index the
					// rest (article IDs, claim counts, pictures).
					defer fast.close()
					g, foreign, base = fg, fast.foreign, fast.side.base
					unheld = maps.Clone(fast.side.counts)
					if pics != nil {
						pics.old = fast
					}
				} else {
					// The old articles are copied into graph.nq as they
					// are; the graph needs their entities and IDs, and
					// their claims only for the pictures.
					saved, counts, err := readForAppend(nqPath, drawn)
					if err != nil {
						return fmt.Errorf("--append: %w", err)
					}
					g, unheld, foreign, old = saved.g, counts, saved.foreign, nqPath
					if pics != nil {
						// The old claims go to the pictures, and stay in
						// the graph for the summary; the new ones go to
						// the pictures alone.
						if minConf > 0 {
							g = g.Filter(func(c graph.Claim) bool { return c.Confidence >= minConf })
							pics.partial = true
						}
						if err := pics.addGraph(g); err != nil {
							return err
						}
					}
					for _, a := range g.Articles() {
						g.DropText(a.ID)
					}
					if base == "" {
						base = saved.base // keep the IRIs the graph was built with
					}
				}
			}
			// graph.nq is written article by article as extraction
			// goes; the graph keeps entities and claims for the other
			// formats and the summary.
			// The writer takes each article's quads as it is extracted;
			// it runs even when graph.nq is not written, since the
			// build ID is the hash of the N-Quads.
			nw, remove, err := newSpoolWriter(d, base)
			if err != nil {
				return err
			}
			defer remove()
			sink := &streamSink{g: g, w: nw, minConf: minConf, old: old, base: base,
				noClaims: !drawn || pics != nil, pics: pics, fast: fast}
			failed, err := ef.run(args, cmd.ErrOrStderr(), sink.add, sink.differs)
			if err != nil {
				return err
			}
			if minConf > 0 && pics == nil {
				g = g.Filter(func(c graph.Claim) bool { return c.Confidence >= minConf })
			}
			dotView := g
			if slices.Contains(fmts, "dot") {
				if dotView, err = vf.view(g); err != nil {
					return err
				}
			}
			var olds []nquads.Old
			switch {
			case fast != nil:
				olds = []nquads.Old{fast.old()}
			case old != "":
				f, err := os.Open(old)
				if err != nil {
					return err
				}
				defer f.Close()
				olds = []nquads.Old{{R: f}}
			}
			for p, n := range sink.counts {
				if unheld == nil {
					unheld = make(map[graph.Predicate]int)
				}
				unheld[p] += n
			}
			if err := writeStreamSet(d, fmts, g, dotView, sink.w, olds, foreign, base, vf.title, pics, claimCounts(g, unheld)); err != nil {
				return err
			}
			oldArticles := 0 // in the graph appended to, not in g
			if fast != nil {
				oldArticles = fast.articles()
			}
			summary(cmd.ErrOrStderr(), g, oldArticles, out, unheld)
			if failed {
				return errPartial
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "output `DIR` (created if missing)")
	cmd.Flags().StringSliceVarP(&fmts, "format", "f", []string{"nquads", "dot", "graphml"}, "formats to write: nquads, dot, graphml (with --append, every export already in DIR is rewritten too)")
	cmd.Flags().StringVar(&base, "base", "", "base `IRI` of the N-Quads (default "+nquads.DefaultBase+")")
	cmd.Flags().Float64Var(&minConf, "min-confidence", 0, "drop claims below this confidence (0..1)")
	cmd.Flags().BoolVar(&appendG, "append", false, "add the articles to the graph already in DIR/graph.nq")
	ef.register(cmd)
	vf.register(cmd, false)
	return cmd
}

// summary prints what a build produced.
// Articles and claims the graph does not hold (those of a graph.nq
// appended to without reading them) are counted in moreArticles and
// more.
func summary(w io.Writer, g *graph.Graph, moreArticles int, out string, more map[graph.Predicate]int) {
	a, e, _ := g.Len()
	a += moreArticles
	counts := claimCounts(g, more)
	c := 0
	for _, n := range counts {
		c += n
	}
	var parts []string
	for _, p := range graph.Predicates {
		if n := counts[p]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", p, n))
		}
	}
	fmt.Fprintf(w, "newskg: %d articles, %d entities, %d claims (%s) → %s\n", a, e, c, strings.Join(parts, ", "), out)
}

// claimCounts returns the claims of g by predicate, with those of more,
// which g does not hold.
func claimCounts(g *graph.Graph, more map[graph.Predicate]int) map[graph.Predicate]int {
	counts := g.Counts()
	for p, n := range more {
		counts[p] += n
	}
	return counts
}

// readGraph reads a graph from its N-Quads file.
func readGraph(path string) (*graph.Graph, error) {
	s, err := loadSaved(path)
	return s.g, err
}

// saved is a graph read from its N-Quads file.
type saved struct {
	g *graph.Graph
	// base is the IRI base the graph was written with, so that writing
	// it again keeps the user's IRIs.
	base string
	// foreign holds the statements of quads that newskg did not write
	// (added by the user or another tool), to be written back.
	foreign []string
}

// loadSaved reads a graph saved as N-Quads, from the file at path or the
// graph.nq of the folder at path. When the file lies in a
// build's output folder, a switch that a killed build left half done is
// completed first, and a file from another build than the folder's is
// reported rather than read.
func loadSaved(path string) (saved, error) {
	return loadWith(path, func(*nquads.Decoder) {})
}
