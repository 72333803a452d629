package org.attest.events;

import java.util.HashSet;
import java.util.Set;
import org.attest.model.Span;

/**
 * Remembers the sentences of a document, so that a sentence the page prints again word for word
 * gives no second event. Pages repeat a standfirst in the body ("The group said 151 people were
 * detained in the capital"), a pull quote, or a whole sentence through a copy-and-paste slip; the
 * copy tells the same events again, never new ones. Sentences are compared ignoring case, white
 * space and the closing punctuation (a subheading has no full stop, its copy in the body has).
 * Mutable, one per document.
 */
final class RepeatedSentences {
    private final Set<String> seen = new HashSet<>();

    /** True when the text of this span was already given by an earlier span handed to this method. */
    boolean repeats(String text, Span span) {
        return !seen.add(key(text, span.start(), span.end()));
    }

    /** {@link #key(String, int, int)} of a whole sentence. */
    static String key(String sentence) {
        return key(sentence, 0, sentence.length());
    }

    /**
     * The sentence {@code text[start, end)} lower-cased, its runs of ASCII white space as one space,
     * without closing punctuation or quotes. One pass with no pattern: it runs on every sentence.
     */
    static String key(String text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (asciiSpace(c)) {
                while (i + 1 < to && asciiSpace(text.charAt(i + 1))) {
                    i++;
                }
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        String s = sb.toString().toLowerCase(java.util.Locale.ROOT);
        int last = s.length();
        while (last > 0 && ".!?;:\"'\u201d\u2019)".indexOf(s.charAt(last - 1)) >= 0) {
            last--;
        }
        return s.substring(0, last);
    }

    /** The white space of the pattern {@code \\s}: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean asciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
