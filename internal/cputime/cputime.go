// Package cputime reads the CPU time the process has used, for benchmarks on a shared
// machine: the CPU a piece of work takes (on every thread, the garbage collector's too)
// changes less with the machine's load than its wall time does.
package cputime

import "time"

// Process returns the CPU time (user and system, every thread) the process has used so
// far, or 0 where it cannot be read (systems other than Unix): a caller then leaves its
// metric out.
func Process() time.Duration { return time.Duration(process()) }
