package org.attest.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;

/**
 * First-order divisions as records name them: without the designator the admin1 table's sources
 * close some names with ("Shan State", "Sololá Department", "Dhaka Division" are Shan, Sololá and
 * Dhaka, as GeoNames and ACLED write them and as every division without one is written already),
 * unless the rest names nothing by itself ("Northern Region", "Federal District"). Applied to the
 * finished mentions only: the passes compare the table's own names.
 */
final class Admin1Display {
    private static final WordSet DESIGNATORS = WordSet.of(PlaceLexicon.lines("admin1-designators.txt"));
    private static final WordSet GENERIC = WordSet.of(PlaceLexicon.lines("admin1-generic-words.txt"));

    private Admin1Display() {}

    /** The division's name as a record gives it; null stays null. */
    static String of(String name) {
        if (name == null) {
            return null;
        }
        int cut = name.lastIndexOf(' ');
        if (cut <= 0 || !DESIGNATORS.contains(name.substring(cut + 1).toLowerCase(Locale.ROOT))) {
            return name;
        }
        String rest = name.substring(0, cut).strip();
        for (String w : rest.split("[\\s-]+")) {
            if (!w.isEmpty() && !GENERIC.contains(w.toLowerCase(Locale.ROOT))) {
                return rest;
            }
        }
        return name;
    }

    /** The mentions with their divisions so named: a province's name, too, is the division's. */
    static List<PlaceMention> apply(List<PlaceMention> mentions) {
        List<PlaceMention> out = new ArrayList<>(mentions.size());
        for (PlaceMention m : mentions) {
            String admin1 = of(m.admin1());
            String name = m.kind() == PlaceKind.PROVINCE ? of(m.name()) : m.name();
            out.add(admin1 == m.admin1() && name == m.name() ? m : new PlaceMention(m.surface(), m.span(), m.geonameid(),
                    name, m.kind(), m.country(), admin1, m.lat(), m.lon(), m.confidence(), m.pass()));
        }
        return out;
    }
}
