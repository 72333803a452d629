package org.attest.places;

import java.util.ArrayList;
import java.util.List;

/**
 * Enumerations of names: capitalised stretches separated by commas or "and" ("in cities such
 * as A, B, C and D"). A name in a list whose other members are places is taken for a place even
 * when it is also a common word, and a member the gazetteer lacks is reported as unresolved.
 */
final class Lists {
    /** One capitalised stretch of words, {@code first..last}, and the list it belongs to. */
    record Item(int first, int last, int group) {}

    private static final int MIN_ITEMS = 3;

    private final List<Item> items = new ArrayList<>();
    private final int[] groupOf;

    Lists(Tokens t) {
        groupOf = new int[t.size];
        java.util.Arrays.fill(groupOf, -1);
        List<int[]> stretches = stretches(t);
        int g = 0;
        int runStart = 0;
        boolean enumerated = false; // a comma or "and" in the run: brackets alone ("Mahsa (Jina) Amini") list nothing
        for (int k = 1; k <= stretches.size(); k++) {
            boolean linked = k < stretches.size() && separated(t, stretches.get(k - 1)[1], stretches.get(k)[0]);
            if (linked && !bracket(t, stretches.get(k - 1)[1], stretches.get(k)[0])) {
                enumerated = true;
            }
            if (!linked) {
                if (k - runStart >= MIN_ITEMS && enumerated) {
                    for (int m = runStart; m < k; m++) {
                        int[] s = stretches.get(m);
                        items.add(new Item(s[0], s[1], g));
                        for (int w = s[0]; w <= s[1]; w++) {
                            groupOf[w] = g;
                        }
                    }
                    g++;
                }
                runStart = k;
                enumerated = false;
            }
        }
    }

    /** True when only a bracket stands between two stretches ("Dorud (Lorestan)"). */
    private static boolean bracket(Tokens t, int lastOfPrev, int firstOfNext) {
        String g = gap(t, lastOfPrev, firstOfNext);
        return g.equals("(") || g.equals(")");
    }

    /** What stands between two stretches, without white space. */
    private static String gap(Tokens t, int lastOfPrev, int firstOfNext) {
        return t.text.substring(t.end[lastOfPrev], t.start[firstOfNext]).strip();
    }

    /** Maximal runs of capitalised words joined by spaces, hyphens or ezafe particles. */
    private static List<int[]> stretches(Tokens t) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < t.size) {
            if (!(t.capitalized(i) || t.arabic(i)) || t.digits(i)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < t.size && t.joined(j)
                    && (t.capitalized(j + 1) || t.arabic(j + 1) || isEzafe(t, j + 1))) {
                j++;
            }
            out.add(new int[] {i, j});
            i = j + 1;
        }
        return out;
    }

    private static boolean isEzafe(Tokens t, int i) {
        return (t.folded(i).equals("e") || t.folded(i).equals("ye")) && i + 1 < t.size && t.joined(i)
                && t.capitalized(i + 1);
    }

    /** True when only a list separator (or the brackets of "Town (Province)") stands between two stretches. */
    private static boolean separated(Tokens t, int lastOfPrev, int firstOfNext) {
        String g = gap(t, lastOfPrev, firstOfNext);
        return g.equals(",") || g.equals("and") || g.equals(", and") || g.equals("\u060c") || g.equals("or")
                || g.equals(", or") || g.equals(";") || g.equals("),") || g.equals("(") || g.equals(")");
    }

    void mark(Candidate c) {
        int g = groupOf[c.first];
        if (g >= 0) {
            c.listed = true;
            c.group = g;
        }
    }

    List<Item> items() {
        return items;
    }
}
