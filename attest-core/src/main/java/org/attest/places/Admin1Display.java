package org.attest.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attest.gazetteer.NameKeys;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;

/**
 * First-order divisions as records name them: without the designator the admin1 table's sources
 * close some names with ("Shan State", "Sololá Department", "Dhaka Division" are Shan, Sololá and
 * Dhaka, as GeoNames and ACLED write them and as every division without one is written already),
 * unless the rest names nothing by itself ("Northern Region", "Federal District"), and without
 * an opening "Republic of" ("Republic of Bashkortostan" is Bashkortostan). Applied to the
 * finished mentions only: the passes compare the table's own names.
 */
final class Admin1Display {
    private static final WordSet DESIGNATORS = WordSet.of(PlaceLexicon.lines("admin1-designators.txt"));
    private static final WordSet GENERIC = WordSet.of(PlaceLexicon.lines("admin1-generic-words.txt"));
    /** Openings of a name that records leave out ("Republic of"), lower case. */
    private static final List<String> OPENINGS = PlaceLexicon.lines("admin1-opening-designators.txt");

    private Admin1Display() {}

    /** The division's name as a record gives it; null stays null. */
    static String of(String name) {
        if (name == null) {
            return null;
        }
        String rest = name;
        String lower = name.toLowerCase(Locale.ROOT);
        for (String opening : OPENINGS) {
            if (lower.startsWith(opening) && lower.length() > opening.length() + 1 && lower.charAt(opening.length()) == ' ') {
                rest = name.substring(opening.length()).strip();
                break;
            }
        }
        for (int cut = rest.lastIndexOf(' '); cut > 0 && DESIGNATORS.contains(rest.substring(cut + 1).toLowerCase(Locale.ROOT));
                cut = rest.lastIndexOf(' ')) {
            rest = rest.substring(0, cut).strip();
        }
        if (rest.equals(name)) {
            return name;
        }
        for (String w : rest.split("[\\s-]+")) {
            if (!w.isEmpty() && !GENERIC.contains(w.toLowerCase(Locale.ROOT))) {
                return rest;
            }
        }
        return name;
    }

    /**
     * The division's name without its first word when the text names the division by all its
     * other words, two or more ("Federal Capital Territory" for the table's "Abuja Federal Capital
     * Territory"): both are in use, and the record follows the text's. One word left is no name of
     * the whole ("Khorasan" is not all of "Razavi Khorasan"), and an Arabic article stays ("Al
     * Anbar" for "Anbar", as the table and the records of earlier reports write it). Null stays null.
     */
    static String withoutFirstWord(String name, String surface) {
        if (name == null || surface == null) {
            return name;
        }
        int space = name.indexOf(' ');
        if (space <= 0) {
            return name;
        }
        String rest = name.substring(space + 1).strip();
        boolean article = ArabicArticles.WORDS.contains(name.substring(0, space).toLowerCase(Locale.ROOT));
        return !article && rest.indexOf(' ') > 0 && NameKeys.fold(rest).equals(NameKeys.fold(surface)) ? rest : name;
    }

    /** The mentions with their divisions so named: a province's name, too, is the division's. */
    static List<PlaceMention> apply(List<PlaceMention> mentions) {
        List<PlaceMention> out = new ArrayList<>(mentions.size());
        for (PlaceMention m : mentions) {
            String admin1 = of(m.admin1());
            String name = m.kind() == PlaceKind.PROVINCE ? of(m.name()) : m.name();
            if (m.kind() == PlaceKind.PROVINCE) {
                name = withoutFirstWord(name, m.surface());
                admin1 = withoutFirstWord(admin1, m.surface());
            }
            out.add(admin1 == m.admin1() && name == m.name() ? m : new PlaceMention(m.surface(), m.span(), m.geonameid(),
                    name, m.kind(), m.country(), admin1, m.lat(), m.lon(), m.confidence(), m.pass()));
        }
        return out;
    }
}
