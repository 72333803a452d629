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
 * ({@code local-dollars.tsv}): "$250,000" in a report on a city council in Ontario is CAD, as its
 * readers read it. The report is about a country when at least {@value #SHARE} of its place
 * mentions, and {@value #MIN_MENTIONS} or more, lie there; a report that names places in several
 * countries keeps the US dollar. A dollar written with its country's letters ("US$", "A$") keeps
 * the code it names.
 */
final class LocalDollars {
    private static final double SHARE = 0.75;
    private static final int MIN_MENTIONS = 2;
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
        String local = localDollar(document.places());
        if (local == null) {
            return found;
        }
        List<Quantity> out = null;
        for (int i = 0; i < found.size(); i++) {
            Quantity q = found.get(i);
            if (US_DOLLAR.equals(q.unit()) && bareSign(q.text())) {
                if (out == null) {
                    out = new ArrayList<>(found);
                }
                out.set(i, new Quantity(q.text(), q.span(), q.value(), q.valueMax(), q.qualifier(), local,
                        q.what(), q.rule() + "+local-dollar"));
            }
        }
        return out == null ? found : out;
    }

    /** The dollar code of the country most place mentions lie in, when it has its own dollar and dominates. */
    static String localDollar(List<PlaceMention> places) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (PlaceMention p : places) {
            if (p.country() != null) {
                counts.merge(p.country(), 1, Integer::sum);
                total++;
            }
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String code = DOLLARS.get(e.getKey());
            if (code != null && e.getValue() >= MIN_MENTIONS && e.getValue() >= SHARE * total) {
                return code;
            }
        }
        return null;
    }

    /** True when the figure's "$" has no letters glued before it ("$5", not "US$5" or "USD 5"). */
    private static boolean bareSign(String text) {
        int sign = text.indexOf('$');
        return sign >= 0 && (sign == 0 || !Character.isLetter(text.charAt(sign - 1)));
    }
}
