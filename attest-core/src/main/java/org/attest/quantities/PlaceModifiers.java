package org.attest.quantities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.attest.model.Quantity;

/**
 * A place the places stage found right at the start of a unit, before the counted noun ("9 of the
 * 12 Lyon tram lines", "400 Mosul households"): the place says where the things counted are, not
 * what they are, so the unit leaves it out ("tram lines", "households"). A unit that is the place alone is left as it is.
 */
final class PlaceModifiers {
    private PlaceModifiers() {}

    /**
     * The quantities, with a place that opens a unit of several words taken out of the unit; a
     * quantity that shares such a unit ("9 of the 12 Lyon tram lines") loses the place as well.
     */
    static List<Quantity> resolve(Document document, List<Quantity> found) {
        if (document.places().isEmpty()) {
            return found;
        }
        Map<String, String> stripped = stripped(document, found);
        if (stripped.isEmpty()) {
            return found;
        }
        List<Quantity> out = new ArrayList<>(found.size());
        for (Quantity q : found) {
            String unit = q.unit() == null ? null : stripped.get(q.unit());
            out.add(unit == null ? q : new Quantity(q.text(), q.span(), q.value(), q.valueMax(), q.qualifier(),
                    unit, q.what(), q.rule() + "+place-modifier"));
        }
        return out;
    }

    /** Each unit written in its quantity's span with a place opening it, to the unit without the place. */
    private static Map<String, String> stripped(Document document, List<Quantity> found) {
        String text = document.text();
        Map<String, String> stripped = new HashMap<>();
        for (Quantity q : found) {
            String unit = q.unit();
            if (unit == null || unit.indexOf(' ') < 0) {
                continue;
            }
            // sought within the quantity's own span: a unit not written there (a folded one) costs no scan of the rest
            int within = text.substring(q.span().start(), q.span().end()).indexOf(unit);
            if (within < 0) {
                continue;
            }
            int at = q.span().start() + within;
            int end = endOfPlaceAt(document.places(), at);
            if (end >= 0 && end < at + unit.length() && text.charAt(end) == ' ') {
                stripped.put(unit, text.substring(end + 1, at + unit.length()));
            }
        }
        return stripped;
    }

    /**
     * The end of the place listed last among those starting at {@code start}, or -1 when none
     * starts there. Read through the list: a document asks this of its few units of several words
     * only, and a map or sorted index of all its places cost more to build than those reads.
     */
    private static int endOfPlaceAt(List<PlaceMention> places, int start) {
        int end = -1;
        for (PlaceMention p : places) {
            if (p.span().start() == start) {
                end = p.span().end();
            }
        }
        return end;
    }
}
