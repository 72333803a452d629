package org.attest.places;

import org.attest.model.PlaceKind;

/**
 * A country or first-order division that a name can refer to.
 *
 * @param kind        {@link PlaceKind#COUNTRY} or {@link PlaceKind#PROVINCE}
 * @param country     ISO 3166-1 alpha-2 code
 * @param admin1Code  the GeoNames admin1 code for a province, else {@code null}
 * @param name        the English name
 * @param lat         a representative latitude, or {@code null}
 * @param lon         a representative longitude, or {@code null}
 */
public record Region(PlaceKind kind, String country, String admin1Code, String name, Double lat, Double lon) {
}
