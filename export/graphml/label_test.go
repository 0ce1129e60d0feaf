package graphml_test

import (
	"encoding/xml"
	"testing"

	"github.com/newskg/newskg/graph/graphtest"
)

// Gephi takes a node's label from the node key named "label"; APOC takes
// a relationship's type from the edge key whose id is "label".
func TestLabelKeys(t *testing.T) {
	var d struct {
		Keys []struct {
			ID   string `xml:"id,attr"`
			For  string `xml:"for,attr"`
			Name string `xml:"attr.name,attr"`
		} `xml:"key"`
	}
	if err := xml.Unmarshal(encode(t, graphtest.Hostile()), &d); err != nil {
		t.Fatal(err)
	}
	var node, edge bool
	for _, k := range d.Keys {
		node = node || k.For == "node" && k.Name == "label"
		edge = edge || k.For == "edge" && k.ID == "label" && k.Name == "label"
	}
	if !node || !edge {
		t.Errorf("node key named label: %v, edge key label: %v; keys %+v", node, edge, d.Keys)
	}
}
