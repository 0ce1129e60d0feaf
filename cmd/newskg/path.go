package main

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/query"
)

// pathHop is one hop of a chain as JSON: two entities and the links
// between them.
type pathHop struct {
	From  pathEntity `json:"from"`
	To    pathEntity `json:"to"`
	Links []pathLink `json:"links"`
}

type pathEntity struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type pathLink struct {
	Subject   string      `json:"subject"`
	Predicate string      `json:"predicate"`
	Object    string      `json:"object"`
	Claims    []query.Row `json:"claims"`
}

func newPath() *cobra.Command {
	var (
		preds    []string
		minConf  float64
		evidence int
		format   string
	)
	cmd := &cobra.Command{
		Use:   "path [flags] NAME NAME GRAPH",
		Short: "The shortest chain of claims that links two actors, with the evidence",
		Long: `path finds the shortest chain of claims between two entities, following
claims in either direction: Peskov speaks for Russia, Russia accused
Ukraine, Zelensky leads Ukraine. Each hop lists every link between its
two entities with its evidence sentences and articles. Names are
alias-aware, as in query --subject.

Among chains of the same length, each step goes to the neighbour linked
by most claims. --predicate limits the chain to some predicates.`,
		Example: `  newskg path Peskov Zelensky out/graph.nq
  newskg path --predicate accused,denied "Dmitry Peskov" "United States" out/graph.nq
  newskg path -f json Peskov Zelensky out/graph.nq`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 3 {
				return usagef("path needs two names and a GRAPH (a graph.nq, or the folder build wrote), got %d arguments", len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := chooseFormat(format, nil, "text", "json"); err != nil {
				return err
			}
			if evidence < 0 {
				return usagef("--evidence %d: want 0 or more", evidence)
			}
			s := graph.Selection{MinConfidence: minConf}
			for _, p := range preds {
				pr, err := graph.ParsePredicate(p)
				if err != nil {
					return usageError{err}
				}
				s.Predicates = append(s.Predicates, pr)
			}
			g, _, err := readSkim(args[2], false)
			if err != nil {
				return err
			}
			// A lone surname may fit several people: stderr names
			// them, and the chain starts from the nearest.
			resolve, err := resolverTo(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			var ends [2][]string
			for i, name := range args[:2] {
				if ends[i] = resolve(g, name); len(ends[i]) == 0 {
					return usagef("%q: no entity of that name or alias in the graph", name)
				}
			}
			if slices.ContainsFunc(ends[0], func(id string) bool { return slices.Contains(ends[1], id) }) {
				return usagef("%q and %q name the same entity", args[0], args[1])
			}
			hops := g.Select(s).Network().Path(ends[0], ends[1])
			if hops == nil {
				return fmt.Errorf("path: no chain of claims links %s and %s", names(g, ends[0]), names(g, ends[1]))
			}
			if format == "json" {
				return writeJSON(cmd.OutOrStdout(), pathJSON(g, hops))
			}
			return writePath(cmd.OutOrStdout(), g, hops, evidence)
		},
	}
	fl := cmd.Flags()
	fl.StringSliceVar(&preds, "predicate", nil, "follow only claims with these predicates (accused, denied, ...; blamed = accused)")
	fl.Float64Var(&minConf, "min-confidence", 0, "ignore claims below this confidence (0..1)")
	fl.IntVar(&evidence, "evidence", 3, "evidence sentences shown per link (0: all)")
	formatFlag(cmd, &format, "text", "text", "json")
	return cmd
}

// names joins the names of the entities.
func names(g *graph.Graph, ids []string) string {
	var out []string
	for _, id := range ids {
		out = append(out, name(g, id))
	}
	return strings.Join(out, " or ")
}

func name(g *graph.Graph, id string) string {
	if e, ok := g.Entity(id); ok {
		return e.Name
	}
	return id
}

// strongest returns the link of the hop with most claims.
func strongest(h graph.Hop) graph.Link {
	best := h.Links[0]
	for _, l := range h.Links[1:] {
		if len(l.Claims) > len(best.Claims) {
			best = l
		}
	}
	return best
}

// writePath writes the chain on one line, then each hop with its links
// and at most max evidence sentences per link (all when max is 0).
func writePath(w io.Writer, g *graph.Graph, hops []graph.Hop, max int) error {
	bw := bufio.NewWriter(w)
	var chain strings.Builder
	chain.WriteString(name(g, hops[0].From))
	for _, h := range hops {
		l := strongest(h)
		if l.Subject == h.From {
			fmt.Fprintf(&chain, " —%s→ %s", l.Predicate, name(g, h.To))
		} else {
			fmt.Fprintf(&chain, " ←%s— %s", l.Predicate, name(g, h.To))
		}
	}
	fmt.Fprintf(bw, "%s\n", chain.String())
	for i, h := range hops {
		fmt.Fprintf(bw, "\n%d. %s – %s\n", i+1, name(g, h.From), name(g, h.To))
		for _, l := range h.Links {
			fmt.Fprintf(bw, "   %s %s %s: %s\n", name(g, l.Subject), l.Predicate, name(g, l.Object), plural(len(l.Claims), "claim"))
			for j, c := range l.Claims {
				if max > 0 && j == max {
					fmt.Fprintf(bw, "     … and %d more (--evidence 0 shows all)\n", len(l.Claims)-j)
					break
				}
				src := c.Article
				if a, ok := g.Article(c.Article); ok {
					src = c.Article + " " + clipRunes(strings.Join(strings.Fields(a.Title), " "), 70)
					if a.Date != "" {
						src += " (" + a.Date + ")"
					}
				}
				fmt.Fprintf(bw, "     “%s”\n       — %s\n", strings.Join(strings.Fields(c.Evidence), " "), src)
			}
		}
	}
	return bw.Flush()
}

func pathJSON(g *graph.Graph, hops []graph.Hop) []pathHop {
	var out []pathHop
	for _, h := range hops {
		ph := pathHop{From: pathEntity{h.From, name(g, h.From)}, To: pathEntity{h.To, name(g, h.To)}}
		for _, l := range h.Links {
			pl := pathLink{Subject: l.Subject, Predicate: string(l.Predicate), Object: l.Object}
			for _, c := range l.Claims {
				pl.Claims = append(pl.Claims, query.NewRow(g, c))
			}
			ph.Links = append(ph.Links, pl)
		}
		out = append(out, ph)
	}
	return out
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// clipRunes shortens s to at most n runes, marking the cut with "…".
func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
