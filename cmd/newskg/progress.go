package main

import (
	"fmt"
	"io"
	"time"

	"github.com/newskg/newskg/corpus"
)

// progress draws one self-overwriting status line on a terminal:
// articles, megabytes read, throughput, time left and failures. On
// anything but a terminal, or with --quiet, it draws nothing, so that
// logs and pipes get only the summary and the errors.
type progress struct {
	w     io.Writer // nil: draw nothing
	start time.Time
	last  time.Time
	shown bool
}

func newProgress(w io.Writer, quiet bool) *progress {
	if quiet || !isTerminal(w) {
		return &progress{}
	}
	now := time.Now()
	return &progress{w: w, start: now, last: now}
}

// update redraws the line, at most a few times a second.
func (p *progress) update(pr corpus.Progress) {
	if p.w == nil {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 200*time.Millisecond {
		return
	}
	p.last = now
	fmt.Fprintf(p.w, "\rnewskg: %s\x1b[K", progressLine(pr, now.Sub(p.start)))
	p.shown = true
}

// progressLine says how far a build has got after elapsed time.
func progressLine(pr corpus.Progress, elapsed time.Duration) string {
	mb := float64(pr.Read) / 1e6
	s := fmt.Sprintf("%d articles, %.1f MB", pr.Articles, mb)
	if sec := elapsed.Seconds(); sec > 0 {
		rate := mb / sec
		s += fmt.Sprintf(", %.2f MB/s", rate)
		if pr.Total > 0 && pr.Read > 0 && pr.Read <= pr.Total {
			left := time.Duration(float64(elapsed) * float64(pr.Total-pr.Read) / float64(pr.Read))
			s += ", ETA " + left.Round(time.Second).String()
		}
	}
	if pr.Failed > 0 {
		s += fmt.Sprintf(", %d failed", pr.Failed)
	}
	return s
}

// clear removes the line, before an error message or the summary.
func (p *progress) clear() {
	if p.w != nil && p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}
