package org.attest.quantities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "the rial trading at around 260,000 to the US dollar", "the rial fell to 250,000 against the
 * dollar": a bare number quoted to one dollar or euro, in a sentence that names a currency quoted
 * that way just before it ({@code exchange-currencies.tsv}), counts that currency, not the count
 * of the sentence before. A rate the sentence then sets beside it ("against the official rate of
 * 1,507") counts the same currency. A word shared by a strong currency and weak ones ("pound")
 * counts the currency only at a rate above the table's least one.
 */
final class ExchangeRates {
    /** A currency quoted against the dollar, and the least rate at which a bare number counts it. */
    private record Quoted(String unit, double least) {}

    private static final Map<String, Quoted> QUOTED = new HashMap<>();

    static {
        for (String[] r : LexiconReader.rows("exchange-currencies.tsv", 3)) {
            QUOTED.put(r[0], new Quoted(r[1], LexiconReader.number("exchange-currencies.tsv", r[2])));
        }
    }

    /** Words between the number and the currency it is quoted against: "to the", "against one", "per". */
    private static final Set<String> AGAINST = Set.of("to", "against", "per", "for");
    private static final Set<String> DETERMINERS = Set.of("the", "one", "a", "each", "every");
    private static final Set<String> ANCHORS = Set.of("dollar", "euro", "greenback");

    /** At most this many tokens between the currency's name and the number. */
    private static final int REACH = 12;
    /** At most this many tokens between the currency's name and a rate set beside its quote ("the official rate of"). */
    private static final int RATE_REACH = 30;

    private ExchangeRates() {}

    /**
     * The currency a bare number is a rate of, or null.
     *
     * @param numberFirst the first token of the quantity (its qualifier included)
     * @param after       the first token after the number
     */
    static String unit(String text, List<Token> t, int numberFirst, int after) {
        int reach;
        if (quotedAgainst(text, t, after)) {
            reach = REACH;
        } else if (rateOf(t, numberFirst)) {
            reach = RATE_REACH; // "... to the dollar on Tuesday, against the official rate of 1,507"
        } else {
            return null;
        }
        double rate = rate(t, numberFirst, after);
        for (int k = numberFirst - 1; k >= 0 && k >= numberFirst - reach; k--) {
            Quoted quoted = QUOTED.get(t.get(k).lower());
            if (quoted != null && t.get(k).isWord()) {
                boolean quotedHere = reach == REACH || quotedBetween(text, t, k, numberFirst);
                return rate >= quoted.least() && quotedHere ? quoted.unit() : null;
            }
        }
        return null;
    }

    /**
     * True when the currency named at {@code currency} is quoted against the dollar before
     * {@code numberFirst} ("the pound traded at 33,000 to the dollar, against the official rate of
     * 1,507"): only then is a later "rate of" a rate of that currency, not an interest rate.
     */
    private static boolean quotedBetween(String text, List<Token> t, int currency, int numberFirst) {
        for (int k = currency + 1; k < numberFirst; k++) {
            if (quotedAgainst(text, t, k)) {
                return true;
            }
        }
        return false;
    }

    /** "rate of 1,507", "rate at 89,500": a number named as a rate, with no currency of its own. */
    private static boolean rateOf(List<Token> t, int numberFirst) {
        return numberFirst >= 2 && (t.get(numberFirst - 1).is("of") || t.get(numberFirst - 1).is("at"))
                && t.get(numberFirst - 2).is("rate");
    }

    /** The largest number among the quantity's tokens: the rate as written ("33,000"). */
    private static double rate(List<Token> t, int numberFirst, int after) {
        double rate = 0;
        for (int k = numberFirst; k < after && k < t.size(); k++) {
            if (t.get(k).isNumber()) {
                rate = Math.max(rate, t.get(k).number());
            }
        }
        return rate;
    }

    /** "to the dollar", "against the US dollar", "per U.S. dollar", "to one euro" right at {@code k}. */
    private static boolean quotedAgainst(String text, List<Token> t, int k) {
        if (k >= t.size() || !AGAINST.contains(t.get(k).lower())) {
            return false;
        }
        k++;
        if (k < t.size() && DETERMINERS.contains(t.get(k).lower())) {
            k++;
        }
        // "US", "U.S.", "American": a name of the dollar's country before it
        for (int skipped = 0; k < t.size() && skipped < 4 && !ANCHORS.contains(t.get(k).lower()); skipped++, k++) {
            Token tok = t.get(k);
            if (!(tok.isSymbol('.') || tok.isWord() && tok.capitalized(text))) {
                return false;
            }
        }
        return k < t.size() && ANCHORS.contains(t.get(k).lower());
    }
}
