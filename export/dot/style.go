package dot

import "github.com/newskg/newskg/graph"

// nodeStyle is how an entity type is drawn. The colours are light enough
// for black text; every name is a Graphviz X11 colour or a hex RGB value,
// which Graphviz draws in every output format without a warning.
type nodeStyle struct{ shape, fill string }

func nodeStyleOf(t graph.EntityType) nodeStyle {
	switch t {
	case graph.Person:
		return nodeStyle{"ellipse", "#cfe2f3"} // light blue
	case graph.Organization:
		return nodeStyle{"box", "#fce5cd"} // light orange
	case graph.Country:
		return nodeStyle{"doubleoctagon", "#d9ead3"} // light green
	case graph.Place:
		return nodeStyle{"house", "#fff2cc"} // light yellow
	case graph.Event:
		return nodeStyle{"diamond", "#f4cccc"} // light red
	}
	return nodeStyle{"ellipse", "white"}
}

// edgeStyle is how a predicate is drawn. Hostile acts are warm and solid,
// contact and cooperation cool, and the two weakest links (a denial, a
// mere affiliation) broken and grey so that they recede.
type edgeStyle struct{ color, style string }

func edgeStyleOf(p graph.Predicate) edgeStyle {
	switch p {
	case graph.Accused:
		return edgeStyle{"red", "solid"}
	case graph.Denied:
		return edgeStyle{"#7f7f7f", "dashed"} // grey50, which CSS lacks
	case graph.Threatened:
		return edgeStyle{"darkorange", "solid"}
	case graph.Attacked:
		return edgeStyle{"darkred", "bold"}
	case graph.Met:
		return edgeStyle{"forestgreen", "solid"}
	case graph.Criticized:
		return edgeStyle{"darkviolet", "solid"}
	case graph.Supplied:
		return edgeStyle{"blue", "solid"}
	case graph.Investigates:
		return edgeStyle{"#008080", "solid"} // teal, which X11 lacks
	case graph.AffiliatedWith:
		return edgeStyle{"#b3b3b3", "dotted"} // grey70
	}
	return edgeStyle{"black", "solid"}
}

// EdgeColor returns the colour of the predicate's edges, a name or hex
// value that both Graphviz and CSS know.
func EdgeColor(p graph.Predicate) string { return edgeStyleOf(p).color }
