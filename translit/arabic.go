package translit

// detectArabic tells Persian from Arabic. (Stub: the full rules are being written.)
func detectArabic(s string) Standard { return Arabic }
