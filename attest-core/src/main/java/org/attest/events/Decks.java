package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.attest.model.Sentence;
import org.attest.model.Span;

/**
 * Finds the deck (standfirst) of a report: the one-sentence paragraph printed right under the
 * headline that sums up the story before a byline, a section heading or a timestamp opens it
 * ("Nurses say wages are four months late as strikes spread to smaller towns.",
 * then "By Staff reporter"; "Follow our live coverage of the march ...", then "10:05"). Like the
 * headline it retells what the body tells with details, so its events are a summary's
 * ({@link SummaryLines}). A paragraph under the headline that the body goes on from at once is the
 * lead, not a deck, and a wire lead opening with a dateline ("LIMA, Feb 14 (Agency) -") never is one.
 * Nor is a paragraph that opens by dating itself to a year ("Between 10 and 16 June 2024, the monitor
 * documented ..."): a digest's lead tallies the period it covers, a count the body's items do not
 * repeat, where a standfirst sums up undated.
 */
final class Decks {
    /** Paragraphs from the top of the text in which the headline is looked for (bylines and section labels come first). */
    private static final int HEADLINE_WITHIN = 4;
    /** Letters and digits a headline paragraph has at least, so that a one-word label never agrees with a title. */
    private static final int MIN_HEADLINE = 12;
    /** A wire dateline: a town in capitals, then a comma, a bracket or a dash ("QUETTA:", "ABUJA, 7 Feb", "BANGKOK —"). */
    private static final Pattern DATELINE = Pattern.compile("^\\(?\\p{Lu}[\\p{Lu}\\p{M} .'-]{2,}\\s*[,:(\u2014\u2013-]");
    /** An opening phrase that ends in a year and a comma ("Between 10 and 16 June 2024,", "In the week to 3 May 2021,"). */
    private static final Pattern DATED_OPENING = Pattern.compile("^[^,.;:]{0,60}?\\b(?:1[89]|20)\\d{2},");

    private Decks() {}

    /**
     * The paragraph number of the deck, or -1 when the text has none.
     *
     * @param text      the cleaned text
     * @param title     the document's title, or null
     * @param sentences the text's sentences, in order
     * @param caption   true for a span inside a picture's caption (a caption under the lead makes no deck of it)
     */
    static int find(String text, String title, List<Sentence> sentences, Predicate<Span> caption) {
        if (title == null || title.isBlank() || sentences.isEmpty()) {
            return -1;
        }
        List<List<Sentence>> paragraphs = paragraphs(sentences);
        int k = headlineIndex(text, title, paragraphs);
        if (k >= 0 && k + 2 < paragraphs.size()) {
            List<Sentence> deck = paragraphs.get(k + 1);
            Sentence next = paragraphs.get(k + 2).get(0);
            boolean one = deck.size() == 1;
            boolean opensStory = next.heading() && !caption.test(next.span()) || deck.get(0).heading();
            String opening = text(text, deck);
            if (one && opensStory && !DATELINE.matcher(opening).find() && !DATED_OPENING.matcher(opening).find()) {
                return deck.get(0).paragraph();
            }
        }
        return -1;
    }

    /**
     * The paragraph number of the headline: the first of the top paragraphs that agrees with the
     * title, or 0 (the text's first line) when none does. A section label or kicker ("News |
     * Education") may stand above the headline; the headline, not the label, sums up the lead.
     */
    static int headline(String text, String title, List<Sentence> sentences) {
        if (title == null || title.isBlank() || sentences.isEmpty()) {
            return 0;
        }
        List<List<Sentence>> paragraphs = paragraphs(sentences);
        int k = headlineIndex(text, title, paragraphs);
        return k < 0 ? 0 : paragraphs.get(k).get(0).paragraph();
    }

    /** The index, among the non-empty paragraphs, of the one that agrees with the title, or -1. */
    private static int headlineIndex(String text, String title, List<List<Sentence>> paragraphs) {
        String wanted = letters(title);
        for (int k = 0; k < paragraphs.size() && k < HEADLINE_WITHIN; k++) {
            if (agrees(letters(text(text, paragraphs.get(k))), wanted)) {
                return k;
            }
        }
        return -1;
    }

    private static List<List<Sentence>> paragraphs(List<Sentence> sentences) {
        List<List<Sentence>> out = new ArrayList<>();
        int last = Integer.MIN_VALUE;
        for (Sentence s : sentences) {
            if (s.span().length() == 0) {
                continue;
            }
            if (s.paragraph() != last) {
                out.add(new ArrayList<>());
                last = s.paragraph();
            }
            out.get(out.size() - 1).add(s);
        }
        return out;
    }

    private static String text(String text, List<Sentence> paragraph) {
        int from = Math.max(0, paragraph.get(0).span().start());
        int to = Math.min(text.length(), paragraph.get(paragraph.size() - 1).span().end());
        return from < to ? text.substring(from, to).strip() : "";
    }

    /** A headline agrees with the title when either holds the other (sites add or cut a tail: "... as opposition rejects result"). */
    private static boolean agrees(String line, String title) {
        return line.length() >= MIN_HEADLINE && !title.isEmpty() && (line.contains(title) || title.contains(line));
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
