package org.attest.places;

import java.util.List;
import java.util.Set;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Span;
import org.attest.model.Unresolved;

/**
 * "the Marand-Jolfa highway", "the Jolfa–Marand road": a road named by the two towns it joins,
 * one of which resolved. The name the gazetteer lacks at the other end is a town too, reported
 * unresolved rather than lost. Only one capitalised word, written against the dash, is taken.
 */
final class RoadEnds {
    /** Lower-case words of roads and lines ({@code route-words.txt}). */
    private final WordSet routeWords = WordSet.of(PlaceLexicon.lines("route-words.txt"));
    private final PlaceLexicon lexicon;

    private final RegionIndex regions;
    /** Capitalised prefixes that make a compound of the name after them ({@code combining-forms.txt}). */
    private final WordSet combiningForms = WordSet.of(PlaceLexicon.lines("combining-forms.txt"));
    /** Endings of adjectives of peoples and regions that the demonym table may lack: "Tunisian", "Sudanese", "Kurdish". */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("ian", "ese", "ish");

    RoadEnds(PlaceLexicon lexicon, RegionIndex regions) {
        this.lexicon = lexicon;
        this.regions = regions;
    }

    /** Adds the unknown ends of roads between towns to {@code unresolved}; marks their words covered. */
    void report(Tokens t, List<PlaceMention> out, boolean[] covered, List<Unresolved> unresolved) {
        for (int a = 0; a + 2 < t.size; a++) {
            int b = a + 1;
            if (!dash(t, a) || !t.gapIs(b, " ") || !routeWords.has(t, b + 1)
                    || t.capitalized(b + 1)) {
                continue;
            }
            if (bothUnknown(t, out, a, b, covered)) {
                addEnd(t, a, "not in gazetteer (a road's end, named with the other)", covered, unresolved);
                addEnd(t, b, "not in gazetteer (a road's end, named with the other)", covered, unresolved);
                continue;
            }
            int unknown = town(out, t.start[b], t.end[b]) == null ? b : town(out, t.start[a], t.end[a]) == null ? a : -1;
            int known = unknown == a ? b : a;
            if (unknown < 0 || town(out, t.start[known], t.end[known]) == null || !plainName(t, unknown, covered)
                    || unknown == a && a > 0 && t.joined(a - 1) && t.capitalized(a - 1)) {
                continue; // both resolved, or the other end is a longer name ("the Bandar Abbas-...")
            }
            Span span = new Span(t.start[unknown], t.end[unknown]);
            if (unresolved.stream().noneMatch(u -> u.span().start() < span.end() && span.start() < u.span().end())) {
                unresolved.add(new Unresolved(span.of(t.text), span, "not in gazetteer (a road's end, a town at the other)"));
                covered[unknown] = true;
            }
        }
    }

    /**
     * "along the Tarvel-Ostend road": right after "the", two single names the gazetteer lacks,
     * neither a given name nor a people's adjective ("the Sino-Tibetan", "the Afghan-..."), are
     * the two towns the road joins.
     */
    private boolean bothUnknown(Tokens t, List<PlaceMention> out, int a, int b, boolean[] covered) {
        return a > 0 && t.is(a - 1, "the") && t.gapIs(a - 1, " ") && town(out, t.start[a], t.end[a]) == null
                && town(out, t.start[b], t.end[b]) == null && plainName(t, a, covered) && plainName(t, b, covered)
                && !lexicon.givenNames().has(t, a) && !lexicon.givenNames().has(t, b)
                && !regions.isDemonym(t, a) && !regions.isDemonym(t, b) && !combiningForms.has(t, a)
                && !adjective(t, a) && !adjective(t, b);
    }

    private static boolean adjective(Tokens t, int w) {
        String f = t.folded(w);
        return ADJECTIVE_ENDINGS.stream().anyMatch(f::endsWith);
    }

    private static void addEnd(Tokens t, int w, String why, boolean[] covered, List<Unresolved> unresolved) {
        Span span = new Span(t.start[w], t.end[w]);
        if (unresolved.stream().noneMatch(u -> u.span().start() < span.end() && span.start() < u.span().end())) {
            unresolved.add(new Unresolved(span.of(t.text), span, why));
            covered[w] = true;
        }
    }

    /** Lower-case words before the towns a journey passes: "through Tarvel and Ostend". */
    private static final WordSet PASSING = WordSet.of("through", "via");

    /**
     * "travelled through Tarvel and Ostend": after a word of passing, a town that resolved, "and"
     * and one capitalised name the gazetteer lacks, the name is a town passed too, reported
     * unresolved. A longer name or a given name after "and" is left alone.
     */
    void reportPassed(Tokens t, List<PlaceMention> out, boolean[] covered, List<Unresolved> unresolved) {
        for (int a = 1; a + 2 < t.size; a++) {
            int b = a + 2;
            if (!PASSING.has(t, a - 1) || t.capitalized(a - 1) || !t.gapIs(a - 1, " ") || !t.gapIs(a, " ")
                    || !t.is(a + 1, "and") || !t.gapIs(a + 1, " ") || town(out, t.start[a], t.end[a]) == null
                    || !plainName(t, b, covered) || lexicon.givenNames().has(t, b)
                    || b + 1 < t.size && t.joined(b) && t.capitalized(b + 1)) {
                continue;
            }
            Span span = new Span(t.start[b], t.end[b]);
            if (unresolved.stream().noneMatch(u -> u.span().start() < span.end() && span.start() < u.span().end())) {
                unresolved.add(new Unresolved(span.of(t.text), span, "not in gazetteer (passed through with a town)"));
                covered[b] = true;
            }
        }
    }

    /** True when a single dash (hyphen, en dash or em dash) and nothing else stands between words a and a + 1. */
    private static boolean dash(Tokens t, int a) {
        // one read of the gap's length and char, where four string comparisons ran for each word
        int to = a + 1 < t.size ? t.start[a + 1] : t.text.length();
        if (to - t.end[a] != 1) {
            return false;
        }
        char c = t.text.charAt(t.end[a]);
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2010';
    }

    /** The city mention whose words are exactly the characters from..to, or null. */
    private static PlaceMention town(List<PlaceMention> out, int from, int to) {
        for (PlaceMention m : out) {
            if (m.kind() == PlaceKind.CITY && m.span().start() <= from && m.span().end() >= to) {
                return m;
            }
        }
        return null;
    }

    /** True when word w is a capitalised name no pass covered and no word list claims. */
    private boolean plainName(Tokens t, int w, boolean[] covered) {
        String f = t.folded(w);
        return !covered[w] && t.capitalized(w) && !t.allCaps(w) && !t.digits(w) && t.end[w] - t.start[w] >= 3
                && !lexicon.commonWords().contains(f) && !lexicon.notPlaces().contains(f)
                && !lexicon.orgWords().contains(f);
    }
}
