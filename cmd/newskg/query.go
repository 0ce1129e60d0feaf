package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newskg/newskg/extract"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/query"
)

// isTerminal reports whether w is a terminal, where a table reads better
// than JSON Lines.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// filterFlags are the claim filters that query and blame share.
type filterFlags struct {
	f     query.Filter
	preds []string
}

// register adds the filters to cmd.
func (ff *filterFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringSliceVar(&ff.preds, "predicate", nil, "keep these predicates (accused, denied, threatened, attacked, met, criticized, supplied, investigates, affiliated_with; blamed = accused)")
	fl.StringVar(&ff.f.Subject, "subject", "", "keep claims made by this entity `NAME` (name, alias, surname or ID)")
	fl.StringVar(&ff.f.Object, "object", "", "keep claims about this entity `NAME` (name, alias, surname or ID)")
	fl.StringVar(&ff.f.Article, "article", "", "keep claims from this article `ID`")
	fl.StringVar(&ff.f.Since, "since", "", "keep articles dated on or after this `DATE` (YYYY-MM-DD)")
	fl.StringVar(&ff.f.Until, "until", "", "keep articles dated on or before this `DATE` (YYYY-MM-DD)")
	fl.Float64Var(&ff.f.MinConfidence, "min-confidence", 0, "drop claims below this confidence (0..1)")
}

// filter returns the query filter the flags describe; names that fit
// several entities are reported on stderr.
func (ff *filterFlags) filter(stderr io.Writer) (query.Filter, error) {
	f := ff.f
	for _, p := range ff.preds {
		pr, err := graph.ParsePredicate(p)
		if err != nil {
			return f, usageError{err}
		}
		f.Predicates = append(f.Predicates, pr)
	}
	if f.MinConfidence < 0 || f.MinConfidence > 1 {
		return f, usagef("--min-confidence %v: want a value in [0, 1]", f.MinConfidence)
	}
	var err error
	f.Resolve, err = resolverTo(stderr)
	return f, err
}

func newQuery() *cobra.Command {
	var (
		ff     filterFlags
		format string
	)
	cmd := &cobra.Command{
		Use:   "query [flags] GRAPH",
		Short: "List the claims that match a filter, with their evidence",
		Long: `query lists the claims of a saved graph that match the filters, with the
article, its date and the evidence sentence. GRAPH is a graph.nq file or
the folder build wrote it into.

Names are alias-aware: "Zelenskyy" finds Volodymyr Zelensky and "Peskov"
finds Dmitry Peskov. A lone surname ("Howard", "Mr Howard") finds every
person of that surname as well as the mentions an article never
expanded; when it fits several people, their names and claim counts are
listed on stderr, so that a full name can narrow the query.

On a terminal the output is a table as wide as the terminal; when piped
it is JSON Lines. -f table|jsonl|json|csv chooses explicitly. Rows are
sorted by date, article and position.`,
		Example: `  newskg query --predicate accused --subject Peskov out/graph.nq
  newskg query --predicate denied -f csv out/graph.nq > denials.csv
  newskg query --object "United States" --predicate blamed out
  newskg query --since 2023-05-01 --until 2023-05-31 --min-confidence 0.8 out/graph.nq`,
		Args: exactlyOneGraph,
		RunE: func(cmd *cobra.Command, args []string) error {
			out := cmd.OutOrStdout()
			format, err := chooseFormat(format, out, "table", "jsonl", "json", "csv")
			if err != nil {
				return err
			}
			f, err := ff.filter(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			g, _, err := readSkim(args[0], false)
			if err != nil {
				return err
			}
			rows, err := query.Run(g, f)
			if err != nil {
				return usageError{err}
			}
			if len(rows) == 0 {
				// An empty answer must not pass for a broken one.
				fmt.Fprintln(cmd.ErrOrStderr(), "newskg: no claim matches the filters")
			}
			switch format {
			case "table":
				return query.WriteTable(out, rows, termWidth())
			case "csv":
				return query.WriteCSV(out, rows)
			case "json":
				if rows == nil {
					rows = []query.Row{}
				}
				return writeJSON(out, rows)
			}
			return query.WriteJSONL(out, rows)
		},
	}
	ff.register(cmd)
	formatFlag(cmd, &format, "", "table", "jsonl", "json", "csv")
	return cmd
}

func newBlame() *cobra.Command {
	var (
		ff     filterFlags
		format string
	)
	cmd := &cobra.Command{
		Use:   "blame [flags] GRAPH",
		Short: "Who accused whom, how often, where, and whether it was denied",
		Long: `blame prints every accuser × accused pair with the number of accusations
and the articles they come from. Under each, it lists the denials by the
accused party (or by someone the graph ties to it, such as its spokesman,
or a body named after it, such as its foreign ministry)
of the same incident or of the accuser's claims, in any article, with the
denial's evidence.

It takes the filters of query: --subject is the accuser, --object the
accused, and --article, --since, --until and --min-confidence narrow the
accusations (--predicate can only be accused). Denials are looked for in
the whole graph.`,
		Example: `  newskg blame out/graph.nq
  newskg blame --subject Russia --since 2023-05-01 out
  newskg blame -f json out/graph.nq | jq '.[] | select(.denials == [])'`,
		Args: exactlyOneGraph,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format == "table" {
				format = "text"
			}
			if format != "text" && format != "json" {
				return usagef("-f %q: want text or json", format)
			}
			f, err := ff.filter(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			for _, p := range f.Predicates {
				if p != graph.Accused {
					return usagef("--predicate %s: blame is about accusations; it takes only --predicate accused", p)
				}
			}
			g, _, err := readSkim(args[0], true)
			if err != nil {
				return err
			}
			accs, err := query.BlameFilter(g, f)
			if err != nil {
				return usageError{err}
			}
			if format == "json" {
				return writeJSON(cmd.OutOrStdout(), accs)
			}
			return query.WriteBlame(cmd.OutOrStdout(), accs, termWidth())
		},
	}
	ff.register(cmd)
	formatFlag(cmd, &format, "text", "text", "json")
	return cmd
}

// resolver is resolverTo without the report of ambiguous names.
func resolver() (func(*graph.Graph, string) []string, error) { return resolverTo(nil) }

// resolverTo finds entities by the names in the graph (a lone surname
// finds the full-named people too) and, failing that, by every spelling
// the gazetteer knows ("Peskow", "Zelenskiy"). When a name fits several
// entities of different names, it lists them on stderr, if not nil, with
// their claim counts.
func resolverTo(stderr io.Writer) (func(*graph.Graph, string) []string, error) {
	x, err := extract.New()
	if err != nil {
		return nil, err
	}
	return func(g *graph.Graph, name string) []string {
		ids := query.ResolveNames(g, name)
		if len(ids) == 0 {
			for _, id := range x.Known(name) {
				if _, ok := g.Entity(id); ok {
					ids = append(ids, id)
				}
			}
		}
		if c := query.Candidates(g, name, ids); c != nil && stderr != nil {
			fmt.Fprintln(stderr, ambiguity(name, c))
		}
		return ids
	}, nil
}

// ambiguity tells which entities a name fits, most claims first, so that
// the reader can narrow it with a full name or an ID.
func ambiguity(name string, cands []query.Candidate) string {
	const shown = 8
	var parts []string
	lone := 0
	for _, c := range cands {
		if graph.Fold(c.Name) == graph.Fold(name) && c.Claims == 0 {
			lone++ // a surname an article never expanded
			continue
		}
		if len(parts) < shown {
			parts = append(parts, fmt.Sprintf("%s [%s] %d claim(s)", c.Name, c.ID, c.Claims))
		}
	}
	msg := fmt.Sprintf("newskg: %q fits %d entities; showing them all (name one in full, or by its [ID], to narrow): %s",
		name, len(cands), strings.Join(parts, ", "))
	if more := len(cands) - lone - len(parts); more > 0 {
		msg += fmt.Sprintf(", and %d more", more)
	}
	if lone > 0 {
		msg += fmt.Sprintf("; and %d mention(s) of %q alone, without claims", lone, name)
	}
	return msg + ". List them with: newskg entities --search " + shellQuote(name) + " GRAPH"
}

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r == '-' || r == '_' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

func exactlyOneGraph(cmd *cobra.Command, args []string) error {
	if len(args) != 1 {
		return usagef("%s needs exactly one GRAPH (a graph.nq, or the folder build wrote), got %d arguments", cmd.Name(), len(args))
	}
	return nil
}
