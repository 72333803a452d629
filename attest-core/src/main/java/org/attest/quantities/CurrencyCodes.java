package org.attest.quantities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.model.Document;
import org.attest.model.Quantity;

/**
 * A currency the text writes as a word ("500 baht", "45 million kyat") gets its ISO 4217 code as
 * its unit ({@code currency-codes.tsv}), as a sign does ("$5": USD), so that one currency has one
 * unit however it is written. A word several countries use ("shillings", "pesos", "rupees",
 * "dinars", "francs", "dollars") takes the code of the country the report is about
 * ({@link ReportCountry}); when the report is about no one of them it stays as written, since
 * "7.9 billion shillings" in a round-up of East Africa may be any of three currencies. A shared word
 * the same report has already written with its country's adjective ("840 Belarusian roubles", then
 * "1,260 roubles") is that currency: the writer named it once and does not repeat the adjective.
 */
final class CurrencyCodes {
    /** The word whose countries also include each of {@code local-dollars.tsv}. */
    private static final String DOLLARS = "dollars";
    private static final Map<String, String> SOLE = new HashMap<>();
    private static final Map<String, Map<String, String>> SHARED = new HashMap<>();

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

    /** The quantities, with each currency word's unit replaced by its code where the code is clear. */
    static List<Quantity> resolve(Document document, List<Quantity> found) {
        String country = null;
        boolean looked = false;
        List<Quantity> out = null;
        Map<String, String> named = named(found);
        for (int i = 0; i < found.size(); i++) {
            Quantity q = found.get(i);
            if (q.unit() == null || !SOLE.containsKey(q.unit()) && !SHARED.containsKey(q.unit())) {
                continue;
            }
            if (!looked) {
                country = ReportCountry.of(document.places());
                looked = true;
            }
            String code = code(q.unit(), country);
            if (code == null) {
                code = named.get(q.unit());
            }
            if (code == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(found);
            }
            out.set(i, new Quantity(q.text(), q.span(), q.value(), q.valueMax(), q.qualifier(), code,
                    q.what(), q.rule() + "+currency-code"));
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
