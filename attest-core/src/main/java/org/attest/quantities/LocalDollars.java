package org.attest.quantities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.attest.model.Quantity;

/**
 * A bare "$" in a report about a country whose own currency is a dollar is that country's dollar
 * ({@code local-dollars.tsv}), tagged in the figure's rule (its unit stays "$"): "$250,000" in a
 * report on a city council in Ontario is CAD, as its
 * readers read it. Which country a report is about is {@link ReportCountry}'s call; a report that
 * names places in several countries keeps the US dollar. A dollar written with its country's letters ("US$", "A$") keeps
 * the code it names.
 */
final class LocalDollars {
    private static final String US_DOLLAR = "USD";
    private static final Map<String, String> DOLLARS = load();

    private LocalDollars() {}

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        for (String[] r : LexiconReader.rows("local-dollars.tsv", 2)) {
            out.put(r[0], r[1]);
        }
        return Map.copyOf(out);
    }

    /** The quantities, with a bare "$" read as the local dollar of the country the report is about. */
    static List<Quantity> resolve(Document document, List<Quantity> found) {
        List<Quantity> out = null;
        String local = null;
        for (int i = 0; i < found.size(); i++) {
            Quantity q = found.get(i);
            if (US_DOLLAR.equals(CurrencyCodes.tagged(q)) && bareSign(q.text())) {
                if (out == null) {
                    local = localDollar(document.places()); // asked only of a report that has a bare "$"
                    if (local == null) {
                        return found;
                    }
                    out = new ArrayList<>(found);
                }
                out.set(i, new Quantity(q.text(), q.span(), q.value(), q.valueMax(), q.qualifier(), q.unit(),
                        q.what(), CurrencyCodes.retag(q.rule() + "+local-dollar", local)));
            }
        }
        return out == null ? found : out;
    }

    /** The dollar code of the country the report is about, when it has its own dollar. */
    static String localDollar(List<PlaceMention> places) {
        return code(ReportCountry.of(places));
    }

    /** The code of the dollar of {@code country} (ISO 3166), when it has one of its own; else null. */
    static String code(String country) {
        return country == null ? null : DOLLARS.get(country);
    }

    /** True when the figure's "$" has no letters glued before it ("$5", not "US$5" or "USD 5"). */
    private static boolean bareSign(String text) {
        int sign = text.indexOf('$');
        return sign >= 0 && (sign == 0 || !Character.isLetter(text.charAt(sign - 1)));
    }
}
