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
     * @param text       the report's text, which the candidates' spans index
     * @return the lead date, or null when there are no candidates
     */
    static DateMention choose(List<DateMention> candidates, LocalDate published, String text) {
        DateMention chosen = choose(candidates, published);
        return chosen == null ? null : newsBeforeReport(chosen, candidates, text);
    }

    /**
     * The day a speaker reported the news on ("turnout was 41 percent, the commission said on
     * Tuesday") leaves the lead date to a later lead day of the news itself within the week before
     * it, one its own sentence gives ("said on Tuesday that 20 were killed last Friday") or one that
     * names an event ("took part in Monday's vote"): the report's other events happened then, not
     * when told. A day a later sentence tells on its own ("it began on Sunday") may be a first step
     * of the story only, and is left alone.
     */
    private static DateMention newsBeforeReport(DateMention chosen, List<DateMention> candidates, String text) {
        if (chosen.precision() != DatePrecision.DAY || chosen.value() == null || !ToldWeekdays.spokenOn(text, chosen.span().start())) {
            return chosen;
        }
        LocalDate told = LocalDate.parse(chosen.value());
        for (DateMention m : candidates) {
            if (m.span().start() > chosen.span().start() && m.precision() == DatePrecision.DAY && m.value() != null
                    && m.value().length() == 10 && !ToldWeekdays.spokenOn(text, m.span().start())
                    && (sameSentence(text, chosen.span().end(), m.span().start()) || possessive(text, m.span().end()))) {
                LocalDate day = LocalDate.parse(m.value());
                if (day.isBefore(told) && !day.isBefore(told.minusDays(NEWS_DAYS))) {
                    return m;
                }
            }
        }
        return chosen;
    }

    /** True when no sentence ends between {@code from} and {@code to} (no full stop, no line break). */
    private static boolean sameSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && i + 1 < to && Character.isWhitespace(text.charAt(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** True when a possessive follows {@code end}: "Monday's vote" names the event by its day. */
    private static boolean possessive(String text, int end) {
        return text.startsWith("'s", end) || text.startsWith("\u2019s", end);
    }

    private static DateMention choose(List<DateMention> candidates, LocalDate published) {
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
