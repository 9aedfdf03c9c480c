// Package translit turns names in any supported script into Latin letters, folds Latin text to
// a comparison form, and computes name keys under which the spellings of one name from
// different transliteration standards and press conventions meet. It knows text only: no
// entities, no tables of people.
//
// # The tools
//
//   - [ToLatin] and [Standard.Romanize] romanize (Київ → Kyiv, КИЇВ → KYIV, Щорс → Shchors,
//     习近平 → Xi Jinping), keeping each word's case shape.
//   - [Fold] lower-cases, strips diacritics, maps letters that do not decompose (ø æ œ ß ł đ ð þ ı
//     ə), narrows full-width forms, drops apostrophes and invisible characters (Unicode
//     Default_Ignorable_Code_Point: Zelen\u200Bsky) and turns other punctuation into spaces;
//     [StripIgnorable] drops the invisible characters alone.
//   - [Key] and [Keys] rewrite a name by the press conventions of data/keys.tsv so that
//     Zelensky, Zelenskyy, Zelenskiy, Zelenskij and Selenskyj meet, while Zelenko stays apart;
//     [Distance] and [Similarity] compare two keys with edit costs that the conventions explain
//     (data/costs.tsv).
//   - [Unconfuse] and [MixedScript] restore Latin letters disguised with Cyrillic or Greek
//     look-alikes (Zеlеnskyy with Cyrillic е), by the Unicode confusables data (UTS #39).
//   - [Readings] lists the other readings a name in some scripts may have, for a resolver to
//     try when the first finds nothing: Han read as Korean (文在寅 → Moon Jaein), Hangul by
//     McCune–Reischauer and the older press spellings of names (박정희 → Pak Chonghui, Park Chunghi),
//     Russian spellings of Chinese and Korean names read back (Си Цзиньпин → Xi Jinping, Пак
//     Кын Хе → Park Geunhye).
//
// Every step is also available as a golang.org/x/text/transform Transformer that composes:
// [Standard.NewTransformer] and [NewFolder]. A Transformer holds buffers and state and is not
// safe for concurrent use: make one per goroutine. The string functions are safe for
// concurrent use.
//
// # Contracts
//
//	Fold(Fold(s)) == Fold(s)
//	Key(Key(s)) == Key(s)
//	ToLatin(ToLatin(s)) == ToLatin(s)
//	Unconfuse(Unconfuse(s)) == Unconfuse(s)
//	Distance(a, b) == Distance(b, a)
//
// All of them return valid UTF-8 for any input (invalid bytes become U+FFFD) and never panic.
//
// # Choosing the standard
//
// [Auto] (used by [ToLatin]) picks, per script, the standard below; for Cyrillic it guesses the
// language from the whole input ([DetectCyrillic]): ґ є ї, an apostrophe between letters, і
// without ы э ё ў, or the endings -ський/-цький mean Ukrainian; ў (or і with ы or э) Belarusian;
// ђ ћ Serbian; ѓ ќ ѕ Macedonian; ә ғ қ ұ һ Kazakh; ң ө ү Kyrgyz; ъ inside a word before a
// consonant Bulgarian; ы э ё ъ Russian. Text that shows none of these is weighed by a character
// trigram model made from Debian's hunspell word lists and by name endings (Дмитро, -енко vs
// Дмитрий, -овна): it is Ukrainian or Bulgarian only when that language clearly leads, else
// Russian, the most common source of Cyrillic names in the press. Arabic script with پ چ ژ گ ک or ی is
// Persian, else Arabic. The streaming Transformer of Auto decides word by word instead.
//
// # The standards, and what each does not do
//
// Each table lives in rules/ and names its source; every example a row cites is tested.
//
//   - [Ukrainian]: the national system of 2010 (Cabinet of Ministers resolution No. 55): ye, yi,
//     y, yu, ya only word-initially; зг → zgh; ь and apostrophes dropped. No stress marks.
//   - [UkrainianICAO]: ICAO Doc 9303: as Ukrainian but г → g, зг → zg, and no word-initial forms
//     (Юлія → Iuliia, Сибіга → Sybiga).
//   - [Russian]: BGN/PCGN 1947 without diacritics: е, ё → ye word-initially and after a vowel,
//     й, ъ or ь, else e (Хрущёв → Khrushchev; the press form Pyotr is not produced); -ий → -iy,
//     -ый → -yy; ъ ь dropped.
//   - [RussianICAO]: е ё → e, й → i, ъ → ie, ь dropped, ю → iu, я → ia; no word-initial forms.
//   - [RussianISO9]: ISO 9:1995, one letter per letter with diacritics; also the fallback for
//     letters another Cyrillic table does not name.
//   - [Belarusian]: the national system of 2007: ў → ŭ, г → h, х → ch, ц → c, soft consonants
//     with an acute (Лукашэнка → Lukašenka). The passport form Lukashenka is not produced;
//     [Keys] bridges it.
//   - [Bulgarian]: the Streamlined System (2009 Act): ъ → a, щ → sht, -ия → -ia at the end.
//   - [Serbian]: Cyrillic to Gaj's Latin alphabet (Вучић → Vučić).
//   - [Macedonian]: the official digraph system: ѓ gj, ќ kj, ѕ dz, џ dj. No diacritic system.
//   - [Kazakh], [Kyrgyz]: BGN/PCGN 1979 (қ → q, ғ → gh, ң → ng, ө → ö, ү → ü); no ye rule, so
//     Назарбаев → Nazarbaev, not the press form Nazarbayev.
//   - [Greek]: ELOT 743 transcription: αυ ευ ηυ → av/ev/iv before voiced sounds, else af/ef/if;
//     μπ → b at word edges, mp inside; γγ → ng. Accents dropped. No reversible form.
//   - [Armenian]: BGN/PCGN 1981, plain: ե → ye and ո → vo word-initially; no aspiration
//     apostrophes.
//   - [Georgian]: the national system of 2002, without the ejective apostrophes; each word
//     capitalised (Georgian has no case).
//   - [Korean]: Revised Romanization (2000), computed from the jamo with the sound changes RR
//     writes; a name of 3–4 syllables that starts with a family name is written "Family Given"
//     with the press form of the family name (김정은 → Kim Jeongeun). No hyphens; the
//     McCune–Reischauer and press forms of names (Pak Chonghui, Park Chunghi; Jongun) are
//     [Readings], not ToLatin.
//   - [Arabic], [Persian]: a table of common name words first (rules/ar_names.tsv), then a
//     consonant skeleton with the vowel letters read as vowels and a guessed a where no vowel is
//     written; the article as al-. Unwritten short vowels are not known (دمشق → Damshaq), and
//     separate words are not joined (عبد الله → Abd Allah). After a word-initial ع, و is the w
//     of a diphthong (العولقي → al-Awlaqi). Persian adds p, ch, zh, g, v.
//   - [Hebrew]: a table of name words, then a skeleton with matres lectionis (ו between a
//     consonant and א is a vowel: foreign names such as ארדואן); unwritten vowels guessed as e;
//     no prefix stripping.
//   - [Chinese]: toneless Hanyu Pinyin from Unihan kMandarin (Unicode 15.0), simplified and
//     traditional (a character without kMandarin reads as its simplified, traditional or
//     z-variant: 蔣 as 蒋); a run of 2–4 characters that starts with a family name is written
//     "Family Given" (习近平 → Xi Jinping). No Wade–Giles or press forms (Tsai Ing-wen, Peking):
//     keys and the resolver's tables bridge those where they can. Korean readings of Han
//     (Hanja, from Unihan kHangul) come from [Readings]. Japanese readings of kanji are not
//     guessed, since a name has many: [KanjiReadings] lists them and [KanjiReads] checks one
//     (KANJIDIC's on, kun and name readings, rendaku, っ before a doubled consonant: 宮崎
//     Miyazaki, 札幌 Sapporo), for a caller that has names to check them against. Readings
//     that belong to a whole word and to no one kanji (百合 yuri) are not known.
//   - [Japanese]: kana by modified Hepburn (rules/ja_kana.tsv): long vowels with a macron
//     (とうきょう → Tōkyō, ゼレンスキー → Zerensukī), っ doubles the next consonant (tch before
//     ch), ん is m before b, m, p and n' before a vowel; katakana for foreign sounds (ティ ti,
//     ファ fa, ヴァ va). The middle dot ・ stays and separates words. No wāpuro or Kunrei-shiki;
//     the particles は へ を are read as ha, he, o.
//   - [Hindi] (Devanagari), [Bengali], [Punjabi] (Gurmukhi), [Gujarati], [Oriya], [Tamil],
//     [Telugu], [Kannada], [Malayalam]: one table by offset in the scripts' common Unicode layout (rules/brahmic.tsv), with the ISO
//     15919 letter of each and the diacritic-free Hunterian spelling that names are printed in
//     (च ch, छ chh, श and ष sh, ā and a both a). The inherent a, the virama, the vowel signs,
//     the nukta (ज़ z, फ़ f), the anusvara (m before a labial: अंबानी Ambani) and Gurmukhi's
//     addak are rules. Hindi, Bengali, Punjabi and Gujarati drop the inherent a at the end of a
//     word after one consonant and between a vowel-consonant and a consonant-vowel (Ohala's
//     schwa deletion: नरेंद्र मोदी → Narendra Modi, कमला → Kamla); Tamil voices a stop after a
//     vowel or nasal (மோடி → Modi). Oriya drops it at the end of a word only (ଭୁବନେଶ୍ୱର →
//     Bhubaneshwar), with ଯ as j and ଡ଼ as d (ଓଡ଼ିଶା → Odisha). Telugu, Kannada and Malayalam
//     keep it and write a final anusvara as m (ఖమ్మం → Khammam, കൊല്ലം → Kollam); Malayalam's
//     chillus are final consonants (വിജയൻ → Vijayan), റ്റ is tt and ന്റ nt. Readings adds the
//     press spellings of these names (rules/indic_press.tsv: the final a dropped after one
//     consonant in Telugu, Kannada and Malayalam, ಬಸವರಾಜ → Basavaraj; హైదరాబాద్ → Hydarabad,
//     ಮೈಸೂರು → Mysuru, ಸಿದ್ದರಾಮಯ್ಯ → Siddaramaiah). Not done: Bengali's o for the inherent
//     vowel, the Bengali য as j, Malayalam's final u (കോഴിക്കോട് → Kozhikkot, not Kozhikode)
//     and the colonial spellings (କଟକ → Katak, not Cuttack). A ZWJ or ZWNJ inside a word of
//     these scripts, Sinhala or Khmer chooses how a conjunct is drawn and is read as nothing
//     (कर्‍हाड → Karhad, র‍্যাব → Ryab).
//   - [Sinhala]: each letter written as the Telugu letter of the same sound (rules/si_telugu.tsv,
//     after ISO 15919, which transliterates both) and romanized by the Telugu row of the
//     Brahmic table, which keeps the final inherent a (මහින්ද රාජපක්ෂ → Mahinda Rajapaksha,
//     අනුර කුමාර → Anura Kumara); the prenasalized ඹ ඳ ඬ ඟ as mb nd nd ng, ඇ ඈ as e, the
//     two-part vowel signs also when typed as their parts, and a ZWJ inside a conjunct read as
//     nothing (වික්‍රමසිංහ → Vikramasinha). Not done: the press's s for ෂ (Rajapaksa, which keys
//     bridge) and the exonyms (කොළඹ → Kolamba, not Colombo).
//   - [Thai]: the Royal Thai General System (RTGS, 1999) from a table of consonants (initial
//     and final sounds) and vowel patterns around the initial (rules/th_rtgs.tsv): clusters (pr,
//     kr, khw), a silent ห before a sonorant, letters under ์ silent with the consonants before
//     them (จันทร์ → Chan), a final ร silent (วัตร → wat), an unwritten o or a (คน → khon, สวัสดี
//     → Sawatdi), รร as a or an, ศร and สร as s (ศรีราชา → Siracha). Words must be separated by
//     spaces: Thai writes none between words, and no dictionary segments them here; [Readings]
//     tries a name written as one word split in two, and the press and family spellings that
//     write the r RTGS leaves silent (Sriracha, Chinwatra) and ช as sh (Shinwatra). Not done:
//     the linking vowel of Pali-Sanskrit compounds (ชินวัตร is RTGS Chinnawat, written Chinwat
//     here) and the leading vowel before a pseudo-cluster (เจริญ charoen).
//   - [Lao]: each letter written as the Thai letter of the same sound (rules/lo_thai.tsv,
//     after the parallel Lao and Thai blocks of Unicode) and romanized by the Thai table, close
//     to BGN/PCGN 1966 and to the spellings Lao names are printed in (ສະຫວັນນະເຂດ →
//     Sawannakhet, ປາກເຊ → Pakse, ຈຳປາສັກ → Champasak); ຊ is s, ຍ y, ຽ ia, ົ o (ua
//     before ວ), ໜ ໝ hn hm and a subscript ຼ l. ວ is written w (Wiangchan for the official
//     Viangchan), which keys read as v. Not done: the French-era press spellings (ou for u:
//     Sisoulith; Prabang, whose r Lao does not write).
//   - [Amharic]: the Ethiopic syllables (Amharic, Tigrinya) by row and order (rules/am.tsv),
//     BGN/PCGN 1967 without diacritics, as the press prints names: the first order ä as e, but
//     a after the laryngeals ሀ ሐ ኀ አ ዐ (ዐቢይ አሕመድ → Abiy Ahmed); ቀ as k (በቀለ → Bekele); the
//     sixth order as the consonant alone, with i where it starts a word before another letter
//     or follows a consonant written alone (ግርማ → Girma, መንግሥቱ → Mengistu); each word
//     capitalised. Not done: gemination, which the script does not write (አዲስ → Adis, the
//     press's Addis), and the Ethiopic Supplement and Extended blocks.
//
// Foreign names in Chinese characters are written by sound with a small set of characters
// (rules/zh_transcription.tsv, after Xinhua's transcription table): [HanTranscription] reads a
// word made only of them by the sounds they stand for (特朗普 → tlanp, 朔尔茨 → shuorts), for a
// caller to compare consonants; a word with any other character is no transcription.
//
//   - [Khmer]: UNGEGN 2010 without diacritics (rules/km.tsv), each consonant of the first or
//     second series setting how the vowels after it are read, ៉ and ៊ moving it to the other
//     (ហ៊ុន → Hun, ម៉ា → Ma), subscripts joined to the initial (ភ្នំ → Phnom), a consonant
//     between a vowel and another syllable read as a final (សៀមរាប → Siemreap, final ប p),
//     ៍ silencing its syllable; with the press's vowels where UNGEGN differs (ែ e: សែន Sen;
//     ី i; ំ om after the second series). Words are not split: Khmer writes a name of two
//     words as one (ភ្នំពេញ → Phnompenh), which resolvers meet as a joined name. Not done:
//     the inherent vowels of Pali and Sanskrit loans (នរោត្តម → Norottam, not Norodom;
//     ស៊ីសុវត្ថិ → Sisovtthe, not Sisowath) and the French-era spellings (Kratie, Rainsy).
//
// Other scripts (Burmese, Tibetan) are not romanized: they pass through unchanged.
//
// # Standards and conventions: two kinds of constant
//
// A [Standard] (Ukrainian, RussianICAO, Korean …) says how to romanize a script; its
// [Standard.String] is the name of its rule table ("uk", "ru-icao") and [ParseStandard] reads
// it back. A [Convention] (English, German, RussianEra …) says how a press spells the sounds
// of a foreign name, for keys; its [Convention.String] is its code in data/keys.tsv ("en",
// "de", "ru") and [ParseConvention] reads it back. The two sets of constants share the
// package namespace and never the same identifier.
//
// # Keys and conventions
//
// data/keys.tsv is the table of how the presses of other languages spell the sounds of Slavic
// and Arabic names: English (kh, zh, ch, sh), German (w, sch, tsch, ch for х, j for й, z for
// ц), French (ch for ш, tch, j for ж, ou), Polish and Czech (w, sz, cz, rz, ch for х, c for ц),
// Spanish (j for х), Italian, Belarusian Latin (-ou for -ов), the Russian-era spellings of
// Ukrainian names (Kharkov, Krivoy Rog), Chinese names (Hanyu Pinyin and Wade–Giles: Xi and
// Hsi), the Greek press's foreign names (ντ for d: Erntogan), the Dutch, Swedish and Finnish
// press (tsj, tj, tš for ч: Tsjernobyl, Tjernobyl, Tšernobyl), the Hungarian press (cs for
// ч, zs for ж, sz for с: Csernobil), Turkish names (c for the j sound: Recep, Öcalan, so
// that Оджалан meets Ocalan) and Khmer, Lao, Thai and Burmese names (IndochinaNames: ph and
// th for aspirated p and t, a final nh for нь, a final Burmese aw for o, so that Нейпьидо
// meets Naypyidaw and Pnom Pen Phnom Penh). Under every convention, у or ou before a vowel at the start of a
// word is w (Уіткофф meets Witkoff, Ouattara Wattara) and -ollah is -ullah (Abdollah,
// Abdullah; Hezbollah, Hizbullah). [Key] reads a name under English; [Keys]
// under every convention, because one key cannot serve them all (ch is ч in English, х in
// German, ш in French). data/costs.tsv sets what an edit costs when two keys
// are compared: e for i 0.3, b for v 0.4, a dropped h 0.4, an unexplained letter 1.
package translit
