package org.attest.events;

import org.attest.dates.IsoDates;
import org.attest.model.DatePrecision;

/**
 * The day a report's statements are made, to date a statement its sentence leaves undated ("the
 * rights commission said it had opened an inquiry"): the last day the text gave a statement ("the
 * ministry said on Tuesday ..."), else the publication day. A reaction is made after the events it
 * answers, so the day of the lead's clashes or of the paragraph's arrests is no day of it. One per
 * document, filled in text order by {@link EventStage}; not thread-safe.
 */
final class StatementDays {
    private static final String STATEMENT = "statement";
    private DatePass.Choice last;

    /** Keeps the day of a statement the text dated itself, to the day ("said on Tuesday"). */
    void remember(DatePass.Dated d) {
        boolean fromText = d.rule().startsWith("sentence") || d.rule().equals("dropped-trigger");
        if (STATEMENT.equals(d.hit().type()) && fromText && d.date() != null && d.precision() == DatePrecision.DAY) {
            last = new DatePass.Choice(d.date(), d.precision(), "statement-day");
        }
    }

    /**
     * The date for an undated statement whose fallback is {@code general} (the lead's or the
     * paragraph's day): the last statement day, else {@code publicationDay}, when that is later than
     * {@code general}; a non-statement, or a report without either, keeps {@code general}.
     */
    DatePass.Choice fallback(Hit h, DatePass.Choice general, DatePass.Choice publicationDay) {
        if (!STATEMENT.equals(h.type()) || general == null || !(general.rule().startsWith("lead") || general.rule().startsWith("paragraph"))) {
            return general;
        }
        DatePass.Choice day = last != null ? last : publicationDay;
        // a statement told after an older one ("the ministry said in March ...") or in a report that
        // looks ahead ("will address the rally") is no earlier than the news it follows
        return day != null && general.date() != null && IsoDates.compareAtSharedPrecision(day.date(), general.date()) > 0 ? day : general;
    }
}
