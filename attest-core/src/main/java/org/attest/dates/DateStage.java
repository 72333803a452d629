package org.attest.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attest.Stage;
import org.attest.internal.Validate;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.Document;

/**
 * The "dates" stage: finds date expressions in the cleaned text and resolves each one as far
 * as the text allows. Adds one {@link DateMention} per expression through
 * {@link Document#withDates}, in text order, never overlapping (where two readings overlap,
 * the longer one wins); replaces any dates the document held before.
 *
 * <p>Absolute dates keep their stated fields. Relative expressions and year-less dates are
 * resolved against the document's {@link Anchor}: its publication date when it has one, else
 * a date derived from the text (the latest full date, or the latest year stated if that is
 * later); those mentions are marked {@code relative=true}. See {@link DateNormalizer} for the
 * rules and {@link NumberMatcher} for when a bare number is a year. In a report without a
 * publication date, a bare weekday is the day the text told just before it in its paragraph
 * (the nearest such weekday), or the report's latest full date when that date falls on it, or,
 * when that date is written with its weekday ("Monday, June 25, 2018"), the nearest such weekday
 * to it ({@link StoryWeek}); else it stays unresolved. "The fifth day of the protests" is counted from the day the text
 * says they began ({@link SeriesDays}).
 *
 * <p>Pure and thread-safe: the lexicon is immutable and no state is kept between calls. Cost
 * is linear in the length of the text.
 */
public final class DateStage implements Stage {
    /** The rule suffix of a date after the publication day that nothing in its sentence announces. */
    public static final String UNANNOUNCED_FUTURE = "+unannounced-future";
    /** The rule suffix of the dateline the document's anchor comes from: it dates the report, not what it tells. */
    public static final String DATELINE = "+dateline";
    /**
     * The rule suffix of a date in a report without a publication date that the text puts ahead
     * ("promised to pay by 2027", see {@link DateLexicon#looksAhead}): it dates no other sentence.
     */
    public static final String AHEAD = "+ahead";
    /**
     * Rule suffix of a year that tells when a body or person came to be ("created in 1981"): it
     * dates neither the report nor any event.
     */
    public static final String FOUNDING = "+founding";
    /**
     * Rule suffix of the day something was moved to ("elections advanced from 2026 to April
     * 2024"): it dates the noun of what was moved, no other event and no other sentence.
     */
    public static final String MOVED_TO = "+moved-to";
    /** The rule of the other day of a pair told with one month ("on March 3 and 4"): see PairedDays. */
    public static final String PAIRED_DAY = PairedDays.RULE;

    private final DateScanner scanner;
    private final DateLexicon lexicon;

    /** A stage built from a lexicon, typically {@link DateLexicon#load()}. */
    public DateStage(DateLexicon lexicon) {
        this.lexicon = Validate.notNull(lexicon, "lexicon");
        this.scanner = new DateScanner(lexicon);
    }

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Document apply(Document document) {
        String text = document.text();
        List<Candidate> candidates = scanner.scan(text);
        Anchor anchor = Anchor.of(document, candidates, lexicon);
        List<DateMention> mentions = new ArrayList<>(candidates.size());
        String published = document.published() == null ? null : document.published().toString();
        DateMention told = null; // the date the text told last: what "the following week" counts from
        DateMention toldDay = null; // the last day the text told: what "the same day" counts from
        boolean storyWeek = document.published() == null && StoryWeek.writtenWithWeekday(candidates, anchor);
        for (int ci = 0; ci < candidates.size(); ci++) {
            Candidate c = candidates.get(ci);
            DateMention m = DateNormalizer.resolve(text, c, anchor);
            if (c.span().start() == anchor.dateline() && m.value() != null) {
                m = new DateMention(m.text(), m.span(), anchor.date().toString(), m.precision(), m.relative(), m.rule() + DATELINE);
            }
            DateMention voted = c.rule().startsWith(PhraseMatcher.NARRATIVE) ? VoteDays.fromVote(text, c, m, mentions) : null;
            if (VoteDays.runUpPhrase(c) && !VoteDays.beforeVote(text, c)) {
                continue; // "in the days before the march": no day the text gives
            }
            if (ToldDayPhrases.followingDays(c) && told != null && sameSentence(text, told, c)) {
                continue; // "erupted on October 17 ... onto the streets in the following days": that event's stretch
            }
            if (voted != null) {
                m = voted; // "the day before the election": counted from the vote's day
            } else if (c.rule().startsWith(PhraseMatcher.NARRATIVE) && told != null) {
                // "rallied on 1 July, the largest gathering this year. Smaller rallies were held on the same
                // day": a day is counted from the last day the paragraph told, not from a year told after it
                DateMention from = c.expr().unit() == DateLexicon.RelativeUnit.DAY && told.precision() != DatePrecision.DAY
                        && toldDay != null && (!lineBetween(text, toldDay, c) || VoteDays.runUpPhrase(c)) ? toldDay : told;
                // "died in September 2022, three days after her arrest": days counted from a month the same
                // sentence names fall in that month, as near as the text allows
                boolean coarseHere = told.precision() != DatePrecision.DAY && sameSentence(text, told, c);
                DateMention counted = fromTold(m, c, coarseHere ? told : from);
                if (counted == null && !coarseHere && from != toldDay && toldDay != null && ToldDayPhrases.sameDay(c)) {
                    counted = fromTold(m, c, toldDay); // "the same day" a paragraph after a day and a year: that day
                }
                counted = counted != null || !coarseHere ? counted
                        : new DateMention(m.text(), m.span(), told.value(), told.precision(), true, c.rule() + "+told-within");
                // "in the days before the vote" with no day of the vote named: the eve of the day told last, by its month
                m = counted != null ? VoteDays.runUp(counted, c) : m;
            } else if (m.value() == null && !anchor.published() && told != null && bareWeekday(c)
                    && !told.rule().endsWith(AHEAD) && nearby(text, told, c, anchor)
                    && !lexicon.hasHabitCue(PhraseMatcher.sentenceBefore(text, c.span().start()))) {
                m = weekdayNearTold(m, c, told, Anchor.datelineShaped(text, told.span()));
            } else if (told != null && bareWeekday(c) && told.precision() == DatePrecision.DAY
                    && Anchor.datelineShaped(text, told.span()) && sameSentence(text, told, c)) {
                // "Rights Monitor, May 28, 2015: two men were hanged on Wednesday", on a page of June:
                // the item's own dateline is the day of writing its weekday counts back from
                m = weekdayNearTold(m, c, told, true);
            } else if (told != null && OVERNIGHT.equals(c.rule()) && told.precision() == DatePrecision.DAY
                    && !told.value().equals(published) && !Anchor.datelineShaped(text, told.span()) && sameSentence(text, told, c)) {
                // "woke on Tuesday to news that five had been killed overnight": the night before that Tuesday
                m = new DateMention(m.text(), m.span(), LocalDate.parse(told.value()).minusDays(1).toString(),
                        DatePrecision.DAY, true, c.rule() + "+told");
            } else if (m.value() == null && !anchor.published() && bareWeekday(c) && anchor.knowsDay()
                    && anchor.date().getDayOfWeek() == c.expr().weekday()
                    && !lexicon.hasHabitCue(PhraseMatcher.sentenceBefore(text, c.span().start()))) {
                // an undated report's "on Thursday" when its latest full date is a Thursday: that day;
                // another weekday might lie before or after it, and takes none
                m = new DateMention(m.text(), m.span(), anchor.date().toString(), DatePrecision.DAY, true, c.rule() + "+story-day");
            } else if (m.value() == null && !anchor.published() && bareWeekday(c) && storyWeek
                    && !lexicon.hasHabitCue(PhraseMatcher.sentenceBefore(text, c.span().start()))) {
                // "closed their stores on Monday, June 25, 2018 ... The strike spread on Tuesday": a day
                // written with its weekday sets the week the undated report tells; its weekdays are that week's
                m = StoryWeek.nearest(m, c, anchor.date());
            }
            // "on Friday, the eve of the anniversary": the day before the anniversary; the eve phrase only glosses it
            m = bareWeekday(c) ? EveDays.ofAnniversary(m, c, text, anchor) : EveDays.apposed(m, c, text, mentions);
            if (m == null) {
                continue;
            }
            if (document.published() == null && yearless(c)) {
                m = RepeatedDays.inToldYear(m, mentions); // "30 September 2022 ... on 30 September": that day again
            }
            if (yearless(c) && told != null && m.value() != null && lexicon.toldYearAfter(text, m.span().end())) {
                m = inYearOf(m, told); // "until June 12 of that year": the year the text told last
            } else if (published != null && yearless(c) && m.value() != null && IsoDates.compareAtSharedPrecision(m.value(), published) < 0
                    && (lexicon.hasAnnouncingCue(PhraseMatcher.sentenceBefore(text, m.span().end()))
                            && !daysBefore(m, document.published())
                        // "voted to delay the election to Dec. 15", written in February: a day a thing is
                        // put off to lies ahead of the putting off, however near the last one would be
                        || Rescheduled.delayedTo(text, m.span().start()))
                    && !NearDays.afterSince(text, m.span().start())) {
                m = nextYear(m); // "an election will be held in December", written in February: the coming December
            } else if (document.published() == null && anchor.knowsDay() && yearless(c) && m.value() != null
                    && m.value().startsWith(String.valueOf(anchor.date().getYear() - 1))
                    && lexicon.hasAnnouncingCue(PhraseMatcher.sentenceBefore(text, m.span().end()))) {
                // "will not return to work and have called for a strike on 22 September" in an undated
                // report of May 2018: the coming September, not the one before the story
                m = nextYear(m);
            } else if (published != null && unannouncedPast(text, c, m, published)
                    && !NearDays.justAhead(m, document.published())) {
                m = previousYear(m); // "protests since April", written in March: last April
            }
            if (yearless(c) && c.expr().day() > 0) {
                m = FollowingDays.inYearOfToldDay(text, m, toldDay); // "on Nov. 15, 2019 ... on Nov. 16": of 2019
            }
            if (yearless(c)) {
                m = SubjectYears.inSubjectYear(text, m, mentions); // "The 2019 uprising began on 15 November": of 2019
            }
            if (yearless(c) && c.expr().day() > 0) {
                m = RangeYears.closedBy(text, m); // "from August 1 to 10, 2024": the year closing the stretch is its start's
            } else if (yearless(c) && ci + 1 < candidates.size()) {
                m = RangeYears.pairedMonth(text, m, c, candidates.get(ci + 1)); // "in June and July 2023": both of 2023
            }
            if (published != null && m.value() != null && IsoDates.compareAtSharedPrecision(m.value(), published) > 0
                    && (!announced(text, c, m) || boundsTerm(text, m))) {
                // "would suspend talks until 2028": a term of something said, not a time anything happens;
                // "planned reforms letting him rule until 2035" too, though the plan looks ahead
                m = new DateMention(m.text(), m.span(), m.value(), m.precision(), m.relative(), m.rule() + UNANNOUNCED_FUTURE);
            }
            if (document.published() == null && m.value() != null && !m.relative() && anchor.isAhead(c)) {
                m = new DateMention(m.text(), m.span(), m.value(), m.precision(), m.relative(), m.rule() + AHEAD);
            }
            if (m.value() != null && Rescheduled.newDate(text, m.span().start())) {
                m = new DateMention(m.text(), m.span(), m.value(), m.precision(), m.relative(), m.rule() + MOVED_TO);
            }
            if (m.value() != null && founding(text, c)) {
                m = new DateMention(m.text(), m.span(), m.value(), m.precision(), m.relative(), m.rule() + FOUNDING);
            }
            mentions.add(m);
            if (m.value() != null && !m.rule().startsWith("copyright") && !m.rule().endsWith(FOUNDING)
                    && !ReportDays.saying(text, m, published)) {
                told = m;
                toldDay = m.precision() == DatePrecision.DAY ? m : toldDay;
            }
        }
        // "on the fifth day of the protests" after "the protests, which began on December 28"
        // "on March 3 and 4": the second day of the pair a date of its own
        return document.withDates(NightIntoDay.join(text, SeriesDays.add(text, PairedDays.add(text, mentions))));
    }

    /** The rule of "overnight": the night before the day its sentence tells, or before the report's. */
    private static final String OVERNIGHT = "relative-overnight";

    /** True when the candidate is a year after a founding verb and "in" ("created in 1981"). */
    private boolean founding(String text, Candidate c) {
        DateExpr x = c.expr();
        return x.kind() == DateExpr.Kind.GREGORIAN && x.year() != null && x.month() == 0
                && lexicon.tellsFounding(text, c.span().start());
    }

    /**
     * The narrative phrase {@code m} ("the following week", "two days later") counted from the
     * date told before it, or null when that date is too coarse for the phrase's unit.
     */
    private static DateMention fromTold(DateMention m, Candidate c, DateMention told) {
        DateExpr x = c.expr();
        String v = told.value();
        DatePrecision p = told.precision();
        boolean day = p == DatePrecision.DAY;
        if (day && (c.rule().endsWith("-later") || c.rule().endsWith("-earlier"))) {
            // "a week later" than 12 April is 19 April: counted from a day, the phrase names a day
            LocalDate d = LocalDate.parse(v);
            LocalDate shifted = switch (x.unit()) {
                case DAY -> d.plusDays(x.n());
                case WEEK -> d.plusWeeks(x.n());
                case MONTH -> d.plusMonths(x.n());
                case YEAR -> d.plusYears(x.n());
                default -> null;
            };
            return shifted == null ? null
                    : new DateMention(m.text(), m.span(), shifted.toString(), DatePrecision.DAY, true, c.rule() + "+told");
        }
        String value = switch (x.unit()) {
            case DAY -> day ? LocalDate.parse(v).plusDays(x.n()).toString() : null;
            case WEEK -> day || p == DatePrecision.WEEK
                    ? LocalDate.parse(v).with(DayOfWeek.MONDAY).plusWeeks(x.n()).toString() : null;
            case MONTH -> v.length() >= 7 ? YearMonth.parse(v.substring(0, 7)).plusMonths(x.n()).toString() : null;
            case YEAR -> String.valueOf(Integer.parseInt(v.substring(0, 4)) + x.n());
            default -> null;
        };
        if (value == null) {
            return null;
        }
        DatePrecision precision = switch (x.unit()) {
            case DAY -> DatePrecision.DAY;
            case WEEK -> DatePrecision.WEEK;
            case MONTH -> DatePrecision.MONTH;
            default -> DatePrecision.YEAR;
        };
        return new DateMention(m.text(), m.span(), value, precision, true, c.rule() + "+told");
    }


    /** True when no line break or full stop stands between {@code told} and the candidate. */
    /** True when a line break stands between the told mention and the candidate: another paragraph. */
    private static boolean lineBetween(String text, DateMention told, Candidate c) {
        int br = text.indexOf('\n', told.span().end());
        return br >= 0 && br < c.span().start();
    }

        private static boolean sameSentence(String text, DateMention told, Candidate c) {
        int from = told.span().end();
        int to = c.span().start();
        if (to < from) {
            return false;
        }
        String between = text.substring(from, to);
        return between.indexOf('\n') < 0 && !between.contains(". ");
    }

    /** True for a weekday alone, neither "last" nor "next" nor announced ("on Saturday"). */
    private static boolean bareWeekday(Candidate c) {
        return c.expr().kind() == DateExpr.Kind.WEEKDAY && c.expr().n() == 0;
    }

    /**
     * True when {@code told} is a day in the paragraph of {@code c}, and not of a year before the
     * report's latest: a story's earlier paragraphs and its history ("the rally of June 24, 2018")
     * do not date this week's events.
     */
    private static boolean nearby(String text, DateMention told, Candidate c, Anchor anchor) {
        if (told.precision() != DatePrecision.DAY
                || anchor.exists() && Integer.parseInt(told.value().substring(0, 4)) < anchor.date().getYear()) {
            return false;
        }
        return text.indexOf('\n', told.span().end()) < 0 || text.indexOf('\n', told.span().end()) >= c.span().start();
    }

    /**
     * A weekday in a report without a publication date, counted from the day the text told just
     * before it: the nearest such weekday, before or after ("On June 18, 2021 Iranians voted.
     * Protesters gathered on Saturday": the 19th); after a dateline's day ("Regla, May 8, 2023 -"),
     * the day of writing, the last such weekday. Without the report's own day, the story's days
     * are the only calendar the reader has.
     */
    private static DateMention weekdayNearTold(DateMention m, Candidate c, DateMention told, boolean dateline) {
        LocalDate day = LocalDate.parse(told.value());
        LocalDate after = day.with(TemporalAdjusters.nextOrSame(c.expr().weekday()));
        LocalDate before = day.with(TemporalAdjusters.previousOrSame(c.expr().weekday()));
        LocalDate nearest = !dateline && after.toEpochDay() - day.toEpochDay() <= day.toEpochDay() - before.toEpochDay()
                ? after : before;
        return new DateMention(m.text(), m.span(), nearest.toString(), DatePrecision.DAY, true, c.rule() + "+told");
    }

    /** True for a Gregorian month or day written without its year ("in December", "June 4"). */
    private static boolean yearless(Candidate c) {
        DateExpr x = c.expr();
        return x.kind() == DateExpr.Kind.GREGORIAN && x.year() == null && x.yearOffset() == null && x.month() > 0;
    }

    /** The mention moved to the year of {@code told}, or unchanged when that day is not in that year. */
    private static DateMention inYearOf(DateMention m, DateMention told) {
        String value = told.value().substring(0, 4) + m.value().substring(4);
        if (value.endsWith("-02-29") && !Year.isLeap(Integer.parseInt(value.substring(0, 4)))) {
            return m;
        }
        return new DateMention(m.text(), m.span(), value, m.precision(), m.relative(), m.rule() + "+told-year");
    }

    /**
     * Days before the publication in which a year-less day is taken as told, not announced a year
     * ahead: two months, as {@link DateNormalizer#FUTURE_MONTHS} on the other side ("arguing that
     * the parliament elected on Oct. 26 is illegitimate", written in December, behind a "will" of
     * another clause, is this October's).
     */
    private static final int RECENT_DAYS = 61;

    /**
     * True when {@code m} is a day in the {@value #RECENT_DAYS} days before {@code published}: a
     * report tells of its last days far more often than it announces a day almost a year ahead, so
     * a future cue elsewhere in the sentence ("the man many see as the next president, ... on
     * March 19", written March 20) does not move it.
     */
    private static boolean daysBefore(DateMention m, LocalDate published) {
        return m.precision() == DatePrecision.DAY
                && LocalDate.parse(m.value()).isAfter(published.minusDays(RECENT_DAYS + 1));
    }

    /** Words before a date that bound a term ahead ("remains in force until June"), not a day already past. */
    private static final Set<String> TERM_WORDS = Set.of("until", "till", "through", "by", "before", "to");

    /**
     * True when {@code m}, a month or day the text gave without its year and without a weekday,
     * lies after the publication day and nothing in its sentence looks ahead: "more than 300 have
     * died in protests since April", written in March, and "an image of the July 11 protests",
     * written in May, tell of last year's; a date that bounds a term ("until June") may lie ahead.
     */
    private boolean unannouncedPast(String text, Candidate c, DateMention m, String published) {
        return yearless(c) && c.expr().weekday() == null && m.value() != null
                && IsoDates.compareAtSharedPrecision(m.value(), published) > 0
                && !lexicon.hasFutureCue(PhraseMatcher.sentenceBefore(text, m.span().end()))
                && !TERM_WORDS.contains(TextScan.wordBefore(text, m.span().start()));
    }

    /**
     * True when a cue before {@code m} in its sentence puts it ahead: a weekday takes the cues of
     * near days too ("would"), and one its own words point forward ("next Friday", "a strike for
     * Wednesday") needs no other.
     */
    private boolean announced(String text, Candidate c, DateMention m) {
        if (c.expr().kind() == DateExpr.Kind.WEEKDAY && c.expr().n() > 0) {
            return true;
        }
        if (setFor(text, c, m) || yearless(c) && m.precision() == DatePrecision.DAY && VoteDays.namesVote(text, m)) {
            // "before the March 31 elections": a vote's day is fixed ahead of it
            return true;
        }
        String window = PhraseMatcher.speakersWordsBefore(text, m.span().end());
        return c.expr().weekday() != null ? lexicon.hasWeekdayCue(window)
                : lexicon.hasFutureCue(window) || Rescheduled.newDate(text, m.span().start())
                        || Rescheduled.delayedTo(text, m.span().start()); // "delay the election to December"
    }

    /**
     * True when a year-less day after the day of writing follows "for": "a march for June 2", "set
     * for March 30". A day an act is called or set for is the day it is to happen, as a weekday
     * after "for" already is ("a strike for Wednesday").
     */
    private static boolean setFor(String text, Candidate c, DateMention m) {
        return yearless(c) && c.expr().weekday() == null && m.precision() == DatePrecision.DAY
                && TextScan.wordBefore(text, m.span().start()).equals("for");
    }

    /** Words before a date ahead that make it the end of a term ("in office until 2035"), not a day anything happens. */
    private static final Set<String> TERM_ENDS = Set.of("until", "till", "through");

    /**
     * True when {@code m} ends a term: "until 2035", "till June", or a year or month after "by"
     * ("to cut emissions by 2040"). Such a date, after the day of writing, bounds a plan or a
     * mandate; it dates none of the events its sentence tells, even when a cue looks ahead.
     */
    private static boolean boundsTerm(String text, DateMention m) {
        String before = TextScan.wordBefore(text, m.span().start());
        return TERM_ENDS.contains(before)
                || before.equals("by") && (m.precision() == DatePrecision.YEAR || m.precision() == DatePrecision.MONTH);
    }

    /** The same mention a year earlier: a year-less day after the day of writing that nothing announces is past. */
    private static DateMention previousYear(DateMention m) {
        int year = Integer.parseInt(m.value().substring(0, 4)) - 1;
        String value = year + m.value().substring(4);
        if (value.endsWith("-02-29")) {
            return m; // no such day last year; keep the reading the normaliser made
        }
        return new DateMention(m.text(), m.span(), value, m.precision(), m.relative(), m.rule() + "+past-unannounced");
    }

    /** The same mention a year later: the normaliser looks back, an announcement looks ahead. */
    private static DateMention nextYear(DateMention m) {
        int year = Integer.parseInt(m.value().substring(0, 4)) + 1;
        String value = year + m.value().substring(4);
        if (value.endsWith("-02-29")) {
            return m; // no such day next year; keep the reading the normaliser made
        }
        return new DateMention(m.text(), m.span(), value, m.precision(), m.relative(), m.rule() + "+announced-ahead");
    }

}
