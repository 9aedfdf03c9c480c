package entity

// ResolveCandidates is [Resolver.ResolveWith] and [Resolver.Candidates] of the same name in
// one pass: the mention is parsed and scored once, so a caller that shows both the answer
// and the closest entities (examples/lookup does) pays for one search, not two. m and ok are
// what ResolveWith(name, opts...) returns, cands what Candidates(name, n, opts...) returns.
// With n 0 or less it is ResolveWith, exact fast path included: a name written as in the
// table is answered from one hash look-up. The closest entities besides it take a search.
func (r *Resolver) ResolveCandidates(name string, n int, opts ...Option) (m Match, cands []Match, ok bool) {
	cfg := r.cfg.with(opts)
	if n <= 0 {
		m, ok = r.resolve(name, &cfg)
		return m, nil, ok
	}
	ranked, q := r.rankWith(name, false, &cfg, nil)
	m, ok = r.decide(ranked, &q, &cfg)
	// decide keeps at most a prefix of ranked (its alternatives); nearMisses only appends
	// past the end, so the two never share a changed element.
	if len(ranked) < n {
		ranked = r.nearMisses(ranked, &q, n, &cfg)
	}
	return m, ranked[:min(n, len(ranked))], ok
}
