package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// decode returns the text of a file's bytes: UTF-8 with or without a
// byte-order mark, or UTF-16 with one or without (told by its zero
// bytes). It rejects empty, binary and otherwise encoded input.
func decode(data []byte) (string, error) {
	if len(data) == 0 {
		return "", ErrEmpty
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data[2:], data[0] == 0xFE)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		if big, ok := looksUTF16(data); ok {
			s, err := decodeUTF16(data, big)
			if err == nil && controlHeavy(s) {
				return "", ErrBinary
			}
			return s, err
		}
		return "", ErrBinary
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return "", fmt.Errorf("%w: invalid byte 0x%02X at offset %d (if it is Windows text, convert it with iconv -f WINDOWS-1252 -t UTF-8)", ErrEncoding, data[off], off)
	}
	if controlHeavy(data) {
		return "", ErrBinary
	}
	return string(data), nil
}

// controlHeavy reports whether s holds more control characters (other
// than line breaks, tabs and form feeds) than text does: a few stray ones
// pass, more mark binary data. It counts bytes, not runes: in UTF-8 no
// byte of a rune of more than one is below 0x20, and an invalid byte,
// which decodes as U+FFFD, is not either; it takes the bytes as they are
// read, rather than a copy of them as a string.
func controlHeavy[T string | []byte](s T) bool {
	ctrl := 0
	i := 0
	// Eight bytes at a time, as one word, past those that have no byte
	// below 0x20 (most of any text): a byte below 0x20 borrows in the
	// subtraction, and the borrow reaches a high bit that the byte did
	// not have; bytes of 0x80 and up keep theirs out of the test.
	for ; i+8 <= len(s); i += 8 {
		// Sliced first, so that the compiler reads the eight bytes
		// as one word, unchecked.
		t := s[i : i+8]
		x := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		if (x-0x2020202020202020)&^x&0x8080808080808080 == 0 {
			continue
		}
		for j := i; j < i+8; j++ {
			if c := s[j]; c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
				ctrl++
			}
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl > len(s)/100+2
}

// looksUTF16 reports whether data, which has no byte-order mark, is
// UTF-16 and in which byte order: text in Latin, Cyrillic and most other
// scripts puts zero bytes in one parity of positions only (the high byte
// of ASCII spaces and punctuation), where binary data scatters them.
func looksUTF16(data []byte) (big, ok bool) {
	if len(data) < 4 || len(data)%2 != 0 {
		return false, false
	}
	var zeros [2]int
	for i, c := range data {
		if c == 0 {
			zeros[i%2]++
		}
	}
	half := len(data) / 2
	enough := func(n int) bool { return n >= 2 && n*10 >= half }
	switch {
	case enough(zeros[1]) && zeros[0]*100 <= half:
		return false, true // little-endian: "A\x00"
	case enough(zeros[0]) && zeros[1]*100 <= half:
		return true, true
	}
	return false, false
}

// decodeUTF16 decodes UTF-16 without its byte-order mark.
func decodeUTF16(data []byte, big bool) (string, error) {
	if len(data)%2 != 0 {
		return "", fmt.Errorf("%w: odd length for UTF-16", ErrEncoding)
	}
	u := make([]uint16, 0, len(data)/2)
	for i := 0; i+1 < len(data); i += 2 {
		if big {
			u = append(u, uint16(data[i])<<8|uint16(data[i+1]))
		} else {
			u = append(u, uint16(data[i+1])<<8|uint16(data[i]))
		}
	}
	s := string(utf16.Decode(u))
	if strings.ContainsRune(s, 0) {
		return "", ErrBinary
	}
	return s, nil
}
