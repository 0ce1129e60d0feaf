package dot

import (
	"encoding/binary"
	"errors"
	"slices"

	"github.com/newskg/newskg/graph"
)

// tallyVersion starts an encoded tally.
const tallyVersion = 1

// MarshalBinary encodes the tally, so that a program can keep it beside
// the picture drawn from it and later add claims to it (after
// UnmarshalBinary) instead of adding every claim again. Equal tallies
// give equal bytes, whatever order their claims came in.
func (t *Tally) MarshalBinary() ([]byte, error) {
	b := []byte{tallyVersion}
	drawn := t.drawn()
	// Tooltip lines repeat (syndicated copies of a story): each is
	// written once, and links refer to it by number.
	num := make(map[string]int)
	var lines []string
	for _, l := range drawn {
		for _, s := range l.first {
			if _, ok := num[s.line]; !ok {
				num[s.line] = len(lines)
				lines = append(lines, s.line)
			}
		}
	}
	b = binary.AppendUvarint(b, uint64(len(lines)))
	for _, s := range lines {
		b = appendString(b, s)
	}
	b = binary.AppendUvarint(b, uint64(len(drawn)))
	for _, l := range drawn {
		b = appendString(b, l.link.Subject)
		b = appendString(b, string(l.link.Predicate))
		b = appendString(b, l.link.Object)
		b = binary.AppendUvarint(b, uint64(l.n))
		b = binary.AppendUvarint(b, uint64(len(l.first)))
		for _, s := range l.first {
			b = appendString(b, s.article)
			b = binary.AppendVarint(b, int64(s.start))
			b = binary.AppendVarint(b, int64(s.end))
			b = binary.AppendUvarint(b, uint64(num[s.line]))
		}
	}
	return b, nil
}

var errTally = errors.New("dot: corrupt tally")

// UnmarshalBinary replaces the tally with one that MarshalBinary
// encoded.
func (t *Tally) UnmarshalBinary(data []byte) error {
	if len(data) == 0 || data[0] != tallyVersion {
		return errTally
	}
	r := reader{b: data[1:]}
	nl := r.uvarint()
	if nl > uint64(len(r.b)) { // each line takes a byte at least
		return errTally
	}
	lines := make([]string, nl)
	for i := range lines {
		lines[i] = r.string()
	}
	n := r.uvarint()
	if r.err != nil || n > uint64(len(r.b)) {
		return errTally
	}
	nt := Tally{idx: make(map[tallyKey]int, n), links: make([]tallied, 0, n), lines: make(map[string]string, len(lines))}
	for _, s := range lines {
		nt.lines[s] = s
	}
	for range n {
		var l tallied
		l.link.Subject = r.string()
		l.link.Predicate = graph.Predicate(r.string())
		l.link.Object = r.string()
		l.n = int(r.uvarint())
		k := r.uvarint()
		if r.err != nil || k > MaxTooltipClaims {
			return errTally
		}
		for range k {
			s := shown{article: r.string(), start: int(r.varint()), end: int(r.varint())}
			i := r.uvarint()
			if i >= uint64(len(lines)) {
				return errTally
			}
			s.line = lines[i]
			l.first = append(l.first, s)
		}
		key := tallyKey{l.link.Subject, l.link.Object, l.link.Predicate}
		if _, dup := nt.idx[key]; dup {
			return errTally
		}
		nt.idx[key] = len(nt.links)
		nt.links = append(nt.links, l)
	}
	if r.err != nil || len(r.b) != 0 {
		return errTally
	}
	*t = nt
	return nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// reader decodes what MarshalBinary wrote, keeping the first error.
type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	v, k := binary.Uvarint(r.b)
	if k <= 0 {
		r.err = errTally
		r.b = nil
		return 0
	}
	r.b = r.b[k:]
	return v
}

func (r *reader) varint() int64 {
	v, k := binary.Varint(r.b)
	if k <= 0 {
		r.err = errTally
		r.b = nil
		return 0
	}
	r.b = r.b[k:]
	return v
}

func (r *reader) string() string {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.err = errTally
		r.b = nil
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

// A NumberedLink is a link of a tally and its number: the order in which
// the tally first met it, counting first the links UnmarshalBinary read,
// in their drawing order.
type NumberedLink struct {
	graph.Link // without claims
	Number     int
}

// Linked returns the tally's links in drawing order (graph.CompareLinks
// order, that of the edges the encoder writes, one a line), with their
// numbers. A program that keeps a picture and its tally can tell from
// them which edges of the old picture it may copy: those of the links
// UnmarshalBinary read that no claim added since touched.
func (t *Tally) Linked() []NumberedLink {
	drawn := t.drawn()
	out := make([]NumberedLink, len(drawn))
	for i, l := range drawn {
		out[i] = NumberedLink{Link: l.link, Number: t.idx[tallyKey{l.link.Subject, l.link.Object, l.link.Predicate}]}
	}
	return out
}

// Only returns a tally of the links of the given numbers alone, as they
// stand: its picture's edges are theirs in the picture of t.
func (t *Tally) Only(numbers []int) *Tally {
	o := &Tally{idx: make(map[tallyKey]int, len(numbers)), lines: t.lines}
	for _, n := range numbers {
		l := t.links[n]
		o.idx[tallyKey{l.link.Subject, l.link.Object, l.link.Predicate}] = len(o.links)
		o.links = append(o.links, l)
	}
	return o
}

// Bare returns a tally of the same links without their claims: its
// picture has the nodes, legend and title of t's, and cheap edges.
func (t *Tally) Bare() *Tally {
	o := &Tally{idx: t.idx, lines: t.lines, links: make([]tallied, len(t.links))}
	for i, l := range t.links {
		o.links[i] = tallied{link: l.link, n: 1}
	}
	return o
}

// AddTally adds the claims gathered in o, whose claims are none of t's
// (the tallies of graphs of disjoint articles), as if each had been
// added to t.
func (t *Tally) AddTally(o *Tally) {
	if t.idx == nil {
		t.idx = make(map[tallyKey]int)
		t.lines = make(map[string]string)
	}
	for _, ol := range o.links {
		k := tallyKey{ol.link.Subject, ol.link.Object, ol.link.Predicate}
		i, ok := t.idx[k]
		if !ok {
			i = len(t.links)
			t.idx[k] = i
			t.links = append(t.links, tallied{link: ol.link})
		}
		l := &t.links[i]
		l.n += ol.n
		for _, s := range ol.first {
			at, _ := slices.BinarySearchFunc(l.first, s, shown.compare)
			if at >= MaxTooltipClaims {
				break // the others come later still
			}
			if same, ok := t.lines[s.line]; ok {
				s.line = same
			} else {
				t.lines[s.line] = s.line
			}
			if len(l.first) == MaxTooltipClaims {
				l.first = l.first[:MaxTooltipClaims-1]
			}
			l.first = slices.Insert(l.first, at, s)
		}
	}
}
