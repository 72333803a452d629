package org.attest.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.attest.model.Document;
import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.attest.model.Sentence;
import org.attest.model.Span;

/**
 * A figure the report's headlines give (the run of heading lines it opens with: kicker, title,
 * second headline) and its body states again is one record, the body's: "At least 31 killed"
 * over "Police killed at least 31 people ..., the commission said", "Two journalists arrested in
 * the capital" over "police arrested two journalists from ...". The headline sums up the body; the
 * body's sentence is the statement, with its noun and the source that makes the claim, and it is
 * the one a reader is sent to. A headline figure the body does not state again stays; a word
 * amount ("Thousands march") is left to {@link Repeats}, which weighs it against the body's number;
 * so is a figure the body writes again character for character ("at least 31 people" in both):
 * the same words are one statement, made first in the headline, where a reader searching for them
 * lands first. The one-sentence paragraph right under the headlines (a deck: "About 400 porters walked
 * out after talks failed.") sums up the body as they do, so its figure the body states again in
 * other words ("Some 400 porters went on strike ...") goes the same way, the body's stays. A
 * paragraph that opens with a wire dateline ("DUBAI, Jan 7 (Agency) -") is the lead of wire copy,
 * not a deck.
 */
final class HeadlineFigures {
    /** Plain nouns of people ("men", "others") that a body's closer noun of the same count restates. */
    private static final Set<String> PLAIN_PERSONS = Set.copyOf(LexiconReader.words("plain-person-nouns.txt"));
    /** Nouns of places: never the people a plain noun counts. */
    private static final Set<String> PLACES = Set.copyOf(LexiconReader.words("place-count-nouns.txt"));

    private HeadlineFigures() {}

    /** The quantities, in text order, less the headline figures the body restates. */
    static List<Quantity> drop(Document document, List<Quantity> found) {
        Span head = headRun(document);
        if (head == null || found.isEmpty()) {
            return found;
        }
        String text = document.text();
        List<Quantity> kept = restated(text, found, head, false);
        Span deck = deck(document, head);
        // a deck may be the lead: a count after it without its own noun ("All four are members") points back to it
        return deck == null ? kept : restated(text, kept, deck, true);
    }

    /**
     * The quantities less those in {@code top} that a figure after it states again in other words
     * (with its own noun, when {@code withNoun}). A body figure that points back with "the" ("The
     * three men were arrested" under "Three young men face the gallows") restates nothing: it is the
     * one {@link Repeats} drops, so the top's figure stays as the statement.
     */
    private static List<Quantity> restated(String text, List<Quantity> found, Span top, boolean withNoun) {
        List<Quantity> body = new ArrayList<>();
        for (Quantity q : found) {
            if (q.span().start() >= top.end() && !Repeats.definiteBefore(text, q.span().start())) {
                body.add(q);
            }
        }
        List<Quantity> kept = new ArrayList<>(found.size());
        for (Quantity q : found) {
            // a body that writes the figure again word for word leaves it to Repeats, even when another
            // figure of the body has the same value in other words ("over 100" of an earlier month)
            if (!(top.contains(q.span()) && body.stream().anyMatch(b -> restates(b, q) && !b.text().equals(q.text())
                    && (!withNoun || writesNoun(b)))
                    && body.stream().noneMatch(b -> b.text().equals(q.text())))) {
                kept.add(q);
            }
        }
        return kept.size() == found.size() ? found : kept;
    }

    /** True when the figure's own words hold its noun ("four men"), not one carried from before ("All four"). */
    private static boolean writesNoun(Quantity q) {
        return q.unit() != null && q.text().toLowerCase(Locale.ROOT).contains(q.unit().toLowerCase(Locale.ROOT));
    }

    /**
     * The span of the heading lines the text opens with, within its top paragraphs
     * ({@value Repeats#TOP}), or null when it opens with body text.
     */
    static Span headRun(Document document) {
        List<Sentence> sentences = document.sentences();
        if (sentences.isEmpty() || !sentences.get(0).heading()) {
            return null;
        }
        int last = 0;
        while (last + 1 < sentences.size() && sentences.get(last + 1).heading()
                && sentences.get(last + 1).paragraph() < Repeats.TOP) {
            last++;
        }
        if (last + 1 < sentences.size() && sentences.get(last + 1).paragraph() == sentences.get(last).paragraph()) {
            return null; // a heading run on by body text in its paragraph: no headline of its own
        }
        return new Span(sentences.get(0).span().start(), sentences.get(last).span().end());
    }

    /**
     * The one-sentence paragraph right under the heading run (a deck: "Four men and two women were
     * held over posts."), or null when the next paragraph holds more sentences or is none.
     */
    static Span deck(Document document, Span head) {
        List<Sentence> sentences = document.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.span().start() < head.end() || s.span().length() == 0) {
                continue;
            }
            boolean alone = i + 1 >= sentences.size() || sentences.get(i + 1).paragraph() != s.paragraph();
            return alone && !s.heading() && s.paragraph() < Repeats.TOP && !dateline(document.text(), s.span())
                    ? s.span() : null;
        }
        return null;
    }

    /** A wire dateline: a town in capitals, then a comma, a bracket or a dash ("DUBAI, Jan 7 (Agency) -", "QUETTA:"). */
    private static final Pattern DATELINE = Pattern.compile("^\\(?\\p{Lu}[\\p{Lu}\\p{M} .'/-]{2,}\\s*[,:(\u2014\u2013-]");

    /**
     * True when the sentence opens with a wire dateline: it is the lead of wire copy, whose
     * paragraphs are one sentence each, not a deck that sums the story up; its figures are the
     * report's first statements.
     */
    private static boolean dateline(String text, Span sentence) {
        return DATELINE.matcher(text.substring(sentence.start(), sentence.end())).find();
    }

    /**
     * True when the body's figure states the headline's again: the same value and qualifier, and
     * the same noun when both have one ("At least 31" and "at least 31 people"; not "two bombs"
     * for "Two journalists"). A word amount is no restatement here.
     */
    private static boolean restates(Quantity body, Quantity head) {
        if (head.qualifier() == Qualifier.VAGUE || body.value() != head.value() || body.qualifier() != head.qualifier()
                || !java.util.Objects.equals(body.valueMax(), head.valueMax())) {
            return false;
        }
        // a headline's noun that its own words do not write ("three sentenced": people, read from the
        // verb) is a guess, and the body's "three men" names the same three
        return head.unit() == null || body.unit() == null || !writesNoun(head) || sameNoun(head.unit(), body.unit())
                || closerPersons(head, body);
    }

    /**
     * True when the headline counts people with a plain noun ("Four men hanged", "three others
     * summoned") and the body's figure names them more closely ("four prisoners", "three other
     * members"): a headline is short, the body says who they were. Not money, a share, places, or
     * another plain noun ("four women" are not the "four men").
     */
    private static boolean closerPersons(Quantity head, Quantity body) {
        String h = head.unit().toLowerCase(Locale.ROOT);
        String b = body.unit().toLowerCase(Locale.ROOT);
        String bodyHead = b.substring(b.lastIndexOf(' ') + 1);
        return PLAIN_PERSONS.contains(h) && !PLAIN_PERSONS.contains(bodyHead) && !PLACES.contains(bodyHead)
                && !UnitReader.isPercent(b) && !body.rule().contains("unit:currency");
    }

    /**
     * True when two nouns are one, or one is the other with words before it: a headline names its
     * count more tightly or loosely than the body ("seven Sahil Media journalists" over "seven
     * journalists", "three strike committee members" over "three members of the strike committee"),
     * or a headline's one-word noun is a word of the body's longer one ("more than 100 cities" over
     * "more than 100 Iranian cities and towns", "two members" over "two members of the Basij militia").
     */
    static boolean sameNoun(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.equals(y) || x.endsWith(" " + y) || y.endsWith(" " + x) || wordOf(x, y) || wordOf(y, x);
    }

    /** True when {@code word} is one word and a whole word of the longer {@code phrase}. */
    private static boolean wordOf(String word, String phrase) {
        return word.indexOf(' ') < 0 && (" " + phrase + " ").contains(" " + word + " ");
    }
}
