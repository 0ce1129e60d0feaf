package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// decode returns the text of a file's bytes: UTF-8 with or without a
// byte-order mark, or UTF-16 with one. It rejects empty, binary and
// otherwise encoded input.
func decode(data []byte) (string, error) {
	if len(data) == 0 {
		return "", ErrEmpty
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data)
	}
	if bytes.IndexByte(data, 0) >= 0 {
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
		return "", fmt.Errorf("%w: invalid byte 0x%02X at offset %d (convert it with iconv -f LATIN1 -t UTF-8)", ErrEncoding, data[off], off)
	}
	if controlHeavy(string(data)) {
		return "", ErrBinary
	}
	return string(data), nil
}

// controlHeavy reports whether s holds more control characters (other
// than line breaks, tabs and form feeds) than text does: a few stray ones
// pass, more mark binary data.
func controlHeavy(s string) bool {
	ctrl := 0
	for _, r := range s {
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			ctrl++
		}
	}
	return ctrl > len(s)/100+2
}

func decodeUTF16(data []byte) (string, error) {
	if len(data)%2 != 0 {
		return "", fmt.Errorf("%w: odd length for UTF-16", ErrEncoding)
	}
	big := data[0] == 0xFE
	u := make([]uint16, 0, len(data)/2-1)
	for i := 2; i+1 < len(data); i += 2 {
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
