package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBadSameAsStopsTheGazetteerLoading(t *testing.T) {
	for _, iri := range []string{"http://ex.org/a b", "not an iri", "http://ex.org/<x>", "http://ex.org/%zz", "Q42 Q43"} {
		path := filepath.Join(t.TempDir(), "g.tsv")
		os.WriteFile(path, []byte("# comment\nPerson\tDmitry Peskov\t\t\t\t\t"+iri+"\n"), 0o644)
		_, err := New(WithGazetteer(path))
		if err == nil || !strings.Contains(err.Error(), path+":2: sameAs") {
			t.Errorf("sameAs %q: error %v, want one naming the line", iri, err)
		}
	}
	for _, iri := range []string{"Q42", "http://dbpedia.org/resource/Dmitry_Peskov", "https://ex.org/Київ#x", "urn:isbn:0451450523"} {
		path := filepath.Join(t.TempDir(), "g.tsv")
		os.WriteFile(path, []byte("Person\tDmitry Peskov\t\t\t\t\t"+iri+"\n"), 0o644)
		if _, err := New(WithGazetteer(path)); err != nil {
			t.Errorf("sameAs %q: %v", iri, err)
		}
	}
}
