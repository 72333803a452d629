package org.attest.events;

import java.util.List;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.Span;

/**
 * Lines of a timeline: a sentence that opens with a day and a colon or dash ("June 3: The council
 * votes to ...", "3 June – Police detain ..."). A chronology tells its steps in the historical
 * present, so a saying there ("the ministry announces") is of the line's day, not the day of
 * writing that a present-tense saying otherwise takes.
 */
final class TimelineLines {
    /** Characters between the day and its colon or dash at most: spaces. */
    private static final int GAP = 2;

    private TimelineLines() {}

    /** True when a day of {@code here} opens {@code span} of {@code text} and a colon or dash follows it. */
    static boolean opens(String text, Span span, List<DateMention> here) {
        int first = span.start();
        while (first < span.end() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        for (DateMention m : here) {
            if (m.span().start() == first && m.precision() == DatePrecision.DAY) {
                int i = m.span().end();
                int limit = Math.min(span.end(), i + GAP + 1);
                while (i < limit && text.charAt(i) == ' ') {
                    i++;
                }
                return i < span.end() && ":\u2013\u2014-".indexOf(text.charAt(i)) >= 0;
            }
        }
        return false;
    }
}
