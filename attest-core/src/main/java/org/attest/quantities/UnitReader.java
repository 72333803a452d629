package org.attest.quantities;

import java.util.List;
import java.util.Set;
import org.attest.quantities.NumberMatch.Form;

/**
 * Reads what a number counts. In order: a percent sign or word; a currency word after the
 * number; the counted noun phrase after it ("peaceful demonstrators", "cities and towns",
 * "of political prisoners" after a vague amount; "seats" of "112 of the 290 seats", the span
 * staying on the part). A noun phrase is at most six words; it
 * may open with a people verb used as an adjective ("14 detained teachers"); it
 * stops at punctuation, a function word or common verb, another number, an adverb, a verb form
 * or an adjective that follows its noun ("protesters angry over prices") after the first word,
 * or a capitalised word after a lower-case one (a name). A duration or
 * measure noun right after the number ("eight years") marks the number as not a count.
 *
 * <p>When nothing follows, the unit is inferred: after "out of", "down" or "up from", or before
 * "of whom" / "of them", from the quantity just before,
 * from a people verb ahead ("over 150 were killed": people) or just before ("killing 12"), or
 * from a toll noun earlier in the context ("the death toll is 300": deaths) or what "the number
 * of" counts there ("the number of detainees rose to 450"). Otherwise it is {@code null}.
 */
final class UnitReader {
    /**
     * What was found.
     *
     * @param unit     the unit, or {@code null}
     * @param last     the last token of the quantity's span (the number's when the unit is not
     *                 written after it)
     * @param source   how the unit was found: percent, currency, phrase, whole, strong, earlier, verb, crowd,
     *                 object-of-verb, toll, number-of, none
     * @param nonCount true when the number counts time or measure, so is no quantity
     */
    record Unit(String unit, int last, String source, boolean nonCount) {}

    /** Auxiliaries and adverbs that may stand between a lone number and its people verb. */
    private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "been", "were", "was", "are",
            "is", "be", "being", "who", "reportedly", "allegedly", "also", "all", "now", "since", "later",
            "got", "get", "already", "then");

    /** Pronouns after "of" that make a number a part of the quantity just before ("48 of whom"). */
    private static final Set<String> PART_OF = Set.of("whom", "them", "these", "those", "which");

    private final QuantityLexicon lex;

    UnitReader(QuantityLexicon lex) {
        this.lex = lex;
    }

    /**
     * @param after        index of the first token after the number
     * @param numberFirst  index of the first token of the quantity (qualifier included)
     * @param previousUnit the unit of the quantity just before in the same context, or null
     * @param previousWhole the unit of the last quantity before in the context that is not a
     *                      count of places it happened in ("in 23 provinces"), or null
     */
    Unit read(String text, List<Token> t, int after, Form form, int numberFirst, String previousUnit,
              String previousWhole) {
        int last = after - 1;
        if (after < t.size()) {
            Unit special = percentOrCurrency(t, after);
            if (special != null) {
                return special;
            }
        }
        if (strong(t, after)) {
            // "a 5,000-strong crowd": the noun after "-strong", and people when there is none
            Unit phrase = phrase(text, t, after + 2);
            return phrase != null && !phrase.nonCount() ? phrase : new Unit("people", after + 1, "strong", false);
        }
        int j = after;
        if (form == Form.VAGUE || form == Form.FRACTION) {
            // "thousands of prisoners", "half of the votes"; "several hundred villagers" has no "of"
            if (j < t.size() && t.get(j).is("of")) {
                j++;
                j = skipDeterminer(t, j);
            } else if (form == Form.FRACTION) {
                j = j < t.size() && isDeterminer(t.get(j)) ? skipDeterminer(t, j) : -1; // "half the detainees"
            } else if (bareCrowd(t, after)) {
                // "Tens of thousands rally", "Hundreds braved the rain": a plural amount standing
                // alone is the subject, and what follows is its verb, not its noun
                Unit inferred = infer(text, t, after, last, numberFirst, previousUnit, previousWhole);
                return inferred.unit() != null || after >= t.size() || !t.get(after).isWord() ? inferred
                        : new Unit("people", last, "crowd", false);
            } else if (j < t.size() && lex.headlineVerbs.contains(t.get(j).lower())) {
                j = -1; // "Several hundred march on parliament": a verb, the people are meant
            }
        } else if (j + 1 < t.size() && t.get(j).is("of")
                && (isDeterminer(t.get(j + 1)) || isPossessive(t.get(j + 1)))) {
            j = skipDeterminer(t, j + 1);
        }
        if (j >= 0 && j > after && j < t.size() && t.get(j).isNumber()) {
            Unit whole = ofTheWhole(text, t, j, last);
            if (whole != null) {
                return whole;
            }
        }
        if (j >= 0) {
            Unit phrase = phrase(text, t, j);
            if (phrase != null) {
                return phrase;
            }
        }
        return infer(text, t, after, last, numberFirst, previousUnit, previousWhole);
    }

    /** True when "-strong" is written onto the number ending before {@code after}. */
    private static boolean strong(List<Token> t, int after) {
        return after + 1 < t.size() && !t.get(after).spaceBefore() && !t.get(after).isWord()
                && (t.get(after).isSymbol('-') || t.get(after).isSymbol('\u2010') || t.get(after).isSymbol('\u2011'))
                && t.get(after + 1).is("strong") && !t.get(after + 1).spaceBefore();
    }

    /**
     * True when the vague amount ending before {@code after} is a plural magnitude of people at
     * most ("hundreds", "tens of thousands", "millions"; not "billions", not "several hundred").
     */
    private boolean bareCrowd(List<Token> t, int after) {
        Double magnitude = lex.magnitudes.get(t.get(after - 1).lower());
        // "hundreds more protesters" still has its noun
        boolean modified = after < t.size() && lex.unitModifiers.contains(t.get(after).lower());
        return magnitude != null && magnitude <= 1_000_000 && !modified;
    }

    /**
     * "112 of the 290 seats", "a quarter of the 800 detainees": the part counts what the whole
     * after it counts. The span stays on the part ({@code last}); the whole is a quantity of its own.
     */
    private Unit ofTheWhole(String text, List<Token> t, int whole, int last) {
        int k = whole + 1;
        if (k < t.size() && t.get(k).isWord() && (lex.scaleSuffixes.containsKey(t.get(k).lower())
                || lex.numberWords.containsKey(t.get(k).lower()))) {
            k++; // "the 2.5 million voters"
        }
        Unit phrase = phrase(text, t, k);
        return phrase == null || phrase.nonCount() ? null : new Unit(phrase.unit(), last, "whole", false);
    }

    private Unit percentOrCurrency(List<Token> t, int j) {
        Token next = t.get(j);
        if (next.isSymbol('%') || next.is("percent") || next.is("pct")) {
            return new Unit("percent", j, "percent", false);
        }
        if (next.is("per") && j + 1 < t.size() && t.get(j + 1).is("cent")) {
            return new Unit("percent", j + 1, "percent", false);
        }
        if (next.is("percentage") && j + 1 < t.size() && t.get(j + 1).is("points")) {
            return new Unit("percentage points", j + 1, "percent", false);
        }
        QuantityLexicon.Currency c = next.isWord() ? lex.currencies.get(next.lower()) : null;
        if (c != null && c.suffix()) {
            return new Unit(c.unit(), j, "currency", false);
        }
        return null;
    }

    /** Words before a number searched for a verb of use ("shared", "viewed"). */
    private static final int TIMES_VERB_REACH = 4;

    /**
     * True when a verb of use ({@code times-verbs.txt}) stands among the words before the number
     * whose unit starts at token {@code j}.
     */
    private boolean usedBefore(List<Token> t, int j) {
        int words = 0;
        for (int k = j - 1; k >= 0 && words < TIMES_VERB_REACH + 3; k--) {
            Token tok = t.get(k);
            if (tok.isWord()) {
                if (lex.timesVerbs.contains(tok.lower())) {
                    return true;
                }
                words++;
            }
        }
        return false;
    }

    private static boolean isDeterminer(Token tok) {
        return tok.is("the") || tok.is("these") || tok.is("those") || tok.is("their") || tok.is("its");
    }

    /** Skips "the", "their", and a possessive after them or alone ("the country's", "Iran's"). */
    private static int skipDeterminer(List<Token> t, int j) {
        if (j < t.size() && isDeterminer(t.get(j))) {
            j++;
        }
        return j < t.size() && isPossessive(t.get(j)) ? j + 1 : j;
    }

    private static boolean isPossessive(Token tok) {
        String w = tok.lower();
        return tok.isWord() && (w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("s'") || w.endsWith("s\u2019"));
    }

    /** The noun phrase starting at token {@code j}, or null when there is none. */
    private Unit phrase(String text, List<Token> t, int j) {
        int k = j;
        int words = 0;
        int unitFirst = -1;
        int unitLast = -1;
        boolean sawLower = false;
        while (k < t.size() && words < 6) {
            Token tok = t.get(k);
            if (!tok.isWord() || !tok.spaceBefore()) {
                break;
            }
            String w = tok.lower();
            if ((w.equals("and") || w.equals("or")) && unitLast < 0) {
                break; // "detained 30 and released them": no noun before the conjunction
            }
            if (w.equals("and") || w.equals("or")) {
                if (k + 1 < t.size() && joinable(text, t.get(k + 1), sawLower)) {
                    k++;
                    continue;
                }
                break;
            }
            if (lex.nonCountNouns.contains(w)) {
                if (unitFirst < 0 && w.equals("times") && usedBefore(t, j)) {
                    return new Unit("times", k, "phrase", false); // "shared 120,000 times"
                }
                if (unitFirst < 0) {
                    return new Unit(null, k, "none", true);
                }
                break;
            }
            if (unitFirst < 0 && lex.unitModifiers.contains(w)) {
                k++;
                words++;
                continue;
            }
            boolean attributive = unitFirst < 0 && lex.peopleVerbs.contains(w) && beforeNoun(text, t, k + 1);
            if (!attributive && !nounLike(text, tok, unitLast >= 0, sawLower)) {
                break;
            }
            if (unitFirst < 0) {
                unitFirst = k;
            }
            unitLast = k;
            sawLower |= !tok.capitalized(text);
            words++;
            k++;
        }
        if (unitFirst < 0) {
            return null;
        }
        String unit = Tokenizer.collapseSpaces(text.substring(t.get(unitFirst).start(), t.get(unitLast).end()));
        return new Unit(unit, unitLast, "phrase", false);
    }

    /**
     * True when token {@code k} is a lower-case noun a people verb before it can qualify: "14
     * detained teachers", not "14 detained yesterday" or "12 killed Saturday".
     */
    private boolean beforeNoun(String text, List<Token> t, int k) {
        if (k >= t.size()) {
            return false;
        }
        Token tok = t.get(k);
        String w = tok.lower();
        return tok.isWord() && tok.spaceBefore() && !tok.capitalized(text) && !w.equals("and") && !w.equals("or")
                && nounLike(text, tok, false, false)
                && !lex.nonCountNouns.contains(w) && !w.endsWith("ly") && !w.endsWith("ed") && !w.endsWith("ing");
    }

    /** May {@code tok} be part of a counted noun phrase, given what came before it? */
    private boolean nounLike(String text, Token tok, boolean afterNoun, boolean sawLower) {
        String w = tok.lower();
        if (lex.unitStopWords.contains(w) || lex.numberWords.containsKey(w) || lex.magnitudes.containsKey(w)) {
            return false;
        }
        if (tok.capitalized(text) && lex.monthNames.contains(w)) {
            return false;
        }
        if (!afterNoun && lex.peopleVerbs.contains(w)) {
            return false;
        }
        // "nine people dead", "40 miners missing": a people verb after the noun says what befell them
        if (afterNoun && (w.endsWith("ly") || w.endsWith("ed") || w.endsWith("ing")
                || lex.postposedAdjectives.contains(w) || lex.peopleVerbs.contains(w))) {
            return false;
        }
        return !(afterNoun && sawLower && tok.capitalized(text) && !demonym(w));
    }

    /** A plural people-name ("young Kenyans", "ordinary Iraqis", "many Sudanese"), not a proper name. */
    private static boolean demonym(String lower) {
        return lower.length() > 4 && (lower.endsWith("ans") || lower.endsWith("ese") || lower.endsWith("is"));
    }

    private boolean joinable(String text, Token tok, boolean sawLower) {
        return tok.isWord() && nounLike(text, tok, true, sawLower) && !lex.nonCountNouns.contains(tok.lower())
                && (!sawLower || !tok.capitalized(text));
    }

    private Unit infer(String text, List<Token> t, int after, int last, int numberFirst, String previousUnit,
                       String previousWhole) {
        if (previousUnit != null && numberFirst >= 2 && t.get(numberFirst - 1).is("of")
                && t.get(numberFirst - 2).is("out")) {
            return new Unit(previousUnit, last, "earlier", false);
        }
        if (previousUnit != null && numberFirst >= 1 && changeFrom(t, numberFirst)) {
            return new Unit(previousUnit, last, "earlier", false); // "won 52 seats, down 18"
        }
        if (previousWhole != null && after + 1 < t.size() && t.get(after).is("of")
                && PART_OF.contains(t.get(after + 1).lower())) {
            return new Unit(previousWhole, last, "earlier", false); // "41 people were hurt, three of them ..."
        }
        if (after + 2 < t.size() && t.get(after).is("of") && t.get(after + 1).is("those")
                && lex.peopleVerbs.contains(t.get(after + 2).lower())) {
            return new Unit("people", last, "verb", false); // "at least 471 of those executed"
        }
        for (int k = after; k < t.size() && k < after + 4; k++) {
            Token tok = t.get(k);
            if (!tok.isWord()) {
                break;
            }
            if (lex.peopleVerbs.contains(tok.lower()) || (k == after && lex.headlineVerbs.contains(tok.lower()))) {
                return new Unit("people", last, "verb", false);
            }
            if (!AUXILIARIES.contains(tok.lower())) {
                break;
            }
        }
        if (numberFirst > 0 && t.get(numberFirst - 1).isWord()
                && lex.peopleObjectVerbs.contains(t.get(numberFirst - 1).lower())) {
            return new Unit("people", last, "object-of-verb", false); // "opened fire, killing 12"
        }
        String toll = tollBefore(t, numberFirst);
        if (toll != null) {
            return new Unit(toll, last, "toll", false);
        }
        String counted = numberOfBefore(text, t, numberFirst);
        if (counted != null) {
            return new Unit(counted, last, "number-of", false);
        }
        return new Unit(null, last, "none", false);
    }

    /** "down 18", "up from 171", "down from": a change of the quantity just before. */
    private static boolean changeFrom(List<Token> t, int numberFirst) {
        int k = numberFirst - 1;
        if (t.get(k).is("from") && k >= 1) {
            k--;
        }
        return t.get(k).is("down") || t.get(k).is("up");
    }

    /**
     * What "the number of ..." earlier in the context counts ("the number of detainees rose to
     * 450": detainees), or null.
     */
    private String numberOfBefore(String text, List<Token> t, int numberFirst) {
        for (int k = numberFirst - 2; k >= 0 && k >= numberFirst - 15; k--) {
            if (t.get(k).is("number") && t.get(k + 1).is("of")) {
                Unit phrase = phrase(text, t, skipDeterminer(t, k + 2));
                return phrase == null || phrase.nonCount() || phrase.last() >= numberFirst ? null : phrase.unit();
            }
        }
        return null;
    }

    /** The unit a toll noun earlier in the context names ("death toll": deaths), or null. */
    private String tollBefore(List<Token> t, int numberFirst) {
        for (int k = numberFirst - 1; k >= 0 && k >= numberFirst - 15; k--) {
            Token tok = t.get(k);
            if (!tok.isWord()) {
                continue;
            }
            if (k > 0 && t.get(k - 1).isWord()) {
                String two = lex.tollNouns.get(t.get(k - 1).lower() + " " + tok.lower());
                if (two != null) {
                    return two;
                }
            }
            String one = lex.tollNouns.get(tok.lower());
            if (one != null) {
                return one;
            }
        }
        return null;
    }
}
