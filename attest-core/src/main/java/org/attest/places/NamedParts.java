package org.attest.places;

import java.util.List;
import java.util.Set;
import org.attest.model.Span;
import org.attest.model.Unresolved;

/**
 * Districts, neighbourhoods and regions the gazetteer lacks, where the text says what they are: "in
 * the Badalabougou district", "the Kitambo area of the capital", "Alausa, another Lagos
 * neighbourhood", "protests in the Rif region". The name is reported unresolved: a place the text
 * names, but not one town. A people's adjective is no name ("the Kurdish region"). The name may
 * follow "of" or "in" without an article ("the chief of Tarvel commune") or the town it is a part
 * of ("Tarvel's Ostend district"). So are the names of the
 * places that hold a site ("at Tarvel Prison", "the Tarvel police station"; {@code
 * site-words.txt}), that a part word in capitals closes ("in Tarvel Township"), and islands
 * ("off Tarvel Island", whole: the island's word is part of its name) and valleys ("the Ostend
 * Valley"), and two parts named before one plural part word ("Tarvel's Ostend and Velmar areas").
 */
final class NamedParts {
    /** Words that make the name before them a part of a town. */
    static final WordSet PARTS = WordSet.of(PlaceLexicon.lines("part-words.txt"));
    /** Words that, capitalised after a name, make the two one landform's name: "Tarvel Island", "Ostend Valley". */
    private static final WordSet LANDFORMS = WordSet.of(PlaceLexicon.lines("named-landform-words.txt"));
    /**
     * True when a word for a part of a town ("district", "neighbourhood") follows a name some town
     * bears: "ran in a Baku district", "another Lagos neighbourhood" name a part of the town, so
     * the name is the town's, not the province's named like it (a "Minnesota city" is the state's).
     */
    static boolean partOfTownAfter(Tokens t, Candidate c) {
        return c.entries.length > 0 && c.last + 1 < t.size && t.joined(c.last) && PARTS.has(t, c.last + 1);
    }

    private static final String PAIRED = "not in gazetteer (named districts, neighbourhoods or regions)";
    /**
     * Words that may follow a part word and end its phrase: "the X district of Y", "the X area, where",
     * "gathered in the X area to demand".
     */
    private static final WordSet AFTER_PART = WordSet.of("of", "in", "on", "near", "outside", "where", "which",
            "that", "and", "to", "for", "at", "from", "after", "before", "during", "with");
    /** Words after a name that make it the name of a site's place, one space between words. */
    private static final java.util.List<String[]> SITES = PlaceLexicon.lines("site-words.txt").stream()
            .map(l -> l.split(" ")).toList();
    /** The first words of {@link #SITES}: the word after most capitalised words opens none, and is not folded to learn so. */
    private static final WordSet SITE_OPENERS = WordSet.of(SITES.stream().map(w -> w[0]).toList());
    /** Lower-case words before the name of a site's place, an island or a part in capitals: "at Tarvel Prison". */
    private static final WordSet BEFORE_SITE = WordSet.of("the", "of", "in", "at", "to", "from", "near", "outside", "into");
    /** Words that open a part's phrase: "the X district", and without an article "chief of X commune", "in X ward". */
    private static final WordSet BEFORE_PART = WordSet.of("the", "of", "in");
    /** Most capitalised words of a part's name. */
    private static final int NAME_WORDS = 3;
    /** Most words between "a", "an" or "another" and the part word of an apposition ("another Lagos neighbourhood"). */
    private static final int APPOSITION_WORDS = 3;

    private final Tokens t;
    private final PlaceLexicon lexicon;
    private final RegionIndex regions;
    /** The place cue words of either side ({@link Geoparser#cueWords}). */
    private final WordSet cueWords;

    NamedParts(Tokens t, PlaceLexicon lexicon, RegionIndex regions, WordSet cueWords) {
        this.t = t;
        this.lexicon = lexicon;
        this.regions = regions;
        this.cueWords = cueWords;
    }

    /** Adds to {@code unresolved} each named part whose words no mention covers and no date holds. */
    void report(boolean[] covered, java.util.BitSet dated, List<Unresolved> unresolved) {
        for (int i = 1; i < t.size; i++) {
            if (covered[i] || !t.capitalized(i) || t.allCaps(i) || t.digits(i) || dated.get(t.start[i])
                    || plain(i) && !commonNameOfPart(i)) {
                continue;
            }
            int last = i;
            while (last + 1 < t.size && last - i + 1 < NAME_WORDS && t.gapIs(last, " ") && t.capitalized(last + 1)
                    && !covered[last + 1] && !plain(last + 1)) {
                last++;
            }
            if (NamedAfterPlaces.landformBefore(t, i) && !covered[i - 1]) {
                // "on the shores of Lake Titicaca", "Mount Elgon": a lake's or a mountain's whole name
                add(i - 1, last, "not in gazetteer (the name of a lake, a river or a mountain)", unresolved);
                i = last;
                continue;
            }
            boolean named = (BEFORE_PART.has(t, i - 1) && t.gapIs(i - 1, " ") || afterOwner(i)) && partAt(last + 1, last);
            if (last == i && afterPartOf(i)) {
                // "the Tarvel district of Ostend": a town's district or a district's town, a place either way
                add(i, i, "not in gazetteer (named after a part's phrase and 'of')", unresolved);
            } else if (named || apposition(last)) {
                add(i, last, "not in gazetteer (a named district, neighbourhood or region)", unresolved);
            } else if (afterPluralPartOf(i)) {
                // "the suburbs of Tarvel and Ostend", "the districts of Tarvel, Ostend and Velmar"
                last = listOfParts(i, last, covered, unresolved);
            } else if ((BEFORE_PART.has(t, i - 1) && t.gapIs(i - 1, " ") || afterOwner(i)) && pairedParts(last, covered) > 0) {
                // "Dhaka's Jatrabari and Uttara areas": two parts of the town named before one plural part word
                int second = pairedParts(last, covered);
                add(i, last, PAIRED, unresolved);
                add(last + 2, second, PAIRED, unresolved);
                last = second;
            } else if (landform(last + 1, last) && !(t.joined(i - 1) && t.capitalized(i - 1))) {
                // "off Tarvel Island", "the Ostend Valley": the landform's word is its name's
                add(i, last + 1, "not in gazetteer (the name of an island, a valley or a delta)", unresolved);
            } else if (afterSiteOpener(i)) {
                if (last > i && t.capitalized(last) && PARTS.has(t, last)) {
                    last--; // "in Tarvel Township": the part word in capitals closes the run
                }
                // a part word in capitals after a preposition ("in Tarvel Township"), not after an article:
                // "the Blue Area" is an area's name, not a place Blue
                boolean part = t.gapIs(last, " ") && t.capitalized(last + 1) && PARTS.has(t, last + 1)
                        && LocalHints.PLACE_PREPOSITIONS.has(t, i - 1);
                if (site(last + 1, last) || part) {
                    add(i, last, "not in gazetteer (the place of a site or a part named after it)", unresolved);
                }
            }
            i = last;
        }
    }

    /**
     * True when word {@code i} is a capitalised common word and nothing else that {@link #plain}
     * knows, between "the", "of" or "in" and a part word: "residents of Pale township" name the
     * township, whatever "pale" means in lower case.
     */
    private boolean commonNameOfPart(int i) {
        return BEFORE_PART.has(t, i - 1) && t.gapIs(i - 1, " ") && partAt(i + 1, i) && lexicon.commonWords().has(t, i)
                && !regions.isDemonym(t, i) && !lexicon.notPlaces().has(t, i) && !lexicon.orgWords().has(t, i)
                && !lexicon.titles().has(t, i) && !cueWords.has(t, i) && !lexicon.nameQualifiers().has(t, i);
    }

    /** True when a capitalised owner with "'s" stands one space before word {@code i}: "Tarvel's Ostend district". */
    private boolean afterOwner(int i) {
        return i >= 2 && t.gapIs(i - 1, " ") && t.capitalized(i - 2) && TownsBySentence.possessive(t, i - 2);
    }

    private void add(int first, int last, String why, List<Unresolved> unresolved) {
        Span span = new Span(t.start[first], t.end[last]);
        if (!Spans.anyOverlaps(unresolved, span)) {
            unresolved.add(new Unresolved(span.of(t.text), span, why));
        }
    }

    /** True when a lower-case word of {@link #BEFORE_SITE} stands one space before word {@code i}, which no given name opens. */
    private boolean afterSiteOpener(int i) {
        return t.gapIs(i - 1, " ") && !t.capitalized(i - 1) && BEFORE_SITE.has(t, i - 1)
                && !lexicon.givenNames().has(t, i);
    }

    /**
     * True when "the", a capitalised name, a part word and "of" stand one space apart before word
     * {@code w}, no given name: "the Tarvel district of Ostend".
     */
    private boolean afterPartOf(int w) {
        return w >= 4 && t.is(w - 1, "of") && !t.capitalized(w - 2) && PARTS.has(t, w - 2)
                && t.capitalized(w - 3) && t.is(w - 4, "the") && t.gapIs(w - 4, " ") && t.gapIs(w - 3, " ")
                && t.gapIs(w - 2, " ") && t.gapIs(w - 1, " ") && !lexicon.givenNames().has(t, w);
    }

    /**
     * True when a part word in the plural and "of" stand one space apart before word {@code i},
     * which no given name opens: "the suburbs of Tarvel". The plural says the names after it are
     * parts; "the capital of Tarvel" or "the people of Tarvel" say nothing of the kind.
     */
    private boolean afterPluralPartOf(int i) {
        return i >= 2 && t.is(i - 1, "of") && t.gapIs(i - 1, " ") && pluralPart(i - 2) && t.gapIs(i - 2, " ")
                && !lexicon.givenNames().has(t, i);
    }

    /** True when word {@code w} is a lower-case part word in the plural: "suburbs", "districts". */
    private boolean pluralPart(int w) {
        if (t.capitalized(w)) {
            return false;
        }
        String f = t.folded(w);
        return f.length() > 1 && f.endsWith("s") && PARTS.contains(f.substring(0, f.length() - 1));
    }

    /**
     * Reports the name {@code first..last} and the names listed after it with commas and "and"
     * ("Tarvel, Ostend and Velmar"), up to the first that is no name of a part (a common or
     * cue word, a demonym, a name a mention covers); returns the last word reported.
     */
    private int listOfParts(int first, int last, boolean[] covered, List<Unresolved> unresolved) {
        if (!endsName(last)) {
            return last; // "areas of Government territory": the name is a noun's adjective
        }
        add(first, last, PLURAL, unresolved);
        int end = last;
        while (end + 2 < t.size) {
            int next = t.gapIs(end, ", ") && t.is(end + 1, "and") ? end + 2 // "Tarvel, Ostend, and Velmar"
                    : t.gapIs(end, " ") && t.is(end + 1, "and") && t.gapIs(end + 1, " ") ? end + 2
                    : t.gapIs(end, ", ") ? end + 1 : -1;
            if (next < 0 || next >= t.size || covered[next] || !t.capitalized(next) || t.allCaps(next) || plain(next)
                    || lexicon.givenNames().has(t, next)) {
                return end;
            }
            int stop = next;
            while (stop + 1 < t.size && stop - next + 1 < NAME_WORDS && t.gapIs(stop, " ") && t.capitalized(stop + 1)
                    && !covered[stop + 1] && !plain(stop + 1)) {
                stop++;
            }
            if (!endsName(stop)) {
                return end;
            }
            add(next, stop, PLURAL, unresolved);
            end = stop;
        }
        return end;
    }

    /** True when word {@code w} ends a name: a mark, the text's end or a word that closes a part's phrase follows. */
    private boolean endsName(int w) {
        return w + 1 >= t.size || !t.gapIs(w, " ") || AFTER_PART.has(t, w + 1);
    }

    private static final String PLURAL = "not in gazetteer (named after a plural part word and 'of')";

    /** True when word {@code w}, one space after word {@code gap}, is a capitalised landform word: "Tarvel Island", "Ostend Valley". */
    private boolean landform(int w, int gap) {
        return w < t.size && t.gapIs(gap, " ") && t.capitalized(w) && LANDFORMS.has(t, w);
    }

    /**
     * The last word of a second name when "and", that name and a plural part word follow word
     * {@code last}, one space apart: "Jatrabari and Uttara areas". -1 otherwise.
     */
    private int pairedParts(int last, boolean[] covered) {
        int and = last + 1;
        if (and + 2 >= t.size || !t.gapIs(last, " ") || !t.is(and, "and") || !t.gapIs(and, " ")) {
            return -1;
        }
        int first = and + 1;
        int end = first;
        if (covered[first] || !t.capitalized(first) || t.allCaps(first) || plain(first)) {
            return -1;
        }
        while (end + 1 < t.size && end - first + 1 < NAME_WORDS && t.gapIs(end, " ") && t.capitalized(end + 1)
                && !covered[end + 1] && !plain(end + 1)) {
            end++;
        }
        return pluralPartAt(end + 1, end) ? end : -1;
    }

    /** True when word {@code w}, one space after word {@code gap}, is a part word in the plural that ends its phrase: "areas". */
    private boolean pluralPartAt(int w, int gap) {
        if (w >= t.size || !t.gapIs(gap, " ") || t.capitalized(w)) {
            return false;
        }
        String f = t.folded(w);
        return f.length() > 1 && f.endsWith("s") && PARTS.contains(f.substring(0, f.length() - 1))
                && (w + 1 >= t.size || !t.gapIs(w, " ") || AFTER_PART.has(t, w + 1));
    }

    /** True when the words of a site phrase ({@code site-words.txt}) start at word {@code w}, one space after word {@code gap}. */
    private boolean site(int w, int gap) {
        if (w >= t.size || !t.gapIs(gap, " ") || !SITE_OPENERS.has(t, w)) {
            return false;
        }
        for (String[] words : SITES) {
            boolean all = w + words.length <= t.size;
            for (int k = 0; all && k < words.length; k++) {
                all = t.folded(w + k).equals(words[k]) && (k == 0 || t.gapIs(w + k - 1, " "));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** True when the word is a common, non-place, organisation or cue word or a demonym: no part's name. */
    private boolean plain(int w) {
        // asked of most capitalised words: a word all in ASCII is asked by its hash, not folded into a string
        return regions.isDemonym(t, w) || lexicon.commonWords().has(t, w) || lexicon.notPlaces().has(t, w)
                || lexicon.orgWords().has(t, w) || lexicon.titles().has(t, w) || cueWords.has(t, w);
    }

    /** True when word {@code w}, after a single space from {@code gap}, is a part word that ends its phrase. */
    private boolean partAt(int w, int gap) {
        if (w >= t.size || !t.gapIs(gap, " ") || t.capitalized(w) || !PARTS.has(t, w)) {
            return false;
        }
        return w + 1 >= t.size || !t.gapIs(w, " ") || AFTER_PART.has(t, w + 1);
    }

    /** "Alausa, another Lagos neighbourhood": a comma, an article, a few words, then a part word. */
    private boolean apposition(int last) {
        int a = last + 1;
        if (a >= t.size || !t.gapIs(last, ", ")) {
            return false;
        }
        String article = t.folded(a);
        if (!(article.equals("a") || article.equals("an") || article.equals("another"))) {
            return false;
        }
        for (int w = a + 1; w < t.size && w <= a + 1 + APPOSITION_WORDS; w++) {
            if (partAt(w, w - 1)) {
                return true;
            }
            if (!t.gapIs(w - 1, " ")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Shenzhen's Longgang district": {@code whole}, a possessive's "'s", then {@code part} and a
     * part word; the part's name is then the part of that town, not a namesake elsewhere.
     */
    static boolean possessivePart(Tokens t, Candidate whole, Candidate part) {
        int s = whole.last + 1;
        return part.first == s + 1 && part.last + 1 < t.size && (t.gapIs(whole.last, "'") || t.gapIs(whole.last, "\u2019"))
                && t.is(s, "s") && t.gapIs(s, " ") && t.gapIs(part.last, " ") && PARTS.has(t, part.last + 1);
    }
}
