package org.attest.dates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.attest.internal.Validate;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Sentence;
import org.attest.model.Span;
import org.attest.internal.SortedInts;

/**
 * Chooses the date of a span (an event's sentence) from a document whose dates stage has run.
 * Pure: reads the document's date mentions and sentences, changes nothing. Build one per document
 * with {@link #of(Document)} and ask it for many spans: each answer costs a binary search, so
 * dating every sentence of a document stays linear. The events stage uses it as its fallback.
 *
 * <p>Order of preference:
 * <ol>
 *   <li>a usable date mention inside the span: the most precise, the first on a tie;</li>
 *   <li>the nearest usable mention before the span in the same paragraph that the caller's context
 *       test accepts ({@link #of(Document, Predicate)}), unless it lies after the
 *       publication date ("... would suspend talks until 2028. Thousands have gathered nightly"
 *       reports no event of 2028);</li>
 *   <li>for a paragraph that opens by pointing back at an act ({@link PointingBack}: "The vote set
 *       off protests"), the last usable mention of the paragraph before, not after the
 *       publication date;</li>
 *   <li>for a paragraph of a round-up of places ({@link RoundUps}: "In Velmora, ..."), the last
 *       day told in the paragraph before (or before a run of them; a day a source spoke on gives way
 *       to a day of news told before it), when it is recent news, unless
 *       it tells a run of days up to now ({@link SeriesDays#tellsRun}: "for the third day in a row");</li>
 *   <li>in an entry of a live page, a paragraph after the one that opens the entry: the last day
 *       of recent news the entry told before it ({@link LiveEntries#entryStart});</li>
 *   <li>in an entry of a live page, a paragraph that opens with a clock time ({@link LiveEntries}):
 *       the publication day;</li>
 *   <li>the document's lead date: the first usable mention in its first two paragraphs that are
 *       not headings (a caption before them is read but not counted, and a crosshead after the
 *       first ends the lead), not after the publication date, not a caption's year before it, and that the
 *       context test accepts; or, when that one lies weeks before the publication, a later one of
 *       them that is a day of the week of writing ({@link LeadNews}); in an undated report, the
 *       month of a month dateline above the body ({@link MonthDatelines}: "Kestel, March 2021")
 *       unless that first mention is of that month;</li>
 *   <li>the publication date (or, without one, the day of the dateline the dates stage anchored
 *       the report on), at week precision: the week up to that day, which a report's undated
 *       news tells of;</li>
 *   <li>in an undated report that looks ahead to a day later than every year it states, that
 *       day's month ({@link AheadDays}): the weeks before a coming vote;</li>
 *   <li>the document's year: the latest year it states outright (not a relative expression, nor
 *       the start of a stretch: "has ruled since independence in 1975"), at
 *       year precision: an undated report titled "... Summit 2024" is about 2024;</li>
 *   <li>else {@code null}.</li>
 * </ol>
 * A mention is usable when it is resolved, is not a copyright year (that dates the site, not the
 * report), is not a date after the publication day that nothing in its sentence announces ("would
 * suspend talks until 2028") and is not a dateline (the publication day written within the first
 * {@value #DATELINE_REACH} characters of a sentence: "Paris, 1 June 2021 - ..." dates the report,
 * not what it tells) and is not a year in brackets after a name ("X (1990-1997)": a term or a
 * life), and is not the year a body or person came to be ("created in 1981"). Paragraphs come
 * from the document's sentences; without sentences, a paragraph is a block
 * of text between blank lines.
 */
public final class DateResolver {
    private static final int LEAD_PARAGRAPHS = 2;
    /** How far into a sentence a publication date still counts as its dateline, in chars. */
    static final int DATELINE_REACH = 40;

    private final Document doc;
    /** Usable mentions in text order, and their start offsets. */
    private final List<DateMention> usable;
    /** The spans of the datelines among the mentions: the day of writing, which dates no event itself. */
    private final List<Span> datelines;
    private final int[] usableStarts;
    /** Sentence start offsets, and for each sentence the start offset of its paragraph. */
    private final int[] sentenceStarts;
    private final int[] paragraphStarts;
    private final DateMention lead;
    private final String year;
    /** For an undated report, the month of the day it looks ahead to after every year it tells, or null. */
    private final String aheadMonth;
    /** The publication date as written in mentions (yyyy-MM-dd), or null: asked per mention. */
    private final String published;
    /** True for a mention that may date other sentences (steps 2 and 3): see {@link #of(Document, Predicate)}. */
    private final Predicate<DateMention> context;

    private DateResolver(Document doc, Predicate<DateMention> context) {
        this.doc = doc;
        this.context = context;
        this.published = doc.published() != null ? doc.published().toString() : datelineDay(doc);
        List<Sentence> sentences = doc.sentences();
        this.sentenceStarts = new int[sentences.size()];
        this.paragraphStarts = new int[sentences.size()];
        int paragraph = Integer.MIN_VALUE;
        int start = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                start = s.span().start();
            }
            sentenceStarts[i] = s.span().start();
            paragraphStarts[i] = start;
        }
        List<DateMention> u = new ArrayList<>();
        List<Span> lines = new ArrayList<>();
        for (DateMention m : doc.dates()) {
            boolean dateline = m.value() != null && dateline(m);
            if (dateline) {
                lines.add(m.span());
            }
            if (m.value() != null && m.precision() != DatePrecision.UNKNOWN && !m.rule().startsWith("copyright")
                    && !m.rule().endsWith(DateStage.UNANNOUNCED_FUTURE) && !m.rule().endsWith(DateStage.FOUNDING)
                    && !dateline && !BracketGlosses.glosses(doc.text(), m)) {
                u.add(m);
            }
        }
        this.datelines = List.copyOf(lines);
        u.sort((a, b) -> a.span().compareTo(b.span()));
        this.usable = List.copyOf(u);
        this.usableStarts = usable.stream().mapToInt(m -> m.span().start()).toArray();
        this.lead = leadMention();
        this.year = StatedYears.latest(usable, doc.text());
        this.aheadMonth = published == null ? AheadDays.month(usable, year) : null;
    }

    /**
     * The day of the dateline the dates stage anchored an undated report on, or null: the day of
     * writing stands in for the publication date.
     */
    private static String datelineDay(Document doc) {
        for (DateMention m : doc.dates()) {
            if (m.rule().endsWith(DateStage.DATELINE)) {
                return m.value();
            }
        }
        return null;
    }

    /** A resolver for one document. */
    public static DateResolver of(Document doc) {
        return new DateResolver(Validate.notNull(doc, "doc"), m -> true);
    }

    /**
     * A resolver for one document whose paragraph and lead dates (steps 2 and 3) are only
     * mentions {@code context} accepts: the caller knows which dates merely name a thing ("the
     * October 25 coup") and so date no other sentence. Mentions inside a span are not asked.
     */
    public static DateResolver of(Document doc, Predicate<DateMention> context) {
        return new DateResolver(Validate.notNull(doc, "doc"), Validate.notNull(context, "context"));
    }

    /** The best date for {@code span}, or {@code null} when the document gives none. */
    public static ResolvedDate resolve(Document doc, Span span) {
        return of(doc).resolve(span);
    }

    /** The document's lead date (step 6 of the class comment), or null. */
    public DateMention lead() {
        return lead;
    }

    /** The usable date mentions (see the class comment), in text order. */
    public List<DateMention> usable() {
        return usable;
    }

    /** The best date for {@code span}, or {@code null} when the document gives none. */
    public ResolvedDate resolve(Span span) {
        Validate.notNull(span, "span");
        DateMention best = null;
        for (int k = lowerBound(span.start()); k < usableStarts.length && usableStarts[k] < span.end(); k++) {
            DateMention m = usable.get(k);
            if (span.contains(m.span()) && (best == null || m.precision().ordinal() < best.precision().ordinal())) {
                best = m;
            }
        }
        if (best != null) {
            return of(best, "in-span");
        }
        return outside(span);
    }

    /**
     * The date for {@code span} from outside it (steps 2 to 5 of the class comment), or
     * {@code null}: for a sentence whose own date mentions date something else.
     */
    public ResolvedDate outside(Span span) {
        Validate.notNull(span, "span");
        int paragraphStart = paragraphStart(span.start());
        for (int k = lowerBound(span.start()) - 1; k >= 0; k--) {
            DateMention m = usable.get(k);
            if (m.span().start() < paragraphStart) {
                break;
            }
            if (m.span().end() <= span.start() && !afterPublication(m) && context.test(m)) {
                return of(m, "paragraph");
            }
        }
        if (paragraphStart == span.start() && paragraphStart > 0 && PointingBack.opens(doc.text(), span.start())) {
            ResolvedDate told = lastTold(paragraphStart(paragraphStart - 1), span.start(), false, false); // "The vote set off protests"
            if (told != null) {
                return told;
            }
        }
        if (paragraphStart > 0 && RoundUps.opens(doc.text(), paragraphStart)
                && !SeriesDays.tellsRun(doc.text(), span.start(), span.end())) {
            // "In Kest, dockers marched for the third day in a row": no day before, the news of the report
            int from = paragraphStart(paragraphStart - 1);
            for (int hop = 1; hop < RoundUps.REACH && from > 0 && RoundUps.opens(doc.text(), from); hop++) {
                from = paragraphStart(from - 1); // "In Velmora, ..." after "In Kest, ...": back to the day told before the run
            }
            ResolvedDate told = lastTold(from, paragraphStart, true, true);
            if (told != null) {
                return told;
            }
        }
        int entry = published == null || paragraphStart == 0 || LiveEntries.stamped(doc.text(), paragraphStart) ? -1
                : LiveEntries.entryStart(doc.text(), paragraphStart, p -> paragraphStart(p - 1));
        ResolvedDate entryDay = entry < 0 ? null : lastTold(entry, paragraphStart, true, false);
        if (entryDay != null) {
            return entryDay; // "12:20 / On Sunday night, crowds blocked the highway." then "Police detained 20 people.": Sunday
        }
        if (published != null && doc.published() != null && LiveEntries.stamped(doc.text(), paragraphStart)) {
            return new ResolvedDate(published, DatePrecision.DAY, "live-entry"); // "1:10 pm — the commission says ..."
        }
        if (lead != null && !(published != null && lead.span().start() >= span.end() && holdsDateline(span))) {
            return of(lead, "lead");
        }
        if (published != null) {
            // the news of a report tells of the days up to its publication: its week, named by that day
            return new ResolvedDate(published, DatePrecision.WEEK, "published");
        }
        if (aheadMonth != null) {
            return new ResolvedDate(aheadMonth, DatePrecision.MONTH, "ahead-month"); // the weeks before a coming vote
        }
        if (year != null) {
            return new ResolvedDate(year, DatePrecision.YEAR, "document-year");
        }
        return null;
    }

    /**
     * The last usable mention in {@code [from, to)} not after the publication, or null: even one
     * that names a noun ("since the election of 9 May"), which is what the opener points at. For a
     * round-up ({@code roundUp}), only one the context test accepts, and only a day of recent news;
     * with {@code newsFirst}, a day a source spoke on ("the ministry said on Thursday") gives way to a
     * day of news told before it.
     */
    private ResolvedDate lastTold(int from, int to, boolean roundUp, boolean newsFirst) {
        DateMention spoken = null; // "arrested 47 on Wednesday night, the ministry said on Thursday": the words' day
        for (int k = lowerBound(to) - 1; k >= 0 && usable.get(k).span().start() >= from; k--) {
            DateMention m = usable.get(k);
            if (afterPublication(m) || roundUp && !context.test(m)) {
                continue;
            }
            if (!roundUp) {
                return of(m, "paragraph-before");
            }
            boolean day = m.precision() == DatePrecision.DAY && !history(m);
            if (newsFirst && spoken == null && day && ToldWeekdays.spokenOn(doc.text(), m.span().start())) {
                spoken = m; // a round-up of places goes on with the news told before the words, when there is one
                continue;
            }
            return day ? of(m, "paragraph-round-up") : spoken == null ? null : of(spoken, "paragraph-round-up");
        }
        return spoken == null ? null : of(spoken, "paragraph-round-up");
    }

    /**
     * True when the span holds a dateline ("Group; July 14, 2020: users made a hashtag trend"): that
     * sentence tells of the day of writing, not of a lead date a later sentence gives.
     */
    private boolean holdsDateline(Span span) {
        return datelines.stream().anyMatch(span::contains);
    }

    /**
     * True when the mention dates a caption to a year before the publication's: "a file photo
     * from 2023" in a report of 2025 says when the picture was taken, not when the lead's events
     * happened. A caption of the publication year may date the lead.
     */
    private boolean oldPhoto(DateMention m) {
        return published != null && m.value().compareTo(published.substring(0, 4)) < 0 && doc.inBoilerplate(m.span());
    }

    /** How many years before the publication a lead may still tell of: news tells of this year and last. */
    private static final int LEAD_YEARS = 1;

    /**
     * True when the mention lies further back than a news lead tells of: "a development that
     * echoes the walkouts that toppled the shah in 1979" in a report of 2022 recalls history; it
     * does not date the report's other events.
     */
    private boolean history(DateMention m) {
        if (published == null || m.value().length() < 4) {
            return false;
        }
        int year = Integer.parseInt(m.value().substring(0, 4));
        return year < Integer.parseInt(published.substring(0, 4)) - LEAD_YEARS;
    }

    /**
     * True for a date after the publication, or one the dates stage marked as ahead of an undated
     * report ("promised to pay by 2027"): it dates its own sentence only.
     */
    private boolean afterPublication(DateMention m) {
        return m.rule().endsWith(DateStage.AHEAD)
                || published != null && IsoDates.compareAtSharedPrecision(m.value(), published) > 0;
    }

    private static ResolvedDate of(DateMention m, String source) {
        return new ResolvedDate(m.value(), m.precision(), source + ":" + m.rule());
    }

    private boolean dateline(DateMention m) {
        if (m.rule().endsWith(DateStage.DATELINE)) {
            return true; // the dateline the dates stage anchored the report on
        }
        if (published == null || !published.equals(m.value()) || m.text().chars().noneMatch(Character::isDigit)) {
            return false; // a dateline writes its date out: "on Saturday" early in a sentence is none
        }
        int at = m.span().start();
        int s = sentenceAt(at);
        int lineStart = s >= 0 ? sentenceStarts[s] : doc.text().lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        String t = doc.text();
        return (at - lineStart < DATELINE_REACH && !DatelineShapes.afterOn(t, at)) || DatelineShapes.clockAfter(t, m.span().end())
                || DatelineShapes.closesOpeningBracket(t, lineStart, m.span());
    }

    /** Index of the last sentence starting at or before {@code offset}, or -1. */
    private int sentenceAt(int offset) {
        int i = Arrays.binarySearch(sentenceStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** Where the paragraph holding {@code offset} starts. */
    int paragraphStart(int offset) {
        if (sentenceStarts.length > 0) {
            int s = sentenceAt(offset);
            return s >= 0 ? paragraphStarts[s] : 0;
        }
        int blank = doc.text().lastIndexOf("\n\n", Math.max(0, offset - 1));
        return blank < 0 ? 0 : blank + 2;
    }

    /**
     * The first usable mention in the first two paragraphs that are not headings, or null; but when
     * it lies weeks before the publication, a later day of the lead within the week of writing.
     */
    private DateMention leadMention() {
        List<Sentence> sentences = doc.sentences();
        List<DateMention> candidates = new ArrayList<>();
        if (sentences.isEmpty()) {
            int leadEnd = TextScan.blocksEnd(doc.text(), LEAD_PARAGRAPHS);
            for (DateMention m : usable) {
                if (m.span().start() >= leadEnd) {
                    break;
                }
                if (!afterPublication(m) && !oldPhoto(m) && !history(m) && context.test(m)) {
                    candidates.add(m);
                }
            }
            return LeadNews.choose(candidates, doc.published(), doc.text());
        }
        Set<Integer> leadParagraphs = new HashSet<>();
        int told = 0;
        for (Sentence s : sentences) {
            if (doc.inBoilerplate(s.span())) {
                leadParagraphs.add(s.paragraph()); // a caption above the lead is read but not counted
            } else if (s.heading() && told > 0) {
                break; // a crosshead closes the opening
            } else if (!s.heading() && leadParagraphs.add(s.paragraph()) && ++told == LEAD_PARAGRAPHS) {
                break;
            }
        }
        for (DateMention m : usable) {
            int s = sentenceAt(m.span().start());
            // an announced date ahead ("boycott the September 7 election") is not when the lead's events happened
            if (s >= 0 && sentences.get(s).span().contains(m.span().start()) && !afterPublication(m)
                    && !sentences.get(s).heading() && leadParagraphs.contains(sentences.get(s).paragraph())
                    && !oldPhoto(m) && !history(m) && context.test(m)) {
                candidates.add(m);
            }
        }
        DateMention chosen = LeadNews.choose(candidates, doc.published(), doc.text());
        // "Tehran – Resistance Units, January 2023" above an undated body: its month, unless the lead tells a day of it
        DateMention month = doc.published() == null ? MonthDatelines.find(doc, usable) : null;
        return month != null && (chosen == null || !chosen.value().startsWith(month.value())) ? month : chosen;
    }

    private int lowerBound(int offset) {
        return SortedInts.firstAtOrAfter(usableStarts, offset);
    }
}
