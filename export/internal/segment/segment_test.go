package segment

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// cases are IDs with the one segment each must become. They gather what
// the nquads and dgraph tests checked before the rule moved here.
var cases = []struct{ id, seg string }{
	{"", ""},
	{"volodymyr-zelensky", "volodymyr-zelensky"},
	{"a.b_c~d", "a.b_c~d"},
	{"a b/c", "a%20b%2Fc"},
	{"a b/c?d#e", "a%20b%2Fc%3Fd%23e"},
	{"100%", "100%25"},
	{"%41", "%2541"},
	{"?#&=:@", "%3F%23%26%3D%3A%40"},
	{"!$'()*+,;[]", "%21%24%27%28%29%2A%2B%2C%3B%5B%5D"},
	{`<>"{}|^` + "`\\", "%3C%3E%22%7B%7D%7C%5E%60%5C"},
	{"Київ", "Київ"},
	{"статья 1/2", "статья%201%2F2"},
	{"nbsp\u00a0x", "nbsp%C2%A0x"},
	{"\u3000", "%E3%80%80"},
	{"\u0085", "%C2%85"},
	{"\u2028", "%E2%80%A8"},
	{"tab\tnl\n", "tab%09nl%0A"},
	{"\x00\x7f", "%00%7F"},
	{"bad\xff", "bad%FF"},
	{"bad\xffutf8", "bad%FFutf8"},
	{"\xe2\x82", "%E2%82"}, // a truncated rune, byte by byte
	{"\ufffd", "%EF%BF%BD"},
	{"\ufeff", "\ufeff"},         // a BOM is ucschar and not white space
	{"\ufff0", "%EF%BF%B0"},      // a special, outside ucschar
	{"\U0001F642", "\U0001F642"}, // 🙂
	{"\U0001FFFE", "%F0%9F%BF%BE"},
	{"\U000E1000", "\U000E1000"},
}

func TestEscape(t *testing.T) {
	for _, tc := range cases {
		if got := Escape(tc.id); got != tc.seg {
			t.Errorf("Escape(%q) = %q, want %q", tc.id, got, tc.seg)
		}
		if back, err := Unescape(tc.seg); err != nil || back != tc.id {
			t.Errorf("Unescape(%q) = %q, %v; want %q", tc.seg, back, err, tc.id)
		}
	}
}

func TestUnescapeRejects(t *testing.T) {
	for _, seg := range []string{
		"a%2", "a%", "a%zz", "%+1", // bad escapes
		"%65",   // an escaped character that stays as it is
		"a%2fb", // lower-case hex
		"a b", "a/b", "a?b", "%", "nbsp\u00a0x", "bad\xff",
	} {
		if id, err := Unescape(seg); err == nil {
			t.Errorf("Unescape(%q) = %q, want an error", seg, id)
		}
	}
}

func TestPlain(t *testing.T) {
	for _, tc := range []struct {
		r    rune
		want bool
	}{
		{'a', true}, {'Z', true}, {'0', true}, {'-', true}, {'.', true}, {'_', true}, {'~', true},
		{'%', false}, {'/', false}, {' ', false}, {0, false}, {0x7F, false},
		{'Ї', true}, {0xA0, false}, {0x85, false}, {0x3000, false}, {0xFFFD, false},
		{0x1F642, true}, {0x1FFFF, false}, {0x10FFFF, false}, {-1, false},
	} {
		if got := Plain(tc.r); got != tc.want {
			t.Errorf("Plain(%U) = %v, want %v", tc.r, got, tc.want)
		}
	}
}

// FuzzEscape checks that Escape is one to one and that Unescape takes
// exactly what it writes: every ID comes back from its segment, and every
// segment Unescape accepts is the one Escape writes for its ID.
func FuzzEscape(f *testing.F) {
	for _, tc := range cases {
		f.Add(tc.id)
		f.Add(tc.seg)
	}
	f.Add("%65")
	f.Add("a%2fb")
	f.Fuzz(func(t *testing.T, s string) {
		seg := Escape(s)
		if back, err := Unescape(seg); err != nil || back != s {
			t.Fatalf("Unescape(Escape(%q)) = %q, %v; Escape gave %q", s, back, err, seg)
		}
		if !utf8.ValidString(seg) {
			t.Fatalf("Escape(%q) = %q is not UTF-8", s, seg)
		}
		for i, r := range seg {
			if !Plain(r) && (r != '%' || i+2 >= len(seg) || !IsHex(seg[i+1]) || !IsHex(seg[i+2])) {
				t.Fatalf("Escape(%q) = %q holds %q at %d", s, seg, r, i)
			}
		}
		if strings.ContainsAny(seg, "/?# ") {
			t.Fatalf("Escape(%q) = %q is more than one segment", s, seg)
		}
		// Read s as a segment: if Unescape takes it, it must be the only
		// segment of its ID.
		if id, err := Unescape(s); err == nil && Escape(id) != s {
			t.Fatalf("Unescape(%q) = %q, whose segment is %q", s, id, Escape(id))
		}
	})
}
