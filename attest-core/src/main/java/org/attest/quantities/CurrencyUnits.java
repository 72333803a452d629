package org.attest.quantities;

import java.util.List;
import org.attest.quantities.UnitReader.Unit;

/**
 * Reads a share or a currency written with a number, for {@link UnitReader}: a percent sign or
 * word ("18%", "per cent"), a currency word after the number ("5 million US dollars", "800 billion
 * won") or hyphenated onto it ("a 500-euro fine", "a 10-million-toman fine").
 */
final class CurrencyUnits {
    /** The unit of a share, whether the text writes the sign or the word: the word, as annotators write it. */
    static final String PERCENT = "percent";
    private final QuantityLexicon lex;

    CurrencyUnits(QuantityLexicon lex) {
        this.lex = lex;
    }

    /**
     * The currency of "a 500-euro fine" (written onto the number after a hyphen) or of "a
     * 10-million-toman fine" (the tail of the scale word), or null.
     */
    Unit hyphenatedCurrency(List<Token> t, int after) {
        if (after >= 1 && t.get(after - 1).isWord() && !t.get(after - 1).spaceBefore()) {
            String w = t.get(after - 1).lower();
            int dash = w.indexOf('-');
            QuantityLexicon.Currency c = dash < 0 ? null : lex.currencies.get(w.substring(dash + 1));
            if (c != null && c.suffix()) {
                return new Unit(c.unit(), after - 1, "currency", false); // "10-million-toman"
            }
        }
        if (after + 1 < t.size() && t.get(after).isSymbol('-') && !t.get(after).spaceBefore()
                && t.get(after + 1).isWord() && !t.get(after + 1).spaceBefore()) {
            QuantityLexicon.Currency c = lex.currencies.get(t.get(after + 1).lower());
            if (c != null && c.suffix()) {
                return new Unit(c.unit(), after + 1, "currency", false); // "500-euro"
            }
        }
        return null;
    }

    Unit percentOrCurrency(String text, List<Token> t, int j) {
        Token next = t.get(j);
        // "pc" in lower case only: "20pc" is a share, "20 PCs" are computers
        boolean pc = next.is("pc") && text.charAt(next.start()) == 'p';
        // a share's unit is one word however the text spells it ("18%", "18 percent", "18 per
        // cent" are one unit, "percent"): annotators not told a convention wrote the word, even
        // for the sign; "percentage points" is another unit (a difference of shares)
        if (next.isSymbol('%')) {
            return new Unit(PERCENT, j, "percent", false);
        }
        if (next.is("percent") || next.is("pct") || pc) {
            return new Unit(PERCENT, j, "percent", false);
        }
        if (next.is("per") && j + 1 < t.size() && t.get(j + 1).is("cent")) {
            return new Unit(PERCENT, j + 1, "percent", false);
        }
        if (next.is("percentage") && j + 1 < t.size() && t.get(j + 1).is("points")) {
            return new Unit("percentage points", j + 1, "percent", false);
        }
        if (next.isWord() && j + 1 < t.size() && t.get(j + 1).isWord()) {
            // "5 million US dollars": a two-word currency before its one-word tail
            QuantityLexicon.Currency two = lex.currencies.get(next.lower() + " " + t.get(j + 1).lower());
            if (two != null && two.suffix()) {
                return new Unit(two.unit(), j + 1, "currency", false);
            }
        }
        QuantityLexicon.Currency c = next.isWord() ? lex.currencies.get(next.lower()) : null;
        if (c != null && c.suffix()) {
            return new Unit(c.unit(), j, "currency", false);
        }
        if (next.is("pound") && j > 0 && scaleWord(t.get(j - 1))) {
            // "a 400 million pound debt": after a scale word the singular is money, not a weight ("a 5-pound bag")
            return new Unit("pounds", j, "currency", false);
        }
        if (next.is("won") && j > 0 && scaleWord(t.get(j - 1))) {
            // "800 billion won": after a scale word "won" is the Korean currency, elsewhere a verb
            // ("of the 40 seats, 12 won")
            return new Unit("won", j, "currency", false);
        }
        return null;
    }

    /** "million", "billion", "bn": a scale word or suffix written after a number. */
    private boolean scaleWord(Token tok) {
        QuantityLexicon.NumberWord word = tok.isWord() ? lex.numberWords.get(tok.lower()) : null;
        return tok.isWord() && (lex.scaleSuffixes.containsKey(tok.lower()) || word != null && word.value() >= 1_000_000);
    }
}
