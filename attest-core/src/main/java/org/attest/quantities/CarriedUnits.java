package org.attest.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.attest.model.Quantity;

/**
 * "The group condemned the detention of 48 students. At least 15 face charges, of whom
 * six go on trial this month": a bare number that its own sentence gives no unit, before
 * any count of that sentence with a noun, counts what the last count of the sentence just before
 * counted (a report goes on about the same people or seats: "won 140 seats out of 200. Independent
 * candidates took 31"). A figure with no unit is never what a report counts, so the nearest count
 * is the better reading. Shares are not carried, nor is a unit given to a figure after a colon (the
 * value of a table line's label).
 */
final class CarriedUnits {
    private CarriedUnits() {}

    /**
     * The quantities of one sentence with such bare numbers given the carried unit.
     *
     * @param sentence the quantities of the sentence, in text order
     * @param carried  the unit of the last count of the sentence just before, or null
     */
    static List<Quantity> resolve(String text, List<Quantity> sentence, String carried) {
        return resolve(text, sentence, carried, null);
    }

    /**
     * As {@link #resolve(String, List, String)}; {@code befell} is the noun of the sentence just
     * before when its last count was the subject of a passive of what befell them ("At least 38
     * marchers were detained"), else null. A bare number that opens the next sentence with a verb
     * of the same kind ("Six were injured") counts those same people, not people at large.
     */
    static List<Quantity> resolve(String text, List<Quantity> sentence, String carried, String befell) {
        if (carried == null || sentence.isEmpty()) {
            return sentence;
        }
        List<Quantity> out = new ArrayList<>(sentence.size());
        boolean counted = false;
        for (Quantity q : sentence) {
            if (!counted && befell != null && q.rule().endsWith("+unit:verb") && opensSentence(text, q.span().start())) {
                out.add(new Quantity(q.text(), q.span(), q.value(), q.valueMax(), q.qualifier(), befell,
                        q.what(), q.rule().replace("+unit:verb", "+unit:sentence-before")));
                counted = true;
                continue;
            }
            if (!counted && crowdOf(text, q, carried)) {
                // "400 teachers assembled in the capital. Elsewhere crowds were estimated at several
                // dozen": the crowds are of those the sentence before counted, not people at large
                out.add(new Quantity(q.text(), q.span(), q.value(), q.valueMax(), q.qualifier(), carried,
                        q.what(), q.rule().replace("+unit:toll", "+unit:sentence-before")));
                counted = true;
                continue;
            }
            counted |= q.unit() != null;
            if (!counted && q.rule().endsWith("+unit:none") && !afterColon(text, q.span().start())) {
                out.add(new Quantity(q.text(), q.span(), q.value(), q.valueMax(), q.qualifier(), carried,
                        (carried + " " + q.what()).strip(), q.rule().replace("+unit:none", "+unit:sentence-before")));
            } else {
                out.add(q);
            }
        }
        return out;
    }

    /** Nouns of a crowd whose size a toll-like phrase gives ("the crowds were estimated at"). */
    private static final Set<String> CROWDS = Set.copyOf(LexiconReader.words("crowd-nouns.txt"));

    /** Counts of places and of gatherings, which no crowd is made of. */
    private static final Set<String> NO_CROWD = Set.copyOf(lexicon("place-count-nouns.txt", "gathering-nouns.txt"));

    private static List<String> lexicon(String... names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            out.addAll(LexiconReader.words(name));
        }
        return out;
    }

    /**
     * True when {@code q} is the size of a crowd its sentence names before it, read as people, and
     * the sentence before counted people of a kind it names, no places, gatherings or shares.
     */
    private static boolean crowdOf(String text, Quantity q, String carried) {
        if (!q.rule().endsWith("+unit:toll") || !"people".equals(q.unit()) || carried.equals("people")
                || UnitReader.isPercent(carried) || NO_CROWD.contains(lastWord(carried))) {
            return false;
        }
        int from = sentenceStart(text, q.span().start());
        for (String w : text.substring(from, q.span().start()).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (CROWDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String unit) {
        int sp = unit.lastIndexOf(' ');
        return unit.substring(sp + 1).toLowerCase(Locale.ROOT);
    }

    /** The start of the sentence holding {@code start}: just after the last full stop before it. */
    private static int sentenceStart(String text, int start) {
        int k = start - 1;
        while (k >= 0 && text.charAt(k) != '.' && text.charAt(k) != '!' && text.charAt(k) != '?' && text.charAt(k) != '\n') {
            k--;
        }
        return k + 1;
    }

    /** True when only white space stands between the end of the sentence before and {@code start}. */
    private static boolean opensSentence(String text, int start) {
        int k = start - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k >= 1 && (text.charAt(k) == '.' || text.charAt(k) == '!' || text.charAt(k) == '?');
    }

    /** "were detained", "had been arrested": a passive right after a count. */
    private static final Pattern PASSIVE = Pattern.compile("^\\s+(?:were|have been|had been)\\s+\\p{Ll}+ed\\b");

    /**
     * The noun of the sentence's last count when that count is the subject of a passive ("38
     * marchers were detained"), a plural other than "people"; else null.
     */
    static String befell(String text, List<Quantity> sentence) {
        if (sentence.isEmpty()) {
            return null;
        }
        Quantity q = sentence.get(sentence.size() - 1);
        String unit = q.unit();
        if (unit == null || unit.equals("people") || !unit.endsWith("s") || UnitReader.isPercent(unit)
                || !q.rule().contains("+unit:phrase")) {
            return null;
        }
        return PASSIVE.matcher(text.substring(q.span().end(), Math.min(text.length(), q.span().end() + 40))).find()
                ? unit : null;
    }

    /** "He said: 40": a figure after a colon is the value of a label or a quote, no more of the same count. */
    private static boolean afterColon(String text, int start) {
        int k = start - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= 0 && text.charAt(k) == ':';
    }

    /**
     * The unit a sentence's quantities hand on to the next sentence: that of its last count, or
     * null; a part after "including" or "among them" hands on the whole it is a part of ("more
     * than 500 people ..., including at least 40 minors. Fewer than 100 of them"), and the noun of
     * a count of one is handed on as a plural.
     */
    static String last(String text, List<Quantity> sentence) {
        String unit = null;
        for (int i = sentence.size() - 1; i >= 0 && unit == null; i--) {
            Quantity q = sentence.get(i);
            if (q.unit() != null && !UnitReader.isPercent(q.unit()) && (i == 0 || !part(text, q.span().start()))) {
                unit = q.value() == 1 && q.valueMax() == null ? Plurals.plural(q.unit()) : q.unit();
            }
        }
        return unit;
    }

    /** Words right before a count that make it a part of a count before it. */
    private static final Pattern PART = Pattern.compile("(?i)(?:including|among them|among whom)\\s*$");

    /** How far before a count its word of a part is looked for. */
    private static final int PART_REACH = 16;

    private static boolean part(String text, int start) {
        return PART.matcher(text.substring(Math.max(0, start - PART_REACH), start)).find();
    }
}
