package graphml

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"testing"
)

// xmlDocument writes a small document through encoding/xml's Encoder,
// which writer stands in for: nested elements, an attribute and a text
// value, and an empty element.
func xmlDocument(attr, text string) []byte {
	var b bytes.Buffer
	x := xml.NewEncoder(&b)
	x.Indent("", "  ")
	start := func(name string, attrs ...string) {
		s := xml.StartElement{Name: xml.Name{Local: name}}
		for i := 0; i+1 < len(attrs); i += 2 {
			s.Attr = append(s.Attr, xml.Attr{Name: xml.Name{Local: attrs[i]}, Value: attrs[i+1]})
		}
		x.EncodeToken(s)
	}
	end := func(name string) { x.EncodeToken(xml.EndElement{Name: xml.Name{Local: name}}) }
	start("graphml", "xmlns", namespace)
	start("graph", "id", attr)
	start("node", "id", attr, "labels", ":Person")
	start("data", "key", "name")
	if text != "" {
		x.EncodeToken(xml.CharData(text))
	}
	end("data")
	start("data", "key", "empty")
	end("data")
	end("node")
	end("graph")
	end("graphml")
	x.Close()
	return b.Bytes()
}

// writerDocument writes the same document through writer.
func writerDocument(attr, text string) []byte {
	var b bytes.Buffer
	w := &writer{w: bufio.NewWriter(&b)}
	w.start("graphml", "xmlns", namespace)
	w.start("graph", "id", attr)
	w.start("node", "id", attr, "labels", ":Person")
	w.data("name", text)
	w.data("empty", "")
	w.end("node")
	w.end("graph")
	w.end("graphml")
	w.w.Flush()
	return b.Bytes()
}

func TestWriterMatchesEncodingXML(t *testing.T) {
	for _, s := range []string{
		"", "plain", `<a href="x">&amp;</a>`, "it's", "tab\there", "line\nbreak", "cr\rlf\r\n",
		"nul\x00", "bad\xffbyte", "\uFFFE\uFFFF", "\U0001F600 emoji", "\uFFFD", "Zelensky’s “aide”", "\x1b[31m",
	} {
		if got, want := writerDocument(s, s), xmlDocument(s, s); !bytes.Equal(got, want) {
			t.Errorf("value %q:\ngot  %s\nwant %s", s, got, want)
		}
	}
}

func FuzzWriterMatchesEncodingXML(f *testing.F) {
	f.Add("a\nb", "<tag attr=\"1\">\t&\r")
	f.Add("\xff", "\x00\uFFFE")
	f.Fuzz(func(t *testing.T, attr, text string) {
		if got, want := writerDocument(attr, text), xmlDocument(attr, text); !bytes.Equal(got, want) {
			t.Errorf("attr %q, text %q:\ngot  %s\nwant %s", attr, text, got, want)
		}
	})
}
