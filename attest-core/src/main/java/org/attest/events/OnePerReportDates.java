package org.attest.events;

import java.util.HashMap;
import java.util.Map;
import org.attest.dates.IsoDates;

/**
 * For each one-per-report type (an election), the most recent date the text itself gave a
 * mention of it, to date the later mentions the sentence leaves undated. One per document, filled
 * in text order by {@link EventStage}; not thread-safe.
 */
final class OnePerReportDates {
    private final EventLexicon lexicon;
    private final Map<String, DatePass.Choice> lastDated = new HashMap<>();

    OnePerReportDates(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Keeps, for a one-per-report type, the most recent date the text itself gave a mention of it:
     * "the 2018 general election" recalled in a report on this year's vote does not date the
     * polling stations of the next paragraph.
     */
    void remember(DatePass.Dated d) {
        EventType type = lexicon.type(d.hit().type());
        boolean fromText = d.rule().startsWith("sentence") || d.rule().equals("dropped-trigger");
        if (type != null && type.onePerReport() && fromText && d.date() != null) {
            DatePass.Choice kept = lastDated.get(type.name());
            if (kept == null || later(d.date(), kept.date())) {
                lastDated.put(type.name(), new DatePass.Choice(d.date(), d.precision(), "same-type-earlier"));
            }
        }
    }

    /** The date kept for the type, or {@code otherwise} when the text gave it none. */
    DatePass.Choice getOrDefault(String type, DatePass.Choice otherwise) {
        return lastDated.getOrDefault(type, otherwise);
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
