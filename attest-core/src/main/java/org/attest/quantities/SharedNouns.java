package org.attest.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.attest.model.Quantity;

/**
 * "sit-ins in over 100 and about 150 cities": a bare number joined by "and" or "or" to a count
 * written with its noun shares that noun, as the writer named it once for both figures. Read before
 * a unit is carried from the sentence before, which would give the first figure the noun of another
 * count. Only a bare number right before the conjunction; a clause between ("100 came and 150
 * students left") keeps each figure as read.
 */
final class SharedNouns {
    private SharedNouns() {}

    /** What stands between the two figures: "and" or "or", nothing else. */
    private static final Pattern JOIN = Pattern.compile("\\s+(?:and|or)\\s+");

    /** The quantities of one sentence, in text order, each bare number before "and"/"or" given the next count's noun. */
    static List<Quantity> resolve(String text, List<Quantity> sentence) {
        List<Quantity> out = null;
        for (int i = sentence.size() - 2; i >= 0; i--) {
            Quantity q = sentence.get(i);
            Quantity next = (out == null ? sentence : out).get(i + 1);
            if (q.unit() != null || !q.rule().endsWith("+unit:none") || next.unit() == null
                    || !next.rule().contains("+unit:phrase") || q.span().end() > next.span().start()
                    || !JOIN.matcher(text.substring(q.span().end(), next.span().start())).matches()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(sentence);
            }
            out.set(i, new Quantity(q.text(), q.span(), q.value(), q.valueMax(), q.qualifier(), next.unit(),
                    (next.unit() + " " + q.what()).strip(), q.rule().replace("+unit:none", "+unit:shared-after")));
        }
        return out == null ? sentence : out;
    }
}
