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
     * @param published  the publication date, or null (then the first candidate is chosen, unless it
     *                   is a bare year and a later candidate tells a month or day of a later year)
     * @return the lead date, or null when there are no candidates
     */
    static DateMention choose(List<DateMention> candidates, LocalDate published) {
        if (candidates.isEmpty()) {
            return null;
        }
        DateMention first = candidates.get(0);
        if (published == null) {
            return laterStory(first, candidates);
        }
        if (!weeksBefore(first, published)) {
            return first;
        }
        for (DateMention m : candidates) {
            if (m.precision() == DatePrecision.DAY && !weeksBefore(m, published)) {
                return m;
            }
        }
        return first;
    }

    /**
     * In an undated report, the first lead mention unless it is a bare year and a later one tells a
     * month or day of a later year: "arrested relatives of people killed in the 2022 protests ...
     * at least 37 were detained between 10 and 15 September 2024": the year names the background,
     * the later date is the news.
     */
    private static DateMention laterStory(DateMention first, List<DateMention> candidates) {
        if (first.precision() != DatePrecision.YEAR || first.value().length() != 4) {
            return first;
        }
        for (DateMention m : candidates) {
            if ((m.precision() == DatePrecision.DAY || m.precision() == DatePrecision.MONTH)
                    && m.value().compareTo(first.value()) > 0 && !m.value().startsWith(first.value())) {
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
