package org.attest.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.dates.IsoDates;

/**
 * For each one-per-report type (an election), the most recent date the text itself gave a
 * mention of it, to date the later mentions the sentence leaves undated. One per document, filled
 * in text order by {@link EventStage}; not thread-safe.
 */
final class OnePerReportDates {
    private final EventLexicon lexicon;
    /** The report's publication day (ISO), or null. */
    private final String published;
    private final Map<String, DatePass.Choice> lastDated = new HashMap<>();

    /** @param published the report's publication day as an ISO date, or null when unknown */
    OnePerReportDates(EventLexicon lexicon, String published) {
        this.lexicon = lexicon;
        this.published = published;
    }

    /**
     * Keeps, for a one-per-report type, the most recent date the text itself gave a mention of it:
     * "the 2018 general election" recalled in a report on this year's vote does not date the
     * polling stations of the next paragraph. Nor does a vote ahead of the publication day ("a second
     * round on July 7") once the report has given one up to that day: it names the next vote, and the
     * results told after it are of the vote reported.
     */
    void remember(DatePass.Dated d) {
        EventType type = lexicon.type(d.hit().type());
        boolean fromText = d.rule().startsWith("sentence") || d.rule().equals("dropped-trigger");
        if (type != null && type.onePerReport() && fromText && d.date() != null) {
            DatePass.Choice kept = lastDated.get(type.name());
            if (kept == null || later(d.date(), kept.date()) && !(ahead(d.date()) && !ahead(kept.date()))) {
                lastDated.put(type.name(), new DatePass.Choice(d.date(), d.precision(), "same-type-earlier"));
            }
        }
    }

    /** The date kept for the type, or {@code otherwise} when the text gave it none. */
    DatePass.Choice getOrDefault(String type, DatePass.Choice otherwise) {
        return lastDated.getOrDefault(type, otherwise);
    }

    /**
     * The date kept for the hit's type, as {@link #getOrDefault}, except for a vote told as done ("Al-Sisi
     * was re-elected with 97 percent", "the party won the election") when the kept date lies ahead of the
     * publication day: a vote still to come dates no vote already held, which takes {@code otherwise}
     * (the paragraph's own time, "ahead of the 2018 vote ... was re-elected").
     */
    DatePass.Choice forHit(Hit h, List<Token> tokens, DatePass.Choice otherwise) {
        DatePass.Choice kept = lastDated.get(h.type());
        if (kept == null) {
            return otherwise;
        }
        return ahead(kept.date()) && (toldAsDone(h, tokens) || electedBefore(tokens)) ? otherwise : kept;
    }

    /** True when the hit is a past passive ("was re-elected", "were elected") or "won". */
    private static boolean toldAsDone(Hit h, List<Token> tokens) {
        String w = tokens.get(h.first()).lower();
        String before = h.first() > 0 ? tokens.get(h.first() - 1).lower() : "";
        return w.equals("won") || w.endsWith("ed") && (before.equals("was") || before.equals("were"));
    }

    /**
     * True when the sentence tells someone elected in the past ("was re-elected with 97 percent of valid
     * votes"): its other words of the vote ("votes") are of that vote too.
     */
    private static boolean electedBefore(List<Token> tokens) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            String w = tokens.get(k).lower();
            if ((w.equals("was") || w.equals("were")) && tokens.get(k + 1).lower().endsWith("elected")) {
                return true;
            }
        }
        return false;
    }

    /** True when the ISO date lies after the publication day at the precision both state. */
    private boolean ahead(String date) {
        return published != null && IsoDates.compareAtSharedPrecision(date, published) > 0;
    }

    /**
     * True when ISO date {@code a} is after {@code b} at the precision both state, or the same and
     * more precise ("2023-10-08" after "2018", and better than "2023").
     */
    private static boolean later(String a, String b) {
        int c = IsoDates.compareAtSharedPrecision(a, b);
        return c > 0 || (c == 0 && a.length() > b.length());
    }
}
