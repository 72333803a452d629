package org.attest.places;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Continents and world regions around a candidate ("South-east Asia", "Central Asia"): the
 * candidate is then a region's word, not a place. A name listed with a leading "the" ("the gulf")
 * is a region only right after the article ("near the Gulf coast"), as the bare word also opens
 * the names of firms and papers ("Gulf Air"). Immutable and thread-safe.
 */
final class WorldRegions {
    /** Lower-case names of the regions ({@link PlaceLexicon#worldRegions()}), without a leading "the". */
    private final Set<String> names;
    /** The names listed with a leading "the": regions only after the article. */
    private final Set<String> afterArticle;
    /** The first and the last words of the names, to skip stretches no name fits. */
    private final WordSet firstWords;
    private final WordSet lastWords;
    private final int longestWords;

    WorldRegions(Set<String> listed) {
        this.afterArticle = listed.stream().filter(n -> n.startsWith(ARTICLE)).map(n -> n.substring(ARTICLE.length()))
                .collect(Collectors.toUnmodifiableSet());
        Set<String> names = listed.stream().map(n -> n.startsWith(ARTICLE) ? n.substring(ARTICLE.length()) : n)
                .collect(Collectors.toUnmodifiableSet());
        this.names = names;
        this.firstWords = WordSet.of(names.stream().map(n -> n.split("[ -]")[0]).collect(Collectors.toUnmodifiableSet()));
        this.lastWords = WordSet.of(names.stream().map(n -> n.substring(Math.max(n.lastIndexOf(' '), n.lastIndexOf('-')) + 1))
                .collect(Collectors.toUnmodifiableSet()));
        this.longestWords = longest();
    }

    private static final String ARTICLE = "the ";

    /** True when the words {@code a..} spell {@code name} of the list, with the article before them if the list asks for it. */
    private boolean spells(Tokens t, int a, String name) {
        return names.contains(name) && (!afterArticle.contains(name) || a > 0 && t.is(a - 1, "the") && t.gapIs(a - 1, " "));
    }


    /**
     * True when the candidate's words, with joined words either side (up to all but one of the
     * longest name's), spell a world region; the region's words are kept on the candidate.
     */
    boolean around(Tokens t, Candidate c) {
        // a region's name may add up to all but one of its words on either side of the candidate:
        // "Kurdistan Region of Iraq" holds "Iraq" three words in
        int reach = longestWords - 1;
        int from = c.first;
        while (from > 0 && c.first - from < reach && t.joined(from - 1)) {
            from--;
        }
        int to = c.last;
        while (to + 1 < t.size && to - c.last < reach && t.joined(to)) {
            to++;
        }
        for (int a = from; a <= c.first; a++) {
            if (!mayBound(firstWords, t, a)) {
                continue;
            }
            for (int b = to; b >= c.last; b--) { // the longest name from a: "Kurdistan Region of Iraq", not "Kurdistan Region"
                if (!mayBound(lastWords, t, b)) {
                    continue;
                }
                StringBuilder name = new StringBuilder(t.folded(a));
                for (int k = a + 1; k <= b; k++) {
                    name.append(t.text.charAt(t.end[k - 1]) == '-' ? "-" : " ").append(t.folded(k));
                }
                if (spells(t, a, name.toString())) {
                    c.regionFirst = a;
                    c.regionLast = b;
                    return true;
                }
            }
        }
        return false;
    }

    /** The most words a region's name has. */
    private int longest() {
        int most = 1;
        for (String n : names) {
            most = Math.max(most, n.split("[ -]").length);
        }
        return most;
    }

    /**
     * The last word of the longest region name that starts at word {@code a} (its words joined by
     * spaces or hyphens), or -1 when none does.
     */
    int nameAt(Tokens t, int a) {
        if (!firstWords.has(t, a)) {
            return -1;
        }
        int found = -1;
        StringBuilder name = new StringBuilder(t.folded(a));
        for (int b = a; b < t.size && b - a < longestWords; b++) {
            if (b > a) {
                char gap = t.text.charAt(t.end[b - 1]);
                if (!t.joined(b - 1) || gap != ' ' && gap != '-') {
                    break;
                }
                name.append(gap).append(t.folded(b));
            }
            if (spells(t, a, name.toString())) {
                found = b;
            }
        }
        return found;
    }

    /**
     * True when a region's name may open (or close) with word {@code w}: a known end, or a word
     * whose folded form has several parts. A word all in ASCII is letters and digits only, so it
     * is asked of the set without being folded.
     */
    private static boolean mayBound(WordSet ends, Tokens t, int w) {
        if (t.ascii(w)) {
            return ends.has(t, w);
        }
        String word = t.folded(w);
        return ends.contains(word) || word.indexOf(' ') >= 0 || word.indexOf('-') >= 0;
    }
}
