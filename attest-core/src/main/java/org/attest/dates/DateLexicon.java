package org.attest.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.attest.internal.Validate;
import org.attest.internal.WordTable;

/**
 * The words the date stage knows: English month and weekday names, Solar Hijri month names in
 * Latin and Persian script, relative phrases ("last week"), period modifiers ("early", "the
 * summer of") and the context words that tell a year from a count. Immutable; built once by
 * {@link #load()} from the resource files in {@code org/attest/dates/} and shared freely.
 *
 * <p>All keys are lower case ({@link Locale#ROOT}); callers look words up already lower-cased.
 */
public final class DateLexicon {
    private static final String DIR = "/org/attest/dates/";

    private final Map<String, WordInfo> words;
    private final WordTable<WordInfo> table;
    private final Set<String> modifiers;
    private final int longestModifierWords;
    private final Set<String> countNouns;
    private final Set<String> countBefore;
    private final Set<String> yearBefore;
    private final Set<String> yearAfter;
    /** Words right before a month and year that open a series running up to the report, from {@code series-start.txt}. */
    private final Set<String> seriesStart;
    /** Verbs that, with "in" before a year, tell when a body or person came to be, from {@code founding-verbs.txt}. */
    private final List<String> foundingVerbs;
    private final List<String> futureCues;
    /** {@link #futureCues}, {@link #habitCues} and {@link #aheadInSentence} filed for a window read once. */
    private final PaddedPhrases futureCueIndex;
    private final PaddedPhrases habitCueIndex;
    private final PaddedPhrases aheadIndex;
    /** Words earlier in a sentence that make its weekdays a habit ("every Sunday and Thursday"), padded. */
    private final List<String> habitCues;
    /** Words earlier in a date's sentence that put it ahead ("would be held in 2025"), from {@code years-ahead.txt}, padded. */
    private final List<String> aheadInSentence;
    /** Phrases after a year-less date that give it the year told before ("of that year"), padded with spaces. */
    private final List<String> toldYearAfter;
    /** Words before a weekday that make it part of a name ("Bloody Friday"), from {@code weekday-names.txt}. */
    private final Set<String> weekdayNameBefore;
    /** Words after a weekday that make it a modifier ("Friday prayers"), from {@code weekday-names.txt}. */
    private final Set<String> weekdayNounAfter;
    /** The future cues that are calls ("called for", "urged"): marked {@value #CALL_MARK} in the file. */
    private final Set<String> callCues;
    private static final String CALL_MARK = "|call";
    /** The future cues that bring a weekday forward but no month or year ("would"): marked {@value #DAY_MARK}. */
    private final Set<String> dayCues;
    private static final String DAY_MARK = "|day";
    /** The future cues that put a day or month ahead but no weekday ("called a march"): marked {@value #DATE_MARK}. */
    private final Set<String> dateCues;
    private static final String DATE_MARK = "|date";

    private DateLexicon(Map<String, WordInfo> words, Set<String> modifiers, Set<String> countNouns,
                        Set<String> countBefore, Set<String> yearBefore, Set<String> yearAfter,
                        List<String> futureCues, List<String> weekdayNames, List<String> yearsAhead,
                        List<String> toldYearAfter, List<String> seriesStart, List<String> foundingVerbs) {
        this.seriesStart = Set.copyOf(seriesStart);
        this.foundingVerbs = foundingVerbs.stream().map(v -> " " + v.strip() + " in ").toList();
        this.words = Map.copyOf(words);
        this.table = new WordTable<>(this.words);
        this.modifiers = Set.copyOf(modifiers);
        this.longestModifierWords = modifiers.stream().mapToInt(m -> m.split(" ").length).max().orElse(0);
        this.countNouns = Set.copyOf(countNouns);
        this.countBefore = Set.copyOf(countBefore);
        this.yearBefore = Set.copyOf(yearBefore);
        this.yearAfter = Set.copyOf(yearAfter);
        this.futureCues = futureCues.stream().map(c -> " " + c.replace(CALL_MARK, "").replace(DAY_MARK, "").replace(DATE_MARK, "").strip() + " ").toList();
        this.toldYearAfter = toldYearAfter.stream().map(c -> " " + c.strip() + " ").toList();
        Set<String> weekdaySides = Set.of("before", "after", "habit");
        this.weekdayNameBefore = wordsOf(weekdayNames, "before", "weekday-names.txt", weekdaySides);
        this.weekdayNounAfter = wordsOf(weekdayNames, "after", "weekday-names.txt", weekdaySides);
        this.habitCues = padded(wordsOf(weekdayNames, "habit", "weekday-names.txt", weekdaySides));
        this.aheadInSentence = padded(Set.copyOf(yearsAhead));
        this.callCues = futureCues.stream().filter(c -> c.endsWith(CALL_MARK))
                .map(c -> " " + c.replace(CALL_MARK, "").strip() + " ").collect(Collectors.toSet());
        this.dayCues = futureCues.stream().filter(c -> c.endsWith(DAY_MARK))
                .map(c -> " " + c.replace(DAY_MARK, "").strip() + " ").collect(Collectors.toSet());
        this.dateCues = futureCues.stream().filter(c -> c.endsWith(DATE_MARK))
                .map(c -> " " + c.replace(DATE_MARK, "").strip() + " ").collect(Collectors.toSet());
        this.futureCueIndex = new PaddedPhrases(this.futureCues);
        this.habitCueIndex = new PaddedPhrases(this.habitCues);
        this.aheadIndex = new PaddedPhrases(this.aheadInSentence);
    }

    /**
     * Reads the lexicon from the class path.
     *
     * @throws UncheckedIOException when a resource is missing or unreadable (a packaging error)
     */
    public static DateLexicon load() {
        Map<String, WordInfo> words = DateWords.load();
        return new DateLexicon(words, Set.copyOf(lines("period-modifiers.txt")),
                Set.copyOf(lines("count-nouns.txt")), Set.copyOf(lines("count-before.txt")),
                Set.copyOf(lines("year-before.txt")), Set.copyOf(lines("year-after.txt")),
                lines("future-cues.txt"), lines("weekday-names.txt"), lines("years-ahead.txt"),
                lines("told-year-after.txt"), lines("series-start.txt"),
                lines("founding-verbs.txt"));
    }

    /** The words of a sectioned file's lines marked {@code side}; every line is marked with one of {@code sides}. */
    private static Set<String> wordsOf(List<String> lines, String side, String file, Set<String> sides) {
        Set<String> out = new HashSet<>();
        for (String line : lines) {
            String[] f = line.split("\\s+");
            Validate.isTrue(f.length == 2 && sides.contains(f[0]), "%s: bad line %s", file, line);
            if (f[0].equals(side)) {
                out.add(f[1]);
            }
        }
        return Set.copyOf(out);
    }

    /** Words as whole-word cues for a window of {@link PhraseMatcher#sentenceBefore}: padded with spaces. */
    private static List<String> padded(Set<String> words) {
        return words.stream().map(w -> " " + w + " ").sorted().toList();
    }

    /** True when {@code window} (as for {@link #hasFutureCue}) tells a habit: "every", "each". */
    boolean hasHabitCue(String window) {
        return habitCueIndex.anyIn(window);
    }

    /**
     * True when the word before a weekday ({@code before}, lower case) or after it ({@code after})
     * makes it no day: "Bloody Friday", "Friday prayers".
     */
    boolean weekdayInName(String before, String after) {
        return weekdayNameBefore.contains(before) || weekdayNounAfter.contains(after);
    }

    /** Every word the lexicon knows, lower case (for a scanner's pre-check). */
    Set<String> words() {
        return words.keySet();
    }

    /** {@link #word(String)} for the word at [s, e) of a text, in any case, without allocating. */
    WordInfo word(CharSequence text, int s, int e) {
        return table.get(text, s, e);
    }

    /** What a lower-case word can start or be, or {@code null} when it plays no part in dates. */
    WordInfo word(String lower) {
        return words.get(lower);
    }

    /**
     * True when the lower-case word is a weekday's or a month's name in full ("saturday", "may"),
     * in any of the lexicon's languages; abbreviations ("sat", "jan") are not.
     */
    public boolean isCalendarName(String lower) {
        WordInfo w = words.get(lower);
        return w != null && (w.month() > 0 && w.monthNeed() != Need.NUMBER
                || w.weekday() != null && w.weekdayNeed() != Need.NUMBER);
    }

    /** True for a modifier phrase ("early", "the end of"), words separated by one space. */
    boolean isModifier(String lowerPhrase) {
        return modifiers.contains(lowerPhrase);
    }

    /** The most words any modifier phrase has. */
    int longestModifierWords() {
        return longestModifierWords;
    }

    /** True when a number followed by this word is a count or measure ("2000 people"). */
    boolean isCountNoun(String lower) {
        return countNouns.contains(lower);
    }

    /** True when this word before a number makes it a count or an identifier ("some 2000"). */
    boolean isCountBefore(String lower) {
        return countBefore.contains(lower);
    }

    /** True when this word before a number or a month name marks a date ("in 1367", "in May"). */
    boolean isYearBefore(String lower) {
        return yearBefore.contains(lower);
    }

    /**
     * True when the words of {@code window} (lower case, letters and single spaces, padded with a
     * space at each end) hold a phrase that points to the future: "will", "called for".
     */
    boolean hasFutureCue(String window) {
        return hasCue(window, true, false, true);
    }

    /**
     * True when {@code window} (as for {@link #hasFutureCue}) makes a weekday in it the coming
     * one: any future cue, and those that say so of a near day only ("said they would march on
     * Friday"; "would bar him from a term in 2030" puts no year ahead).
     */
    boolean hasWeekdayCue(String window) {
        return hasCue(window, true, true, false);
    }

    /**
     * True when {@code window} (as for {@link #hasFutureCue}) announces something ahead: a future
     * cue other than a call ("called for new marches in January" may report a call that was
     * made then), so a year-less month in it is the coming one.
     */
    boolean hasAnnouncingCue(String window) {
        return hasCue(window, false, false, false);
    }

    /**
     * True when a date at {@code at} in {@code text} is a time ahead of the report: its sentence
     * looks ahead before it ("would be held in 2025", "will vote in 2027", "aims to end it by
     * 2030"). Such a date is no anchor for a report without a date.
     */
    boolean looksAhead(String text, int at) {
        String window = PhraseMatcher.sentenceBefore(text, at);
        return hasFutureCue(window) || aheadIndex.anyIn(window);
    }

    /**
     * @param calls whether calls count ("called for")
     * @param days  whether the cues of a near weekday only count ("would")
     * @param dates whether the cues of a day or month only count ("called a march"): a weekday after
     *              them may be the day of the calling ("called a strike on Monday")
     */
    private boolean hasCue(String window, boolean calls, boolean days, boolean dates) {
        // "had called for protests on Sunday" looks ahead from a time already past
        return futureCueIndex.anyIn(window, (cue, at) -> (calls || !callCues.contains(cue))
                && (days || !dayCues.contains(cue)) && (dates || !dateCues.contains(cue))
                && PastPerfectCues.presentAt(window, cue, at));
    }

    /**
     * True when the words right before {@code start} in {@code text} tell when a body or a person
     * came to be ("a movement created in 1981"): see {@code founding-verbs.txt}.
     */
    boolean tellsFounding(String text, int start) {
        int from = Math.max(0, start - FOUNDING_REACH);
        String before = " " + text.substring(from, start).toLowerCase(Locale.ROOT).replace('\n', ' ');
        for (String v : foundingVerbs) {
            if (before.endsWith(v)) {
                return true;
            }
        }
        return false;
    }

    /** Chars before a year searched for a founding verb and "in". */
    private static final int FOUNDING_REACH = 20;

    /**
     * True when the words right before {@code start} in {@code text} open a series that runs up
     * to the report ("Since December 2020, ..."): see {@code series-start.txt}.
     */
    boolean opensSeries(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        for (String w : seriesStart) {
            int from = end - w.length();
            if (from >= 0 && text.regionMatches(true, from, w, 0, w.length())
                    && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the words right after {@code end} in {@code text} ask for the year told before:
     * "June 12 of that year", "in May the same year".
     */
    boolean toldYearAfter(String text, int end) {
        StringBuilder sb = new StringBuilder(" ");
        for (int i = end; i < text.length() && sb.length() < TOLD_YEAR_REACH; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(Character.toLowerCase(c));
            } else if (c == ' ' && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            } else if (c != ' ') {
                break; // a comma or a full stop ends the phrase
            }
        }
        String after = sb.append(' ').toString();
        return toldYearAfter.stream().anyMatch(after::startsWith);
    }

    /** Characters read after a date for a told-year phrase: longer than the longest phrase. */
    private static final int TOLD_YEAR_REACH = 24;

    /** True when this word after a number marks a Solar Hijri year ("1398 SH"). */
    boolean isYearAfter(String lower) {
        return yearAfter.contains(lower);
    }

    /** How much context a name needs before it is taken as a date. */
    enum Need {
        /** A date on its own ("November"). */
        NONE,
        /** A date beside a day or year, or after a context word ("in May"). */
        CONTEXT,
        /** A date only beside a day or year ("Jan 5"). */
        NUMBER
    }

    /**
     * The units of a relative phrase. {@code WEEKEND}: a Saturday and Sunday, counted from the
     * last weekend that began on or before the anchor (offset 0: "over the weekend").
     * {@code YEARS_AGO_MONTH}: the anchor's month, offset years back ("three years ago this week").
     */
    enum RelativeUnit { DAY, WEEK, MONTH, YEAR, RECENT_WEEKS, RECENT_DAYS, RECENT_YEAR, WEEKEND, YEARS_AGO_MONTH }

    /**
     * A relative phrase: its lower-case words, its unit and its offset from the anchor, or, when
     * {@code narrative}, from the date the text told last ("the following week", "two days later").
     */
    record RelativePhrase(List<String> words, RelativeUnit unit, int offset, boolean narrative) {
        RelativePhrase {
            words = List.copyOf(words);
        }
    }

    /**
     * Everything one word may be. Zero / {@code null} fields mean "not that".
     *
     * @param month        English month 1..12, or 0
     * @param monthNeed    context needed for the month reading
     * @param weekday      weekday, or null
     * @param weekdayNeed  context needed for the weekday reading
     * @param persianMonth Solar Hijri month 1..12, or 0
     * @param persianNeed  context needed for the Persian month reading
     * @param phrases      relative phrases that start with this word, longest first
     * @param weekOrdinal  week number for "second week of", -1 for "last", 0 when none
     * @param bySecond     the phrases by their second word ({@link SecondWords})
     */
    record WordInfo(int month, Need monthNeed, DayOfWeek weekday, Need weekdayNeed, int persianMonth,
                    Need persianNeed, List<RelativePhrase> phrases, int weekOrdinal, SecondWords bySecond) {
        WordInfo {
            phrases = List.copyOf(phrases);
        }

        WordInfo(int month, Need monthNeed, DayOfWeek weekday, Need weekdayNeed, int persianMonth,
                 Need persianNeed, List<RelativePhrase> phrases, int weekOrdinal) {
            this(month, monthNeed, weekday, weekdayNeed, persianMonth, persianNeed, phrases, weekOrdinal,
                    phrases.isEmpty() ? SecondWords.NONE : new SecondWords(phrases));
        }
    }

    /** The non-blank, non-comment lines of a resource, trimmed and lower-cased. */
    static List<String> lines(String file) {
        List<String> out = new ArrayList<>();
        try (InputStream in = DateLexicon.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + DIR + file));
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIR + file, e);
        }
        return out;
    }
}
