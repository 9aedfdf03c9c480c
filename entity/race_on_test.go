//go:build race

package entity

// raceEnabled is set when the tests run under the race detector, which makes scoring about
// ten times slower: the scale tests, which test no concurrency, then use smaller tables.
const raceEnabled = true
