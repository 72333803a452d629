package org.attest.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.model.DatePrecision;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;

/**
 * Remembers the body's events by type and day, so that a sentence telling again an event the
 * report gave with the same day ("Iran hanged two men on Saturday ... The two were executed early
 * on Saturday in Karaj") gives no second event. A report names the day again to add detail, not
 * to count a second hanging; a second event of the day is told with a place of its own ("... in
 * Shiraz, police also arrested five"). The figures of the sentence that tells it again go to the
 * first record, where the checks compare them ("about 300 arrested" and later "450 arrested").
 * Statements and "other" are told by many speakers on one day, so they are never counted as
 * told again.
 */
final class SameDayRetold {
    private static final Set<String> MANY_PER_DAY = Set.of("statement", "other");

    private final List<PlaceMention> places;
    /** What was told of one event: its towns and provinces, and where its record stands. */
    private record Told(Set<String> places, int at) {}

    private final Map<String, List<Told>> told = new HashMap<>();

    /** @param places the document's place mentions, which events' place indexes point into */
    SameDayRetold(List<PlaceMention> places) {
        this.places = places;
    }

    /**
     * Where the record of the event this one tells again stands ({@link #add}'s {@code at}), or -1:
     * an event of this type was told on this day, and these places add none to its places. A
     * sentence that names a town the first telling did not name may tell one of several events of
     * the day ("eleven prisoners were hanged today ... three of them in Ardebil").
     */
    int retold(String type, String date, DatePrecision precision, List<Integer> placeIndexes) {
        if (precision != DatePrecision.DAY || date == null || MANY_PER_DAY.contains(type)) {
            return -1;
        }
        Set<String> here = local(placeIndexes);
        for (Told t : told.getOrDefault(key(type, date), List.of())) {
            if (t.places().containsAll(here)) {
                return t.at();
            }
        }
        return -1;
    }

    /** Records a body event told with a day, whose record stands at {@code at}. */
    void add(String type, String date, DatePrecision precision, List<Integer> placeIndexes, int at) {
        if (precision == DatePrecision.DAY && date != null) {
            told.computeIfAbsent(key(type, date), k -> new ArrayList<>()).add(new Told(local(placeIndexes), at));
        }
    }

    /** Names of the towns, provinces and regions among the places: a country holds them all. */
    private Set<String> local(List<Integer> placeIndexes) {
        Set<String> out = new HashSet<>();
        for (int i : placeIndexes) {
            PlaceMention p = places.get(i);
            if (p.kind() != PlaceKind.COUNTRY) {
                out.add(p.name());
            }
        }
        return out;
    }

    private static String key(String type, String date) {
        return type + '@' + date;
    }
}
