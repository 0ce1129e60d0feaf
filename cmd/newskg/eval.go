package main

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/newskg/newskg/eval"
	"github.com/newskg/newskg/graph"
)

func newEval() *cobra.Command {
	var (
		goldDir, format string
		minConf         float64
		ef              extractFlags
	)
	cmd := &cobra.Command{
		Use:   "eval --gold DIR PATH...",
		Short: "Score the extractor against gold annotations",
		Long: `eval extracts the articles under PATH (or reads a saved GRAPH.nq) and
scores the result against a gold folder (entities.jsonl and relations.jsonl,
see testdata/gold/SCHEMA.md). It prints precision, recall and F1 for
entities and for relations, overall and per predicate, then the misses and
the false positives.`,
		Example: `  newskg eval --gold testdata/gold/seeds seeds
  newskg eval --gold testdata/gold/seeds -f json seeds > scores.json
  newskg eval --gold testdata/gold/seeds out/graph.nq`,
		Args: minArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if goldDir == "" {
				return usagef("eval: --gold DIR is required")
			}
			if format != "text" && format != "json" {
				return usagef("-f %q: want text or json", format)
			}
			gold, err := eval.LoadGold(goldDir)
			if err != nil {
				return err
			}
			var g *graph.Graph
			failed := false
			if len(args) == 1 && strings.HasSuffix(strings.ToLower(args[0]), ".nq") {
				if g, err = readGraph(args[0]); err != nil {
					return err
				}
			} else {
				g = graph.New()
				if failed, err = ef.build(g, args, cmd.ErrOrStderr()); err != nil {
					return err
				}
			}
			if minConf > 0 {
				g = g.Filter(func(c graph.Claim) bool { return c.Confidence >= minConf })
			}
			r := eval.Score(g, gold)
			write := r.WriteText
			if format == "json" {
				write = r.WriteJSON
			}
			if err := write(cmd.OutOrStdout()); err != nil {
				return err
			}
			if failed {
				return errPartial // the failed inputs were named above
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&goldDir, "gold", "", "gold `DIR` with entities.jsonl and relations.jsonl")
	formatFlag(cmd, &format, "text", "text", "json")
	cmd.Flags().Float64Var(&minConf, "min-confidence", 0, "score only claims with at least this confidence")
	ef.register(cmd)
	return cmd
}
