package org.attest.gazetteer;

import java.util.List;
import org.attest.internal.Validate;

/**
 * A first-order administrative division (province, state, governorate, region...).
 *
 * @param country ISO 3166-1 alpha-2 code of the country, upper case, e.g. {@code "IR"}
 * @param code the GeoNames admin1 code as used in cities500, e.g. {@code "26"} (Tehran)
 * @param name the usual English name, e.g. {@code "Razavi Khorasan"}
 * @param aliases other spellings used in English text; never null, possibly empty
 * @param iso3166_2 the ISO 3166-2 code, e.g. {@code "IR-23"}; empty when unknown, never null
 */
public record Admin1(String country, String code, String name, List<String> aliases, String iso3166_2) {
    public Admin1 {
        Validate.notNull(country, "country");
        Validate.notNull(code, "code");
        Validate.notNull(name, "name");
        Validate.notNull(iso3166_2, "iso3166_2");
        Validate.isTrue(country.matches("[A-Z]{2}"), "country must be two upper-case letters: '%s'", country);
        Validate.isTrue(!code.isBlank(), "code must not be blank");
        Validate.isTrue(!name.isBlank(), "name must not be blank");
        aliases = List.copyOf(Validate.notNull(aliases, "aliases"));
    }

    /** The name and the aliases, name first. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }
}
