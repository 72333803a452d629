package org.attest.dates;

import java.time.LocalDate;
import java.util.List;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;

/**
 * Which of a report's lead mentions is its lead date (see {@link DateResolver}): the first, unless
 * it lies weeks before the publication and a later one is a day of the week of writing ("On March
 * 28, dockers struck. ... Dockers on Friday staged a sit-in": the first date recalls how the story
 * began, the day is its news).
 */
final class LeadNews {
    /** Days before the publication within which a lead's day is the news of the report. */
    private static final int NEWS_DAYS = 7;

    private LeadNews() {}

    /**
     * @param candidates the lead's usable mentions that may date other sentences, in text order
     * @param published  the publication date, or null (then the first candidate is chosen)
     * @return the lead date, or null when there are no candidates
     */
    static DateMention choose(List<DateMention> candidates, LocalDate published) {
        if (candidates.isEmpty()) {
            return null;
        }
        DateMention first = candidates.get(0);
        if (published == null || !weeksBefore(first, published)) {
            return first;
        }
        for (DateMention m : candidates) {
            if (m.precision() == DatePrecision.DAY && !weeksBefore(m, published)) {
                return m;
            }
        }
        return first;
    }

    /** True when the mention, at its precision, lies more than {@value #NEWS_DAYS} days before the publication. */
    private static boolean weeksBefore(DateMention m, LocalDate published) {
        return IsoDates.compareAtSharedPrecision(m.value(), published.minusDays(NEWS_DAYS).toString()) < 0;
    }
}
