package org.attest.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.attest.model.DateMention;

/**
 * A count of days before a noun, set after a told day: "the crackdown began on 2 March, a day before
 * Nurses' Day rallies". The dates stage reads "a day before" as the day after the date told last;
 * that day is the noun's, the rallies', and dates no other hit of the sentence ("police detained
 * him a day before the march" tells nothing of the day of the detention). Static helpers of
 * {@link DatePass}.
 */
final class DaysBeforeNouns {
    /** Tokens the noun's words may take after the phrase: "a day before Nurses' Day rallies". */
    private static final int REACH = 5;

    private DaysBeforeNouns() {}

    /**
     * True when {@code d} is a count of days before or after what follows it ("a day before", "two
     * days after"), not the day before or after the day told ("the day before": an adverb of its own).
     */
    static boolean countsToNoun(DateMention d) {
        if (!d.rule().startsWith("narrative")) {
            return false; // asked of every date: the rule first, as lower-casing the text costs
        }
        String t = d.text().toLowerCase(Locale.ROOT);
        // "a day after the board met", counted back from the day told, dates what follows it as well (r1b):
        // "detained on 19 March, a day after the board annulled his licence" tells nothing of the
        // detention's day by it; "two days after the vote", counted on from the vote's day, dates the act
        return (t.endsWith(" before") || t.endsWith(" after") && !d.rule().endsWith("+vote")) && !t.startsWith("the ");
    }

    /**
     * The hit that follows the phrase ending at token {@code last} within {@link #REACH} tokens,
     * with only words (and apostrophes) between; -1 when there is none.
     */
    static int nounAfter(int last, List<Hit> hits, List<Token> tokens) {
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.first() > last && h.first() - last <= REACH && onlyWordsBetween(last + 1, h.first(), tokens)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The dates a hit keeps: when one of them counts days to it, that one alone; the sentence's
     * other dates fell to it only as the nearest hit ("on 2 March, a day before the rallies").
     */
    static List<DateMention> own(List<DateMention> mine) {
        // asked for every hit, most of which keep no date or none that counts days: a plain walk
        // answers those without building a stream or a list
        int first = 0;
        while (first < mine.size() && !countsToNoun(mine.get(first))) {
            first++;
        }
        if (first == mine.size()) {
            return mine;
        }
        List<DateMention> counted = new ArrayList<>(mine.size() - first);
        for (int i = first; i < mine.size(); i++) {
            if (countsToNoun(mine.get(i))) {
                counted.add(mine.get(i));
            }
        }
        return Collections.unmodifiableList(counted);
    }

    private static boolean onlyWordsBetween(int from, int to, List<Token> tokens) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.word() && !t.surface().equals("'") && !t.surface().equals("’")) {
                return false;
            }
        }
        return true;
    }
}
