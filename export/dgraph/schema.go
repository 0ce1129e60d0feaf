package dgraph

import (
	"bufio"
	"fmt"
	"io"

	"github.com/newskg/newskg/graph"
)

// predicateSchema is one predicate of the DQL schema: its name and the
// rest of its declaration.
type predicateSchema struct {
	name, decl string
}

// schemaPredicates returns the predicates Encode writes, in schema order.
func schemaPredicates() []predicateSchema {
	ps := []predicateSchema{
		// @upsert makes concurrent loads that create the same node
		// conflict, so that one of them retries and finds the other's.
		{"xid", "string @index(exact) @upsert"},

		{"name", "string @index(exact, term)"},
		{"aliases", "[string] @index(term)"},
		{"same_as", "[string] @index(exact)"},

		{"headline", "string @index(term)"},
		{"date_published", "datetime @index(day)"},
		{"date_text", "string"},
		{"outlet", "string @index(exact)"},
		{"text", "string @index(fulltext)"},
		{"mentions", "[uid] @reverse"},
	}
	for _, p := range graph.Predicates {
		ps = append(ps, predicateSchema{string(p), "[uid] @reverse"})
	}
	return append(ps, []predicateSchema{
		{"subject", "uid @reverse"},
		{"predicate", "string @index(exact)"},
		{"object", "uid @reverse"},
		{"source", "uid @reverse"},
		{"evidence", "string @index(fulltext)"},
		{"start", "int"},
		{"end", "int"},
		{"verb", "string @index(exact)"},
		{"cameo", "string @index(exact)"},
		{"confidence", "float @index(float)"},
	}...)
}

// typeSchema is one node type of the DQL schema and its predicates.
type typeSchema struct {
	name   string
	fields []string
}

// schemaTypes returns the node types Encode writes, in schema order.
// Dgraph uses them for expand(_all_) and for deleting a node's
// predicates with "S * *".
func schemaTypes() []typeSchema {
	entity := []string{"xid", "name", "aliases", "same_as"}
	for _, p := range graph.Predicates {
		entity = append(entity, string(p))
	}
	var ts []typeSchema
	for _, t := range graph.EntityTypes {
		ts = append(ts, typeSchema{string(t), entity})
	}
	return append(ts,
		typeSchema{"Article", []string{"xid", "headline", "date_published", "date_text", "outlet", "text", "mentions"}},
		typeSchema{"Claim", []string{"xid", "subject", "predicate", "object", "source", "evidence", "start", "end", "verb", "cameo", "confidence"}},
	)
}

// WriteSchema writes the DQL schema for the data that Encode writes: every
// predicate with its type and indexes, a reverse edge for every uid
// predicate, and a type for every dgraph.type value. It is the same for
// every graph. Give it to the loaders with -s, or to an Alter operation.
func WriteSchema(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, p := range schemaPredicates() {
		fmt.Fprintf(bw, "%s: %s .\n", p.name, p.decl)
	}
	for _, t := range schemaTypes() {
		fmt.Fprintf(bw, "\ntype %s {\n", t.name)
		for _, f := range t.fields {
			fmt.Fprintf(bw, "\t%s\n", f)
		}
		bw.WriteString("}\n")
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("dgraph: writing schema: %w", err)
	}
	return nil
}
