// Package entity resolves a name as it appears in the wild — Sivya, President Zelenskiy,
// Зеленського, ZELENSKYY, Volodymyr, Kiev — to one canonical entity of an [alias.Table], or
// says honestly that there is none, or that the name is ambiguous.
//
// # Resolving
//
//	res := entity.NewResolver(tbl)          // index once; safe for concurrent use
//	m, ok := res.Resolve("Andriy Sivya")    // !ok: no match, or m.Ambiguous (m.Alternatives)
//	fmt.Println(m.Entity.Name, m.Score, m.Method, m.Explain.Tokens)
//
// [Resolve], [Candidates] and [Find] do the same on the embedded default table
// ([alias.Default]).
//
// Options ([Option]) set the threshold ([WithThreshold]), the margin ([WithMargin]), the kinds
// that may match ([WithKinds]) and how many alternatives a refusal lists ([WithAlternatives]):
// for every call when given to [NewResolver], for one call when given to
// [Resolver.ResolveWith], [Resolver.Candidates] or [Resolver.ResolveAll].
//
// [Resolver.Candidates] ranks the entities a name may refer to, whatever their score:
// after the entities the rules accept come near misses ([MethodNear], score at most 0.5),
// names that only resemble it (a misspelling the rules reject, a Chinese transcription such
// as 基辅 for Kyiv, compared by consonants). Candidates never changes what Resolve answers.
//
// A [Match] marshals to JSON with lower-case keys, scores rounded to three decimals
// ([RoundScore]) and [] for empty lists, never null; so do [Explain] and [TokenMatch].
//
// # What happens to a mention
//
//  1. Invalid UTF-8 is replaced (warning invalid-utf8); invisible characters go
//     (translit.StripIgnorable: a zero-width space in Zelen\u200Bsky); the mention is cut to
//     [MaxMentionBytes] (warning truncated), since edit distance is quadratic.
//  2. Latin letters disguised with Cyrillic or Greek look-alikes are restored
//     (translit.Unconfuse; warning mixed-script).
//  3. English possessives go (Witkoff’s); "SURNAME, Given Patronymic" is read as
//     "Given Patronymic SURNAME".
//  4. Initials that Hindi, Kannada, Malayalam and Telugu spell out as the names of Latin
//     letters are read as initials (एस जयशंकर is S. Jaishankar, വി.എസ്. അച്യുതാനന്ദൻ V. S.
//     Achuthanandan: data/letternames.tsv). Other scripts are romanized
//     (translit.ToLatin), words are split at spaces, hyphens and punctuation (two short
//     hyphenated syllables stay one word: Ki-moon), and folded.
//  5. Leading titles and honorifics go, with an adjective or article before them, and with
//     up to three describing words before a known title (data/words.tsv: President, Foreign
//     Minister, Präsident, M., pan, Sheikh, French President, le président, Digital
//     Minister, ranks such as Captain, Lt. Col., PM, honorifics such as Pandit, Shri, Tun,
//     Datuk Seri, Daw, Begum, royal titles such as Sultan, Scheich, König, король, Arabic
//     السلطان and ولي العهد, descriptors such as gang leader …; a title word right before
//     bin or ibn is a given name: Sultan bin Salman; a mention that is, title
//     word and all, a whole name of the table is met whole first: Major Gercino, a town);
//     so do lower-case descriptions before a capitalized name of two words or
//     more (artist Ai Weiwei). A German compound ending in a title word is a title too
//     (Palästinenserpräsident, Regierungschefin: the "titlehead" rows), and a lower-case
//     word right after a title is its adjective (el presidente turco Erdoğan). Generational
//     suffixes (Jr., III, Junior, Japanese ジュニア, Portuguese Filho, Spanish hijo,
//     French fils, Jnr) stay: they name another person. Turkish case endings after an
//     apostrophe go (Ankara'da); numbers are ignored.
//  6. Arabic compounds become one word (Abd al-Fattah, Siraj al-Din), and the last word,
//     every word of a romanized mention and every word of six letters or more get
//     de-inflected variants (data/inflections.tsv: Polish -iego, -im, Czech -ého, -em, -ou,
//     -ová, Ukrainian -oho, Russian -a, German -s, Lithuanian -as …; and data/fi_stems.tsv:
//     the Finnish cases on a stem that gradation or an e-stem changes, Turun and Turkuun for
//     Turku, Rovaniemellä for Rovaniemi).
//
// When that finds nothing, the mention's other readings are tried (rule "reading"; each must
// meet a name at 0.9 or more and counts at most 0.98): those of translit.Readings (Han read as
// Korean, Russian spellings of Chinese and Korean names read back, Thai press spellings and a
// Thai name written as one word split); a name in kanji read as Japanese, as the table names
// its kanji can be read as, every word of the name read by one part of the kanji and none left
// over (岸田文雄 Fumio Kishida, not 岸信介; translit.KanjiReads); a foreign name in Chinese
// transcription characters, by its consonants (唐纳德·特朗普 Donald Trump, 斯塔默 Starmer;
// translit.HanTranscription), where a name with any other character keeps its pinyin; and
// the same without a title written on the name (菅義偉首相, 蔡英文总统); and a Cyrillic name
// with the final у of each word of six letters or more, after a consonant or и, read as o, as
// Russian transcribes a Portuguese unstressed final o (Фернанду Хаддад, Луис Инасиу Лула да
// Силва). See cjk.go.
//
// A Latin mention that finds nothing is tried, in this order, as the pinyin its Wade–Giles
// or Chinese Postal syllables may stand for (Tientsin, Kweilin; each reading must meet a name
// at 0.95 or more, and all readings that do must meet one entity: rule "reading"); as one
// word when it is three or four syllables of four letters or fewer, for a place (Nay Pyi
// Taw, rule "joined"). Any mention that finds nothing is then tried with an honorific of
// data/honorifics.tsv in front, for a one-word place name that joins them (Antep for
// Gaziantep, rule "honorific"); without "of" and a country's name at its end, for a body
// whose whole name the rest meets by key or better, that rest not common English words
// alone, and of that country when the table records one (attribute country: Halyk Bank of
// Kazakhstan, not of Georgia) or names one after "of" (Naftogaz of Ukraine, not of Russia;
// rule "of-country", 0.95); as each other name of a row of
// data/othernames.tsv that has it, as written after folding, never by resemblance (a former
// or foreign name: Frunze, Сталинград, Königsberg, Bombay, Danzig), meeting a place by key or
// better (rule "exonym", 0.95), or of a country's row of data/statenames.tsv (ISO 3166-1:
// Kenya for Republic of Kenya, South Korea for Republic of Korea; rule "state-name"); for a
// town named after its river with a connector of
// data/connectors.tsv (on, upon, am, an der, na, nad, sur: Frankfurt-on-Main, Komsomolsk na
// Amuru, Ростов-на-Дону), with each other connector, a place only (rule "river"; another
// river is another town); and without a legal form or city designator of
// data/legalforms.tsv (Ecopetrol S.A., Petróleos de Venezuela, S.A., PT Pertamina, Davao
// City), for an entity of the kind the form names, never a country (rule "legal-form"). A
// mention with such a form never names a person (Leonardo S.p.A.). The other way round, a
// table name of a body that carries such a form where company law writes it (Equinor ASA,
// Nokia Oyj, ASML Holding N.V., AB Volvo) is met by the name without it, as a partial match
// with the same rule; Find then reads the one word (Volvo) as the body's name as written.
// An encyclopedia's disambiguator after a table name in parentheses, a country or a year
// (Progress Party (Norway), Hurricane Katrina (2005)), is no part of the name; other words in
// parentheses are (Frankfurt (Oder)).
//
// # Matching
//
// Candidates come from an index over the table's names: the name key of each word under every
// press convention (translit.Keys), the keys with one letter deleted, and a consonant
// skeleton — never a scan of the whole table (see "Scale and snapshots"). Each candidate name
// is then scored word by word:
//
//   - equal words score 1; equal keys 0.97 (Zelenskiy, Zelenskyy); keys equal under another
//     convention 0.95 (Charkiw, Kharkiv); cognate given names 0.95 (data/cognates.tsv:
//     Vladimir for Volodymyr, Andrzej for Andrii; and a short form of data/hypocoristics.tsv
//     for each of its full names, both ways: Mo Farah, Tony for Anthony, Pasha for Pavel,
//     rule "cognate"); an initial 0.9 against a word it begins
//     (only a person's: initials alone, A. A., meet no place or body; and a place's or body's
//     match through an initial on an alias rather than its canonical name counts ×0.9, so
//     S. Korea is South Korea, not the Czech alias Severní Korea of North Korea);
//   - otherwise 1 − weighted edit distance / length over the keys (translit.Similarity), where
//     the edits that conventions explain cost less (e for i, b for v, a dropped h); two words
//     that end in vowels of different classes are different names (Zelenko, Zelenska: ×0.75);
//   - words romanized from Arabic or Hebrew script are also compared by their consonants,
//     since the romanization guesses unwritten vowels (دونالد ترامب, Dunalid Taramib);
//   - words romanized from kana or Hangul are also compared as transcriptions of a foreign
//     name: the vowels that only carry a consonant dropped, チ chi read ti, ㅍ p read f, l and
//     r one letter (メルケル Merukeru: Merker, Merkel; 라브로프 Rabeuropeu: Lavrov), with as many
//     vowels as the name has and o apart from u (シュルツ is Schulz, not Scholz): rule
//     "transcription" (cjk.go);
//   - words are aligned order-free, best pairs first; a pair counts at 0.84 or more, 0.9
//     for given names joined from hyphenated syllables (Jae-yong is not Jae-myung); one word
//     may meet two written apart (Mohammedreza, Mohammad Reza; Geun-hye, Geun Hye); a
//     person's words met in an order that is no rotation of the name's (the family name
//     moved to the other end) must each meet by key or better, or the mention is another
//     person's name (Kim Un Yong is not Kim Jong Un, Kim Jong Il not Kim Il Sung).
//
// A name's score is the mean of its matched words, the family name weighing 1.5 (the last word,
// or the first for family names that lead: data/surname_first.tsv, Xi Jinping, Kim Jong Un,
// Hun Manet; a particle that is one of them, first and before a name, is that family name: Du
// Li, Le Duan, so Li alone is not Du Li).
// Then:
//
//   - a word of the mention that matches nothing while a word of the name is unmatched means
//     a different name: score 0 (Josh Kushner, Olena Zelenska, Kim Song Chol);
//   - for a person, a first word of the mention that matches nothing is another given name:
//     score 0 (Hamza Usama bin Laden; before a one-word name too: Tommy Suharto is not
//     Suharto), unless each word in front is a given name of data/given_first.tsv that a
//     full name carries before the name in use (Muhammad Nawaz Sharif, José Raúl Mulino),
//     or a given name of the European customs of data/given_european.tsv, in which a person
//     may go by a later given name and no son carries his father's given name after his own
//     (Robert Anthony Eden, Luiz Inácio Lula da Silva for Lula da Silva; the price: a
//     grandson named after a grandfather the table holds alone, Eric Frederick Trump),
//     before the whole name of two words or more met in order by key or better, which has
//     no bin, ibn or ben and starts with no name of data/given_alone.tsv (in those customs
//     a name in front is a child's: Mohammed Osama bin Laden); a title the mention leads
//     with meets the same word first in the table's name (Begum Khaleda Zia for the table's
//     Begum Khaleda); a word after the whole name makes it something else's
//     name (Hamid Karzai International Airport), unless it follows al- (a nisba: al-Qurashi)
//     or the mention was written "SURNAME, Given …", or it is one more family name: the one
//     last word (or, after a particle, the last two: Ricardo Izecson dos Santos Leite)
//     after a whole name of two words or more met in order, name-like (no title,
//     suffix, designator, calendar word, initial, nor an English word of data/wordlist), not
//     by itself a one-word name of another entity nor the last word of another person's
//     name (Emmanuel Macron Scholz; unless that person's whole name ends the mention after a
//     given name, the father's name of the South Asian custom: Maryam Nawaz Sharif for Maryam
//     Nawaz beside Nawaz Sharif), and not contradicting a longer form of
//     the name the table records for the entity (Gustavo Petro Urrego, Meles Zenawi Asres;
//     not Madonna Ciccone, Emmanuel Macron Paris, Donald Trump Jr.; the price: a second
//     surname that is an English word, Gabriel Boric Font, and a son who adds his mother's
//     surname to his father's whole name, Nicolás Maduro Guerra, unless the table records
//     Nicolás Maduro Moros); extra words in between (middle names, a
//     patronymic, a nasab) cost ×0.97 each (Vladimir Vladimirovich Putin 0.97);
//   - for a place or organization, any extra word but a designator (Group, Holdings, a legal
//     form such as PAO or JSC, a German -Miliz) makes another entity (Moscow, Idaho; Gazprom
//     Neft): score 0; but a country's name (CLDR, as for countries below) first, before a
//     body's whole name of two words or more met by key or better that is not common English
//     words alone, is the body's country (Bangladesh Awami League, Pakistan Tehreek-e-Insaf;
//     rule "country-front"); not a nationality adjective (Pakistani Taliban), nor before a
//     one-word name (Pakistan Taliban), a common one (Kenya Red Cross) or a place;
//   - the kind of entity matters: a place is not met by a name derived from it (Mykolaivka,
//     Poltavka, Bakhmutske: -ka, -ivka, -ske, -ovo …, a village or region named after the
//     town) nor by an Arabic nisba (al-Baghdadi, Tikriti: the place's name plus -i, in Latin
//     text or after al-; Cyrillic Тікриті stays the Ukrainian locative): score 0; a name key
//     ending -as, -os or -us is not an English plural (Hama is not Hamas); a one-word place
//     met by an edit that is a single vowel no convention explains (e for u, i for a, i for
//     o) is another place (Mosel is not Mosul, Giza not Gaza; the price: Hims for Homs needs
//     an alias); a one-word Latin mention met by edits or a case ending alone, when it and the place's name
//     are both names of towns in the gazetteer of data/places (GeoNames, 148,000 names of
//     towns of 1,000 people or more), names the other town (Burgos is not Burgas, Buchach
//     not Bucha, Miesenbach not Wiesenbach; Zaporozhye, GeoNames' own spelling, still meets
//     Zaporizhzhia, which it does not list; the price: Sébastopol for Sevastopol needs a key
//     or an alias, as a town of California is called so), and so does one written in plain
//     ASCII letters that only another language's spelling joins to the place (Turkish c for
//     j, Czech j for y, Polish c for ts: Cuba is not Juba, Luck not Lutsk, Shian not Xian;
//     written with that language's letters it is its spelling: Łuck, Czernichów; the price:
//     a Polish or Czech spelling stripped of its marks that is also a town, Czernichow,
//     names that town; a Russian-era name, Volchansk for Vovchansk, is a convention of
//     its own and still meets); a mention of two words or more met by edits, case endings
//     or in part, when it and the name are both towns' names, names the other town (Cerro
//     Blanco is not Cerro Branco, Oak Hills not Oak Hill, San Pedro not San Pedro Sula);
//     a given name's cognate makes no place name (San Nicola is not San Nicolás); a lone
//     town's name in plain letters meets no place by a case ending or as a prefix (Alma is
//     not Almaty), nor by an edit or another language's spelling when the place's name
//     is short (six letters or fewer) and a town's too (Osaki is not Osaka; Hamah, GeoNames'
//     spelling, still meets Hama, which it does not list) or one consonant for a vowel off
//     (Hamm is not Hama), an alias (Bamba is not Bombay)
//     or a country's (Torquay is not Turkey; the price: Moskva for Moscow and Sevilla for
//     Seville, met by a case ending, and Samary, the Polish genitive of Samara, need an
//     alias); a country's name in any language of
//     the default table's countries (CLDR) meets no place but that country (Estonia is not
//     Astana, Czechia not Chechnya, Turkish Gine, Guinea, not China); Cyrillic, Greek,
//     Armenian and Georgian write every vowel, so a town's name in them met by edits is a
//     town's too (Бучач is Buchach, not Bucha); a town written as two capitalized
//     parts joined by a hyphen is not a place the table writes as one word (Jalal-Abad in
//     Kyrgyzstan is not Jalalabad; Jalal-abad and a table name with the hyphen still meet);
//   - for a person, a patronymic in the mention that contradicts the one the table records
//     for that entity in any of its names is another person (Dmitry Nikolayevich Peskov is
//     not Dmitry Sergeyevich Peskov); a table without patronymics contradicts none; the
//     father's name after bin/ibn alone or with the family name, without the bin, names the
//     father (King Salman is not Mohammed bin Salman, nor Rashid Al Maktoum Mohammed bin
//     Rashid Al Maktoum; bin Salman is), and bin, ibn or ben last, with no name after
//     it, is a name, not a nasab (the Chinese given name of Wang Bin: Wang alone is not
//     him among other Wangs); a lone given name of data/cognates.tsv
//     meets no surname it only resembles or spells otherwise (Hassan is not Sheikh Hasina,
//     Boris not Borissov, Mohammed not Mahathir Mohamad); a lone word met by edits alone
//     meets no person's name when it is a town of the gazetteer and the edits are no slip of
//     the keyboard (two neighbouring letters swapped, one doubled: Beja and Bari are towns,
//     not Paul Biya and William Barr; Marcon is still Macron), nor, short, when one vowel
//     that no convention explains sets it apart (Dada is not Duda, Kigame not Kagame);
//     a given name (any word but the family name) met only by an edit or as a prefix, when
//     one is the other plus one to three letters starting with a vowel, is another given name
//     (Samir is not Samira, Viktor not Viktoriia, Ivan not Ivana), and so is, in Latin text,
//     a given name read as a case form or as its feminine in -a beside a family name written
//     as in the name (Daniela Ortega, Laurentina Cortizo; Daniela Ortegi declines both): score
//     0; one name's forms are cognates (Ibrahim, Ibrahima) and case forms meet by inflection
//     (Віктора); where the family name leads, a given name met only by an edit of e for i is
//     another name (Hun Manith is not Hun Manet, Xi Jinpeng not Xi Jinping), and so is a
//     pinyin given name with another syllable initial (Li Xiang is not Li Qiang); in Latin
//     text, a family name with one letter added inside (a consonant but h, w, y, r, l, not
//     doubled, or a vowel beside a vowel) or a given name two letters off, both listed words
//     of data/wordlist and the rest as written, is another person (Ben Johnston is not Ben
//     Johnson, Marion Le Pen not Marine Le Pen); a Roman numeral last is a regnal number that
//     meets only itself (Leo X is not Leo XIV); a lone town's name met to a person only as a
//     prefix, by another spelling or by a case ending that changes the name is the town (Orba
//     is not Orbán; Putina is Putin);
//   - a partial name scores ×0.9 and resolves only when no other entity comes close (see
//     below): for a person the family name alone, or the given name with two more words or
//     with a nasab (Mohammed bin Zayed), or the first two words of three, met in order as
//     written or by key, when the second is no word of data/wordlist (Yoweri Kaguta; not
//     Ellen Johnson for Ellen Johnson Sirleaf), or the first word alone of a name whose second
//     word is the father's given name of data/cognates.tsv (Mahathir for Mahathir Mohamad),
//     when the first is no such common given name nor a word of data/wordlist (not Mark for
//     Mark Thomas, Christian for Christian Friedrich) and has four letters or more, or the first
//     word alone, met as written or spelled (not by an edit), when it is a given name of
//     data/given_alone.tsv, which the Ethiopian, Eritrean, Indonesian and Thai press uses
//     alone (Tedros, Megawati, Prime Minister Srettha); for a place or body two words or more and most of the
//     name, the name without its designator (Wagner for Wagner Group), a body's name
//     without the country's name or nationality that leads it, the rest met by key or better
//     and not common English words alone (Evergrande for China Evergrande; not Airlines for
//     Turkish Airlines, nor Kurdistan, a place, for Iraqi Kurdistan), or the long word of
//     a hyphenated name (Karabakh for Nagorno-Karabakh), or the first of two hyphenated words
//     when it has four or five letters and is neither a common word nor a town of its own
//     (Cluj for Cluj-Napoca, not Baden for Baden-Baden); for a person also the first given
//     name (or the one after a devotional first name of data/given_first.tsv) and a family
//     name the name holds before its last, in order, by key or better (Rafael Correa for
//     Rafael Vicente Correa Delgado, Evo Morales for Juan Evo Morales Ayma), that word no
//     given name of the lexicon nor an English word, not for a family name that leads nor
//     a name with bin, a name of three words only with a Spanish or Portuguese accent or a
//     first surname in -ez, and no word left off an English word in plain letters (Ellen
//     Johnson is not Ellen Johnson Sirleaf, Martin Luther not Martin Luther King); for a
//     place the name after the first words of a city's formal name of data/cityforms.tsv
//     (Quito for San Francisco de Quito, Medan for Kota Medan), never a country's name
//     (Santiago de Chile is not Chile): rule "formal-name";
//   - one far-off family name next to an exactly spelled rest of the name, starting the same
//     and, in Latin text, with the same consonants but one (merged as the index's skeletons
//     merge them; a romanization of another script guesses consonants: Thai Chanwinkun), may
//     still count (Johann Vardepoel for Johann Wadephul; not Dieter Schäfer for Dieter
//     Schneider; nor, in Latin text, when both words are in data/wordlist, each a name or word
//     of its own: Edouard Many is not Edouard Manet, nor when a word has fewer than two
//     consonants to compare: Charles de Gaulle is not a Charles Harriley): ×0.95;
//   - acronym aliases (ECB) match only as written or as an acronym with the same key (ООН for
//     UN); a mention in capitals matches the initials of an organization's canonical name;
//     aliases in other scripts match only whole, as written or romanized;
//   - when nothing matches, Hebrew and Arabic words are tried without their one-letter
//     prefixes (לגלנט, to Gallant; والمالكي, and al-Maliki).
//
// # Scores, thresholds, ambiguity
//
// A [Match] Score is 1 for the name as written, 0.99 folded, 0.98 romanized, about 0.95–0.97
// when every word meets by key, convention or cognate, and lower as edits accumulate.
// [DefaultThreshold] 0.75 means "the same name under the documented rules"; below it the
// resolver has only a resemblance. Resolve returns ok only when the best entity reaches the
// threshold and leads every other entity by at least [DefaultMargin] (0.04); otherwise it
// returns ok false with [Match].Ambiguous set and lists the close ones in Alternatives. A
// mention that is a whole name or alias of an entity, as written or folded (score 0.99 or 1),
// is ambiguous only with another entity that has that same name too: an entity it meets by
// key, convention, edits or in part does not count however close (Lim Juhun resolves beside
// Lim Jujun, Kim Minjin beside Kim Minjun; two Kim Minjuns stay ambiguous). Below
// the threshold it returns ok false, Ambiguous false, and the best resemblances in
// Alternatives. [WithThreshold] and [WithMargin] change both.
//
// # Finding names in text
//
// [Resolver.NewFinder] returns a [Finder] for one document; [Finder.Find] returns the
// mentions ([Mention]) of each piece, and remembers what the document said (a family name after the
// full name is that person). Find reads whole names first (a run of name words resolves as a
// whole or is an unknown name: Zach Witkoff links to nobody), holds a lone word to real
// evidence (a given name, surname or English word of data/wordlist meets a name only as
// spelled or by a convention: Hill is not Chile), finds names inside Chinese and Japanese
// text, and reports unknown names with [WithUnknown]. [Finder.Find] lists every rule.
//
// # Streaming
//
// [Finder.FindReader] (and [Resolver.FindReader]) finds the mentions of an [io.Reader] of
// any size as an iter.Seq2[Mention, error], in bounded memory (256 KiB of text at a time),
// with offsets into the whole input:
//
//	for m, err := range res.FindReader(ctx, file, entity.WithUnknown(true)) { … }
//
// It cuts the text only where no name can run over the cut: after a line break or the end of
// a sentence, between two lower-case words, or after punctuation that ends a run of name
// words. Only a stretch of 128 KiB with none of those is cut at a space or between two
// characters, and then the finder reads past the cut so that no mention is split. Invalid
// UTF-8 separates words and costs linear time. Text that fits in one piece gives exactly
// the mentions of [Finder.Find].
//
// # Discovery without a table
//
// [Discover] (or a [Discoverer] fed document by document, from strings or readers) groups
// the name mentions of a corpus into [Cluster]s of spellings of one name, with counts, a
// suggested canonical spelling and the rules that joined each spelling (key, convention,
// cognate, edit, folded, surname): Zelensky, Zelenskyy and Zelenskiy; Sybiha, Sybhia and
// Sivya; Witkoff and Witkov; Kyiv and Kiev. It reads name runs as Find does, with nothing to
// resolve against, and joins two spellings only when the resolver's rules make them one name
// both ways with no word left over, so precision comes first: Olena Zelenska and Volodymyr
// Zelenskyy, Kim Jong Un and Kim Jong Il, Ivanov and Ivanova stay apart. A family name alone
// joins a full name only when it followed that name, and no other, in the same document.
// [WriteAliasTable] writes clusters as a TSV table that [alias.LoadFile] reads back.
//
// # Scale and snapshots
//
// The index (package entity/internal/index, whose doc specifies it) is built for tables of
// millions of names: each distinct word of the table is parsed and stored once, with integer
// ids; a name is a list of word ids; the deletion and skeleton terms lead to words, not
// names, and are kept as 64-bit hashes in flat sorted arrays. [NewResolver] parses the names
// on every core ([WithProgress] reports how far it is). A lookup marks the words a mention
// meets, takes the names of its rarest word, keeps those that meet every word, each by a
// word of their own (the scorer aligns words one to one: a name word that two mention words
// both lead to meets one of them), and scores them; names met by fewer words are scored
// only when none of those matches. Word scores
// are memoized per vocabulary word for the lookup, and edit distances stop as soon as a pair
// can no longer reach the score it needs (translit.SimilarityAtLeast), so what can still pass
// scores exactly as before.
//
// Bound: the index leads a mention to a name when one of its words shares a key with a word
// of the name up to one deletion on each side (under any convention, or de-inflected), or a
// consonant skeleton, or is one deletion from two name words written as one. A name the
// scorer would accept only through word pairs further apart (two substitutions in a long
// surname), through bare initials, or through a cognate given name alone is not found.
// A test scores every table name of random tables (resolveBrute) and checks that the index
// finds every accepted entity within this bound, with the same score.
//
// [Resolver.WriteSnapshot] writes a Resolver — its table, options and index — to one
// versioned, checksummed file; [LoadSnapshot] and [LoadSnapshotFile] read it back in one pass,
// far faster than indexing again, and the Resolver answers exactly as the one written. A
// snapshot that is not one, of another version or other name rules, cut short, changed or
// inconsistent is refused whole with an error wrapping [ErrSnapshotMagic],
// [ErrSnapshotVersion], [ErrSnapshotTruncated], [ErrSnapshotChecksum] or [ErrSnapshotCorrupt].
//
//	res := entity.NewResolver(tbl, entity.WithProgress(report))
//	err := res.WriteSnapshot(f)                   // once, after indexing
//	res, err = entity.LoadSnapshotFile("people.idx") // at every start
//
// # Concurrency
//
// A [Resolver] is immutable after [NewResolver] and safe for concurrent use by multiple
// goroutines; so are the package-level [Resolve], [Candidates] and [Find].
// [Resolver.ResolveAll] resolves a batch of names on GOMAXPROCS goroutines and returns the
// results in order; it takes a [context.Context] and stops when it is done. Resolve itself
// takes none: a mention is cut to [MaxMentionBytes] and [MaxMentionWords], so one call does a
// small, bounded amount of work that there is no point in cancelling.
//
// # Swapping tables in a running service
//
// A service that must pick up a new edition of its table without stopping builds the new
// Resolver beside the old one ([NewResolver], or [LoadSnapshotFile] for a snapshot written
// with [Resolver.WriteSnapshot]) and swaps it in atomically:
//
//	var current atomic.Pointer[entity.Resolver]
//	current.Store(entity.NewResolver(tbl))
//
//	// each request: load once, use that Resolver to the end
//	m, ok := current.Load().Resolve(name)
//
//	// on reload, in one goroutine
//	next, err := entity.LoadSnapshotFile("people.snap")
//	if err == nil {
//		current.Store(next)
//	}
//
// A request in flight finishes on the Resolver it loaded; the old Resolver is freed once no
// request holds it. Memory peaks at two Resolvers during the swap. Nothing else is needed: a
// Resolver never changes, so there is no lock to take.
package entity
