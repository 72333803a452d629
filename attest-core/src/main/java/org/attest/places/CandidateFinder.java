package org.attest.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.gazetteer.Gazetteer;
import org.attest.gazetteer.NameKeys;

/**
 * Finds the word stretches that the gazetteer or the region table knows, longest first, from
 * each capitalised (or Arabic-script) word. The exact index is tried first; the skeleton index
 * only where the exact one finds nothing, on capitalised words and their ezafe joiners.
 */
final class CandidateFinder {
    private static final int MAX_WORDS = 6;
    /** Lower-case words inside a name that its loose spelling leaves out. */
    private static final WordSet JOINERS = WordSet.of("e", "ye", "al", "el", "ol");
    private static final int MAX_SKELETON_WORDS = 3;
    /** Slots of each shared memo, as a power of two: 32,768 keys, a few hundred kilobytes. */
    private static final int SHARED_BITS = 15;

    /**
     * What the exact and region indexes hold under one key, and whether a longer name starts with
     * it: one memo entry answers both questions the finder asks of each stretch.
     */
    private record Found(long key, int[] entries, List<Region> regions, boolean prefix) {
        boolean names() {
            return entries.length > 0 || !regions.isEmpty();
        }
    }

    private static final int[] NO_ENTRIES = new int[0];
    /** The answers that name nothing, with and without a longer name going on: what most probes get back. */
    private static final Found NOTHING = new Found(0, NO_ENTRIES, List.of(), false);
    private static final Found PREFIX_ONLY = new Found(0, NO_ENTRIES, List.of(), true);

    /** A found answer's flags for {@link SharedMemo}: 2 when it names a place, plus 1 when a longer name goes on. */
    private static int flags(Found f) {
        return (f.names() ? 2 : 0) | (f.prefix() ? 1 : 0);
    }

    /** The shared answer that stands for every answer with these flags, or null when it names a place. */
    private static Found plain(int flags) {
        return flags == 0 ? NOTHING : flags == 1 ? PREFIX_ONLY : null;
    }

    /** The skeleton index's entries for the skeleton of the words whose exact key is {@code key}. */
    private record Skeleton(long key, int[] entries) {}

    private static final Skeleton NO_SKELETON = new Skeleton(0, NO_ENTRIES);

    private final Gazetteer gazetteer;
    private final RegionIndex regions;
    private final PlaceLexicon lexicon;
    private final StateAbbreviations stateAbbreviations;

    /** Abbreviations read only in capitals, by surface: the exact keys of the names they stand for. */
    private final Map<String, Long> capitals;
    private final EllipticalProvinces elliptical;
    /** The lengths of {@link #capitals}' abbreviations: a word of another length is not cut out of the text to be looked up. */
    private final java.util.BitSet capitalLengths = new java.util.BitSet();
    /** Lower-case titles that open places' names ("Saint Paul", "St. Paul"): see {@code name-openers.txt}. */
    static final WordSet NAME_OPENERS = WordSet.of(PlaceLexicon.lines("name-openers.txt"));

    /** The indexes' answers across documents (see {@link SharedMemo}); {@link Asked} keeps one document's. */
    private final SharedMemo<Found> exactKnown = new SharedMemo<>(SHARED_BITS, Found::key, CandidateFinder::flags,
            CandidateFinder::plain);
    private final SharedMemo<Skeleton> skeletonKnown = new SharedMemo<>(SHARED_BITS, Skeleton::key,
            s -> s.entries().length > 0 ? 2 : 0, f -> f == 0 ? NO_SKELETON : null);

    /** The shared memo's answer for a key, the index's on a miss: one function, not a lambda made per question. */
    private final java.util.function.LongFunction<Found> known;

    CandidateFinder(Gazetteer gazetteer, RegionIndex regions, PlaceLexicon lexicon) {
        java.util.function.LongFunction<Found> lookUp = this::lookUp;
        this.known = k -> exactKnown.get(k, lookUp);
        this.gazetteer = gazetteer;
        this.regions = regions;
        this.lexicon = lexicon;
        this.stateAbbreviations = new StateAbbreviations(regions);
        this.elliptical = new EllipticalProvinces(regions);
        Map<String, Long> caps = new HashMap<>();
        for (String line : PlaceLexicon.lines("capital-abbreviations.txt")) {
            String[] f = line.split("\t");
            caps.put(f[0], NameKeys.hash(NameKeys.exactKey(f[1])));
        }
        this.capitals = Map.copyOf(caps);
        caps.keySet().forEach(a -> capitalLengths.set(a.length()));
    }

    /**
     * True when word {@code i} is a capitalised abbreviation of {@code name-openers.txt}
     * followed by ". " and a capitalised word: "St. Paul" is one name, as GeoNames spells it.
     */
    private boolean dottedAbbreviation(Tokens t, int i) {
        return i + 1 < t.size && t.capitalized(i) && t.gapIs(i, ". ") && t.capitalized(i + 1)
                && NAME_OPENERS.has(t, i);
    }

    /** What the indexes said about the keys one document asked for (see {@link LongMemo}). */
    private static final class Asked {
        final LongMemo<Found> exact = new LongMemo<>();
        /** Skeleton entries by the exact key of the words they were built from. */
        final LongMemo<int[]> skeleton = new LongMemo<>();
    }

    List<Candidate> find(Tokens t) {
        Asked asked = new Asked();
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < t.size) {
            if (!startable(t, i)) {
                i++;
                continue;
            }
            Candidate c = stateAbbreviations.at(t, i); // "Flint, Mich."
            if (c == null) {
                c = elliptical.at(t, i); // "East and West Azerbaijan": "East" is East Azerbaijan
            }
            if (c != null) {
                out.add(c);
                i = c.last + 1;
                continue;
            }
            c = exact(t, i, asked);
            Candidate abbreviation = capitalAbbreviation(t, i);
            if (abbreviation != null && (c == null || c.words() == 1)) {
                c = abbreviation; // "US" over the gazetteer's hamlets named "Us", not over "US Virgin Islands"
            }
            if (c == null) {
                c = joinedPair(t, i, asked);
            }
            if (c == null) {
                c = skeleton(t, i, asked);
            } else {
                c = longerSpelling(t, i, c, asked);
            }
            if (c != null) {
                out.add(c);
                i = c.last + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * "US-based", "the US envoy": an abbreviation of {@code capital-abbreviations.txt} as written,
     * in a line not written all in capitals (where "US" may be the pronoun), or null.
     */
    private Candidate capitalAbbreviation(Tokens t, int i) {
        Long key = capitalLengths.get(t.end[i] - t.start[i]) ? capitals.get(t.surface(i)) : null;
        if (key == null || shouting(t, i - 1) && shouting(t, i + 1)) {
            return null;
        }
        List<Region> rs = regions.lookup(key);
        return rs.isEmpty() ? null : new Candidate(i, i, new int[0], false, rs);
    }

    /** True when word {@code j} is missing or another word in capitals of two letters or more. */
    private static boolean shouting(Tokens t, int j) {
        return j < 0 || j >= t.size || t.allCaps(j) && t.end[j] - t.start[j] > 1;
    }

    private static boolean startable(Tokens t, int i) {
        // the cheap tests on the word's first letter first: most words are lower case
        boolean arabic = t.arabic(i);
        if (arabic ? t.end[i] - t.start[i] < 3 : !t.capitalized(i)) {
            return false;
        }
        return !t.digits(i) && !t.inTagOrLink(i) && !afterHyphenParticle(t, i);
    }

    /**
     * True when word i closes a hyphenated compound through a short particle ("Minar-i-Pakistan",
     * "Tehreek-e-Insaf"): the compound is one name, a monument or a party, and the country or
     * town at its end is no mention of its own. A compound that is a place name is found from
     * its first word ("Masjed-e-Soleyman").
     */
    private static boolean afterHyphenParticle(Tokens t, int i) {
        return i >= 2 && t.gapIs(i - 1, "-") && t.gapIs(i - 2, "-") && !t.capitalized(i - 1)
                && t.end[i - 1] - t.start[i - 1] <= 2;
    }

    private static boolean endable(Tokens t, int j) {
        return t.arabic(j) || (t.capitalized(j) && !t.digits(j)) || afterInnerApostrophe(t, j);
    }

    /** Endings of English words after an apostrophe: "Iran's", "don't", "they're", "we'll". */
    private static final WordSet CLITICS = WordSet.of("s", "t", "d", "m", "ll", "re", "ve");

    /**
     * "Ta'izz", "Sana'a", "Ma'arrat": the lower-case rest of a name after an apostrophe inside it
     * ends the name as well as a capitalised word does; a possessive or a contraction does not.
     */
    private static boolean afterInnerApostrophe(Tokens t, int j) {
        if (j == 0 || t.start[j] - t.end[j - 1] != 1 || t.digits(j)) {
            return false;
        }
        char c = t.text.charAt(t.end[j - 1]);
        return (c == '\'' || c == '\u2019') && !CLITICS.has(t, j);
    }

    private Candidate exact(Tokens t, int i, Asked asked) {
        long h = NameKeys.start();
        Candidate best = null;
        for (int j = i; j < t.size && j < i + MAX_WORDS; j++) {
            if (j > i) {
                if (!t.joined(j - 1) && !dottedAbbreviation(t, j - 1)) {
                    break;
                }
                h = NameKeys.extendSeparator(h);
            }
            h = t.extendKey(h, j);
            long key = NameKeys.finish(h);
            Found found = asked.exact.get(key, known);
            if (endable(t, j) && found.names()) {
                best = new Candidate(i, j, found.entries(), false, found.regions());
            }
            if (!found.prefix()) {
                break;
            }
        }
        return best;
    }

    private Found lookUp(long key) {
        int[] entries = gazetteer.exact(key);
        List<Region> rs = regions.lookup(key);
        boolean prefix = gazetteer.isPrefix(key) || regions.isPrefix(key);
        if (entries.length > 0 || !rs.isEmpty()) {
            return new Found(key, entries, rs, prefix);
        }
        return prefix ? PREFIX_ONLY : NOTHING; // the shared answers SharedMemo gives back for these anyway
    }

    /**
     * "Astane Ashrafiyeh": the first word alone is an alternate name of the town, but the whole
     * stretch is a loose spelling of its full name. The longer reading wins when it names one of the
     * places the shorter one found.
     */
    private Candidate longerSpelling(Tokens t, int i, Candidate exact, Asked asked) {
        if (exact.last + 1 < t.size && afterInnerApostrophe(t, exact.last + 1)) {
            // "Dara'a": the name goes on after the apostrophe, so "Dara" (Senegal) is not it; the
            // whole is read as one word ("Daraa"), by its skeleton, or not at all
            int tail = exact.last + 1;
            if (exact.first == exact.last) {
                int[] joined = gazetteer.exact(NameKeys.finish(NameKeys.extend(NameKeys.start(),
                        t.folded(i) + t.folded(tail))));
                if (joined.length > 0) {
                    return new Candidate(i, tail, joined, false, List.of());
                }
            }
            Candidate loose = skeleton(t, i, asked);
            return loose != null && loose.last > exact.last ? loose : null;
        }
        if (exact.entries.length == 0 || !t.joined(exact.last) || exact.last + 1 >= t.size
                || !t.capitalized(exact.last + 1)) {
            return exact;
        }
        Candidate pair = exact.first == exact.last ? joinedPair(t, i, asked) : null;
        if (pair != null) {
            return pair;
        }
        Candidate loose = skeleton(t, i, asked);
        if (loose == null || loose.last <= exact.last) {
            return exact;
        }
        for (int e : loose.entries) {
            for (int x : exact.entries) {
                if (Gazetteer.placeOf(e) == Gazetteer.placeOf(x)) {
                    return new Candidate(i, loose.last, new int[] {x}, false, exact.regions);
                }
            }
        }
        return exact;
    }

    /**
     * "Najaf Abad", "Khorram Abad": two capitalised words that written as one are a town's name
     * ("Najafabad") are that town, not the first word's town; null when they are not.
     */
    private Candidate joinedPair(Tokens t, int i, Asked asked) {
        if (i + 1 >= t.size || !t.joined(i) || !t.capitalized(i) || !t.capitalized(i + 1)
                || t.arabic(i) || t.allCaps(i) || !t.gapAfter(i).equals(" ")) {
            return null;
        }
        // a headline's title case ("Tries To", "Do I") joins no words: the second is a word of a name
        String second = t.folded(i + 1);
        if (second.length() < 4 || lexicon.commonWords().contains(second) || lexicon.notPlaces().contains(second)
                || lexicon.commonWords().has(t, i)) {
            return null;
        }
        // the key of the two words written as one, hashed from the words in turn: it is the key the
        // exact lookup of that one word asks, so the memos answer it (their entries are the index's)
        long key = NameKeys.finish(t.extendKey(t.extendKey(NameKeys.start(), i), i + 1));
        int[] joined = asked.exact.get(key, known).entries();
        return joined.length > 0 ? new Candidate(i, i + 1, joined, false, List.of()) : null;
    }

    /** The folded words {@code from..to}. */
    private static List<String> folded(Tokens t, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int w = from; w <= to; w++) {
            words.add(t.folded(w));
        }
        return words;
    }

    private Candidate skeleton(Tokens t, int i, Asked asked) {
        // loose spellings are for names: not for acronyms, common words or words of the calendar
        if (t.arabic(i) || t.allCaps(i) || lexicon.commonWords().has(t, i)
                || lexicon.notPlaces().has(t, i) || lexicon.orgWords().has(t, i)) {
            return null;
        }
        long key = NameKeys.start();
        Candidate best = null;
        for (int j = i; j < t.size && j < i + MAX_SKELETON_WORDS + 1; j++) {
            if (j > i && !t.joined(j - 1)) {
                break;
            }
            // an ezafe ("Shahr-e Kord") or an Arabic article ("Umm al-Qasr") between capitalised words
            boolean ezafe = j > i && !t.capitalized(j) && JOINERS.has(t, j)
                    && j + 1 < t.size && t.joined(j) && t.capitalized(j + 1);
            if (!ezafe && !t.capitalized(j) && !(j > i && afterInnerApostrophe(t, j))) {
                break;
            }
            if (j > i && lexicon.notPlaces().has(t, j)) {
                break; // a title-case "As", "In" is no part of a name: "Nairobi As" is not "Nairobis"
            }
            if (j > i && t.allCaps(j) && t.end[j] - t.start[j] > 1) {
                break; // an acronym after a capitalised word is no part of its spelling: "Broad US" is not Broadus
            }
            if (j > i && t.end[j] - t.start[j] == 1 && t.end[j] < t.text.length()
                    && t.text.charAt(t.end[j]) == '.') {
                break; // an initial or a dotted abbreviation is no part of a spelling: "Former U.S." is not Formerie
            }
            key = t.extendKey(j > i ? NameKeys.extendSeparator(key) : key, j);
            if (ezafe) {
                continue;
            }
            int last = j;
            // by the words' exact key: a repeated name skips building its skeleton too, and folding its words
            int[] entries = asked.skeleton.get(NameKeys.finish(key), k -> skeletonKnown.get(k, x -> {
                String skel = NameKeys.skeleton(folded(t, i, last));
                int[] found = skel.length() >= 4 ? gazetteer.skeleton(NameKeys.hash(skel)) : NO_ENTRIES;
                if (found.length == 0 && skel.length() >= 4 && skel.startsWith("is")) {
                    // Persian's opening "es" is also written "is" ("Islamshahr" for Eslamshahr)
                    found = gazetteer.skeleton(NameKeys.hash("e" + skel.substring(1)));
                }
                return new Skeleton(x, found);
            }).entries());
            if (entries.length > 0) {
                best = new Candidate(i, j, entries, true, List.of());
            }
        }
        return best;
    }
}
