package entity

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// Result is the answer of [Resolver.ResolveAll] for one name: what [Resolver.Resolve]
// returns for it.
type Result struct {
	Query string `json:"query"` // the name as given
	Match Match  `json:"match"`
	OK    bool   `json:"ok"`
}

// ResolveAll resolves every name as [Resolver.ResolveWith] does with opts, on as many
// goroutines as GOMAXPROCS allows (never more than there are names), and returns the
// results in the order of names.
//
// When ctx is done before every name is resolved, ResolveAll stops taking names and returns
// the results it has, the others left zero (Query empty), with ctx's error. A single Resolve
// takes no context: a mention is cut to [MaxMentionBytes] and [MaxMentionWords], so one call
// does a small, bounded amount of work, and a batch is where a caller needs to stop.
func (r *Resolver) ResolveAll(ctx context.Context, names []string, opts ...Option) ([]Result, error) {
	cfg := r.cfg.with(opts)
	out := make([]Result, len(names))
	workers := min(runtime.GOMAXPROCS(0), len(names))
	var next, done atomic.Int64
	var wg sync.WaitGroup
	wg.Add(workers)
	for range workers {
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= len(names) {
					return
				}
				m, ok := r.resolve(names[i], &cfg)
				out[i] = Result{Query: names[i], Match: m, OK: ok}
				done.Add(1)
			}
		}()
	}
	wg.Wait()
	if int(done.Load()) < len(names) {
		return out, ctx.Err()
	}
	return out, nil
}
