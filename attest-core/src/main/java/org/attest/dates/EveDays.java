package org.attest.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;

/**
 * A weekday told as the eve of the anniversary an undated report marks: "marched on Friday, the
 * eve of the first anniversary of the Sept. 30, 2022 killings". Such a report is dated by the
 * anniversary's day ({@link Anniversaries#dayOfMarkedEvent}); a weekday that falls on the day
 * before it and is called its eve is that day, not one of the weeks around it. For
 * {@link DateStage}.
 */
final class EveDays {
    /** Right after the weekday: ", the eve of the first anniversary", ", on the eve of the anniversary". */
    private static final Pattern EVE = Pattern.compile(",?\\s+(?:on\\s+)?the\\s+eve\\s+of\\s+(?:the\\s+)?(?:[\\p{L}\\d-]+\\s+)?anniversary\\b");
    /** Chars after the weekday the eve phrase is looked for in. */
    private static final int REACH = 60;

    /** The rule suffix of a weekday read as an anniversary's eve. */
    private static final String EVE_RULE = "+eve-of-story-day";

    private EveDays() {
    }

    /**
     * {@code m} (a bare weekday, candidate {@code c}, not resolved) as the day before the report's
     * anchor day when the text calls it the eve of an anniversary and the weekday falls then; else
     * {@code m} unchanged.
     */
    static DateMention ofAnniversary(DateMention m, Candidate c, String text, Anchor anchor) {
        if (m.value() != null || anchor.published() || !anchor.knowsDay()) {
            return m;
        }
        LocalDate eve = anchor.date().minusDays(1);
        if (eve.getDayOfWeek() != c.expr().weekday()) {
            return m;
        }
        int from = c.span().end();
        String after = text.substring(from, Math.min(text.length(), from + REACH));
        if (!EVE.matcher(after).lookingAt()) {
            return m;
        }
        return new DateMention(m.text(), m.span(), eve.toString(), DatePrecision.DAY, true, c.rule() + EVE_RULE);
    }

    /** Between the eve's weekday and the eve phrase: ", ", ", on ". */
    private static final Pattern APPOSED = Pattern.compile(",?\\s+(?:on\\s+)?");

    /**
     * Null when candidate {@code c} is the eve phrase in apposition to the weekday told just before
     * it, read as an anniversary's eve ("on Friday, the eve of the anniversary": the phrase glosses
     * Friday and is no date of its own, neither the eve of Friday nor one left unresolved); else {@code m}.
     */
    static DateMention apposed(DateMention m, Candidate c, String text, List<DateMention> told) {
        if (told.isEmpty()) {
            return m;
        }
        DateMention last = told.get(told.size() - 1);
        if (!last.rule().endsWith(EVE_RULE) || last.span().end() > c.span().start()
                || !APPOSED.matcher(text.substring(last.span().end(), c.span().start())).matches()) {
            return m;
        }
        return null;
    }
}
