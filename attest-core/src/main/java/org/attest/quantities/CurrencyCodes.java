package org.attest.quantities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.model.Document;
import org.attest.model.Quantity;

/**
 * The ISO 4217 code of the currency a figure counts, kept in its rule ({@code +currency:THB}) while
 * its unit stays as the text writes it ("500 baht": baht, "$5": $), as the gold format's units are
 * the text's words. A word one currency owns ("baht", "kyats", "naira") always has its code
 * ({@code currency-codes.tsv}); a word several countries use ("shillings", "pesos", "rupees",
 * "dinars", "francs", "dollars") takes the code of the country the report is about
 * ({@link ReportCountry}); when the report is about no one of them it gets none, since
 * "7.9 billion shillings" in a round-up of East Africa may be any of three currencies. A shared word
 * the same report has already written with its country's adjective ("840 Belarusian roubles", then
 * "1,260 roubles") is that currency: the writer named it once and does not repeat the adjective.
 */
final class CurrencyCodes {
    /** The word whose countries also include each of {@code local-dollars.tsv}. */
    private static final String DOLLARS = "dollars";
    private static final Map<String, String> SOLE = new HashMap<>();
    private static final Map<String, Map<String, String>> SHARED = new HashMap<>();
    private static final String TAG = "+currency:";

    static {
        for (String[] r : LexiconReader.rows("currency-codes.tsv", 2)) {
            if (r[1].indexOf(':') < 0) {
                SOLE.put(r[0], r[1]);
                continue;
            }
            Map<String, String> byCountry = new HashMap<>();
            for (String pair : r[1].split("\\s+")) {
                String[] cc = pair.split(":");
                byCountry.put(cc[0], cc[1]);
            }
            SHARED.put(r[0], Map.copyOf(byCountry));
        }
    }

    private CurrencyCodes() {}

    /** The rule's tag for a figure in the currency {@code name} (a code or a currency word). */
    static String tag(String name) {
        return TAG + name;
    }

    /** The currency a figure's rule tags, or null when it has none. */
    static String tagged(Quantity q) {
        int at = q.rule().lastIndexOf(TAG);
        return at < 0 ? null : q.rule().substring(at + TAG.length(), tagEnd(q.rule(), at));
    }

    /** {@code rule} with its currency tag set to {@code name}. */
    static String retag(String rule, String name) {
        int at = rule.lastIndexOf(TAG);
        return at < 0 ? rule + tag(name) : rule.substring(0, at) + tag(name) + rule.substring(tagEnd(rule, at));
    }

    /** Where the tag at {@code at} ends: at the next rule step ("+list-qualifier") or the end. */
    private static int tagEnd(String rule, int at) {
        int next = rule.indexOf('+', at + TAG.length());
        return next < 0 ? rule.length() : next;
    }

    /**
     * The quantities, with each currency figure's rule tagged with its code where the code is clear;
     * a sign read before a number is tagged already (by its code, or by a word for a sign several
     * currencies share: "Rs" rupees).
     */
    static List<Quantity> resolve(Document document, List<Quantity> found) {
        String country = null;
        boolean looked = false;
        List<Quantity> out = null;
        Map<String, String> named = named(found);
        for (int i = 0; i < found.size(); i++) {
            Quantity q = found.get(i);
            String name = tagged(q);
            if (name == null) {
                name = q.unit();
            }
            if (name == null || !SOLE.containsKey(name) && !SHARED.containsKey(name)) {
                continue;
            }
            if (!looked) {
                country = ReportCountry.of(document.places());
                looked = true;
            }
            String code = code(name, country);
            if (code == null) {
                code = named.get(name);
            }
            if (code == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(found);
            }
            out.set(i, new Quantity(q.text(), q.span(), q.value(), q.valueMax(), q.qualifier(), q.unit(),
                    q.what(), retag(q.rule(), code)));
        }
        return out == null ? found : out;
    }

    /**
     * Each shared word ("roubles") the report writes with a country's adjective ("Belarusian
     * roubles"), with that currency's code; a word written for two currencies is left out.
     */
    static Map<String, String> named(List<Quantity> found) {
        Map<String, String> named = new HashMap<>();
        for (Quantity q : found) {
            String sole = q.unit() == null ? null : SOLE.get(q.unit());
            int space = q.unit() == null ? -1 : q.unit().lastIndexOf(' ');
            if (sole == null || space < 0 || !SHARED.containsKey(q.unit().substring(space + 1))) {
                continue;
            }
            named.merge(q.unit().substring(space + 1), sole, (a, b) -> a.equals(b) ? a : "");
        }
        named.values().removeIf(String::isEmpty);
        return named;
    }

    /** The code of the currency {@code unit} names in a report about {@code country} (may be null). */
    static String code(String unit, String country) {
        String sole = SOLE.get(unit);
        if (sole != null || country == null) {
            return sole;
        }
        Map<String, String> byCountry = SHARED.get(unit);
        String code = byCountry == null ? null : byCountry.get(country);
        return code == null && DOLLARS.equals(unit) ? LocalDollars.code(country) : code;
    }
}
