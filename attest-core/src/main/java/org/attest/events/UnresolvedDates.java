package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Span;

/**
 * Date mentions the dates stage could not resolve ("on Saturday", "last week" in a report with
 * no publication date and no dateline). Such a mention still says when its event happened, only
 * on a day the text does not let the reader know: the event takes no day the paragraph or the
 * lead gives to other events, but the month of that date ({@link #inStoryMonth}): a weekday told
 * beside the story's days lies in the story's days, whichever of them it is. One instance per
 * document.
 */
final class UnresolvedDates {
    /** The rule of an event dated by an unresolved mention of its sentence. */
    static final String RULE = "sentence-unresolved";

    /** Characters between an unresolved date and a date that glosses it: " (", ", ". */
    private static final int GLOSS_GAP = 3;

    private final List<DateMention> unresolved;
    private final SpanIndex spans;

    UnresolvedDates(Document doc) {
        List<DateMention> all = doc.dates();
        List<DateMention> u = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            DateMention m = all.get(i);
            // "on Monday (December 7)": the date after it says which Monday
            boolean glossed = i + 1 < all.size() && all.get(i + 1).value() != null
                    && all.get(i + 1).span().start() - m.span().end() <= GLOSS_GAP;
            if (m.value() == null && !glossed) {
                u.add(m);
            }
        }
        this.unresolved = List.copyOf(u);
        this.spans = new SpanIndex(unresolved.stream().map(DateMention::span).toList());
    }

    /** The usable mentions {@code here} of a sentence with its unresolved ones, in text order. */
    List<DateMention> with(List<DateMention> here, Span sentence) {
        if (unresolved.isEmpty()) {
            return here;
        }
        List<Integer> inside = spans.inside(sentence);
        if (inside.isEmpty()) {
            return here;
        }
        List<DateMention> all = new ArrayList<>(here);
        for (int i : inside) {
            all.add(unresolved.get(i));
        }
        all.sort((a, b) -> a.span().compareTo(b.span()));
        return all;
    }

    /**
     * The usable mentions {@code here} with the unresolved weekdays of the sentence: "rallied on
     * Wednesday" names a day of its own, though none can tell which; "elections in June" of no
     * known year may still name the event told before.
     */
    List<DateMention> withWeekdays(List<DateMention> here, Span sentence) {
        List<DateMention> all = with(here, sentence);
        return all == here ? here : all.stream().filter(m -> m.value() != null || m.rule().startsWith(WEEKDAY_RULE)).toList();
    }

    /** The rule the dates stage gives a mention that is a weekday, bare or with a date. */
    private static final String WEEKDAY_RULE = "weekday";

    /** A hit's own dates less the unresolved ones, unless it has no other. */
    static List<DateMention> preferResolved(List<DateMention> mine) {
        if (mine.stream().allMatch(d -> d.value() != null) || mine.stream().allMatch(d -> d.value() == null)) {
            return mine.size() > 1 && mine.get(0).value() == null ? mine.subList(0, 1) : mine;
        }
        return mine.stream().filter(d -> d.value() != null).toList();
    }

    /** The rule of an event whose unresolved day took the month of its sentence's fallback date. */
    static final String MONTH_RULE = RULE + "+month";

    /**
     * The hits an unresolved mention dated, given the month of {@code fallback} (the date the
     * paragraph, the lead or the document would give the sentence) instead of no date: "the
     * ministry condemned the move on Thursday" in an undated report whose paragraph told "on 3
     * March 2021" is of March 2021, though no reader can tell which Thursday. A year is too
     * coarse to place a weekday in ("Election 2024" says when the vote was, not which week the
     * report tells), so a fallback of a year, or none, leaves the hit undated; so does a type that
     * a report holds once ({@code onePerReport}: the election's day is the vote's, which the
     * weekday may not be).
     */
    static List<DatePass.Dated> inStoryMonth(List<DatePass.Dated> dated, DatePass.Choice fallback, Predicate<String> onePerReport) {
        if (fallback.date() == null || fallback.date().length() < MONTH_CHARS
                || fallback.precision().ordinal() > DatePrecision.MONTH.ordinal()
                || dated.stream().noneMatch(UnresolvedDates::undated)) {
            return dated;
        }
        String month = fallback.date().substring(0, MONTH_CHARS);
        List<DatePass.Dated> out = new ArrayList<>(dated.size());
        for (DatePass.Dated d : dated) {
            out.add(undated(d) && !onePerReport.test(d.hit().type())
                    ? new DatePass.Dated(d.hit(), month, DatePrecision.MONTH, d.anchor(), MONTH_RULE) : d);
        }
        return out;
    }

    /** The length of a month's value, "2021-03". */
    private static final int MONTH_CHARS = 7;

    private static boolean undated(DatePass.Dated d) {
        return d.date() == null && RULE.equals(d.rule());
    }

    /** {@code rule}, or {@link #RULE} for an unresolved mention. */
    static String rule(DateMention d, String rule) {
        return d.value() == null ? RULE : rule;
    }
}
