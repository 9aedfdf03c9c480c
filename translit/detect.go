package translit

// DetectCyrillic guesses the language of the Cyrillic text in s. (Stub: the full rules are
// being written.)
func DetectCyrillic(s string) Standard { return Russian }

// cyrillicHint reports the language a single word's letters prove, if any.
func cyrillicHint(word []rune) (Standard, bool) { return Auto, false }
