// Command newskg turns news articles into a knowledge graph of who
// accused, denied, threatened, attacked or met whom, with every claim tied
// to its source sentence, and exports it as N-Quads, Graphviz DOT and
// GraphML.
//
// Exit codes: 0 when all went well, 1 when some inputs failed (each is
// named on stderr; the rest were processed), 2 on a usage error.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitOK      = 0
	exitPartial = 1
	exitUsage   = 2
)

// usageError marks a mistake in the command line.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// errPartial reports that some inputs failed; they were already named on
// stderr.
var errPartial = errors.New("some inputs failed")

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the command line and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	return runIn(args, os.Stdin, stdout, stderr)
}

// runIn is run with stdin as standard input.
func runIn(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRoot(stdout, stderr)
	root.SetIn(stdin)
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errPartial):
		fmt.Fprintln(stderr, "newskg:", err)
		return exitPartial
	default:
		fmt.Fprintln(stderr, "newskg:", err)
		var ue usageError
		if errors.As(err, &ue) || strings.HasPrefix(err.Error(), "unknown command") {
			help := "newskg"
			if cmd != nil {
				help = cmd.CommandPath()
			}
			fmt.Fprintf(stderr, "Run '%s --help' for usage.\n", help)
			return exitUsage
		}
		return exitPartial
	}
}

func newRoot(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "newskg",
		Short: "Turn news articles into a knowledge graph with provenance",
		Long: `newskg reads news articles and builds a knowledge graph of the people,
organisations, countries, places and events they name, linked by claims
such as accused, denied, threatened, attacked and met. Every claim keeps
its article and the sentence that supports it, with byte offsets.`,
		Example: `  newskg build -o out seeds
  newskg blame out/graph.nq
  newskg query --predicate accused --subject Peskov out/graph.nq
  newskg entities --search Howard out
  newskg render -o accusations.svg --predicate accused,denied out/graph.nq
  newskg render -o graph.html out/graph.nq
  newskg path Peskov Zelensky out/graph.nq
  newskg top --predicate accused out/graph.nq
  newskg eval --gold testdata/gold/seeds seeds`,
		Version:       buildVersion(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetVersionTemplate("newskg {{.Version}}\n")
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(newBuild(), newMerge(), newExport(), newEval(), newQuery(), newBlame(), newRender(), newEntities(), newPath(), newTop())
	for _, c := range root.Commands() {
		c.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	}
	return root
}

// minArgs is cobra.MinimumNArgs with a usage error.
func minArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usagef("%s needs at least %d argument(s), got %d", cmd.Name(), n, len(args))
		}
		return nil
	}
}
