package org.attest.gazetteer;

import java.util.List;
import org.attest.internal.Validate;

/**
 * A country (ISO 3166-1, plus Kosovo as {@code XK}).
 *
 * @param iso2 alpha-2 code, upper case, e.g. {@code "IR"}
 * @param iso3 alpha-3 code, upper case, e.g. {@code "IRN"}
 * @param name the common English short name, e.g. {@code "Iran"}, {@code "United States"}
 * @param aliases formal and common names that denote this country only, e.g.
 *     {@code "Islamic Republic of Iran"}; never null
 * @param demonyms adjectives and nouns for its people, e.g. {@code "Iranian"}; never null
 * @param lat latitude of a representative point (the capital where GeoNames has it), degrees
 * @param lon longitude of that point, degrees
 * @param region an ACLED-style region such as {@code "Middle East"}; empty when unknown
 */
public record Country(String iso2, String iso3, String name, List<String> aliases, List<String> demonyms,
        double lat, double lon, String region) {
    public Country {
        Validate.notNull(iso2, "iso2");
        Validate.notNull(iso3, "iso3");
        Validate.notNull(name, "name");
        Validate.notNull(region, "region");
        Validate.isTrue(iso2.matches("[A-Z]{2}"), "iso2 must be two upper-case letters: '%s'", iso2);
        Validate.isTrue(iso3.matches("[A-Z]{3}"), "iso3 must be three upper-case letters: '%s'", iso3);
        Validate.isTrue(!name.isBlank(), "name must not be blank");
        Validate.isTrue(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180, "lat/lon out of range: %s,%s", lat, lon);
        aliases = List.copyOf(Validate.notNull(aliases, "aliases"));
        demonyms = List.copyOf(Validate.notNull(demonyms, "demonyms"));
    }

    /** The name and the aliases, name first. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }
}
