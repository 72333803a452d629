package org.attest.dates;

import static org.attest.dates.TextScan.digitsEnd;
import static org.attest.dates.TextScan.isDigit;
import static org.attest.dates.TextScan.isLetter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.attest.dates.DateLexicon.WordInfo;

/**
 * Finds date expressions in a text in one left-to-right pass. Most words are rejected by a
 * cheap pre-check (first letter and length) before any lookup; only a word the lexicon knows
 * or a digit run hands control to a matcher, which reads a few words around it. The cost is
 * therefore linear in the text's length.
 *
 * <p>The result is in text order and free of overlaps: where two candidates overlap, the
 * longer one wins (on a tie, the earlier).
 */
final class DateScanner {
    private static final int MAX_WORD = 16;

    private final DateLexicon lexicon;
    private final CalendarMatcher calendar;
    private final NumberMatcher numbers;
    private final PhraseMatcher phrases;
    private final boolean[] firstChars = new boolean[Character.MAX_VALUE + 1];

    DateScanner(DateLexicon lexicon) {
        this.lexicon = lexicon;
        this.calendar = new CalendarMatcher(lexicon);
        this.numbers = new NumberMatcher(lexicon, calendar);
        this.phrases = new PhraseMatcher(lexicon, calendar);
        for (String w : lexicon.words()) {
            char c = w.charAt(0);
            firstChars[c] = true;
            firstChars[Character.toUpperCase(c)] = true;
        }
    }

    /** The date candidates of {@code text}, in text order, without overlaps. */
    List<Candidate> scan(String text) {
        List<Candidate> found = new ArrayList<>();
        // the pass reads every char of the text: from an array, which costs less than charAt of a
        // string (a check of its coding and of the index per char); the matchers read the string
        char[] chars = text.toCharArray();
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (isDigit(c)) {
                int e = digitsEnd(text, i);
                i = add(found, numbers.match(text, i, e), e);
            } else if (isLetter(c)) {
                int e = i + 1;
                while (e < n && isLetter(chars[e])) {
                    e++;
                }
                Candidate m = null;
                if (firstChars[c] && e - i <= MAX_WORD && (i == 0 || !isDigit(chars[i - 1]))) {
                    m = word(text, i, e);
                }
                i = add(found, m, e);
            } else {
                i++;
            }
        }
        return resolveOverlaps(found);
    }

    private Candidate word(String t, int s, int e) {
        WordInfo w = lexicon.word(t, s, e);
        if (w == null) {
            return null;
        }
        Candidate c = null;
        if (w.weekday() != null) {
            c = phrases.weekday(t, s, e, w);
        }
        if (c == null && (w.month() > 0 || w.persianMonth() > 0)) {
            c = calendar.monthFirst(t, s, e, w);
        }
        if (c == null && (w.weekOrdinal() != 0 || !w.phrases().isEmpty())) {
            c = phrases.phrase(t, s, e, w);
        }
        return c;
    }

    /** Adds a candidate and returns where scanning goes on: after it, or at {@code next}. */
    private static int add(List<Candidate> found, Candidate c, int next) {
        if (c == null) {
            return next;
        }
        found.add(c);
        return Math.max(next, c.span().end());
    }

    /** Keeps the longest of overlapping candidates; returns them in text order. */
    static List<Candidate> resolveOverlaps(List<Candidate> found) {
        boolean overlap = false;
        for (int k = 1; k < found.size() && !overlap; k++) {
            overlap = found.get(k).span().start() < found.get(k - 1).span().end();
        }
        if (!overlap) {
            return found; // the common case: candidates came in order and apart
        }
        List<Candidate> bySize = new ArrayList<>(found);
        bySize.sort(Comparator.comparingInt((Candidate c) -> -c.span().length())
                .thenComparingInt(c -> c.span().start()));
        TreeMap<Integer, Candidate> kept = new TreeMap<>();
        for (Candidate c : bySize) {
            var before = kept.floorEntry(c.span().end() - 1);
            if (before == null || before.getValue().span().end() <= c.span().start()) {
                kept.put(c.span().start(), c);
            }
        }
        return new ArrayList<>(kept.values());
    }
}
