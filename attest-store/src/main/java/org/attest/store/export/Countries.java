package org.attest.store.export;

import com.ibm.icu.util.Region;
import java.util.Locale;

/** Country names and ISO 3166-1 numeric codes from an alpha-2 code, for the exports. */
final class Countries {
    private Countries() {}

    /** ISO 3166-1 numeric code ("364" for IR), or {@code null} when the code is unknown. */
    static String numeric(String alpha2) {
        if (alpha2 == null || alpha2.length() != 2) {
            return null;
        }
        try {
            int code = Region.getInstance(alpha2.toUpperCase(Locale.ROOT)).getNumericCode();
            return code > 0 ? String.valueOf(code) : null;
        } catch (IllegalArgumentException e) {
            // ICU knows no such region: an unknown code is an empty cell, not a failed export
            return null;
        }
    }

    /** The English short name ("Iran"), or the code itself when Java knows no name for it. */
    static String name(String alpha2) {
        if (alpha2 == null) {
            return null;
        }
        String name = new Locale("", alpha2.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() ? alpha2 : name;
    }
}
