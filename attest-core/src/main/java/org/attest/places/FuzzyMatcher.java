package org.attest.places;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.attest.gazetteer.Gazetteer;
import org.attest.gazetteer.NameKeys;

/**
 * One-letter slips in long names ("Birjan" for Birjand, "Villepint" for Villepinte), searched
 * only among the places of the countries a document is about, and only where the context says a
 * place stands there (a list of places, "in X"). The first two letters must be right: a slip there
 * is rare, and the search then reads one small bucket. A spelling matches when its letters are one edit
 * away, or, in a long name, when its skeleton is one edit away and its letters two; the closest
 * letters win.
 * Per-country spelling lists are computed on first use and memoised: a cache of a pure function,
 * so the geoparser stays a pure stage.
 */
final class FuzzyMatcher {
    private static final int MIN_LENGTH = 6;
    /** Two slips are tolerated only in names at least this long ("Hastpar Tavalesh"). */
    private static final int LONG_NAME = 12;

    private final Gazetteer gazetteer;
    /** Per country, spellings by first two letters and length: a slip search reads five small buckets. */
    private final ConcurrentHashMap<String, java.util.Map<String, List<Object[]>>> byCountry =
            new ConcurrentHashMap<>();

    FuzzyMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Entries ({@code place * 4 + ALTERNATE}) of the closest spellings to the folded words, in
     * these countries; empty when none is close enough.
     */
    int[] match(List<String> foldedWords, Iterable<String> countries) {
        String compact = String.join("", foldedWords);
        String skeleton = NameKeys.skeleton(foldedWords);
        if (compact.length() < MIN_LENGTH) {
            return new int[0];
        }
        List<Integer> out = new ArrayList<>();
        int best = 3;
        int mask = letters(compact);
        for (String cc : countries) {
            java.util.Map<String, List<Object[]>> buckets = byCountry.computeIfAbsent(cc, this::spellingsOf);
            for (int len = compact.length() - 2; len <= compact.length() + 2; len++)
            for (Object[] row : buckets.getOrDefault(bucket(compact, len), List.of())) {
                Gazetteer.Spelling sp = (Gazetteer.Spelling) row[0];
                if (Integer.bitCount(mask ^ (Integer) row[2]) > 4) {
                    continue; // two edits change at most four letters of the alphabet: too far apart
                }
                int letters = NameKeys.boundedDistance(sp.compact(), compact, 2);
                boolean close = letters <= 1 || (letters == 2 && compact.length() >= LONG_NAME
                        && NameKeys.boundedDistance(sp.skeleton(), skeleton, 1) <= 1);
                if (!close || letters > best) {
                    continue;
                }
                if (letters < best) {
                    out.clear();
                    best = letters;
                }
                int entry = (Integer) row[1] * 4 + Gazetteer.ALTERNATE;
                if (!out.contains(entry)) {
                    out.add(entry);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Which letters a-z a spelling uses, as bits. */
    private static int letters(String compact) {
        int m = 0;
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (c >= 'a' && c <= 'z') {
                m |= 1 << (c - 'a');
            }
        }
        return m;
    }

    /** Spellings are bucketed by their first two letters and their length. */
    private static String bucket(String compact, int length) {
        return compact.substring(0, 2) + length;
    }

    private java.util.Map<String, List<Object[]>> spellingsOf(String cc) {
        java.util.Map<String, List<Object[]>> rows = new java.util.HashMap<>();
        for (int p : gazetteer.placesIn(cc)) {
            for (Gazetteer.Spelling s : gazetteer.spellings(p)) {
                if (s.compact().length() >= MIN_LENGTH) {
                    rows.computeIfAbsent(bucket(s.compact(), s.compact().length()), k -> new ArrayList<>())
                            .add(new Object[] {s, p, letters(s.compact())});
                }
            }
        }
        return rows;
    }
}
