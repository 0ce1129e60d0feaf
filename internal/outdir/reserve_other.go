//go:build !linux

package outdir

// reserve does nothing where fallocate(2) is missing.
func reserve(*File, int64) {}

func startSync(*File) {}
