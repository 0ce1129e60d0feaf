package eval_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"path/filepath"
	"testing"

	"github.com/newskg/newskg/eval"
	"github.com/newskg/newskg/graph"
	"github.com/newskg/newskg/internal/golden"
)

// mixed returns the report on a graph with hits, misses and false
// positives of several kinds.
func mixed(t *testing.T) *eval.Report {
	g := build(t, []string{"minsk", "putin"},
		claim{"moscow", graph.Accused, "ukraine", "Russia accused"},
		claim{"russia", graph.Accused, "ukraine", "Kyiv blamed"},
		claim{"zelensky", graph.Denied, "weapons", "Mr Zelensky"},
		claim{"volodymyr-zelensky", graph.Denied, "kremlin-strike", "Mr Zelensky"},
		claim{"vladimir-putin", graph.Met, "zelensky", "Putin met"},
		claim{"us", graph.Supplied, "ukraine", "The US"},
	)
	return eval.Score(g, loadSmall(t))
}

func TestWriteText(t *testing.T) {
	var b bytes.Buffer
	if err := mixed(t).WriteText(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "report.golden"), b.Bytes())
}

func TestWriteJSON(t *testing.T) {
	var first, second bytes.Buffer
	if err := mixed(t).WriteJSON(&first); err != nil {
		t.Fatal(err)
	}
	if err := mixed(t).WriteJSON(&second); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Error("two runs wrote different JSON")
	}
	var got struct {
		MissingArticles []string `json:"missing_articles"`
		Relations       struct {
			TP             int `json:"tp"`
			FalsePositives []struct {
				Subject  string `json:"subject"`
				Evidence string `json:"evidence"`
			} `json:"false_positives"`
			Misses []eval.GoldRelation `json:"misses"`
		} `json:"relations"`
		ByPredicate map[string]eval.Metrics `json:"by_predicate"`
	}
	if err := json.Unmarshal(first.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.MissingArticles) != 1 || got.Relations.TP != 4 || len(got.Relations.FalsePositives) != 2 ||
		len(got.Relations.Misses) != 3 || len(got.ByPredicate) != len(graph.Predicates) {
		t.Errorf("unexpected JSON:\n%s", first.Bytes())
	}
	if fp := got.Relations.FalsePositives[0]; fp.Subject == "" || fp.Evidence == "" {
		t.Errorf("false positive without subject or evidence: %+v", fp)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteErrors(t *testing.T) {
	r := mixed(t)
	if err := r.WriteText(failWriter{}); err == nil {
		t.Error("WriteText hid a write error")
	}
	if err := r.WriteJSON(failWriter{}); err == nil {
		t.Error("WriteJSON hid a write error")
	}
}
