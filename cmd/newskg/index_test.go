package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestIndexRoundTrip reads back the index of a build and writes it
// again, byte for byte, and refuses every cut of it.
func TestIndexRoundTrip(t *testing.T) {
	dir := buildSeeds(t)
	data, err := os.ReadFile(filepath.Join(dir, indexFile))
	if err != nil {
		t.Fatal(err)
	}
	s, err := decodeSidecar(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.entities) == 0 || len(s.layout.Blocks) != 5 || s.tally == nil || s.edges == nil || len(s.counts) == 0 {
		t.Fatalf("index of the seeds lacks parts: %d entities, %d blocks, tally %v, edges %v, counts %v",
			len(s.entities), len(s.layout.Blocks), s.tally != nil, s.edges != nil, s.counts)
	}
	var b bytes.Buffer
	if err := s.writeTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, b.Bytes()) {
		t.Error("the index written again differs")
	}
	for i := range len(b.Bytes()) - 1 {
		if _, err := decodeSidecar(data[:i]); err == nil {
			t.Errorf("index cut at %d read without error", i)
		}
	}
}

func FuzzDecodeSidecar(f *testing.F) {
	var b bytes.Buffer
	(&sidecar{base: "https://newskg.example/"}).writeTo(&b)
	f.Add(b.Bytes())
	f.Add([]byte(indexMagic + "\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := decodeSidecar(data)
		if err != nil {
			return
		}
		var again bytes.Buffer
		if err := s.writeTo(&again); err != nil {
			t.Fatal(err)
		}
		if _, err := decodeSidecar(again.Bytes()); err != nil {
			t.Fatalf("an index written again does not read: %v", err)
		}
	})
}
