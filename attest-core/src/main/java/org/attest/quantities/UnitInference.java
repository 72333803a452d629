package org.attest.quantities;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.attest.quantities.UnitReader.Unit;

/**
 * Infers the unit of a number that has no noun after it. In order: after "out of"; from the words
 * after it ({@link PredicateUnits}: "twelve of them were nurses"); after "down" or
 * "up from", or before "of whom" / "of them", from the quantity before it, or with none before, from
 * the plural noun "them" points back to ({@link ThemAntecedents}); in a sentence that
 * opens with "Of" and a count ("Of the 300 candidates, 40 ..."), from that count; from a people verb
 * ahead ("over 150 were killed": people) or just before ("killing 12"); from a toll noun earlier
 * in the context ("the death toll is 300": deaths) or what "the number of" counts there ("the
 * number of detainees rose to 450"); from the plural subject of a change ("executions increased to
 * 676") or of a verb of size ("the protesters, numbering some 5,000"); from the label that opens a line of a table ({@link LineLabels}: "Total
 * executions: 834"); and last from a quantity a few tokens before it, whose noun it leaves out
 * ("582 in 2023 and 354 in 2022", also past a long clause: "6,500 people had cases ... in 2012
 * and 4,500 in 2018"; brackets between do not count). Otherwise the unit is {@code null}.
 */
final class UnitInference {
    /** Two-word verbs only people do ("around 900 took part"): a number standing alone before them counts people. */
    private static final Set<String> PEOPLE_PHRASES = Set.copyOf(LexiconReader.words("people-verb-phrases.txt"));

    /**
     * The quantities before a number in its context.
     *
     * @param unit      the unit of the quantity just before, or null
     * @param whole     the unit of the last quantity before that is not a count of the places it
     *                  happened in ("in 23 provinces"), or null
     * @param count     the unit of the last quantity before that is no percentage, or null
     * @param countLast the last token of that quantity, or -1
     * @param covered   the tokens inside the quantities before
     * @param countFirst the first token of that quantity (its qualifier included), or -1
     * @param countOne  true when that quantity counts one ("one protester"), so its noun is singular
     * @param partitive the unit of the count that opens the sentence after "Of" ("Of the 300
     *                  candidates, only 40 ..."), or null
     * @param main      the unit of the last count before that is neither money nor a part named with
     *                  "including" or "among them", or null
     */
    record Earlier(String unit, String whole, String count, int countFirst, int countLast, BitSet covered, boolean countOne,
                   String partitive, String main) {}

    /**
     * Auxiliaries, modals and adverbs that may stand between a lone number and its people verb
     * ("5,600 would be released").
     */
    private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "been", "were", "was", "are",
            "is", "be", "being", "who", "reportedly", "allegedly", "also", "all", "now", "since", "later",
            "got", "get", "already", "then", "would", "will", "could", "may", "might", "should");

    /** Pronouns after "of" that make a number a part of the quantity just before ("48 of whom"). */
    private static final Set<String> PART_OF = Set.of("whom", "them", "these", "those", "which");

    private final QuantityLexicon lex;
    private final SubjectUnits subjects;
    private final PredicateUnits predicates;
    private final LineLabels labels;
    private final ThemAntecedents them;

    UnitInference(QuantityLexicon lex, NounPhraseReader phrases) {
        this.lex = lex;
        this.subjects = new SubjectUnits(lex, phrases);
        this.predicates = new PredicateUnits(phrases);
        this.labels = new LineLabels(phrases);
        this.them = new ThemAntecedents(lex, phrases);
    }

    /**
     * The unit of a number with no noun of its own.
     *
     * @param after       index of the first token after the number (and its trailing qualifier)
     * @param last        the last token of the quantity's span
     * @param numberFirst index of the first token of the quantity (qualifier included)
     * @param earlier     the quantities before it in the same context
     */
    Unit infer(String text, List<Token> t, int after, int last, int numberFirst, Earlier earlier) {
        Unit hurt = HurtNouns.at(t, after);
        if (hurt != null) {
            return hurt; // "nine wounded": the word is the noun counted
        }
        if (earlier.unit() != null && numberFirst >= 2 && t.get(numberFirst - 1).is("of")
                && t.get(numberFirst - 2).is("out")) {
            return new Unit(earlier.unit(), last, "earlier", false);
        }
        String rate = ExchangeRates.unit(text, t, numberFirst, after);
        if (rate != null) {
            return new Unit(rate, last, "exchange-rate", false); // "the rial fell to 250,000 against the dollar"
        }
        String named = predicates.unit(text, t, after);
        if (named != null) {
            return new Unit(named, last, "predicate", false); // "twelve of them were nurses"
        }
        if (earlier.partitive() != null) {
            // "Of the 300 candidates, only 40 are moderates": a part of the whole the sentence opened with
            return new Unit(earlier.partitive(), last, "partitive", false);
        }
        if (earlier.whole() != null && numberFirst >= 1 && changeFrom(t, numberFirst)) {
            // "won 52 seats, down 18"; "2,428 sentences in 52 countries, up from 2,016": the sentences
            return new Unit(earlier.whole(), last, "earlier", false);
        }
        if (earlier.whole() != null && after + 1 < t.size() && t.get(after).is("of")
                && PART_OF.contains(t.get(after + 1).lower())) {
            return new Unit(earlier.whole(), last, "earlier", false); // "41 people were hurt, three of them ..."
        }
        String antecedent = earlier.whole() == null && earlier.count() == null ? them.unit(text, t, numberFirst, after) : null;
        if (antecedent != null) {
            return new Unit(antecedent, last, "antecedent", false); // "arrested more than 40 of them": the workers
        }
        String sharer = SubjectUnits.shareVerb(t, numberFirst) ? subjects.changeSubject(text, t, numberFirst) : null;
        if (sharer != null) {
            return new Unit(sharer, last, "change-subject", false); // "Kurds made up 82 of those hanged": Kurds
        }
        if (after + 2 < t.size() && t.get(after).is("of")
                && (t.get(after + 1).is("those") || t.get(after + 1).is("the"))
                && lex.peopleVerbs.contains(t.get(after + 2).lower())) {
            return new Unit("people", last, "verb", false); // "at least 471 of those executed", "123 of the dead"
        }
        if (earlier.count() != null && numberFirst >= 1 && t.get(numberFirst - 1).is("and")
                && siblingGap(text, t, earlier, numberFirst) <= COORDINATED_GAP
                && wordsOnly(t, earlier.countLast() + 1, numberFirst)) {
            // "one protester died and two were injured": the two are protesters too, before the verb says people
            String unit = earlier.countOne() ? Plurals.plural(earlier.count()) : earlier.count();
            return new Unit(unit, last, "sibling", false);
        }
        if (earlier.count() != null && (anotherBefore(t, numberFirst) || moreAfter(t, after))
                && numberFirst - earlier.countLast() <= SIBLING_SCAN) {
            // "Five marchers died, while another 12 were badly hurt", "... and 12 more in May": more
            // of the same kind, before the verb says people
            return new Unit(partOf(earlier), last, "earlier", false);
        }
        if (earlier.count() != null && numberFirst > 0 && t.get(numberFirst - 1).is("including")) {
            // "hanged 12 men in a single day on Monday, including 9 at Ghezel Hesar": a part; of the
            // people counted, not of the places they were in ("1,600 protesters in 27 cities,
            // including more than 200 in the capital"); read before a people verb after the number, which
            // says what befell the part, not who they are ("12 men remain jailed, including 8 convicted")
            boolean whole = earlier.whole() != null && !UnitReader.isPercent(earlier.whole());
            return new Unit(whole ? earlier.whole() : earlier.count(), last, "earlier", false);
        }
        if (earlier.main() != null && SubjectClauses.opensClause(t, numberFirst, after)
                && !lex.magnitudes.containsKey(t.get(after - 1).lower())) { // "officials said dozens were held": people
            // "hundreds of Baluch men were detained, and that at least three were sentenced": the
            // subject of a later clause with no noun of its own is of the sentence's count, before
            // its verb says people
            return new Unit(earlier.main(), last, "clause-subject", false);
        }
        int reach = after + 4;
        for (int k = after; k < t.size() && k < reach; k++) {
            Token tok = t.get(k);
            if (tok.isSymbol(',') && k == after) {
                int close = asideEnd(t, k);
                reach += close - k + 1; // "Hundreds, perhaps thousands, were arrested"
                k = close;
                continue;
            }
            if (!tok.isWord()) {
                break;
            }
            if (lex.peopleVerbs.contains(tok.lower()) || (k == after && lex.headlineVerbs.contains(tok.lower()))
                    || k + 1 < t.size() && PEOPLE_PHRASES.contains(tok.lower() + " " + t.get(k + 1).lower())) {
                return new Unit("people", last, "verb", false);
            }
            if (!AUXILIARIES.contains(tok.lower())) {
                break;
            }
        }
        if (earlier.count() != null
                && ParallelObjects.follows(t, numberFirst, earlier.countLast(), earlier.countFirst(), lex.peopleObjectVerbs)) {
            String unit = earlier.countOne() ? Plurals.plural(earlier.count()) : earlier.count();
            return new Unit(unit, last, "sibling", false); // "killing 2 miners, injuring 4": miners
        }
        if (numberFirst > 0 && t.get(numberFirst - 1).isWord()
                && lex.peopleObjectVerbs.contains(t.get(numberFirst - 1).lower())) {
            return new Unit("people", last, "object-of-verb", false); // "opened fire, killing 12"
        }
        if (numberFirst > 1 && t.get(numberFirst - 1).is("of") && ACTION_NOUNS.contains(t.get(numberFirst - 2).lower())) {
            return new Unit("people", last, "object-of-noun", false); // "ordered the arrest of tens of thousands"
        }
        if (numberFirst > 0 && t.get(numberFirst - 1).isWord()
                && lex.objectUnitVerbs.containsKey(t.get(numberFirst - 1).lower())) {
            return new Unit(lex.objectUnitVerbs.get(t.get(numberFirst - 1).lower()), last, "object-of-verb", false);
        }
        String toll = subjects.tollBefore(t, numberFirst);
        if (toll != null) {
            return new Unit(toll, last, "toll", false);
        }
        String counted = subjects.numberOfBefore(text, t, numberFirst);
        if (counted != null) {
            return new Unit(counted, last, "number-of", false);
        }
        String sized = subjects.numberingSubject(text, t, numberFirst);
        if (sized != null) {
            return new Unit(sized, last, "numbering-subject", false);
        }
        String subject = subjects.changeSubject(text, t, numberFirst);
        if (subject != null) {
            return new Unit(subject, last, "change-subject", false);
        }
        if (earlier.count() != null && SubjectUnits.totalBefore(t, numberFirst)) {
            // "50 students were suspended, bringing the total to 210": the running total of that count
            return new Unit(earlier.count(), last, "earlier", false);
        }
        String label = labels.label(text, t, numberFirst, after);
        if (label != null) {
            return new Unit(label, last, "label", false);
        }
        if (earlier.count() != null && OtherEstimates.follows(t, numberFirst)) {
            // "the union said up to 5,000 people marched, while the police counted 1,800"
            return new Unit(earlier.count(), last, "earlier", false);
        }
        if (earlier.count() != null && comparedWith(t, numberFirst) && numberFirst - earlier.countLast() <= SIBLING_SCAN) {
            // "nearly 200 raids in May, compared with about 150 in April": the same count at another time
            // or place, however long the clause between; "executed 834 people, including 31 women,
            // compared with 582": of the main count, not of the part named with "including"
            boolean part = earlier.main() != null && earlier.countFirst() > 0
                    && t.get(earlier.countFirst() - 1).is("including");
            return new Unit(part ? earlier.main() : partOf(earlier), last, "earlier", false);
        }
        if (earlier.count() != null && numberFirst > 0 && (CONTRAST.contains(t.get(numberFirst - 1).lower())
                || numberFirst >= 2 && t.get(numberFirst - 1).is("and") && t.get(numberFirst - 2).isSymbol(','))
                && numberFirst - earlier.countLast() <= SIBLING_SCAN) {
            // "300 people have died, while more than 700 are held", "more than 300 have been
            // summoned since May, and over 70 are in prison": the clause of contrast or the next
            // clause gives another figure of the count before it
            return new Unit(partOf(earlier), last, "earlier", false);
        }
        if (earlier.count() != null && listItem(t, numberFirst, after, earlier)) {
            // "62 were sentenced for murder, seven for rape, and 1 for drug offences": items of one
            // list; of the people counted, not of the places they were in ("31 people were killed
            // in seven towns: namely seven in Jebla; three in Homs")
            boolean whole = earlier.whole() != null && !UnitReader.isPercent(earlier.whole());
            return new Unit(whole ? earlier.whole() : earlier.count(), last, "sibling", false);
        }
        if (earlier.count() != null && parallelDates(t, numberFirst, after)) {
            // "6,500 people had cases brought against them in 2012 and almost 4,500 in 2018"
            return new Unit(earlier.count(), last, "sibling", false);
        }
        if (earlier.count() != null && siblingGap(text, t, earlier, numberFirst) <= SIBLING_GAP) {
            // "582 in 2023 and 354 in 2022", "by 80 votes to 29", "10.4 million votes (42.5%),
            // Jalili 9.47 million"; a share is never taken ("a 30% rise from the 883 recorded")
            return new Unit(earlier.count(), last, "sibling", false);
        }
        return new Unit(null, last, "none", false);
    }

    /** Nouns of what is done to people, whose "of" a bare number follows ({@code people-action-nouns.txt}). */
    private static final Set<String> ACTION_NOUNS = Set.copyOf(LexiconReader.words("people-action-nouns.txt"));

    /** Conjunctions of contrast right before a bare number that opens the second clause of a sentence. */
    private static final Set<String> CONTRAST = Set.of("while", "whereas", "whilst");

    /**
     * "compared with 256", "compared to 150", "in comparison with 90", "versus 40": a bare number
     * a comparison sets against a count before it.
     */
    private static boolean comparedWith(List<Token> t, int numberFirst) {
        if (numberFirst >= 1 && (t.get(numberFirst - 1).is("versus") || t.get(numberFirst - 1).is("vs"))) {
            return true;
        }
        return numberFirst >= 2 && (t.get(numberFirst - 1).is("with") || t.get(numberFirst - 1).is("to"))
                && (t.get(numberFirst - 2).is("compared") || t.get(numberFirst - 2).is("comparison"));
    }

    /** "another 10", "a further 12": a bare number that adds to a count already given. */
    private static boolean anotherBefore(List<Token> t, int numberFirst) {
        return numberFirst >= 1 && (t.get(numberFirst - 1).is("another")
                || numberFirst >= 2 && t.get(numberFirst - 1).is("further") && t.get(numberFirst - 2).is("a"));
    }

    /** "12 more" standing alone, not "12 more than" (a comparison). */
    private static boolean moreAfter(List<Token> t, int after) {
        return after < t.size() && t.get(after).is("more") && (after + 1 >= t.size() || !t.get(after + 1).is("than"));
    }

    /** The people an earlier count counted, not the places they were in; a "one" made plural. */
    private static String partOf(Earlier earlier) {
        String unit = earlier.whole() != null && !UnitReader.isPercent(earlier.whole()) ? earlier.whole() : earlier.count();
        return earlier.countOne() && unit.equals(earlier.count()) ? Plurals.plural(unit) : unit;
    }

    /** Prepositions that open the tail of an item in a list of counts ("seven for rape", "six on Tuesday"). */
    private static final Set<String> ITEM_PREPOSITIONS = Set.of("for", "on", "in", "at", "from", "during");

    /**
     * An item of a list of counts: a bare number after a comma, semicolon, colon, "and" or "namely" with a
     * preposition after it, in the sentence of an earlier count whose noun it leaves out ("41
     * people died on Thursday, one on Wednesday, and six on Tuesday").
     */
    private static boolean listItem(List<Token> t, int numberFirst, int after, Earlier earlier) {
        if (numberFirst < 1 || after >= t.size() || !ITEM_PREPOSITIONS.contains(t.get(after).lower())
                || numberFirst - earlier.countLast() > SIBLING_SCAN) {
            return false;
        }
        Token prev = t.get(numberFirst - 1);
        return prev.isSymbol(',') || prev.isSymbol(';') || prev.isSymbol(':') || prev.is("and") || prev.is("namely");
    }

    /**
     * "... in 2012 and almost 4,500 in 2018": a bare number after "and" that closes a year just as
     * the clause before the "and" closes one gives the same count for another year, however long
     * that clause.
     */
    private static boolean parallelDates(List<Token> t, int numberFirst, int after) {
        int and = numberFirst - 1;
        if (and < 2 || !t.get(and).is("and") || after + 1 >= t.size()) {
            return false;
        }
        int yearBefore = t.get(and - 1).isSymbol(',') ? and - 2 : and - 1;
        return yearBefore >= 1 && t.get(yearBefore - 1).is("in") && year(t.get(yearBefore))
                && t.get(after).is("in") && year(t.get(after + 1));
    }

    /** A year written in four digits ("2024"). */
    static boolean year(Token tok) {
        return tok.isNumber() && tok.plainDigits() && tok.lower().length() == 4
                && tok.number() >= 1800 && tok.number() <= 2100;
    }

    /** At most this many tokens in an aside set off by commas after a number ("perhaps thousands"). */
    private static final int ASIDE_TOKENS = 3;

    /**
     * The comma that closes a short aside opened by the comma at {@code comma} ("Hundreds, perhaps
     * thousands, were"), or the opening comma itself when no such aside follows ("thousands, were").
     */
    private static int asideEnd(List<Token> t, int comma) {
        for (int k = comma + 1; k < t.size() && k <= comma + ASIDE_TOKENS + 1; k++) {
            if (t.get(k).isSymbol(',')) {
                return k;
            }
            if (!t.get(k).isWord() && !t.get(k).isNumber()) {
                return comma;
            }
        }
        return comma;
    }

    /**
     * At most this many tokens between a bare number and the count whose unit it shares, not
     * counting the tokens of other quantities or capitalised words (names: "Jalili 9.47 million").
     */
    private static final int SIBLING_GAP = 6;

    /**
     * At most this many tokens between a count and a bare number coordinated with it by "and", all
     * words: "one protester died and two were injured", not "including dozens of security force
     * members, and thousands have been arrested" (a comma: a new clause, whose verb says people).
     */
    private static final int COORDINATED_GAP = 3;

    /** True when every token in [from, to) is a word. */
    private static boolean wordsOnly(List<Token> t, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            if (!t.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    private static int siblingGap(String text, List<Token> t, Earlier earlier, int numberFirst) {
        if (earlier.countLast() < 0) {
            return Integer.MAX_VALUE;
        }
        if (numberFirst - earlier.countLast() > SIBLING_SCAN) {
            return Integer.MAX_VALUE; // bounded, so a long table line stays linear
        }
        int gap = 0;
        int depth = 0;
        for (int k = earlier.countLast() + 1; k < numberFirst; k++) {
            Token tok = t.get(k);
            if (tok.isSymbol('(')) {
                depth++;
            } else if (tok.isSymbol(')') && depth > 0) {
                depth--;
            } else if (depth == 0 && !earlier.covered().get(k) && !tok.capitalized(text)) {
                // an aside in brackets ("3,000 schools (14 per cent of the total) were partially
                // closed, while just 3,300 opened") does not part the two counts
                gap++;
            }
        }
        return gap;
    }

    /** At most this many tokens, of any kind, between a bare number and the count it shares. */
    private static final int SIBLING_SCAN = 40;

    /** "down 18", "up from 171", "down from": a change of the quantity it follows. */
    private static boolean changeFrom(List<Token> t, int numberFirst) {
        int k = numberFirst - 1;
        if (t.get(k).is("from") && k >= 1) {
            k--;
        }
        return t.get(k).is("down") || t.get(k).is("up");
    }
}
