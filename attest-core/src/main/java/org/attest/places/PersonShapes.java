package org.attest.places;

import java.util.Set;

/**
 * Shapes of the words around a candidate that only a person's name takes, whatever the names:
 * a Cantonese or Korean given name of two syllables joined by a hyphen after the surname
 * ("Leung Kwok-hung", "Ho Chun-yan": the town "Leung" or a town spelt "Ho Chun" is the person),
 * a nickname in quotes or another given name in brackets between a given name and a surname
 * ("Juan \"Pepe\" Ortiz", "Lena (Marta) Ortiz": each of the three words is the person's), and a
 * bare name with an age set off by commas ("Ortiz, 71, told", "said Ortiz, a 71-year-old
 * teacher"). They hold in a list as well: a list of detained lawmakers names persons.
 */
final class PersonShapes {
    /** Longest syllable of a hyphenated given name: "Kwok-hung", "Chun-yan", "Ka-cheung". */
    private static final int SYLLABLE_LETTERS = 6;
    /** Oldest age read in "Ortiz, 71, told": larger numbers are counts, not ages. */
    private static final int OLDEST = 110;

    /** Titles of peers, named after a place: "Lord Alton of Liverpool" ({@code peer-titles.txt}). */
    private static final WordSet PEER_TITLES = WordSet.of(PlaceLexicon.lines("peer-titles.txt"));
    /** Most capitalised names between a peer's title and "of": "Baroness Kennedy of The Shaws" has one. */
    private static final int PEER_NAMES = 2;

    /** Possessives before a role and a name: "his daughter Nava" ({@code possessive-words.txt}). */
    private static final WordSet POSSESSIVES = WordSet.of(PlaceLexicon.lines("possessive-words.txt"));

    private PersonShapes() {}

    /**
     * True when a one-word name follows a role or kinship word in lower case that a possessive
     * opens ("his daughter Nava", "their lawyer Sima"): someone's relative or counsel is a person,
     * even where a town far away has the name as an alternate.
     */
    static boolean someonesRelative(Tokens t, Candidate c, WordSet titles) {
        int f = c.first;
        return c.words() == 1 && f > 1 && t.joined(f - 1) && t.joined(f - 2) && !t.capitalized(f - 1)
                && titles.has(t, f - 1) && POSSESSIVES.has(t, f - 2);
    }

    /**
     * True when the one-word candidate is a given name that "and", another given name and a
     * capitalised word follow: "Harold and Denise Whitaker", "Ana and Luis Ortega" name a couple
     * by their shared surname, as no list of towns is written. The closing word must be no
     * organisation's word ("Victoria and Albert Museum" names a museum, left to the organisation
     * passes).
     */
    static boolean coupleBeforeSurname(Tokens t, Candidate c, WordSet givenNames, WordSet orgWords) {
        int f = c.first;
        int surname = f + 3;
        return c.words() == 1 && surname < t.size && givenNames.has(t, f) && t.is(f + 1, "and")
                && t.gapIs(f, " ") && t.gapIs(f + 1, " ") && t.gapIs(f + 2, " ")
                && t.capitalized(f + 2) && !t.allCaps(f + 2) && givenNames.has(t, f + 2)
                && t.capitalized(surname) && !t.allCaps(surname)
                && !orgWords.has(t, surname);
    }

    /** Why the candidate is a person's name by its shape, or null. */
    static String of(Tokens t, Candidate c, WordSet hyphenWords, boolean listed) {
        if (givenNameAfter(t, c.last + 1, c.last, hyphenWords) || c.words() > 1 && halfOfGivenName(t, c, hyphenWords)) {
            return "person (a surname before a hyphenated given name)";
        }
        if (c.words() == 1 && nickname(t, c)) {
            return "person (a nickname in quotes between names)";
        }
        if (c.words() == 1 && c.regions.isEmpty() && bracketedName(t, c.first)) {
            return "person (another given name in brackets)";
        }
        if (peerage(t, c)) {
            return "person (a peer's title that names a place)";
        }
        if (!listed && c.words() == 1 && (ageApposition(t, c) || yearsOldApposition(t, c))) {
            return "person (an age set off by commas)";
        }
        return null;
    }

    /**
     * True when the candidate closes a peer's title: a capitalised peer's title, up to
     * {@link #PEER_NAMES} capitalised names and "of" before it ("Lord Alton of Liverpool",
     * "the Earl of Sandwich"): the person's title, not a mention of the town.
     */
    private static boolean peerage(Tokens t, Candidate c) {
        int of = c.first - 1;
        if (of < 1 || !t.is(of, "of") || !t.gapIs(of, " ") || !t.gapIs(of - 1, " ")) {
            return false;
        }
        for (int k = of - 1; k >= 0 && k >= of - 1 - PEER_NAMES && t.capitalized(k); k--) {
            if (PEER_TITLES.has(t, k)) {
                return true;
            }
            if (k == 0 || !t.gapIs(k - 1, " ")) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when word {@code w}, one space after word {@code gap}, is a short capitalised syllable
     * joined by a hyphen to a short lower-case one that closes the word: "Kwok-hung". Words that
     * follow a hyphen in English ("Tehran-based", "Gaza-bound") are no syllable.
     */
    private static boolean givenNameAfter(Tokens t, int w, int gap, WordSet hyphenWords) {
        if (w + 1 >= t.size || !t.gapIs(gap, " ") || !t.capitalized(w) || t.allCaps(w)
                || t.end[w] - t.start[w] > SYLLABLE_LETTERS) {
            return false;
        }
        return lowerSyllable(t, w, hyphenWords);
    }

    /** "Ho Chun-yan": the candidate "Ho Chun" ends in the first syllable of the given name. */
    private static boolean halfOfGivenName(Tokens t, Candidate c, WordSet hyphenWords) {
        return c.last + 1 < t.size && t.end[c.last] - t.start[c.last] <= SYLLABLE_LETTERS
                && t.capitalized(c.last) && lowerSyllable(t, c.last, hyphenWords);
    }

    /** True when word {@code w} is followed by a hyphen and a short lower-case word that ends the name. */
    private static boolean lowerSyllable(Tokens t, int w, WordSet hyphenWords) {
        int s = w + 1;
        if (s >= t.size || !t.gapIs(w, "-") || t.capitalized(s) || t.digits(s)
                || t.end[s] - t.start[s] > SYLLABLE_LETTERS || hyphenWords.has(t, s)) {
            return false;
        }
        // "Aix-en-Provence" goes on after its lower-case word; a given name ends there
        return s + 1 >= t.size || !t.gapIs(s, "-");
    }

    /** True when the candidate stands in quotes between two capitalised words: Juan "Pepe" Ortiz. */
    private static boolean nickname(Tokens t, Candidate c) {
        int before = c.first - 1;
        int after = c.last + 1;
        if (before < 0 || after >= t.size || !t.capitalized(before) || !t.capitalized(after) || t.allCaps(after)) {
            return false;
        }
        String open = t.text.substring(t.end[before], t.start[c.first]);
        String close = t.text.substring(t.end[c.last], t.start[after]);
        return (open.equals(" \"") || open.equals(" \u201c")) && (close.equals("\" ") || close.equals("\u201d "));
    }

    /**
     * True when word {@code w} is one of the three single names of "Lena (Marta) Ortiz": a
     * capitalised word, another in brackets, and a third after them, none joined to more
     * capitalised words. A town and its province are written "Tarvel (Velmar)" with nothing after
     * them, or after "in" ("in Tarvel (Velmar) Province").
     */
    static boolean bracketedName(Tokens t, int w) {
        for (int first = w - 2; first <= w; first++) {
            if (first >= 0 && first + 2 < t.size && t.gapIs(first, " (") && t.gapIs(first + 1, ") ")
                    && names(t, first) && names(t, first + 1) && names(t, first + 2)
                    && !(first > 0 && t.joined(first - 1) && t.capitalized(first - 1)) && !NameRuns.afterLocative(t, first)
                    && !(first + 3 < t.size && t.joined(first + 2) && t.capitalized(first + 3))) {
                return true;
            }
        }
        return false;
    }

    /** True when word {@code w} is capitalised and not all capitals: a name's word, not an acronym. */
    private static boolean names(Tokens t, int w) {
        return t.capitalized(w) && !t.allCaps(w);
    }

    /** Ages from this many digits on are counts: "a 1000-year-old tree" is no person's. */
    private static final int AGE_DIGITS = 3;

    /**
     * True when ", a 71-year-old" (or "an 18-year-old") follows the candidate: the age of a person
     * the candidate names. A place set off by a comma after "in" ("in Tarvel, a 30-year-old was
     * shot") is the scene, not the person.
     */
    private static boolean yearsOldApposition(Tokens t, Candidate c) {
        int article = c.last + 1;
        int n = article + 1;
        if (n >= t.size || !t.gapIs(c.last, ", ") || !t.gapIs(article, " ") || !t.digits(n)
                || !(t.is(article, "a") || t.is(article, "an"))
                || t.end[n] - t.start[n] > AGE_DIGITS || NameRuns.afterLocative(t, c.first)) {
            return false;
        }
        return t.text.regionMatches(true, t.end[n], "-year-old", 0, "-year-old".length());
    }

    /** True when ", 71, " and a lower-case word follow the candidate: an age, as of a person. */
    private static boolean ageApposition(Tokens t, Candidate c) {
        int n = c.last + 1;
        if (n + 1 >= t.size || !t.gapIs(c.last, ", ") || !t.digits(n) || t.end[n] - t.start[n] > 3
                || !t.gapIs(n, ", ") || t.capitalized(n + 1) || t.digits(n + 1) || NameRuns.afterLocative(t, c.first)
                || !t.surface(n).chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return false;
        }
        int age = Integer.parseInt(t.surface(n));
        return age > 0 && age <= OLDEST;
    }
}
