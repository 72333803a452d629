package org.attest.quantities;

import java.util.ArrayList;
import java.util.HashSet;
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
 * Drops figures that restate one the report has already given, so that each figure is one record:
 * the title's count that the body states again ("Court sentences 10 to death" over "sentenced 10
 * people to death"; the title's count goes, the body's fuller one stays, unless the body writes the
 * title's count again character for character, or the title writes it with its own noun ("police
 * report 57 arrests" over "57 people were arrested"): then the title's is the first statement and
 * stays, and the body's first restatement goes;
 * a title's count the body bounds otherwise, "5,000 held" over "more than 5,000 people", is a
 * figure of its own and stays too; a title's bound written without its noun, "More than 900
 * held" over "more than 900 people", stays as the first statement, and a title's word amount
 * the body gives as a number of its size, "Dozens hurt" over "45 injured", goes),
 * a bound without its noun in a heading or at the top ("At least 80 hurt") that the report
 * writes again with its noun ("at least 80 people"),
 * a count the top of the report gives (its first {@value #TOP} paragraphs: title,
 * standfirst, caption, lead) and the report writes again character for character ("Dozens of
 * students" in the standfirst and in the lead, "tens of thousands of supporters" in a caption and
 * in the body), and a count that points back with a definite determiner or "all" ("the twelve men", "all twelve", "the two
 * activists" after "twelve prisoners", "two of its activists"), or refers back with "the" before
 * a small count in words and its noun ("the two governments", "the three unions said"). The first
 * statement is kept. A
 * count that only reads the same in other capitals ("Hundreds of people were injured", later
 * "hundreds of people had been arrested"), or twice deep in the body, stays: such a pair as often
 * counts different people.
 */
final class Repeats {
    /** Paragraphs at the top of a report: title, standfirst, caption and lead. */
    static final int TOP = 4;

    private Repeats() {}

    /** A definite determiner right before a count: "the two", "these four", "their 12", "all four". */
    private static final Pattern DEFINITE_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:the|these|those|their|its|all)\\s+$");
    /** How far before a count its determiner is looked for. */
    private static final int DETERMINER_REACH = 8;

    /**
     * The quantities, in text order, less the repeats.
     *
     * @param found quantities sorted by span
     */
    static List<Quantity> drop(Document document, List<Quantity> found) {
        if (found.isEmpty()) {
            return found;
        }
        String text = document.text();
        Span title = title(document);
        List<Quantity> body = new ArrayList<>(found.size());
        for (Quantity q : found) {
            if (title == null || !title.contains(q.span())) {
                body.add(q);
            }
        }
        List<Quantity> kept = new ArrayList<>(found.size());
        Set<Figure> bodyFigures = new HashSet<>();
        Set<Written> bodyTexts = new HashSet<>();
        body.forEach(q -> {
            bodyFigures.add(new Figure(q.value(), q.qualifier()));
            bodyTexts.add(key(q));
        });
        Set<Double> seenValues = new HashSet<>();
        Set<Written> topTexts = new HashSet<>();
        Set<Written> seenCounted = new HashSet<>();
        List<Quantity> bareBounds = new ArrayList<>();
        Set<Figure> titleCounts = new HashSet<>(); // figures a title counted with their nouns, not yet restated
        List<Sentence> sentences = document.sentences();
        int s = 0;
        for (Quantity q : found) {
            boolean inTitle = title != null && title.contains(q.span());
            if (inTitle) {
                if (bodyTexts.contains(key(q))) {
                    // "11 journalists" in the title and in the body: the first statement is kept
                    kept.add(q);
                    topTexts.add(key(q));
                } else if (countedKey(q) != null && bodyFigures.contains(new Figure(q.value(), q.qualifier()))) {
                    // "Police report 57 arrests" over "57 people were arrested": a title's count with
                    // its own noun is the first statement, the body's restates it
                    kept.add(q);
                    titleCounts.add(new Figure(q.value(), q.qualifier()));
                } else if (bareBound(q) && body.stream().anyMatch(b -> restates(b, q))) {
                    // "More than 900 held" over "more than 900 people": the title's is the first statement
                    kept.add(q);
                    bareBounds.add(q);
                } else if (q.qualifier() == Qualifier.VAGUE ? body.stream().noneMatch(b -> sharpens(b, q))
                        : !bodyFigures.contains(new Figure(q.value(), q.qualifier()))) {
                    kept.add(q);
                }
                continue;
            }
            while (s + 1 < sentences.size() && sentences.get(s).span().end() <= q.span().start()) {
                s++;
            }
            boolean top = s < sentences.size() && sentences.get(s).paragraph() < TOP;
            Written key = key(q);
            Written counted = countedKey(q);
            boolean again = titleCounts.remove(new Figure(q.value(), q.qualifier()))
                    || topTexts.contains(key)
                    || seenValues.contains(q.value()) && definiteBefore(text, q.span().start())
                    || counted != null && !seenCounted.add(counted)
                    || bareBounds.stream().anyMatch(b -> restates(q, b))
                    || pointsBack(text, q);
            if (top) {
                topTexts.add(key);
            }
            if (!again && bareBound(q) && (top || s < sentences.size() && sentences.get(s).heading())) {
                bareBounds.add(q); // "At least 80 hurt" as a subheading, "at least 80 people" below it
            }
            seenValues.add(q.value());
            if (!again) {
                kept.add(q);
            }
        }
        return kept.size() == found.size() ? found : kept;
    }

    /**
     * The span of the text's first paragraph when its sentences are headings (the title, also one
     * of two headlines: "Over 2 million in the streets. Tensions and clashes, 20 arrested"), else null.
     */
    static Span title(Document document) {
        List<Sentence> sentences = document.sentences();
        if (sentences.isEmpty() || !sentences.get(0).heading() || sentences.get(0).paragraph() != 0) {
            return null;
        }
        int last = 0;
        while (last + 1 < sentences.size() && sentences.get(last + 1).paragraph() == 0 && sentences.get(last + 1).heading()) {
            last++;
        }
        if (last + 1 < sentences.size() && sentences.get(last + 1).paragraph() == 0) {
            return sentences.get(0).span(); // a heading run on by a sentence of body text
        }
        return new Span(sentences.get(0).span().start(), sentences.get(last).span().end());
    }

    /**
     * A figure's value and qualifier. A record, not a joined string: printing each value cost
     * more than the rest of the reading. Record equality compares doubles as {@link Double#compare}
     * does, so two keys are equal exactly when the printed values were.
     */
    private record Figure(double value, Qualifier qualifier) {}

    /** A figure as written (or its text in lower case): its text, value and qualifier. */
    private record Written(String text, double value, Qualifier qualifier) {}

    private static Written key(Quantity q) {
        return new Written(q.text(), q.value(), q.qualifier());
    }

    /**
     * A figure with its noun as written, in lower case, when it bounds or states a number ("at
     * least 15 people", "five people"), else null: a vague amount ("hundreds of people") or a bare
     * number ("15") written again as often counts something else.
     */
    private static Written countedKey(Quantity q) {
        if (q.qualifier() == Qualifier.VAGUE || q.qualifier() == Qualifier.RANGE || q.unit() == null) {
            return null;
        }
        String lower = q.text().toLowerCase(Locale.ROOT);
        return UnitReader.endsWithUnit(lower, q.unit(), false) ? new Written(lower, q.value(), q.qualifier()) : null;
    }

    /** Qualifiers that bound a figure: "more than", "at least", "about", "up to", "fewer than". */
    private static final Set<Qualifier> BOUNDS =
            Set.of(Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.ABOUT, Qualifier.UP_TO, Qualifier.LESS_THAN);

    /**
     * A bounded figure written without its noun ("More than 300" of "More than 300 walk out at the
     * mill"), as headings and standfirsts write it; an exact one ("15 Arrested") or a vague
     * amount ("Thousands march") is not one.
     */
    private static boolean bareBound(Quantity q) {
        return BOUNDS.contains(q.qualifier()) && q.valueMax() == null
                && !UnitReader.endsWithUnit(q.text(), q.unit(), false);
    }

    /**
     * True when {@code later} writes the bare bound {@code first} again, in any capitals, with its
     * noun after it: "more than 300 workers" after "More than 300".
     */
    private static boolean restates(Quantity later, Quantity first) {
        return later.value() == first.value() && later.qualifier() == first.qualifier()
                && later.text().toLowerCase(Locale.ROOT).startsWith(first.text().toLowerCase(Locale.ROOT) + " ");
    }

    /** How many times its lower bound a vague amount of a title may stand for ("Thousands" for tens of thousands). */
    private static final double VAGUE_REACH = 100;

    /**
     * True when a figure of the body gives the number a title's vague amount rounds ("dozens
     * hurt" over "45 people were hurt", "Thousands march" over "Tens of thousands of farmers"):
     * a count or amount of the title's magnitude, no share and no sum of money.
     */
    static boolean sharpens(Quantity body, Quantity title) {
        return body.value() >= title.value() && body.value() < title.value() * VAGUE_REACH
                && (body.unit() == null || !UnitReader.isPercent(body.unit())) && !body.rule().contains("+unit:currency");
    }

    /** Numbers in words small enough to name a pair or a handful the report has met: "the two governments". */
    private static final Set<String> HANDFUL = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    /** "the", "these" or "those" right before a count, not after "of" (the whole of a part: "four of the seven judges"). */
    private static final Pattern REFERRING_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?<!of\\s)(?:the|these|those)\\s+$");

    /**
     * True when an exact count in words, with "the" right before it and its plural noun right after,
     * refers to what the report has named ("talks between the two governments", "the three unions
     * said"), not a figure of its own; "the three main parties" (a word between: the count is
     * the point) and "four of the seven judges" (the whole of a part) stay.
     */
    private static boolean pointsBack(String text, Quantity q) {
        String[] words = q.text().split(" ");
        int start = q.span().start();
        return q.qualifier() == Qualifier.EXACT && words.length == 2 && HANDFUL.contains(words[0].toLowerCase(Locale.ROOT))
                && REFERRING_BEFORE.matcher(text.substring(Math.max(0, start - DETERMINER_REACH - 3), start)).find();
    }

    /**
     * True when a definite determiner stands right before the count ("the twelve men"), but not
     * after "of": "29 of the 87 executions" states the whole of a part, a figure of its own even
     * where an earlier figure had its value ("at least 87 people"), as in {@link #pointsBack}.
     */
    static boolean definiteBefore(String text, int start) {
        return DEFINITE_BEFORE.matcher(text.substring(Math.max(0, start - DETERMINER_REACH), start)).find()
                && !WHOLE_OF_PART.matcher(text.substring(Math.max(0, start - PART_REACH), start)).find();
    }

    /** How far before a count a part and its "of the" are looked for ("29 of the ", "seven of the "). */
    private static final int PART_REACH = 24;
    /**
     * A part, "of" and a determiner right before a count ("29 of the", "seven of these"): the count
     * is the whole of the part; "the dominance of the two main parties" has no part.
     */
    private static final Pattern WHOLE_OF_PART = Pattern.compile("(?i)(?:^|[^\\p{L}\\d])(?:\\d[\\d,.]*|"
            + String.join("|", HANDFUL) + "|eleven|twelve|one|dozens|hundreds|thousands)"
            + "\\s+of\\s+(?:the|these|those|their|its|all)\\s+$");
}
