package org.attest.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.model.Quantity;

/**
 * Drops the figures of a pull quote: a line that is one quotation and its speaker after a dash, with
 * no verb of saying ('"Now two more young men are dead." - rights activist in exile'). Pages set such
 * lines apart in large type to draw the eye; they display words, often from the body, and make no
 * statement of the report's own, so no figure in them is the report's. A quotation in the body
 * has its speaker in a clause ('"Two more are dead," the activist said') and stays, and so does a
 * figure after the dash ('"Free them all" - the slogan as 5,000 people marched').
 */
final class PullQuotes {
    /**
     * A whole line: an opening quotation mark, the quote, its closing mark, a dash and a short
     * attribution with no sentence after it.
     */
    private static final Pattern PULL_QUOTE =
            Pattern.compile("(?m)^(?<quote>[\"\u201c][^\n]{10,400}?[\"\u201d])\\s*[-\u2013\u2014]\\s*[^\n\"\u201c]{2,120}$");

    private PullQuotes() {}

    /** The quantities, in text order, less those inside pull quotes. */
    static List<Quantity> drop(String text, List<Quantity> found) {
        if (found.isEmpty() || text.indexOf('"') < 0 && text.indexOf('\u201c') < 0) {
            return found;
        }
        List<int[]> quotes = new ArrayList<>();
        Matcher m = PULL_QUOTE.matcher(text);
        int from = 0;
        for (int at = nextLineQuote(text, 0); at >= 0; at = nextLineQuote(text, at + 1)) {
            // the pattern tried only where it can start, as find() would from the last match's end
            if (at >= from && m.region(at, text.length()).lookingAt()) {
                quotes.add(new int[] {m.start("quote"), m.end("quote")}); // a figure of the attribution stays
                from = m.end();
            }
        }
        if (quotes.isEmpty()) {
            return found;
        }
        List<Quantity> kept = new ArrayList<>(found.size());
        for (Quantity q : found) {
            if (quotes.stream().noneMatch(r -> r[0] <= q.span().start() && q.span().end() <= r[1])) {
                kept.add(q);
            }
        }
        return kept.size() == found.size() ? found : kept;
    }

    /**
     * The first offset from {@code from} on where {@link #PULL_QUOTE} can start: an opening mark
     * where its {@code (?m)^} matches, at the text's start or after a line terminator ({@code \n},
     * {@code \r}, U+0085, U+2028, U+2029; a mark is never the {@code \n} of a {@code \r\n}); -1
     * when none is left. Scanning for the marks skips the pattern's attempt at every other offset.
     */
    private static int nextLineQuote(String text, int from) {
        int straight = text.indexOf('"', from);
        int curly = text.indexOf('\u201c', from);
        while (straight >= 0 || curly >= 0) {
            int i = curly < 0 || straight >= 0 && straight < curly ? straight : curly;
            if (i == 0 || lineTerminator(text.charAt(i - 1))) {
                return i;
            }
            if (i == straight) {
                straight = text.indexOf('"', i + 1);
            } else {
                curly = text.indexOf('\u201c', i + 1);
            }
        }
        return -1;
    }

    private static boolean lineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
