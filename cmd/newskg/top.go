package main

import (
	"github.com/spf13/cobra"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/query"
)

func newTop() *cobra.Command {
	var (
		f      query.Filter
		preds  []string
		limit  int
		format string
	)
	cmd := &cobra.Command{
		Use:   "top [flags] GRAPH",
		Short: "The actors most accusing, most accused and most denying",
		Long: `top ranks the actors of a saved graph by the claims they made and the
claims made of them, with the number of claims, the articles they come
from and the entities on the other side.

Without --predicate it ranks the most accusing, the most accused and
the most denying. With --predicate P it ranks who made most claims of P
and of whom most were made, for each P given.`,
		Example: `  newskg top out/graph.nq
  newskg top --predicate accused out/graph.nq
  newskg top --predicate attacked,threatened --since 2023-05-01 -n 5 out/graph.nq
  newskg top -f json out/graph.nq | jq '.[0].ranks[0]'`,
		Args: exactlyOneGraph,
		RunE: func(cmd *cobra.Command, args []string) error {
			for _, p := range preds {
				pr, err := graph.ParsePredicate(p)
				if err != nil {
					return usageError{err}
				}
				f.Predicates = append(f.Predicates, pr)
			}
			if _, err := chooseFormat(format, nil, "text", "json"); err != nil {
				return err
			}
			g, _, err := readSkim(args[0], false)
			if err != nil {
				return err
			}
			rankings, err := query.Top(g, f, limit)
			if err != nil {
				return usageError{err}
			}
			if format == "json" {
				return writeJSON(cmd.OutOrStdout(), rankings)
			}
			return query.WriteTop(cmd.OutOrStdout(), rankings, termWidth())
		},
	}
	fl := cmd.Flags()
	fl.StringSliceVar(&preds, "predicate", nil, "rank by these predicates (default: accused and denied; blamed = accused)")
	fl.StringVar(&f.Since, "since", "", "count articles dated on or after this `DATE` (YYYY-MM-DD)")
	fl.StringVar(&f.Until, "until", "", "count articles dated on or before this `DATE` (YYYY-MM-DD)")
	fl.Float64Var(&f.MinConfidence, "min-confidence", 0, "ignore claims below this confidence (0..1)")
	fl.IntVarP(&limit, "limit", "n", 10, "actors per ranking (0: all)")
	formatFlag(cmd, &format, "text", "text", "json")
	return cmd
}
