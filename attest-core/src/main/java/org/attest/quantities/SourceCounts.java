package org.attest.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attest.model.Quantity;

/**
 * "verified through at least two independent sources", "two rights groups said": a count of the
 * report's own sources says how the news was gathered, not how many took part, died or were held,
 * so it is dropped. The nouns are in {@code source-nouns.txt}.
 */
final class SourceCounts {
    private static final List<String> NOUNS = LexiconReader.words("source-nouns.txt");

    private SourceCounts() {}

    /** The quantities of one context without the counts of sources. */
    static List<Quantity> drop(List<Quantity> found) {
        List<Quantity> out = new ArrayList<>(found.size());
        for (Quantity q : found) {
            if (!ofSources(q.unit())) {
                out.add(q);
            }
        }
        return out.size() == found.size() ? found : out;
    }

    private static boolean ofSources(String unit) {
        if (unit == null) {
            return false;
        }
        String u = unit.toLowerCase(Locale.ROOT);
        for (String noun : NOUNS) {
            if (u.equals(noun) || u.endsWith(" " + noun)) {
                return true;
            }
        }
        return false;
    }
}
