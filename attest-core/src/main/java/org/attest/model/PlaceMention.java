package org.attest.model;

/**
 * One resolved mention of a place in the cleaned text.
 *
 * @param surface    the text as written
 * @param span       where it stands
 * @param geonameid  GeoNames id, or {@code null} for a province, country or region without one
 * @param name       the gazetteer's name for the place
 * @param kind       city, province, country or region
 * @param country    ISO 3166-1 alpha-2 code
 * @param admin1     the first-order division's name, or {@code null} when unknown
 * @param lat        latitude in degrees, or {@code null}
 * @param lon        longitude in degrees, or {@code null}
 * @param confidence 0..1
 * @param pass       which matching rule or disambiguation pass decided it (provenance)
 */
public record PlaceMention(String surface, Span span, Long geonameid, String name, PlaceKind kind,
                           String country, String admin1, Double lat, Double lon,
                           double confidence, String pass) {
}
