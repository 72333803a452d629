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
        return !seen.add(key(text.substring(span.start(), span.end())));
    }

    /** The sentence lower-cased, its white space runs as one space, without closing punctuation or quotes. */
    static String key(String sentence) {
        String s = sentence.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        int end = s.length();
        while (end > 0 && ".!?;:\"'\u201d\u2019)".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }
}
