package main

import (
	"encoding/json"
	"io"
	"os"
	"strconv"

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

// termWidth is the terminal width from $COLUMNS, or 120.
func termWidth() int {
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	return 120
}

func newQuery() *cobra.Command {
	var (
		f      query.Filter
		preds  []string
		format string
	)
	cmd := &cobra.Command{
		Use:   "query [flags] GRAPH.nq",
		Short: "List the claims that match a filter, with their evidence",
		Long: `query lists the claims of a saved graph that match the filters, with the
article, its date and the evidence sentence. Names are alias-aware:
"Zelenskyy" finds Volodymyr Zelensky and "Peskov" finds Dmitry Peskov.

On a terminal the output is a table; when piped it is JSON Lines.
--format table|jsonl|csv chooses explicitly. Rows are sorted by date,
article and position.`,
		Example: `  newskg query --predicate accused --subject Peskov out/graph.nq
  newskg query --predicate denied --format csv out/graph.nq > denials.csv
  newskg query --object "United States" --predicate blamed out/graph.nq
  newskg query --since 2023-05-01 --until 2023-05-31 --min-confidence 0.8 out/graph.nq`,
		Args: exactlyOneGraph,
		RunE: func(cmd *cobra.Command, args []string) error {
			for _, p := range preds {
				pr, err := graph.ParsePredicate(p)
				if err != nil {
					return usageError{err}
				}
				f.Predicates = append(f.Predicates, pr)
			}
			out := cmd.OutOrStdout()
			if format == "" {
				format = "jsonl"
				if isTerminal(out) {
					format = "table"
				}
			}
			if format != "table" && format != "jsonl" && format != "csv" {
				return usagef("--format %q: want table, jsonl or csv", format)
			}
			g, err := readGraph(args[0])
			if err != nil {
				return err
			}
			if f.Resolve, err = resolver(); err != nil {
				return err
			}
			rows, err := query.Run(g, f)
			if err != nil {
				return usageError{err}
			}
			switch format {
			case "table":
				return query.WriteTable(out, rows, termWidth())
			case "csv":
				return query.WriteCSV(out, rows)
			}
			return query.WriteJSONL(out, rows)
		},
	}
	fl := cmd.Flags()
	fl.StringSliceVar(&preds, "predicate", nil, "keep these predicates (accused, denied, threatened, attacked, met, criticized, supplied, investigates, affiliated_with; blamed = accused)")
	fl.StringVar(&f.Subject, "subject", "", "keep claims made by this entity `NAME` (name, alias or ID)")
	fl.StringVar(&f.Object, "object", "", "keep claims about this entity `NAME` (name, alias or ID)")
	fl.StringVar(&f.Article, "article", "", "keep claims from this article `ID`")
	fl.StringVar(&f.Since, "since", "", "keep articles dated on or after this `DATE` (YYYY-MM-DD)")
	fl.StringVar(&f.Until, "until", "", "keep articles dated on or before this `DATE` (YYYY-MM-DD)")
	fl.Float64Var(&f.MinConfidence, "min-confidence", 0, "drop claims below this confidence (0..1)")
	fl.StringVar(&format, "format", "", "output: table, jsonl or csv (default: table on a terminal, else jsonl)")
	return cmd
}

func newBlame() *cobra.Command {
	var (
		format  string
		minConf float64
	)
	cmd := &cobra.Command{
		Use:   "blame [flags] GRAPH.nq",
		Short: "Who accused whom, how often, where, and whether it was denied",
		Long: `blame prints every accuser × accused pair with the number of accusations
and the articles they come from. Under each, it lists the denials by the
accused party (or by someone the graph ties to it, such as its spokesman,
or a body named after it, such as its foreign ministry)
of the same incident or of the accuser's claims, in any article, with the
denial's evidence.`,
		Example: `  newskg blame out/graph.nq
  newskg blame --format json out/graph.nq | jq '.[] | select(.denials == [])'`,
		Args: exactlyOneGraph,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usagef("--format %q: want text or json", format)
			}
			g, err := readGraph(args[0])
			if err != nil {
				return err
			}
			accs := query.Blame(g, minConf)
			if format == "json" {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetEscapeHTML(false)
				enc.SetIndent("", "  ")
				return enc.Encode(accs)
			}
			return query.WriteBlame(cmd.OutOrStdout(), accs, termWidth())
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output: text or json")
	cmd.Flags().Float64Var(&minConf, "min-confidence", 0, "ignore claims below this confidence (0..1)")
	return cmd
}

// resolver finds entities by the names in the graph and, failing that,
// by every spelling the gazetteer knows ("Peskow", "Zelenskiy").
func resolver() (func(*graph.Graph, string) []string, error) {
	x, err := extract.New()
	if err != nil {
		return nil, err
	}
	return func(g *graph.Graph, name string) []string {
		if ids := query.ResolveNames(g, name); len(ids) > 0 {
			return ids
		}
		var ids []string
		for _, id := range x.Known(name) {
			if _, ok := g.Entity(id); ok {
				ids = append(ids, id)
			}
		}
		return ids
	}, nil
}

func exactlyOneGraph(cmd *cobra.Command, args []string) error {
	if len(args) != 1 {
		return usagef("%s needs exactly one GRAPH.nq, got %d arguments", cmd.Name(), len(args))
	}
	return nil
}
