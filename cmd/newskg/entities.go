package main

import (
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/query"
)

func newEntities() *cobra.Command {
	var (
		typ, search, format string
	)
	cmd := &cobra.Command{
		Use:   "entities [--type TYPE] [--search NAME] GRAPH",
		Short: "List the entities of a graph with their names, types, claims and articles",
		Long: `entities lists the people, organisations, countries, places and events of
a saved graph: ID, name, type, aliases, the number of claims each takes
part in and the articles that mention it, most claims first. GRAPH is a
graph.nq file or the folder build wrote it into.

--search NAME keeps the entities that query --subject NAME would find
(alias-aware; a lone surname finds every person of that surname) and
those whose name, alias or ID contains NAME, ignoring case and accents.
Use it to see whom a surname may mean before querying.

On a terminal the output is a table as wide as the terminal; when piped
it is JSON Lines. -f table|jsonl|json|csv chooses explicitly; in CSV,
aliases and article IDs are joined with "|".`,
		Example: `  newskg entities out/graph.nq
  newskg entities --search Howard out
  newskg entities --type Person -f csv out/graph.nq > people.csv
  newskg entities --type Country -f json out | jq '.[0]'`,
		Args: exactlyOneGraph,
		RunE: func(cmd *cobra.Command, args []string) error {
			out := cmd.OutOrStdout()
			format, err := chooseFormat(format, out, "table", "jsonl", "json", "csv")
			if err != nil {
				return err
			}
			f := query.EntityFilter{Search: search}
			if typ != "" {
				i := slices.IndexFunc(graph.EntityTypes, func(t graph.EntityType) bool { return strings.EqualFold(string(t), typ) })
				if i < 0 {
					return usagef("--type %q: want one of %s", typ, typeList())
				}
				f.Type = graph.EntityTypes[i]
			}
			if f.Resolve, err = resolver(); err != nil {
				return err
			}
			g, _, err := readSkim(args[0], true)
			if err != nil {
				return err
			}
			rows := query.Entities(g, f)
			switch format {
			case "table":
				return query.WriteEntitiesTable(out, rows, termWidth())
			case "csv":
				return query.WriteEntitiesCSV(out, rows)
			case "json":
				return writeJSON(out, rows)
			}
			return query.WriteEntitiesJSONL(out, rows)
		},
	}
	cmd.Flags().StringVar(&typ, "type", "", "keep entities of this `TYPE`: "+typeList())
	cmd.Flags().StringVar(&search, "search", "", "keep entities this `NAME` may mean, or whose name contains it")
	formatFlag(cmd, &format, "", "table", "jsonl", "json", "csv")
	return cmd
}

func typeList() string {
	var s []string
	for _, t := range graph.EntityTypes {
		s = append(s, string(t))
	}
	return strings.Join(s, ", ")
}
