package org.attest.places;

import java.util.List;
import org.attest.gazetteer.NameKeys;

/** A name written one letter off the name of a province ("Aprimac" for Apurimac). */
final class ProvinceSlips {
    private ProvinceSlips() {}

    /** Fewest letters of a name read as a one-letter slip of a province's. */
    private static final int PROVINCE_SLIP_LETTERS = 6;

    /** A province of a country. */
    record Slip(String country, String name) {}

    /**
     * The one province of {@code countries} whose name is at most one letter from {@code written},
     * or null when none is, or two are (then the slip says neither), or the name is short.
     */
    static Slip of(String written, List<String> countries, RegionIndex regions) {
        String letters = letters(written);
        if (letters.length() < PROVINCE_SLIP_LETTERS) {
            return null;
        }
        Slip found = null;
        for (String cc : countries) {
            for (String p : regions.provinceNames(cc)) {
                if (NameKeys.boundedDistance(letters(p), letters, 1) <= 1) {
                    if (found != null) {
                        return null;
                    }
                    found = new Slip(cc, p);
                }
            }
        }
        return found;
    }

    /** The folded letters of a name, without spaces and punctuation. */
    private static String letters(String name) {
        return NameKeys.fold(name).replaceAll("[^a-z]", "");
    }
}
