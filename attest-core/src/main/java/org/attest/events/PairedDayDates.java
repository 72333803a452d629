package org.attest.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.attest.dates.DateStage;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;

/**
 * Two days told with one month ("continued on July 2 and 3", "on 3 and 4 May") name one stretch
 * for the events of their sentence: reports and the gold date such an event by the pair's first
 * day. The dates stage gives each day a mention of its own; here the pair's later mention takes
 * the first day's date, so that an event dated by either mention gets the first day, also when a
 * clause rule has already spent the first mention ("the forum, which continued on July 2 and 3").
 * A plural event noun ("held protests on 3 and 4 May") tells one event a day: the days then stay
 * apart. Two weekdays joined by "and" ("raided homes on Wednesday and Thursday", "arrested 25 people on
 * Sunday night and Monday") are such a stretch too (r181): one round of raids or arrests, dated by its
 * first day, not one event a day. Static helper of {@link DatePass}.
 */
final class PairedDayDates {
    /** The dates stage's rules for a weekday resolved to a day start so: "weekday+published", "weekday+told". */
    private static final String WEEKDAY = "weekday";
    /** Parts of a day that may follow the first weekday of a pair: "on Sunday night and Monday". */
    private static final Set<String> DAY_PARTS = WordSets.named("day-parts");

    private PairedDayDates() {}

    /**
     * Date {@code d}, or, when it is the later day of a pair right after {@code previous} (joined
     * by "and", one of the two added by the dates stage as a paired day), {@code d} with the
     * first day's date.
     *
     * @param previousLast the last token of {@code previous}, or -1
     * @param first        the first token of {@code d}, or -1
     */
    static DateMention firstDayOf(DateMention d, DateMention previous, int previousLast, int first, List<Hit> hits,
                                  List<Token> tokens) {
        if (NewYearStretches.across(d, previous, previousLast, first, tokens)) {
            // "in late 2022 and early 2023": one stretch across the new year, dated by its start
            return new DateMention(d.text(), d.span(), previous.value(), previous.precision(), d.relative(), d.rule());
        }
        if (ConsecutivePeriods.follows(d, previous, previousLast, first, tokens)) {
            // "marched week after week in 2019 and 2020": one stretch, dated by its start
            return new DateMention(d.text(), d.span(), previous.value(), previous.precision(), d.relative(), d.rule());
        }
        if (previous != null && first >= 0 && previousLast >= 0 && weekdayPair(d, previous, previousLast, first, tokens)
                && !pluralNoun(hits, tokens)) {
            // "arrested at least 25 people on Sunday night and Monday": one round-up over two days
            return new DateMention(d.text(), d.span(), previous.value(), d.precision(), d.relative(), d.rule());
        }
        if (previous == null || first < 0 || previousLast < 0 || first != previousLast + 2
                || !tokens.get(previousLast + 1).lower().equals("and")) {
            return d;
        }
        boolean pair = d.rule().equals(DateStage.PAIRED_DAY) || previous.rule().equals(DateStage.PAIRED_DAY);
        if (!pair || previous.value() == null || previous.precision() != d.precision() || pluralNoun(hits, tokens)) {
            return d;
        }
        // the later day keeps its own span, so that the clause rules still read where it stands
        return new DateMention(d.text(), d.span(), previous.value(), d.precision(), d.relative(), d.rule());
    }

    /**
     * True for two weekdays joined by "and", a part of the first day between them or not ("on Wednesday
     * and Thursday", "on Sunday night and Monday"), the later one after the earlier within a week.
     */
    private static boolean weekdayPair(DateMention d, DateMention previous, int previousLast, int first, List<Token> tokens) {
        if (!d.rule().startsWith(WEEKDAY) || !previous.rule().startsWith(WEEKDAY) || d.value() == null || previous.value() == null
                || d.precision() != DatePrecision.DAY || previous.precision() != DatePrecision.DAY
                || d.value().compareTo(previous.value()) <= 0) {
            return false;
        }
        int k = previousLast + 1;
        if (k < first && DAY_PARTS.contains(tokens.get(k).lower())) {
            k++;
        }
        return k + 1 == first && tokens.get(k).lower().equals("and")
                && LocalDate.parse(previous.value()).plusDays(7).isAfter(LocalDate.parse(d.value()));
    }

    /** True when a hit of the sentence is a noun in the plural ("protests", "rallies"): one event a day. */
    private static boolean pluralNoun(List<Hit> hits, List<Token> tokens) {
        for (Hit h : hits) {
            String last = tokens.get(h.last()).lower();
            if (h.trigger().form() == Trigger.Form.NOUN && last.endsWith("s") && !last.endsWith("ss")) {
                return true;
            }
        }
        return false;
    }
}
