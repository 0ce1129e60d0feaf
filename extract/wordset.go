package extract

import "math/bits"

// wordSet is a set of words that reset empties at once. learnNames puts
// every word an article writes in lower case in one, article after
// article; clearing a map costs as much as the largest article made it,
// and hashing into one costs more than this table's probe.
//
// The table is open addressing with linear probing. A slot holds a word
// of the set only when its epoch is the set's: reset moves to the next
// epoch, which turns every slot stale without writing one.
type wordSet struct {
	slots []wordSlot
	shift uint // 64 - log2(len(slots))
	n     int
	epoch uint32
}

type wordSlot struct {
	w     string
	epoch uint32
}

// reset empties the set and makes room for about n words.
func (s *wordSet) reset(n int) {
	s.n = 0
	s.epoch++
	if s.epoch == 0 { // after 2³² articles: the old epochs come round again
		clear(s.slots[:cap(s.slots)])
		s.epoch = 1
	}
	size := 16
	for size < 2*n {
		size *= 2
	}
	if cap(s.slots) < size {
		s.slots = make([]wordSlot, size)
	}
	// A smaller article uses the front of the table: its words are not
	// spread over memory a longer one needed.
	s.slots = s.slots[:size]
	s.shift = uint(64 - bits.TrailingZeros(uint(size)))
}

// wordHash is FNV-1a of w's bytes, spread by a Fibonacci multiplier so
// that the top bits, which index the table, mix all of them.
func wordHash[S string | []byte](w S) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * 1099511628211
	}
	return h * 0x9E3779B97F4A7C15
}

// add puts w in the set.
func (s *wordSet) add(w string) {
	if 4*(s.n+1) > 3*len(s.slots) {
		s.grow()
	}
	mask := len(s.slots) - 1
	for i := int(wordHash(w) >> s.shift); ; i = (i + 1) & mask {
		sl := &s.slots[i]
		if sl.epoch != s.epoch {
			*sl = wordSlot{w, s.epoch}
			s.n++
			return
		}
		if sl.w == w {
			return
		}
	}
}

// grow doubles the table, keeping the words of this epoch.
func (s *wordSet) grow() {
	if s.epoch == 0 { // a set never reset
		s.epoch = 1
	}
	old := s.slots
	size := max(16, 2*len(old))
	s.slots = make([]wordSlot, size)
	s.shift = uint(64 - bits.TrailingZeros(uint(size)))
	s.n = 0
	for _, sl := range old {
		if sl.epoch == s.epoch {
			s.add(sl.w)
		}
	}
}

// has reports whether w is in the set; hasBytes is has(string(w))
// without the string.
func (s *wordSet) has(w string) bool { return wordSetHas(s, w) }

func (s *wordSet) hasBytes(w []byte) bool { return wordSetHas(s, w) }

func wordSetHas[S string | []byte](s *wordSet, w S) bool {
	if s == nil || len(s.slots) == 0 {
		return false
	}
	mask := len(s.slots) - 1
	for i := int(wordHash(w) >> s.shift); ; i = (i + 1) & mask {
		sl := &s.slots[i]
		if sl.epoch != s.epoch {
			return false
		}
		if sl.w == string(w) {
			return true
		}
	}
}
