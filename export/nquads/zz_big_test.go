package nquads

import (
	"bufio"
	"os"
	"runtime"
	"testing"
)

func TestZZBig(t *testing.T) {
	f, err := os.Open("/tmp/big/graph.nq")
	if err != nil {
		t.Skip()
	}
	defer f.Close()
	d := NewDecoder(bufio.NewReaderSize(f, 1<<16))
	d.SkipText(true)
	g, err := d.Decode()
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	t.Logf("live %d MB, total %d MB, sys %d MB, numgc %d", m.HeapAlloc>>20, m.TotalAlloc>>20, m.Sys>>20, m.NumGC)
	runtime.KeepAlive(g)
}
