//go:build !unix

package ingest

import "io/fs"

// fileKey identifies a file across its names; without one, only loops
// (found with os.SameFile) are caught.
type fileKey struct{}

func keyOf(fs.FileInfo) (fileKey, bool) { return fileKey{}, false }
