package org.attest.places;

import java.util.List;
import org.attest.gazetteer.Admin1Table;
import org.attest.gazetteer.CountryTable;
import org.attest.gazetteer.GeoNamesFixture;
import org.attest.model.Document;
import org.attest.model.PlaceMention;

/** A geoparser over the real GeoNames table (tests skip when it is not fetched). */
final class GeoparserFixture {
    private static Geoparser parser;

    private GeoparserFixture() {}

    static synchronized Geoparser parser() {
        if (parser == null) {
            parser = new Geoparser(GeoNamesFixture.gazetteer(),
                    new RegionIndex(CountryTable.loadDefault(), Admin1Table.loadDefault()), PlaceLexicon.load());
        }
        return parser;
    }

    static Document parse(String text) {
        return parser().apply(Document.of("test", "test:", "", null, null, "en", text, List.of()));
    }

    /** The GeoNames ids of the resolved places of a parsed document, in text order. */
    static List<Long> ids(Document d) {
        return d.places().stream().filter(p -> p.geonameid() != null).map(PlaceMention::geonameid).toList();
    }
}
