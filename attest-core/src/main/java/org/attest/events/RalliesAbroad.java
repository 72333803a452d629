package org.attest.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.model.PlaceMention;

/**
 * Rallies held abroad: in a report about one country, "rallies in London, Paris and Toronto" or
 * "a rally is planned in Berlin" are the organised gatherings of a diaspora or of supporters
 * (gold-format: a rally is an organised gathering), not the country's street protests that the
 * lexicon's protest "rally" lines take the word for. A protest hit on a rally noun whose sentence
 * places its event only in other countries than the report's own is retyped as the lexicon's
 * rally line for the same word. One instance per document, which remembers the hits it retyped.
 */
final class RalliesAbroad {
    /** The surfaces that name a rally: "rally", "rallies" (not the verb "rallied", a crowd's act). */
    private static final Set<String> RALLY_NOUNS = WordSets.named("rally-nouns");

    private final Map<String, Trigger> rallyLines;
    /** The hits this instance retyped, for {@link #oneDayEach}; a document's hits differ by their offsets. */
    private final Set<Hit> retyped = new HashSet<>();
    private final List<PlaceMention> places;
    private String home;
    private boolean homeCounted;

    /**
     * @param rallyLines the lexicon's rally lines by noun ({@link #rallyLines(EventLexicon)}), which
     *                   the retyped hits take
     * @param places     the document's place mentions; the country most of them lie in is the
     *                   report's own (null when none has a country)
     */
    RalliesAbroad(Map<String, Trigger> rallyLines, List<PlaceMention> places) {
        this.rallyLines = rallyLines;
        this.places = places;
    }

    /** The report's own country, counted on first need: most sentences place no event. */
    private String home() {
        if (!homeCounted) {
            home = homeCountry(places);
            homeCounted = true;
        }
        return home;
    }

    /**
     * The lexicon's rally lines (type "rally", the noun alone, no required cue) by noun, the first
     * line of each; gathered once per stage, as scanning the whole lexicon per document costs.
     */
    static Map<String, Trigger> rallyLines(EventLexicon lexicon) {
        Map<String, Trigger> lines = new HashMap<>();
        for (Trigger t : lexicon.triggers()) {
            if (t.type().equals("rally") && t.words().size() == 1 && t.requires().isEmpty()
                    && RALLY_NOUNS.contains(t.phrase())) {
                lines.putIfAbsent(t.phrase(), t);
            }
        }
        return Map.copyOf(lines);
    }

    /**
     * The hits with every protest hit on a rally noun retyped as a rally when {@code where} (the
     * indexes of the sentence's event places) is not empty and names only places with a country
     * other than the report's own.
     */
    List<Hit> retype(List<Hit> hits, List<Token> tokens, List<Integer> where) {
        if (where.isEmpty() || home() == null || !abroad(where)) {
            return hits;
        }
        List<Hit> out = null;
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            Trigger rally = h.type().equals("protest") && h.tokenLength() == 1
                    && RALLY_NOUNS.contains(tokens.get(h.first()).lower()) ? rallyLines.get(h.trigger().phrase()) : null;
            if (rally == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(hits);
            }
            Hit held = new Hit(rally, h.first(), h.last(), h.start(), h.end());
            retyped.add(held);
            out.set(i, held);
        }
        return out == null ? hits : out;
    }

    /**
     * The dated hits less, for a rally this instance retyped and the sentence dates more than once,
     * all but one date: the first after its noun, where a planned rally's day stands ("more rallies
     * are planned in Rome on Sunday"), else the last before it. The order is kept.
     */
    List<DatePass.Dated> oneDayEach(List<DatePass.Dated> dated) {
        if (retyped.isEmpty() || dated.size() < 2) {
            return dated;
        }
        List<DatePass.Dated> kept = new ArrayList<>(dated.size());
        for (DatePass.Dated d : dated) {
            if (!retyped.contains(d.hit()) || chosen(d.hit(), dated) == d) {
                kept.add(d);
            }
        }
        return kept;
    }

    private static DatePass.Dated chosen(Hit h, List<DatePass.Dated> dated) {
        DatePass.Dated after = null;
        DatePass.Dated before = null;
        for (DatePass.Dated d : dated) {
            if (!d.hit().equals(h)) {
                continue;
            }
            if (d.anchor().start() >= h.end()) {
                after = after == null || d.anchor().start() < after.anchor().start() ? d : after;
            } else {
                before = before == null || d.anchor().start() > before.anchor().start() ? d : before;
            }
        }
        return after != null ? after : before;
    }

    private boolean abroad(List<Integer> where) {
        for (int p : where) {
            String country = places.get(p).country();
            if (country == null || country.equals(home)) {
                return false;
            }
        }
        return true;
    }

    /** The country most place mentions lie in; null when none has one or two countries tie. */
    static String homeCountry(List<PlaceMention> places) {
        Map<String, Integer> counts = new HashMap<>();
        for (PlaceMention p : places) {
            if (p.country() != null) {
                counts.merge(p.country(), 1, Integer::sum);
            }
        }
        String best = null;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
