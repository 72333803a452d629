package org.attest.quantities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "the rial trading at around 260,000 to the US dollar", "the rial fell to 250,000 against the
 * dollar": a bare number quoted to one dollar or euro, in a sentence that names a currency quoted
 * that way just before it ({@code exchange-currencies.tsv}), counts that currency, not the count
 * of the sentence before.
 */
final class ExchangeRates {
    private static final Map<String, String> QUOTED = new HashMap<>();

    static {
        for (String[] r : LexiconReader.rows("exchange-currencies.tsv", 2)) {
            QUOTED.put(r[0], r[1]);
        }
    }

    /** Words between the number and the currency it is quoted against: "to the", "against one", "per". */
    private static final Set<String> AGAINST = Set.of("to", "against", "per", "for");
    private static final Set<String> DETERMINERS = Set.of("the", "one", "a", "each", "every");
    private static final Set<String> ANCHORS = Set.of("dollar", "euro", "greenback");

    /** At most this many tokens between the currency's name and the number. */
    private static final int REACH = 12;

    private ExchangeRates() {}

    /**
     * The currency a bare number is a rate of, or null.
     *
     * @param numberFirst the first token of the quantity (its qualifier included)
     * @param after       the first token after the number
     */
    static String unit(String text, List<Token> t, int numberFirst, int after) {
        if (!quotedAgainst(text, t, after)) {
            return null;
        }
        for (int k = numberFirst - 1; k >= 0 && k >= numberFirst - REACH; k--) {
            String unit = QUOTED.get(t.get(k).lower());
            if (unit != null && t.get(k).isWord()) {
                return unit;
            }
        }
        return null;
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
