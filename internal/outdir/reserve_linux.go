package outdir

import "syscall"

// reserve allocates n bytes of disk for f ahead of the writes: ext4 then
// writes a large file in a fraction of the time it takes to allocate its
// blocks page by page as they are written.
func reserve(f *File, n int64) {
	// A hint: a file system without fallocate writes as before.
	_ = syscall.Fallocate(int(f.Fd()), 0, 0, n)
}

// syncFileRangeWrite is SYNC_FILE_RANGE_WRITE: start writing the dirty
// pages out, without waiting.
const syncFileRangeWrite = 2

// startSync starts writing f's data to disk on another goroutine: the
// call itself can take a while on a large file, as it queues the
// writes.
func startSync(f *File) {
	rc, err := f.SyscallConn()
	if err != nil {
		return
	}
	go func() {
		// Control holds the descriptor open until it returns: a Close
		// or Sync meanwhile waits rather than race it. A hint too:
		// the commit's fsync waits for whatever is left.
		rc.Control(func(fd uintptr) {
			_ = syscall.SyncFileRange(int(fd), 0, 0, syncFileRangeWrite)
		})
	}()
}
