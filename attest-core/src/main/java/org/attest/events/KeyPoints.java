package org.attest.events;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.attest.model.Sentence;
import org.attest.model.Span;

/**
 * Finds a report's key-points box: the short lines printed under a label such as "Key points" or
 * "Highlights", one a paragraph or all in one paragraph of bulleted lines ("- Police fired tear
 * gas ..."), before a live blog's first entry or a story's body. Like the deck, each line sums up
 * what the body tells with its details ("At least one killed and 73 detained on day three"), so
 * its events are a summary's ({@link SummaryLines}). The box ends at the first paragraph that is
 * neither one line nor bulleted lines (an entry of several sentences), at a timestamp ("21:40",
 * "17:48 GMT") and at a picture's caption, which open the body.
 */
final class KeyPoints {
    /** Labels of the box, as their letters in lower case ("Key points" is "keypoints"). */
    private static final Set<String> LABELS = WordSets.named("key-points-labels");
    /** A live blog's entry time, alone on its line. */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^\\d{1,2}[:.]\\d{2}(\\s*(am|pm|a\\.m\\.|p\\.m\\.))?(\\s+([a-z]{2,5}([+-]\\d{1,2})?|local time))?$",
            Pattern.CASE_INSENSITIVE);
    /** A bulleted line of a box printed as one paragraph: its marker, then a space. */
    private static final Pattern BULLETED = Pattern.compile("^[-*\u2022\u2013\u00b7\u25aa]\\s");

    /** Lines a box has at most: a longer run of one-line paragraphs is a list in the body. */
    private static final int MAX_LINES = 8;

    private KeyPoints() {}

    /**
     * The paragraph numbers of the box's lines (not its label), empty when the text has none.
     *
     * @param text      the cleaned text
     * @param sentences the text's sentences, in order
     * @param caption   true for a span inside a picture's caption
     */
    static Set<Integer> find(String text, List<Sentence> sentences, Predicate<Span> caption) {
        Set<Integer> out = new HashSet<>();
        boolean inBox = false;
        int lines = 0;
        int i = 0;
        while (i < sentences.size()) {
            Sentence s = sentences.get(i);
            int j = i;
            while (j + 1 < sentences.size() && sentences.get(j + 1).paragraph() == s.paragraph()) {
                j++;
            }
            // the line's text only where it is read: inside a box, or on a one-line heading
            String line = inBox || s.heading() && j == i ? text(text, s.span()) : null;
            if (inBox) {
                int bulleted = j > i ? bulletedLines(text(text, new Span(s.span().start(), sentences.get(j).span().end()))) : 0;
                if (j > i && bulleted == 0 || caption.test(s.span()) || TIMESTAMP.matcher(line).matches() || label(line)) {
                    inBox = false;
                } else {
                    out.add(s.paragraph());
                    lines += Math.max(1, bulleted);
                }
            }
            if (!inBox && s.heading() && j == i && label(line)) {
                inBox = true;
                lines = 0;
            } else if (inBox && lines > MAX_LINES) {
                return Set.of(); // no box: the label heads a list of the body
            }
            i = j + 1;
        }
        return Set.copyOf(out);
    }

    /** How many lines a paragraph has when every one of them is bulleted, else 0. */
    private static int bulletedLines(String paragraph) {
        String[] lines = paragraph.split("\n");
        for (String l : lines) {
            if (!BULLETED.matcher(l.strip()).find()) {
                return 0;
            }
        }
        return lines.length;
    }

    private static boolean label(String line) {
        StringBuilder b = new StringBuilder(line.length());
        line.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetter).forEach(b::appendCodePoint);
        return LABELS.contains(b.toString());
    }

    private static String text(String text, Span span) {
        int from = Math.max(0, span.start());
        int to = Math.min(text.length(), span.end());
        return from < to ? text.substring(from, to).strip() : "";
    }
}
